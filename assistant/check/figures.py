"""A draft's figure and role claims, decided by the single-claim checker (`claims.py`),
with the draft's extras: a negated figure claim (没有达到81.6亿元) turns a match into a
refutation, and a figure one source gives and another contradicts is disputed."""

from __future__ import annotations

from assistant.answer.extractive import make_part
from assistant.check import claims as single
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN

DISPUTED = "disputed"


def check_figure(claim, hits, idf, threshold: float):
    """(verdict, parts, claimed, sources_say, decided_by) for one figure of a claim."""
    verdict, pick, _ = single.figure_verdict(claim.text, claim.figure, hits, idf, threshold)
    if pick is None:
        return UNKNOWN, [], claim.figure.text, (), ""
    parts = [make_part(pick.scored.sentence, pick.a, pick.b, pick.score)]
    says = (pick.figure.text,) if verdict == REFUTED else ()
    if claim.negated:
        # 没有达到100亿元 against a source's 81.6亿元 may well be true: undecided.
        if verdict == SUPPORTED:
            return REFUTED, parts, claim.figure.text, (pick.figure.text,), "negation"
        return UNKNOWN, [], claim.figure.text, (), ""
    return verdict, parts, claim.figure.text, says, "figure"


def check_role(claim, hits, idf):
    verdict, sc, name = single.person_verdict(claim.text, hits, idf)
    if sc is None:
        return UNKNOWN, [], "", (), ""
    parts = [make_part(sc.sentence, sc.sentence.a, sc.sentence.b, sc.score)]
    claimed = "、".join(name for name, *_ in single.claimed_persons(claim.text))
    return verdict, parts, claimed, ((name,) if verdict == REFUTED else ()), "role"
