"""A question about a document's headline or a section's heading (主标题, 那一节的标题,
the headline of the interview) is answered by that line itself: it is stored as the chunk's
title (article title · section heading) and written at the head of the chunk that opens the
article or section, so the answer is cut there and cited to the document. Ordinary
sentences never state a headline, which is why the sentence scorers refuse or answer with
the byline instead.

Only a question that asks of a document's heading is read so: 标题 written with 主/副/大,
or after a word for a piece of writing or a part of one (访谈的主标题, 那一节的标题, 这篇文章
的题目); the title of a speech or a book (演讲的题目, the title of the keynote speech) is
something a sentence of the text states, and stays with the other steps.
"""

from __future__ import annotations

import re

from assistant.answer.article_names import PART, PIECE, naming_groups
from assistant.answer.evidence import Sentence, matching
from assistant.answer.extractive import Draft, make_part
from assistant.query.question import Question
from assistant.records import Chunk, Hit
from assistant.text.script import to_simplified

# a part of the text (一节, 第三节, 本章), whose heading is the chunk's last title line
_SECTION = re.compile(PART)
_ASKS_ZH = re.compile(rf"(?:主|副|大)标题|(?:{PIECE})[^，,。？?；;]{{0,4}}?的?(?:标题|题目)")
_ASKS_EN = re.compile(r"\b(?:headline|heading)s?\b|\btitle of (?:the|this|that|an?) "
                      r"(?:article|interview|report|story|piece|section|chapter)\b", re.I)
_SECTION_EN = re.compile(r"\b(?:section|chapter|heading)\b", re.I)
_SUBTITLE = "副标题"
_DASH = re.compile(r"\s*——\s*")
# the place a title is filed under, which layout adds after a space: 仇景锐 （高新区）
_FILED_UNDER = re.compile(r"\s+[（(][^（）()]{1,12}[)）]$")

SUPPORT = 1.0  # the line asked is the document's own heading: nothing to weigh it against


def asks_heading(question: str) -> bool:
    question = to_simplified(question)  # 主標題 asks as 主标题 does
    return bool(_ASKS_ZH.search(question) or _ASKS_EN.search(question))


def _asks_section(question: str) -> bool:
    zh = _ASKS_ZH.search(question)
    if zh:
        return bool(_SECTION.search(zh.group(0)))
    return bool(_SECTION_EN.search(question))


def heading_line(title: str, question: str) -> str:
    """The line of a chunk's title (`article title · section heading`) the question asks:
    the section's heading, the headline (before the dash of its subtitle) or the subtitle."""
    question = to_simplified(question)
    pieces = [_FILED_UNDER.sub("", p.strip()) for p in title.split(" · ") if p.strip()]
    if not pieces:
        return ""
    if _asks_section(question):
        return pieces[-1] if len(pieces) > 1 else ""
    lines = [p for p in _DASH.split(pieces[0]) if p.strip()]
    if _SUBTITLE in question:
        return lines[1].strip() if len(lines) > 1 else ""
    return lines[0].strip() if lines else ""


def article_chunks(hits: list[Hit], source: str, article: int):
    """(rank, chunk) of the hits that are passages of one article, best first: where the heading,
    dateline and interview steps look for the article's own line."""
    for rank, hit in enumerate(hits):
        chunk = matching(hit.chunk)
        if chunk.source == source and chunk.article == article:
            yield rank, chunk


def _written_at(line: str, hits: list[Hit], source: str, article: int) -> Sentence | None:
    """Where the line is written in a chunk of the same article among the hits."""
    for rank, chunk in article_chunks(hits, source, article):
        at = chunk.text.find(line)
        if at < 0:
            continue
        return Sentence(rank, chunk, at, at + len(line))
    return None


def article_asked(q: Question, hits: list[Hit]) -> Chunk | None:
    """The first-ranked chunk of the article whose title and passages write most of the
    words naming the document asked: the heading asked is that article's, though a passage
    of another may be retrieved first. None when the question names a document and no
    article among the passages writes any of its names (another document, not stored)."""
    groups = naming_groups(q)
    if q.english and not groups:  # an English name left untranslated (Wang Fei) names nothing found
        return None
    written: dict[tuple[str, int], str] = {}
    first: dict[tuple[str, int], Chunk] = {}
    for hit in hits:
        chunk = matching(hit.chunk)
        key = (chunk.source, chunk.article)
        first.setdefault(key, chunk)
        written[key] = written.get(key, chunk.title) + "\n" + chunk.text

    def coverage(key):
        return sum(any(len(t) > 1 and t in written[key] for t in g) for g in groups)

    best = max(first, key=coverage)  # max keeps the first-ranked of equals
    if groups and coverage(best) == 0:
        return None
    return first[best]


def draft(q: Question, hits: list[Hit]) -> Draft | None:
    """The heading line asked, cut where the best-matching document writes it; None when
    the question asks no heading or the line is not in the passages (the other steps answer)."""
    if not hits or not asks_heading(q.text):
        return None
    top = article_asked(q, hits)
    if top is None:
        return None
    line = heading_line(top.title, q.text)
    if not line:
        return None
    sentence = _written_at(line, hits, top.source, top.article)
    if sentence is None:
        return None
    part = make_part(sentence, sentence.a, sentence.b, SUPPORT)
    return Draft([part], SUPPORT, kind="heading", joiner="")
