"""A claim's change from one level to another: 门票从100元降到了60元, 占比由5%提高至8%.

The figure after 从/由 is where the change starts, the one after 到/至/为 where it ends; both
measure what the words before the first name (门票), and the words between them (降到了)
say how it moved, not what is measured. A source's figure equal to the starting level is
that level, not a rival of the end: 夜登滕王阁100元的门票 refutes no claim that the
ticket went from 100元 to 60元; nor is one equal to the end level a rival of the start
(每月为48港币，此前为38港币: 48港币 refutes no claim that it went from 38港币 to 48港币).
"""

from __future__ import annotations

import re

from assistant.text import quantities

# 从 or 由 right before the starting figure, or a few words before it (从上一季度的27.0%);
# 到, 至 or 为 (降为, 调整为) a few characters before the end figure, with no clause break
FROM_RE = re.compile(r"[从由][^，,；;。从由到至]{0,8}$")
TO_RE = re.compile(r"^[^，,；;。从由]{0,6}?(?:到|至|为)了?$")


def start_of(claim: str, figure: quantities.Quantity) -> quantities.Quantity | None:
    """The claim's figure where the change ending at `figure` starts, or None."""
    from assistant.check.draft import figures

    earlier = [g for g in figures(claim) if g.end <= figure.start]
    if not earlier:
        return None
    start = earlier[-1]
    if FROM_RE.search(claim[: start.start]) and TO_RE.search(claim[start.end : figure.start]):
        return start
    return None


def end_of(claim: str, figure: quantities.Quantity) -> quantities.Quantity | None:
    """The claim's figure where the change starting at `figure` ends, or None."""
    from assistant.check.draft import figures

    later = [g for g in figures(claim) if g.start >= figure.end]
    return later[0] if later and start_of(claim, later[0]) == figure else None


def naming_lead(lead: str, start: quantities.Quantity | None) -> str:
    """The words of a claim's lead that name what its figure measures: those before the
    starting level when the figure ends a change (门票从, not 降到了)."""
    return lead[: lead.find(start.text)] if start is not None and start.text in lead else lead


def is_start(claim: str, start: quantities.Quantity | None, text: str, f: quantities.Quantity) -> bool:
    """Is a source's figure the claim's starting level (the same value), not its end?"""
    from assistant.answer.values import figures_agree

    if start is None:
        return False
    return figures_agree(quantities.in_common_unit(start), quantities.in_common_unit(f), claim[: start.start],
                         text[: f.start])


def is_end(claim: str, end: quantities.Quantity | None, text: str, f: quantities.Quantity) -> bool:
    """Is a source's figure the claim's end level (the same value), not its start?"""
    return is_start(claim, end, text, f)
