"""A figure claim the figure check leaves undecided, read against a sentence that writes it whole.

The figure check (figures.py) passes over a source sentence of another period than the claim's,
so a claim that puts a sentence's figure in another year (2021年，远航汽车营业收入达200亿元 against
2023年，远航汽车营业收入达到200亿元) was left not_enough_info. A sentence that writes the claim's
statement word for word apart from its figure and its period decides it as a reader would:
- the same figure for the same period supports it, another figure for the same period refutes it;
- the same figure for another period refutes it: the source states that figure for its own year,
  month, quarter or half, so the claim puts it in the wrong one (the convention the generated
  claims follow, learn/claim_questions.other_period). Only periods both write decide so: a
  sentence or a claim naming none, or naming it relatively (今年, 去年), decides nothing by period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.answer.values import figures_agree
from assistant.check import draft, slots
from assistant.check.claim_words import LEVEL_VERBS, opposite, time_reference
from assistant.check.figures import Outcome, claim_scope
from assistant.check.in_force import YEAR_RE
from assistant.check.measures import is_change
from assistant.check.other_year import year_of
from assistant.check.per_unit import per_unit
from assistant.check.stances import PLANNED, stance
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.records import Hit
from assistant.text import periods, quantities, words
from assistant.text.indicators import COMPARISON_RE
from assistant.text.sentences import clause_at, split_clauses

# the words that say when, not what: a year, a month or a run of months, a quarter, a half
PERIOD_RES = (YEAR_RE, periods.RANGE_RE, periods.MONTH_RE, periods.QUARTER_RE, periods.HALF_RE)
MIN_WORDS = 2  # a statement of fewer words (营收20亿元) names too little to be written whole
# 逾276亿元, 276亿元左右: how near the figure is, which figures_agree reads
HEDGES = frozenset(quantities.QUALIFIERS_BEFORE + quantities.QUALIFIERS_AFTER)
WHOLE = 1.0  # the support of a sentence writing every word of the claim's statement
# 给龙山区定的目标, 提出的任务: the verb that sets a target; a sentence stating a plan's figure says it was set
SET_VERBS = frozenset("定 定下 制定 确定 设定 提出 明确".split())


def _blank(text: str, spans) -> str:
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def statement_words(text: str, start: int = 0, end: int | None = None, skip=()) -> set[str]:
    """The words of text[start:end] that say what is measured and whose: neither its figures
    (`skip`), nor its period, nor how the figure is reached (达到, 为) or compared (同比)."""
    end = len(text) if end is None else end
    when = [m.span() for r in PERIOD_RES for m in r.finditer(text)]
    piece = _blank(text, [(f.start, f.end) for f in skip] + when)[start:end]
    return {w for w in words.content_words(COMPARISON_RE.sub(" ", piece))
            if w not in LEVEL_VERBS and w not in quantities.CHANGE_WORDS and w not in HEDGES}


def _lead(text: str, g: quantities.Quantity) -> tuple[int, int]:
    """The source figure's own words: back to the start of its clause or the figure before it."""
    start = clause_at(split_clauses(text), g.start, len(text))[0]
    return max([start] + [f.end for f in draft.figures(text) if f.end <= g.start]), g.start


@dataclass(frozen=True)
class Period:
    """When a text puts a figure: its year ('' when none), spans of months, relative years
    (今年 0, 去年 -1) and days (截至9月3日)."""

    year: str
    spans: frozenset
    relative: frozenset
    days: frozenset


# 比去年同期, 较上年, 与去年相比: the year a change is counted from, not the figure's own
BASIS_RE = re.compile(r"(?:比|较|与|和|同比)$")


def _relative(text: str) -> frozenset:
    return frozenset(shift for word, shift in quantities.RELATIVE_YEARS.items() for m in re.finditer(word, text)
                     if not BASIS_RE.search(text, 0, m.start()) and not text.startswith("同期", m.end()))


def claim_period(text: str, f: quantities.Quantity) -> Period:
    years = {m.group(1) for m in YEAR_RE.finditer(text)}
    return Period("、".join(sorted(years)), frozenset(periods.spans(_blank(text, [(f.start, f.end)]))),
                  _relative(text), frozenset(slots.dates(text)))


def period_of(text: str, g: quantities.Quantity) -> Period:
    """When the source puts its figure: the last year and span of months written before it
    (back through the clauses before its own), and the relative years and days before it."""
    clauses = [c for c in split_clauses(text) if c[0] < g.start]
    spans = next((s for a, b in reversed(clauses) if (s := periods.spans(text[a : min(b, g.start)]))), set())
    before = text[: g.start]
    return Period(year_of(text, g), frozenset(spans), _relative(before), frozenset(slots.dates(before)))


def compare_periods(claim: Period, source: Period) -> str:
    """'same' when the source writes each period the claim names, 'other' when both write a
    year or a span of months and they differ, '' when the source leaves the claim's period open
    or they name it in ways that do not compare (今年 against 2023年, another day)."""
    if (claim.days and not claim.days & source.days) or (claim.relative and claim.relative != source.relative):
        return ""
    years = set(claim.year.split("、")) - {""}
    if (years and source.year and source.year not in years) or (claim.spans and source.spans
                                                                 and not claim.spans & source.spans):
        return "other"
    if (not years or source.year in years) and (not claim.spans or claim.spans & source.spans):
        return "same"
    return ""


def decide(claim: draft.Claim, hits: list[Hit]) -> Outcome | None:
    """The verdict of the sentences that write the claim's figure statement whole, or None."""
    text, f = claim.text, claim.figure
    if claim.kind != "figure" or f is None or claim.negated or time_reference(text, f):
        return None  # (两年后 says when the claim's other figure holds: claims.said_when)
    scope = claim_scope(text, f)
    mine = statement_words(scope, skip=draft.figures(scope))
    if len(mine) < MIN_WORDS:
        return None
    asked = per_unit(text, f)
    claimed = claim_period(text, f)
    found: dict[str, tuple] = {}
    flags = dict(words.tagged(scope))
    for s in sentences_of(hits):
        t = s.text
        if not all(w in t or w in SET_VERBS or _around(w, flags.get(w, ""), s) for w in mine):
            continue
        for g in draft.figures(t):
            given = per_unit(t, g)
            if given.unit != asked.unit or is_change(t, g) != is_change(text, f) or opposite(text, f, t, g):
                continue
            if any(w in SET_VERBS and w not in t for w in mine) and stance(t, g) != PLANNED:
                continue  # the claim says the figure was set as a target: the source must state it as one
            named = statement_words(t, *_lead(t, g), skip=draft.figures(t))
            if not named or not named <= mine:
                continue  # the source's figure measures nothing or something the claim does not name
            period = compare_periods(claimed, period_of(t, g))
            agree = figures_agree(asked, given, text[: f.start], t[: g.start])
            key = ("supported" if agree else "figure") if period == "same" else "period" if agree and period else ""
            if key:
                found.setdefault(key, (s, g))
    if "supported" in found and "figure" in found:
        return None  # the sources disagree: the conflicts check's business, not a reading's
    for key in ("supported", "figure", "period"):
        if key in found:
            s, g = found[key]
            part = make_part(s, s.a, s.b, WHOLE)
            if key == "supported":
                return Outcome(SUPPORTED, [part], f.text, (), "figure", WHOLE)
            if key == "figure":
                return Outcome(REFUTED, [part], f.text, (g.text,), "figure", WHOLE)
            year = period_of(s.text, g).year
            if year and claimed.year and year not in claimed.year.split("、"):  # 2023年 against the claim's 2021年
                stated, said = f"{claimed.year}年", f"{year}年"
            else:  # 上半年 against the claim's 一季度
                stated, said = _span_text(text, f), _span_text(s.text, g)
            return Outcome(REFUTED, [part], stated, (said,), "period", WHOLE)
    return None


def _around(word: str, flag: str, s) -> bool:
    """Is a name the claim writes said by the sentence's article rather than the sentence: the
    person who says it (its speaker, the paragraph's, the interviewee: 崔晓飞说 before, 访…崔晓飞 in the
    title) or the place the article is about (its subject or title)? An interview's sentence names
    neither, yet it is that person's word on that place."""
    if flag.startswith("nr"):
        # the title first: source_speaker reads the sentence's paragraph, once per sentence tried
        return word in s.chunk.title or word == slots.source_speaker(s.chunk.text, s.a, s.chunk.title)
    if flag.startswith("ns"):
        return word in s.chunk.subject or word in s.chunk.title
    return False


def _span_text(text: str, g: quantities.Quantity) -> str:
    """The words of the period a text writes last before its figure (上半年, 7月份)."""
    found = [m for r in PERIOD_RES[1:] for m in r.finditer(text, 0, g.start)]
    return max(found, key=lambda m: m.start()).group(0) if found else ""
