"""A figure's period: 每天50元 does not answer 按月租要多少钱 (figure_kind.disagreement reads it)."""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities

# A rate is a sum per period: 每月880元, 3元/小时, 50元一天, 月租 (a month's rent). A question asking
# one per period (按月租要多少钱, 按季度租赁, 每小时收费多少) is not answered by a figure per another
# (每天50元). Of 8 DRCD and CMRC trial questions asking a figure per period, no gold figure is
# vetoed; of 1,876 generated news questions (news parts a/b), none asks one.
PERIOD_NAMES = {"日": "天", "时": "小时", "星期": "周", "个月": "月", "季": "季度"}
PERIOD = r"(?:小时|分钟|天|日|周|星期|个?月|季度|季(?!节)|年(?![级代龄]))"
PER_ASKED = re.compile(rf"(?:每|按)个?({PERIOD})|([日月年时])(?:租|薪)")
# the period right before the figure, a verb or two between (每天, 每月仅需, 月租金为)
PER_BEFORE = re.compile(rf"(?:每个?({PERIOD})|([日月年时])(?:租|薪)(?:金|费)?)[\u4e00-\u9fff]{{0,2}}?$")
PER_AFTER = re.compile(rf"\s*(?:/|每|一)({PERIOD})")


def _period(m: re.Match | None) -> str:
    word = next((g for g in m.groups() if g), "") if m else ""
    return PERIOD_NAMES.get(word, word)


def rate_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure per one period for a question asking one per another (每天50元 for 按月租多少钱):
    the period of its unit (元/小时), written right before it (每天) or right after it (50元一天)."""
    if q.english:
        return ""
    asked = _period(PER_ASKED.search(q.text))
    if not asked:
        return ""
    unit_per = f.unit.split("/")[1] if "/" in f.unit else ""
    found = (PERIOD_NAMES.get(unit_per, unit_per) if re.fullmatch(PERIOD, unit_per) else "") \
        or _period(PER_BEFORE.search(text[max(0, f.start - 8) : f.start])) or _period(PER_AFTER.match(text, f.end))
    if found and found != asked:
        return f"a figure per {found} for one per {asked}"
    return ""
