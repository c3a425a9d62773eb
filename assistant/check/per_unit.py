"""A price per ton written two ways: 每吨上调205元 and 上调195元/吨 are the same measure.

The figure reader gives 195元/吨 the unit 元/吨 and the 205元 of 每吨上调205元 the unit 元, so
a claim that words a source's rate the other way was compared with nothing (fuel prices:
news_part_a/b write 元/吨 18 times and 每吨…X元 7 times, 元/升 8 and 每升…X元 11).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.text import quantities
from assistant.text.sentences import clause_at, split_clauses

# the quantities a price is given per (not 每度, which is also a degree, nor 每人, a count's)
PER_RE = re.compile(r"每(吨|升|公斤|千克|斤|平方米|立方米|千瓦时)")


def per_unit(text: str, f: quantities.Quantity) -> quantities.Quantity:
    """The figure in its common unit, a 每吨 of its clause before it (with no other figure
    between) written into the unit as the reader writes 195元/吨: 每吨上调205元 -> 205元/吨."""
    q = quantities.in_common_unit(f)
    if "/" in q.unit or not q.unit:
        return q
    start = clause_at(split_clauses(text), f.start, len(text))[0]
    found = [m for m in PER_RE.finditer(text, start, f.start)
             if not quantities.find_quantities(text[m.end() : f.start])]
    return replace(q, unit=f"{q.unit}/{found[-1].group(1)}") if found else q
