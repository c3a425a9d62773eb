"""A count of things above a value (8个亿元以上项目, 3家千万元以上企业) counts a narrower set than the things
themselves: a source's count of the plain things (91个年度重点项目) neither supports nor refutes it. Only
a figure whose clause writes the same threshold (亿元以上项目不低于5个) decides such a count."""

from __future__ import annotations

import re

from assistant.text import quantities
from assistant.text.sentences import clause_at, split_clauses

# 亿元以上, 千万元以下 right after the count: the threshold of what it counts, written without a figure of
# its own (10亿元以上 is a figure the claim states, read as a companion by paired.py)
THRESHOLD_RE = re.compile(r"^的?([十百千]?[万亿]元(?:以上|以下))")


def threshold(claim: str, figure: quantities.Quantity) -> str:
    """The threshold the claim writes right after its count, or ''."""
    m = THRESHOLD_RE.match(claim[figure.end :])
    return m.group(1) if m else ""


def writes_threshold(text: str, g: quantities.Quantity, wanted: str) -> bool:
    """Does the clause of the source's figure write the threshold?"""
    a, b = clause_at(split_clauses(text), g.start, len(text))
    return wanted in text[a:b]
