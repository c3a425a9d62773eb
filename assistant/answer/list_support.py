"""Whose support a list answer shown from the learned selector's sentences stands on.

For a list question the combined step (answer/selector.py) shows the selector's enumeration and
answers when the rules' support reaches the cut. The rules' support is that of their own best
sentence; when the selector's draft quotes none of the rules' sentences and the selector itself
finds its draft unlikely (below its own cut), no reader vouches for what is shown: the rules
supported another list (老旧小区改造…文旅产业园有序推进), the selector doubts its own (报告主题鲜明、
措施有力). Shown, it is a confidently wrong list. Its support is then the selector's probability on
the rules' scale, which such a probability never reaches.
"""

from __future__ import annotations


def _sentences(draft) -> set:
    return {(p.sentence.chunk.id, p.sentence.chunk.text[p.sentence.a : p.sentence.b]) for p in draft.parts}


def unvouched(ruled, learned, p: float, cut: float) -> bool:
    """Does the selector's list draft `learned` (probability `p`, below its `cut`) share no sentence with the
    rules' draft `ruled`, whose support would otherwise answer for it?"""
    if ruled is None or learned is None or not ruled.parts or not learned.parts or p >= cut:
        return False
    return not (_sentences(ruled) & _sentences(learned))
