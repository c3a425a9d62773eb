"""The nth of a series (第四个工作日, 第八次上涨, 第二批): a source about another member of the series
the claim names speaks of another instance, not of the claim's; a session named 本届 is the one
its article numbers (第四届)."""

from __future__ import annotations

import re

from assistant.check.slots import NUMERAL
from assistant.text import quantities

SESSION_OF_RE = re.compile(rf"第({NUMERAL})(届|期)(..)")


def this_session(text: str, article: str) -> str:
    """The sentence with its 本届 / 本期 read as the session its article names (本届中国—蒙古国博览会 in
    an article on the 第四届中国—蒙古国博览会): the one 第N届 written before the same two characters."""
    for m in re.finditer(r"本(届|期)(..)", text):
        named = {x.group(1) for x in SESSION_OF_RE.finditer(article) if x.group(2, 3) == m.group(1, 2)}
        if len(named) == 1:
            text = text.replace(m.group(0), f"第{named.pop()}{m.group(1)}{m.group(2)}", 1)
    return text


# 第四个工作日, 第八次上涨, 第二批: the nth of a series, with the noun it counts (its first one
# or two characters after the ordinal and its 个); not after 与/比/较 (与第一季度相比: the base
# of a comparison, not what the sentence is about)
SERIES_RE = re.compile(rf"(?<![与比较])第({NUMERAL})个?([\u4e00-\u9fff]{{1,2}})")
# a quarter is a period: the period check reads it (本季度 against 第二季度, text/periods.py)
PERIOD_SERIES = ("季度", "季")


def series(text: str) -> dict[str, set[float]]:
    """What a text numbers in a series: the noun (its first two characters) -> the ranks."""
    out: dict[str, set[float]] = {}
    for m in SERIES_RE.finditer(text):
        if m.group(2) in PERIOD_SERIES:
            continue
        n = m.group(1)
        value = float(n) if n.isdigit() else quantities.chinese_to_number(n)
        if value is not None:
            out.setdefault(m.group(2), set()).add(value)
    return out


def other_instance(claim: str, text: str) -> bool:
    """Does the sentence speak of another member of a series the claim names (第三个工作日 for
    the claim's 第四个工作日, 第七次 for 第八次) and not of the claim's own?"""
    theirs = series(text)
    return any(noun in theirs and not (ranks & theirs[noun]) for noun, ranks in series(claim).items())
