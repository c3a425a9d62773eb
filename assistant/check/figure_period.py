"""Which period a source's figure is of, when its sentence gives figures of several.

Three readings a refutation needs, since it must be of the claim's period:
- a rate per period: 费用分别为每天50元、每月880元、每年9800元 gives 50元 per day, so a claim of the
  yearly fee (按年租费用为8800元) is decided by 9800元 alone;
- a relative year: 今年上半年市占率为43.4%，而去年和前年的数据分别为48.2%和52.1% gives 43.4% for this
  year, 48.2% for last year; the whole-sentence period check (figures.same_period) sees all three;
- what was done against a plan: a claim of what will be (将在年底前扩展到45个城市) is not decided by a
  clause that says what has been done with 了 (在五个城市开启了…).
"""

from __future__ import annotations

import re

from assistant.check.claim_words import BEFORE_RE
from assistant.check.stances import PLANNED, stance
from assistant.text import quantities
from assistant.text.respectively import respective_items
from assistant.text.sentences import clause_at, split_clauses

# 每天 / 按年 / 年租 / 月费: the period a price or count is per
PERIODS = {"天": "天", "日": "天", "周": "周", "星期": "周", "月": "月", "季度": "季度", "年": "年", "小时": "小时"}
SOURCE_RATE_RE = re.compile(r"每(天|日|周|星期|月|季度|年|小时)")
CLAIM_RATE_RE = re.compile(r"(?:每|按|一)(天|日|周|星期|月|季度|年|小时)|(天|日|周|月|年)(?=租|费|票|卡)")
# the relative years a figure may be of; 同比/比/较 before one makes it the basis of a change
RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
RELATIVE_RE = re.compile("|".join(RELATIVE))
BASIS_RE = re.compile(r"(?:比|较|相比|同比)$")
# a clause saying what has been done: a verb with 了 (开启了, 完成了), not 了解 nor 为了
DONE_ASPECT_RE = re.compile(r"(?<![为除])[\u4e00-\u9fff]了(?!解)")


def _clause_before(text: str, f: quantities.Quantity) -> str:
    """The figure's clause up to it, back to the figure before it in that clause."""
    start = clause_at(split_clauses(text), f.start, len(text))[0]
    earlier = quantities.find_quantities(text[start : f.start])
    return text[start + (earlier[-1].end if earlier else 0) : f.start]


def _period(match: re.Match | None) -> str:
    return PERIODS[next(g for g in match.groups() if g)] if match else ""


def other_rate_period(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity) -> bool:
    """Is the source's figure per another period than the claim's (每天50元 for 按年…8800元)? Only
    when both say which period: a figure of no stated period may be either."""
    mine = [m for m in CLAIM_RATE_RE.finditer(_clause_before(claim, figure))]
    theirs = [m for m in SOURCE_RATE_RE.finditer(_clause_before(text, f))]
    return bool(mine and theirs) and _period(mine[-1]) != _period(theirs[-1])


def relative_year_of(text: str, f: quantities.Quantity) -> int | None:
    """The relative year the figure is of in its sentence: its own item after a 分别 (去年和前年的数据
    分别为48.2%和52.1%), else the last relative year written before it that is no basis of its
    change (比去年同期增长10% is this year's change); None when none is written."""
    items, index = respective_items(text, f)
    if index >= 0:
        found = RELATIVE_RE.findall(items[index])
        if found:
            return RELATIVE[found[-1]]
    year = None
    for m in RELATIVE_RE.finditer(text, 0, f.start):
        if BASIS_RE.search(text, 0, m.start()) and BEFORE_RE.search(text, m.end(), f.start):
            continue
        year = RELATIVE[m.group(0)]
    return year


def other_relative_year(claim: str, text: str, f: quantities.Quantity) -> bool:
    """Is the figure, in a sentence writing two relative years or more, of another relative year
    than the one the claim names (43.4% of 今年上半年 for a claim of 去年)?"""
    mine = {RELATIVE[w] for w in RELATIVE_RE.findall(claim)}
    if len(mine) != 1 or len({RELATIVE[w] for w in RELATIVE_RE.findall(text)}) < 2:
        return False
    year = relative_year_of(text, f)
    return year is not None and year not in mine


def done_against_planned(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity) -> bool:
    """Does the source's clause say what has been done (开启了) where the claim says what will be?
    (stances.stance reads 已, 完成; a clause it reads as planned stays a plan.)"""
    if stance(claim, figure) != PLANNED or stance(text, f) == PLANNED:
        return False
    a, b = clause_at(split_clauses(text), f.start, len(text))
    return DONE_ASPECT_RE.search(text, a, b) is not None


def other_period(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity) -> bool:
    """Is the source's figure of another period than the claim's, by any of the readings above?"""
    return (other_rate_period(claim, figure, text, f) or other_relative_year(claim, text, f)
            or done_against_planned(claim, figure, text, f))
