"""Figures as facts: (subject, indicator, period, value) from every sentence with a figure.

Extracted at index time and stored with each chunk, so `suyuan conflicts` and answers can
find every version of a figure: 签约额达160亿元 in one article, 签约额255.4亿元 in another.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass

from assistant.text import quantities
from assistant.text import places
from assistant.text import words
from assistant.ingest.chunking import split_clauses, split_sentences
from assistant.records import Chunk

# Words that start or end a lead without saying what is measured.
LEAD_PREFIX = re.compile(r"^(?:确保|力争|年内|全年|其中|目前|累计|共|预计|计划|努力|争取|推动|实现|完成|全力|重点|今年|去年|同比)+")
LEAD_SUFFIX = re.compile(r"(?:达到|达|为|是|完成|实现|共|约|累计|超过|突破|保持在|控制在|稳定在|不低于|不少于|以上|左右)+$")
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


CLASSIFIERS = set("个项家户座所条辆台处名位批件套只头张间栋次场支队组部架艘株棵篇种类款盏把根块片本盘口枚颗粒匹幢趟班门眼段道孔扇")


def indicator_of(clauses: list[tuple[int, int]], text: str, figure: quantities.Quantity) -> str:
    """What a figure measures: the words before it in its clause (增长41% borrows the
    clause before), or for a count the noun after it (34个重点项目)."""
    if figure.unit in CLASSIFIERS:
        tail = re.match(r"[\u4e00-\u9fff]{2,}", text[figure.end :])
        if tail:
            return tail.group()[:10]
    ca = next((a for a, b in clauses if a <= figure.start < b), 0)
    lead = text[ca : figure.start]
    if not re.sub("|".join(quantities.CHANGE_WORDS) + r"|[了为达到\s]", "", lead):
        before = [(a, b) for a, b in clauses if b <= ca]
        if before:
            a, b = before[-1]
            prev = text[a:b]
            first = quantities.find_quantities(prev)
            lead = prev[: first[0].start] if first else prev
    lead = re.sub(r"[，,；;：:、“”\"'（）()\s]", "", lead)
    lead = LEAD_SUFFIX.sub("", LEAD_PREFIX.sub("", lead))
    for word in quantities.CHANGE_WORDS:  # the change is kept apart, in Fact.change
        if lead.endswith(word):
            lead = lead[: -len(word)]
            break
    return lead[-10:]


def sentence_year(chunk: Chunk, a: int, text: str) -> str:
    from assistant.answer.evidence import Sentence, sentence_years

    found = sorted(sentence_years(Sentence(0, chunk, a, a + len(text))))
    return found[-1] if found else ""


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
        year = sentence_year(chunk, a, text)
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


def _differ(a: Fact, b: Fact) -> bool:
    hi_a = a.upper if a.upper is not None else a.value
    hi_b = b.upper if b.upper is not None else b.value
    scale = max(abs(a.value), abs(b.value), 1e-12)
    return hi_a < b.value - 1e-6 * scale or hi_b < a.value - 1e-6 * scale


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
        versions = [f for f in facts if any(_differ(f, g) and _periods_compatible(f.period, g.period)
                                            and _same_scope(f, g) for g in facts)]
        if len(versions) >= 2:
            periods = sorted({f.period for f in versions if f.period})
            out.append({"subject": facts[0].subject, "indicator": key[1], "unit": key[2],
                        "change": versions[0].change, "period": "/".join(periods),
                        "versions": [asdict(f) for f in versions]})
    return sorted(out, key=lambda g: (g["subject"], g["indicator"]))


def same_fact(a: Fact, b: Fact) -> bool:
    return a.key() == b.key() and _periods_compatible(a.period, b.period) and _same_scope(a, b)
