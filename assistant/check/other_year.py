"""Which year a figure belongs to in a sentence writing two: 到2024年，英伟达能够出货超过400万套GPU
加速器，这比2023年预估的165万套有明显增加 gives 400万套 for 2024 and 165万套 for 2023.

The subject check reads one year for a sentence (its first), so a claim about the other year
found no sentence; such a sentence is read (in_force.agreement), and only its figures of the
claim's year may decide (figures.figure_candidates).
"""

from __future__ import annotations

import re

from assistant.check import slots
from assistant.check.claim_words import BEFORE_RE
from assistant.check.in_force import YEAR_RE
from assistant.check.source_indicator import YEAR_BASELINE_RE
from assistant.text import quantities

BASIS_RE = re.compile(r"(?:比|较|相比|同比)$")
# 去年, 上年 as a figure's year (measure_nature.PAST) and as the basis it is compared with (比去年, 较上年同期)
LAST_YEAR_RE = re.compile(r"(?<![比较与和同跟])(?:去年|上年|上一年)(?!同期)")
LAST_YEAR_BASIS_RE = re.compile(r"(?:比|较|与|和|同|跟)(?:去年|上年|上一年)")


def year_of(text: str, f: quantities.Quantity) -> str:
    """The last year written before the figure, passing over the basis of a comparison when a
    change word stands between it and the figure (比2022年同期增长10%: 10% is the later year's
    change; 比2023年预估的165万套: 165万套 is 2023's level); '' when none."""
    found = ""
    for m in YEAR_RE.finditer(text, 0, f.start):
        if BASIS_RE.search(text, 0, m.start()) and BEFORE_RE.search(text, m.end(), f.start):
            continue
        found = m.group(1)
    return found


def other_year(claim: str, text: str, f: quantities.Quantity) -> bool:
    """Is the figure, in a sentence writing two years or more, another year's than the claim's?
    A year's baseline (比2023年预估的165万套) speaks only for a claim naming a year."""
    mine, written = slots.years(claim), set(YEAR_RE.findall(text))
    if len(written) < 2:
        return False
    if not mine:
        return YEAR_BASELINE_RE.search(text, 0, f.start) is not None
    year = year_of(text, f)
    return bool(year) and year not in mine


def basis_for_last_year(claim: str, text: str) -> bool:
    """Does the claim give its figure for last year (去年某产值增长12%) where the sentence names last year
    only as the basis of its figure (某产值比去年增长12%: this year's change, against last year's)?"""
    return bool(LAST_YEAR_RE.search(claim)) and not LAST_YEAR_RE.search(text) and bool(LAST_YEAR_BASIS_RE.search(text))
