"""Claims -> supported / refuted / not_enough_info, with the sentences that decide it.

A claim is refuted only when a source speaks of the same place, year and indicator with
a different figure; a figure the sources never give for that indicator leaves the claim
unverified (not_enough_info), never refuted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text import quantities
from assistant.text import words
from assistant.answer.extractive import Part, citations_for, make_part
from assistant.ingest.chunking import split_clauses
from assistant.answer.evidence import FigurePick, Scored, pick_figures, score_sentences, sentences_of
from assistant.ingest.facts import indicator_of
from assistant.query.question import Question, analyse
from assistant.records import Citation

SUPPORTED, REFUTED, UNKNOWN = "supported", "refuted", "not_enough_info"
NEGATION = re.compile(r"不|没有|未|无|非")


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


def _overlap(a: str, b: str) -> float:
    """Share of the shorter indicator's character pairs found in the other."""
    ga = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    gb = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    small, large = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    return len(small & large) / max(len(small), 1)


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


def _figure_verdict(assistant, claim: str, figure: quantities.Quantity, hits, idf):
    q = claim_question(claim, figure)
    claimed_indicator = indicator_of(split_clauses(claim), claim, figure)
    scored = score_sentences(q, sentences_of(hits), idf)
    threshold = assistant.settings.abstain_threshold
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
            if indicator and _overlap(indicator, claimed_indicator) >= 0.6:
                candidates.append((pick, indicator))
    if not candidates:
        return UNKNOWN, None, max((s.score for s in scored), default=0.0)
    candidates.sort(key=lambda c: -c[0].score)
    agreeing = [c for c in candidates if c[0].figure.agrees(figure)]
    if agreeing:
        return SUPPORTED, agreeing[0][0], agreeing[0][0].score
    return REFUTED, candidates[0][0], candidates[0][0].score


def _person_verdict(claim: str, hits, idf) -> tuple[str, Scored | None, str]:
    """东辽县县长是王飞: the same role and place with another name refutes it."""
    from assistant.answer.evidence import ROLE, persons

    named = persons(re.sub(ROLE + r"(?:是|为|叫)", r"\1", claim))  # 县长是王飞 -> 县长王飞
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


def _claimed_names(claim: str) -> list[str]:
    from assistant.answer.evidence import ROLE, persons

    return [name for name, *_ in persons(re.sub(ROLE + r"(?:是|为|叫)", r"\1", claim))]


def check(assistant, claim: str) -> Verdict:
    state = assistant._prepare({"question": claim})
    claim = state["question"]
    hits = assistant._retrieve(state)
    idf = assistant.keyword_index().idf_of
    figures = [f for f in quantities.find_quantities(claim) if f.unit]
    parts: list[Part] = []
    verdicts, sources_say, support = [], [], []
    for figure in figures:
        verdict, pick, score = _figure_verdict(assistant, claim, figure, hits, idf)
        verdicts.append(verdict)
        support.append(score)
        if pick is not None:
            parts.append(make_part(pick.scored.sentence, pick.a, pick.b, pick.score))
            if verdict == REFUTED:
                sources_say.append(pick.figure.text)
    if not figures:
        verdict, sc, name = _person_verdict(claim, hits, idf)
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
    claimed_text = "、".join(f.text for f in figures) or "、".join(_claimed_names(claim))
    if final == SUPPORTED:
        text = f"成立 supported：{quoted}"
    elif final == REFUTED:
        text = f"不成立 refuted：资料称 {quoted}（资料中为 {'、'.join(sources_say)}，而说法为 {claimed_text}）"
    else:
        text = "无法核实 not enough info：资料中没有关于同一地方、年份和指标的说法。"
    return Verdict(claim, final, text, tuple(cites), tuple(f.text for f in figures), tuple(sources_say),
                   round(max(support, default=0.0), 4), state["timings"])
