"""Figures as facts: (subject, indicator, period, value) from every sentence with a figure.

Extracted at index time and stored with each chunk, so `suyuan conflicts` and answers can
find every version of a figure: 签约额达160亿元 in one article, 签约额255.4亿元 in another.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass

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


def _periods_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _same_scope(a: Fact, b: Fact) -> bool:
    """Two figures describe the same thing when they stand in one sentence, or their
    sentences share at least two other topic words (2023梅花鹿…大会 in both)."""
    if a.source == b.source and a.start == b.start:
        return True
    return len(set(a.context) & set(b.context)) >= 2


def differ(a: Fact, b: Fact) -> bool:
    return not quantities.values_agree(a.value, a.upper, b.value, b.upper)


def conflicts(all_facts: list[Fact]) -> list[dict]:
    """Groups of facts on the same subject, indicator, unit and period whose values differ."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in all_facts:
        groups[f.key()].append(f)
    out = []
    for key, facts in groups.items():
        unique: dict[tuple, Fact] = {}
        for f in facts:  # the same sentence seen through two overlapping chunks counts once
            unique.setdefault((f.source, f.start, f.figure), f)
        facts = sorted(unique.values(), key=lambda f: (f.source, f.start))
        versions = [f for f in facts if any(differ(f, g) and _periods_compatible(f.period, g.period)
                                            and _same_scope(f, g) for g in facts)]
        if len(versions) >= 2:
            periods = sorted({f.period for f in versions if f.period})
            out.append({"subject": facts[0].subject, "indicator": key[1], "unit": key[2],
                        "change": versions[0].change, "period": "/".join(periods),
                        "versions": [asdict(f) for f in versions]})
    return sorted(out, key=lambda g: (g["subject"], g["indicator"]))


def same_fact(a: Fact, b: Fact) -> bool:
    return a.key() == b.key() and _periods_compatible(a.period, b.period) and _same_scope(a, b)
