"""Figures a claim states together (至少5个10亿元以上项目: 5个 counts what 10亿元以上 qualifies): a source
sentence supports the count only in the clause that writes the qualifier too.

The figure check decides each figure on its own, so 5个 may be found in 亿元以上项目不低于5个 and 10亿元以上 in
the next clause, 10亿元以上项目不低于2个, of the same sentence: both "supported", though the source pairs
10亿元以上 with 2个. When no clause of the deciding sentence writes both figures and the clause writing the
qualifier writes a count of the claim's unit that disagrees, that count is what the source says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.values import figures_agree
from assistant.check import draft
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.text import quantities

CLAUSE_MARK = r"[，,；;。：:]"


def _agreeing(f: quantities.Quantity, text: str) -> list[quantities.Quantity]:
    common = quantities.in_common_unit(f)
    return [g for g in draft.figures(text) if quantities.in_common_unit(g).unit == common.unit
            and figures_agree(common, quantities.in_common_unit(g))]


def _companions(claim: draft.Claim) -> list[quantities.Quantity]:
    """The claim's other figures of another unit in the clause of its own figure."""
    f, text = claim.figure, claim.text
    start = max([0] + [m.end() for m in re.finditer(CLAUSE_MARK, text[: f.start])])
    end = next((m.start() for m in re.finditer(CLAUSE_MARK, text[f.end :])), len(text) - f.end) + f.end
    return [g for g in draft.figures(text[start:end]) if g.unit != f.unit]


def decide(claim: draft.Claim, outcome):
    """The outcome of a supported figure part, refuted when its sentence pairs the figure the claim
    writes beside it with another of its unit (as above); the outcome unchanged otherwise."""
    if claim.kind != "figure" or outcome.verdict != SUPPORTED or outcome.decided_by != "figure" or claim.negated:
        return outcome
    f = claim.figure
    for other in _companions(claim):
        for p in outcome.parts[:1]:
            clauses = re.split(CLAUSE_MARK, p.sentence.text)
            if any(_agreeing(f, c) and _agreeing(other, c) for c in clauses):
                continue
            unit = quantities.in_common_unit(f).unit
            for c in clauses:
                theirs = [g for g in draft.figures(c) if quantities.in_common_unit(g).unit == unit]
                if _agreeing(other, c) and theirs and not _agreeing(f, c):
                    return replace(outcome, verdict=REFUTED, sources_say=(theirs[0].text,), decided_by="figure")
    return outcome
