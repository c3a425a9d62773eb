"""Who said a sentence that names nobody, for 谁说要… and 是谁提出… questions.

News writes a speaker once (崔晓飞说，要聚焦…。) and the sentences after it are the speaker's
until another speaks; an interview names its speaker in its heading (——访市人大代表、西安安区
区长 孙琥峰), and a sentence of it that names nobody is the interviewee's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.credits import unsupported
from assistant.answer.evidence import Sentence
from assistant.answer.people import COMPOUND_SURNAMES, persons
from assistant.answer.roles import SPEECH_VERBS, asks_speaker
from assistant.text import words
from assistant.text.sentences import split_sentences

SAID_RE = re.compile(r"(?:" + SPEECH_VERBS + r")[，,：:]")
SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
INTERVIEW_RE = re.compile(r"——\s*(?:专)?访(.{2,40})$")
SPEAKER_REACH = 400  # characters before a sentence searched for the attribution that opens its speaker's words


@dataclass(frozen=True)
class Speaker:
    name: str
    at: int  # where the attribution clause starts and its verb ends in the text searched
    end: int


def attributed(text: str) -> Speaker | None:
    """The last attribution in `text` (X说，…, 区长X在接受采访时表示，…): the person named in
    the clause of the speech verb, that clause, or None."""
    for m in reversed(list(SAID_RE.finditer(text))):
        start = max((e.end() for e in SENTENCE_END_RE.finditer(text, 0, m.start())), default=0)
        start = max([start] + [c.end() for c in re.finditer(r"[，,]", text[: m.start()]) if c.end() > start])
        verb = m.group()[:-1]
        if not words.tagged(text[start : m.start() + len(verb)])[-1][0] == verb:
            continue  # 说 inside a word (解说, 传说) is no attribution
        found = [p for p in persons(text[start : m.start()]) if len(p.name) >= 2]
        if found:
            return Speaker(found[-1].name, start + found[-1].start, m.start() + len(m.group()) - 1)
    return None


def interviewee(title: str) -> str:
    """The person an interview's heading names (——访市人大代表、西安安区区长 孙琥峰), or ''."""
    m = INTERVIEW_RE.search(title or "")
    found = persons(m.group(1).strip()) if m else []
    return found[-1].name if found else ""


SPEECH_RE = re.compile(SPEECH_VERBS)
CLAUSE_STOP_RE = re.compile(r"[，,。；;！？!?：:]")


def names_speaker(text: str) -> bool:
    """Does `text` name someone who could have said it: a person with a role beside the
    name, one whose clause has a speech verb (孙琥峰说, 崔晓飞在接受采访时表示), or a full
    name? A bare 'name' jieba guesses (康养, 大良湾) is none."""
    for p in persons(text):
        if len(p.name) < 2:
            continue
        stop = CLAUSE_STOP_RE.search(text, p.end)
        if p.role.strip() or SPEECH_RE.search(text, p.end, stop.start() if stop else len(text)) or _full_name(p.name):
            return True
    return False


def _full_name(name: str) -> bool:
    """A name that reads as a person's whatever stands beside it: a transliteration whose
    parts · joins (詹姆斯·赫顿), or three or four characters opening with a family name
    (崔晓飞; not 康养 or 大良湾, which jieba guesses as names)."""
    return "·" in name or (len(name) >= 3 and (name[0] in words.SURNAMES or name[:2] in COMPOUND_SURNAMES))


CLAUSE_END_RE = re.compile(r"[，,。；;！？!?]")


def spans(s: Sentence, sentences: list[Sentence]) -> tuple[Sentence, int, int] | None:
    """Where the speaker of `s` (a sentence naming nobody) is written, as (sentence, a, b) of
    its chunk: the attribution that opens its speaker's words before it in its passage
    (崔晓飞说，要聚焦…。…全力激活…), with the words it opens; else, in an interview, the
    first sentence among `sentences` of its article naming the interviewee (one that
    attributes words first); None when neither is there."""
    chunk = s.chunk
    lo = max(0, s.a - SPEAKER_REACH)
    said = attributed(chunk.text[lo : s.a])
    if said is not None:
        a, b = lo + said.at, lo + said.end
        stop = CLAUSE_END_RE.search(chunk.text, b + 1)
        b = stop.start() if stop and stop.start() <= s.a else b
        within = next(((x, y) for x, y in split_sentences(chunk.text) if x <= a < y), (a, b))
        return Sentence(s.hit_rank, chunk, *within), a, b
    name = interviewee(chunk.title)
    article = (chunk.source, chunk.article)
    naming = [o for o in sentences if name and (o.chunk.source, o.chunk.article) == article and name in o.text]
    if not naming:
        return None
    first = min(naming, key=lambda o: (attributed(o.text + "，") is None, o.chunk.start + o.a))
    return first, first.a, first.b


def found(q, scored: list, sentences: list[Sentence]) -> tuple[Sentence, int, int, float] | None:
    """谁说要…, its best sentence (`scored[0]`) naming nobody: where its speaker is written
    (`spans`) and the support of the answer, the sentence's as if it named the person (its
    type factor lifted); None when the question asks no speaker, the sentence names one,
    or none is found (the sentence is answered as before)."""
    if not asks_speaker(q) or not scored or names_speaker(scored[0].sentence.text):
        return None
    where = spans(scored[0].sentence, sentences)
    return None if where is None else (*where, unsupported(scored[0]))
