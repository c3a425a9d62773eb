"""哪几位受访负责人谈到了群众的“暖心实事”: the people whose words write what a question quotes, each named by
the text's own attribution (李明说，…) or his interview's heading (——访市人大代表、某县县长 张华).

A series of interviews has each interviewee say the same phrase in his own words, in sentences that mostly
name nobody; the list step reads one sentence's enumeration and names one person or none. Each retrieved
sentence writing the words asked (every phrase the question quotes; with none quoted, every word after the
verb) is given to its speaker (said.speaker_of: the attribution before it, else the heading). Answered only
when the speakers found hold the role asked and are as many as asked (two or more for 哪几位); a sentence
whose speaker cannot be shown is no one's words (a report's), and is left out.
"""

from __future__ import annotations

import re

from assistant.answer import article_openings
from assistant.answer.article_store import article_chunks
from assistant.answer.evidence import Sentence, sentences_of
from assistant.answer.extractive import Draft, make_part
from assistant.answer.people import persons
from assistant.answer.roles import ASKED_SPEECH_VERBS, holds, role_head
from assistant.answer.said import interviewee, speaker_of
from assistant.answer.speakers import spans
from assistant.records import Hit

# 哪几位受访负责人谈到了, 哪两位县长都提出: the people asked by count, their role, then the verb of saying
ASKED_RE = re.compile(r"哪(?:几|些|[两二三四五六七八九十])[位名](?:受访的?)?([\u4e00-\u9fff]{0,8}?)"
                      r"(?:都|也|还|曾|在[^，,？?]{1,10}?)?(" + ASKED_SPEECH_VERBS + r")(?:了|过)?")
QUOTED_RE = re.compile(r"[“\"「]([^”\"」]{2,})[”\"」]")
SUPPORT = 1.0  # each name is the text's own attribution of the words asked: nothing to weigh it against


def said_words(q) -> list[str]:
    """What the question says was said: its quoted phrases, else its words of two characters or more after the verb."""
    m = ASKED_RE.search(q.text)
    if m is None:
        return []
    tail = q.text[m.end():]
    quoted = QUOTED_RE.findall(tail)
    return quoted or [t for t in q.terms if len(t) >= 2 and t in tail]


SERIES = 8  # articles read each way from a retrieved interview, at most


def _series(hits: list[Hit]) -> list[Sentence]:
    """The sentences of the interviews written next to each retrieved one in its source (a paper's series
    of interviews, one article after another, each under its ——访… heading), not retrieved themselves: the
    retrieval finds one or two of them, and the question asks who of them all said the words."""
    read, out = {(h.chunk.source, h.chunk.article) for h in hits}, []
    for source, article in sorted(k for k in read if any(interviewee(h.chunk.title) for h in hits
                                                          if (h.chunk.source, h.chunk.article) == k)):
        for step in (-1, 1):
            at = article + step
            while abs(at - article) <= SERIES and (source, at) not in read:
                chunks = article_chunks(source, at)
                if not chunks or not interviewee(chunks[0].title):
                    break
                read.add((source, at))
                out += article_openings.sentences(source, at)
                at += step
    return out


def _line(s: Sentence, name: str, sentences: list[Sentence]) -> Sentence | None:
    """The sentence naming `name` as the speaker of `s`: `s` itself when it names him, else the attribution or
    heading `speakers.spans` finds; None when that names someone else."""
    if name in s.text:
        return s
    where = spans(s, sentences)
    return where[0] if where is not None and where[3] == name else None


def draft(q, hits: list[Hit]) -> Draft | None:
    """Each speaker's sentence writing the words asked and the line naming him; None when the question asks no
    such list, or the speakers found are fewer (or other in number) than asked or do not hold the role asked."""
    m = None if q.english or q.kind != "list" else ASKED_RE.search(q.text)
    said = said_words(q) if m else []
    if not said:
        return None
    role = role_head(m.group(1)) if m.group(1) else ""
    sentences = sentences_of(hits) + _series(hits)
    found: dict[str, list[Sentence]] = {}
    for s in sentences:
        name = speaker_of(s) if all(w in s.text for w in said) else ""
        if not name or name in q.text or name in found:
            continue
        line = _line(s, name, sentences)
        if line is None:
            return None  # whose words these are is not clear
        named = [line.text, s.chunk.title]
        if role and not any(p.name == name and holds(p.role, (role,)) for t in named for p in persons(t)):
            continue
        found[name] = [s] if line is s else [s, line]
    if len(found) < 2 or (q.count and len(found) != q.count):
        return None
    parts = [make_part(o, o.a, o.b, SUPPORT) for lines in found.values() for o in lines]
    return Draft(parts, SUPPORT, kind="list", joiner="；")
