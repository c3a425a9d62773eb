"""Claims -> supported / refuted / not_enough_info, with the sentences that decide it.

A claim is refuted only when a source speaks of the same place, year and indicator with
a different figure; a figure the sources never give for that indicator leaves the claim
unverified (not_enough_info), never refuted. Negated claims (没有达到…) are out of scope
here: a claim is read as stating its figure (docs/architecture.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.evidence import ROLE, Scored, persons, score_sentences, sentences_of
from assistant.answer.extractive import Part, citations_for, make_part
from assistant.answer.figures import FigurePick, pick_figures
from assistant.query.question import Question, analyse
from assistant.records import Citation, Hit
from assistant.text import quantities, words
from assistant.text.indicators import indicator_of, same_indicator
from assistant.text.sentences import split_clauses

SUPPORTED, REFUTED, UNKNOWN = "supported", "refuted", "not_enough_info"


@dataclass(frozen=True)
class Verdict:
    claim: str
    verdict: str
    text: str
    citations: tuple[Citation, ...] = ()
    claimed: tuple[str, ...] = ()  # figures the claim states
    sources_say: tuple[str, ...] = ()  # what the sources give instead, when refuted
    support: float = 0.0
    timings_ms: dict = field(default_factory=dict)


def claim_question(claim: str, figure: quantities.Quantity | None) -> Question:
    """The claim read as the question it answers: its figure becomes the thing asked."""
    q = analyse(claim)
    q.figures = ()
    q.parts = []
    if figure is not None:
        q.kind = "quantity"
        q.unit = figure.unit
        q.change = bool(figure.change)
        lead = indicator_of(split_clauses(claim), claim, figure)
        q.terms = tuple(t for t in q.terms if t not in figure.text)
        heads = [t for t in words.content_words(lead) if t not in q.places]
        q.head = heads[-1] if heads else ""
    return q


def figure_verdict(claim: str, figure: quantities.Quantity, hits: list[Hit], idf, threshold: float
                   ) -> tuple[str, FigurePick | None, float]:
    """(verdict, the sources' figure that decides it, support) for one figure of a claim."""
    q = claim_question(claim, figure)
    claimed_indicator = indicator_of(split_clauses(claim), claim, figure)
    scored = score_sentences(q, sentences_of(hits), idf)
    candidates: list[tuple[FigurePick, str]] = []
    for sc in scored[:10]:
        if sc.factors.get("place", 1) < 1 or sc.factors.get("year", 1) < 1 or sc.score < threshold:
            continue
        text = sc.sentence.text
        clauses = split_clauses(text)
        for pick in pick_figures(q, sc, idf):
            f = pick.figure
            if f.unit != figure.unit or bool(f.change) != bool(figure.change):
                continue
            indicator = indicator_of(clauses, text, f)
            if indicator and same_indicator(indicator, claimed_indicator, loose=True):
                candidates.append((pick, indicator))
    if not candidates:
        return UNKNOWN, None, max((s.score for s in scored), default=0.0)
    candidates.sort(key=lambda c: -c[0].score)
    agreeing = [c for c in candidates if c[0].figure.agrees(figure)]
    if agreeing:
        return SUPPORTED, agreeing[0][0], agreeing[0][0].score
    return REFUTED, candidates[0][0], candidates[0][0].score


def claimed_persons(claim: str) -> list[tuple[str, int, int, str]]:
    """The people a claim names with their roles: 县长是王飞 is read as 县长王飞."""
    return persons(re.sub(ROLE + r"(?:是|为|叫)", r"\1", claim))


def person_verdict(claim: str, hits: list[Hit], idf) -> tuple[str, Scored | None, str]:
    """东辽县县长是王飞: the same role and place with another name refutes it."""
    named = claimed_persons(claim)
    claimed = {name for name, *_ in named}
    if not claimed or not named[0][3]:
        return UNKNOWN, None, ""
    role = named[0][3]
    q = analyse(claim)
    q.kind = "person"
    q.terms = tuple(t for t in q.terms if t not in claimed)
    for sc in score_sentences(q, sentences_of(hits), idf)[:8]:
        if sc.factors.get("place", 1) < 1 or sc.coverage < 0.6:
            continue
        for name, _, _, found_role in persons(sc.sentence.text):
            if found_role != role:
                continue
            return (SUPPORTED if name in claimed else REFUTED), sc, name
    return UNKNOWN, None, ""


def check(claim: str, hits: list[Hit], idf, threshold: float, timings: dict | None = None) -> Verdict:
    """The verdict on a (validated) claim from the passages retrieved for it."""
    figures = [f for f in quantities.find_quantities(claim) if f.unit]
    parts: list[Part] = []
    verdicts, sources_say, support = [], [], []
    for figure in figures:
        verdict, pick, score = figure_verdict(claim, figure, hits, idf, threshold)
        verdicts.append(verdict)
        support.append(score)
        if pick is not None:
            parts.append(make_part(pick.scored.sentence, pick.a, pick.b, pick.score))
            if verdict == REFUTED:
                sources_say.append(pick.figure.text)
    if not figures:
        verdict, sc, name = person_verdict(claim, hits, idf)
        verdicts.append(verdict)
        if sc is not None:
            parts.append(make_part(sc.sentence, sc.sentence.a, sc.sentence.b, sc.score))
            support.append(sc.score)
            if verdict == REFUTED:
                sources_say.append(name)
    if REFUTED in verdicts:
        final = REFUTED
    elif verdicts and all(v == SUPPORTED for v in verdicts):
        final = SUPPORTED
    else:
        final = UNKNOWN
    cites, nums = citations_for(parts) if final != UNKNOWN else ([], [])
    quoted = "；".join(f"{p.sentence.chunk.text[p.a:p.b]} [{n}]" for p, n in zip(parts, nums))
    claimed_text = "、".join(f.text for f in figures) or "、".join(name for name, *_ in claimed_persons(claim))
    if final == SUPPORTED:
        text = f"成立 supported：{quoted}"
    elif final == REFUTED:
        text = f"不成立 refuted：资料称 {quoted}（资料中为 {'、'.join(sources_say)}，而说法为 {claimed_text}）"
    else:
        text = "无法核实 not enough info：资料中没有关于同一地方、年份和指标的说法。"
    return Verdict(claim, final, text, tuple(cites), tuple(f.text for f in figures), tuple(sources_say),
                   round(max(support, default=0.0), 4), timings or {})
