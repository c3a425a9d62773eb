"""Figures as facts: (subject, indicator, period, value) from every sentence with a figure.

Extracted at index time and stored with each chunk's metadata (`facts`), for tools that
read an index without the text. Whether two statements conflict is decided in one place,
answer/conflicts.py, from the sentences themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from assistant.text import quantities
from assistant.text import places
from assistant.text import words
from assistant.text.indicators import indicator_of
from assistant.text.sentences import split_clauses, split_sentences
from assistant.text.years import sentence_years
from assistant.records import Chunk

GENERIC = {"项目", "资金", "投资", "企业", "增长", "同比增长", "其中", "总额", "总量", "规模"}


@dataclass(frozen=True)
class Fact:
    subject: str
    indicator: str
    period: str  # a year, or '' when the text does not say
    value: float
    upper: float | None
    unit: str
    change: str
    figure: str  # as written
    context: tuple[str, ...]  # the sentence's other topic words: what the figure is about
    start: int  # offsets in the original file (the figure's sentence)
    end: int
    chunk_id: str = ""
    source: str = ""
    title: str = ""

    def key(self) -> tuple:
        return (places.stem(self.subject), self.indicator, self.unit, bool(self.change))


def extract(chunk: Chunk) -> list[Fact]:
    facts = []
    for a, b in split_sentences(chunk.text):
        text = chunk.text[a:b]
        figures = [f for f in quantities.find_quantities(text) if f.unit and f.unit not in ("周年", "届", "年", "月", "天", "日")]
        if not figures:
            continue
        clauses = split_clauses(text)
        named = [p for p in places.places(text) if places.level_of(p)]
        subject = named[0] if len(named) == 1 else chunk.subject
        year = max(sentence_years(chunk, a, b), default="")
        span = chunk.original_span(a, b)
        topic = words.content_words(text)
        for f in figures:
            indicator = indicator_of(clauses, text, f)
            if len(indicator) < 2 or indicator in GENERIC:
                continue
            context = tuple(w for w in topic if w not in indicator and len(w) > 1)[:12]
            facts.append(Fact(subject, indicator, year, f.value, f.upper, f.unit, f.change, f.text, context,
                              span.start, span.end, chunk.id, chunk.source, chunk.title))
    return facts


def to_json(facts: list[Fact]) -> str:
    return json.dumps([[f.subject, f.indicator, f.period, f.value, f.upper, f.unit, f.change, f.figure,
                        list(f.context), f.start, f.end] for f in facts], ensure_ascii=False)


def from_json(data: str, chunk_id: str, source: str, title: str) -> list[Fact]:
    out = []
    for row in json.loads(data or "[]"):
        subject, indicator, period, value, upper, unit, change, figure, context, start, end = row
        out.append(Fact(subject, indicator, period, value, upper, unit, change, figure, tuple(context),
                        start, end, chunk_id, source, title))
    return out
