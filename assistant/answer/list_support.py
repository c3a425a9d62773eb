"""Whose support a list answer shown from the learned selector's sentences stands on.

For a list question the combined step (answer/selector.py) shows the selector's enumeration and
answers when the rules' support reaches the cut. The rules' support is that of their own best
sentence; when the selector's draft quotes none of the rules' sentences and the selector itself
finds its draft unlikely (below its own cut), the rules' support speaks for another list than the
one shown (老旧小区改造…文旅产业园有序推进 supported, 报告主题鲜明、措施有力 shown for 哪几个项目):
shown, it is a confidently wrong list. The shown list then stands on what the rules think of its own
sentence (坚持规划引领、建管并重 for 哪几条原则, 0.64: answered), or on the selector's probability on the
rules' scale if that is more.
"""

from __future__ import annotations

from assistant.answer import counted
from assistant.answer.english_model import on_rules_scale


def _key(sentence) -> tuple:
    """A sentence by source and text (overlapping passages hold one sentence twice, and the rules and the
    selector may each take it from another)."""
    return sentence.chunk.source, sentence.text.strip()


def _sentences(draft) -> set:
    return {_key(p.sentence) for p in draft.parts}


def unvouched(ruled, learned, p: float, cut: float) -> bool:
    """Does the selector's list draft `learned` (probability `p`, below its `cut`) share no sentence with the
    rules' draft `ruled`, whose support would otherwise answer for it?"""
    if ruled is None or learned is None or not ruled.parts or not learned.parts or p >= cut:
        return False
    return not (_sentences(ruled) & _sentences(learned))


def shown_support(q, ruled, learned, ranked: list, p: float, cut: float) -> float:
    """The support of the selector's list draft `learned`: the rules' (`learned.support`) when they vouch for
    it, else what the rules scored its first sentence (with the list's lift, as the rules' own draft has it)
    or its probability `p` on the rules' scale, whichever is more."""
    if not unvouched(ruled, learned, p, cut):
        return learned.support
    first = learned.parts[0].sentence
    key = _key(first)
    own = max((sc.factors.get("rules", 0.0) for sc in ranked if _key(sc.sentence) == key), default=0.0)
    return min(learned.support, max(own * counted.list_factor(q.text, first.text), on_rules_scale(p, cut)))
