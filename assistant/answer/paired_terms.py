"""One indicator of a pair asked alone, and a sentence writing it only inside the pair's compound.

Statistical writing joins two indicators into one word (进出口 for imports and exports, 收支 for income and
expenditure: text/respectively.PAIRS) and gives the pair's total under it (甲市进出口总值100亿元); the member's
own figure follows under its own word (其中，出口80亿元). An English question asking one of them (its exports)
reaches the compound through its translation (出口 inside 进出口), or through a dictionary that glosses imports
with 进出口 too: a sentence writing the member only inside the compound states the pair's figure, not the
member's. A question asking both (total import and export value) asks the compound.
"""

from __future__ import annotations

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text.respectively import PAIRS


def pair_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """An English question whose words translate to one member of a pair (进口, not 出口) and a sentence writing
    that member only as part of the pair's compound (进出口). Members of one character (产销's 产, 销) are written
    in too many other words to tell."""
    if not q.english:
        return None
    text = chunk.text[a:b]
    for compound, members in PAIRS.items():
        asked = [m for m in members if any(m in t and compound not in t for t in q.terms)]
        if len(asked) != 1 or len(asked[0]) < 2 or compound not in text:
            continue
        if asked[0] not in text.replace(compound, ""):
            return Disagreement("pair", asked[0], compound)
    return None
