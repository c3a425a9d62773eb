"""Which figure a question saying its sources disagree asks for (两处给出的增幅各是多少, 两篇稿子的数字不一样).

It asks for a figure stated twice with different values: the same words before two figures, in
one sentence (规模以上工业增加值增长6%以上,规模以上工业增加值增长8%以上) or in two sources. When the
best pick has no such twin and a nearly as well supported one has, that one is the figure asked
(another article's 同比增长3.8% of the same indicator, a hair better supported, is no dispute).
"""

from __future__ import annotations

from assistant.text import quantities

NEAR_SHARE = 0.95  # a pick this well supported (relative to the best) is as likely the one asked


def _twinned(pick, picks) -> bool:
    """Does another pick write the same words before a different value (a version of it)?"""
    value = quantities.without_qualifier(pick.figure.text)
    return any(o is not pick and o.lead == pick.lead and o.indicator == pick.indicator
               and quantities.without_qualifier(o.figure.text) != value for o in picks)


def twinned_first(picks: list) -> list:
    """`picks` (best first) with the best twinned pick first when the best has no twin and it is
    nearly as well supported; else as they are."""
    if not picks or _twinned(picks[0], picks):
        return picks
    near = [p for p in picks[1:] if p.score > 0 and p.score >= NEAR_SHARE * picks[0].score]
    found = next((p for p in near if _twinned(p, picks)), None)
    return picks if found is None else [found] + [p for p in picks if p is not found]
