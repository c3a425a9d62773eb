"""Whether a figure is planned (计划, 预计, 到2025年) or done (已, 累计): a target neither supports nor refutes what was done."""

from __future__ import annotations

import re

from assistant.answer import standing
from assistant.text import periods, quantities
from assistant.text.sentences import clause_at, split_clauses


# What a figure is: a plan, target or forecast (计划全年达Y, 力争, 预计, 有望) or what was done
# (已累计X, 完成, 实现). 将 but not 将近 (nearly) or 将其 (disposal).
PLANNED_RE = re.compile(r"计划|目标|力争|争取|预计|预期|预测|估计|有望|规划|拟|(?<!已)将(?!近|其|之)"
                        r"|要(?=建成|实现|达到|完成|新增|突破)")
# 已, 累计, 增长了, 同比: said only of what was done, in a plan's section too (完成, 实现 are a plan's words there)
REACHED = (r"已|累计|(?:增长|增加|下降|减少|提高|提升|降低|上升|下滑|回落|达到|突破|超过|新增|引进|签约)了"
           r"|同比|截至|截止|[比较](?:上年|去年)")
REACHED_RE = re.compile(REACHED)
DONE_RE = re.compile(r"完成|实现|达成|建成|" + REACHED)
# 到2025年(底), 累计建成X: a date to be reached makes what follows it in its sentence a
# target (a schedule: 到2023年底，累计创建A、覆盖B，累计建成C), unless 已 says it is reached
BY_YEAR_RE = re.compile(r"(?<![年达])到\d{4}年")  # not 2020年到2022年, 达到2023年的水平
PLANNED, DONE = "planned", "done"
# 去年, 上年 as the figure's year (not 比去年, 较上年, 去年同期: a comparison's basis)
LAST_YEAR_RE = re.compile(r"(?<![比较与和同])(?:去年|上年|上一年|过去一年)(?!同期)")


def stance(text: str, f: quantities.Quantity) -> str:
    """Whether a figure is planned or done, read in its own clause (其中力争达到X) and, when
    that says neither, the clause before it (计划向…授予N股，约占X): PLANNED, DONE or ''."""
    clauses = split_clauses(text)
    a, b = clause_at(clauses, f.start, len(text))
    own = text[a:b]
    before = [text[x:y] for x, y in clauses if y <= a][-1:]
    if PLANNED_RE.search(own) or (BY_YEAR_RE.search(text, 0, b) and "已" not in own):
        return PLANNED
    if DONE_RE.search(own):
        return DONE
    return PLANNED if before and PLANNED_RE.search(before[0]) else ""


def in_place(text: str, f: quantities.Quantity, where: str) -> str:
    """The figure's stance read with where its sentence stands (answer/standing: a plan's section or
    lead-in, a review's): in a plan, a figure is planned unless its clause says it was reached (完成造林3.5万亩
    under 二、2024年工作安排 is a target); in a review, a figure saying neither was done."""
    found = stance(text, f)
    if not found and where != standing.PLAN and LAST_YEAR_RE.search(text, 0, f.start):
        return DONE  # 去年，全县某产值增长12%: last year's figure is a result
    if where == standing.PLAN and found != PLANNED:
        a, b = clause_at(split_clauses(text), f.start, len(text))
        return DONE if REACHED_RE.search(text, a, b) else PLANNED
    return DONE if where == standing.REVIEW and not found else found


def same_stance(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity, where: str = "",
                planned: bool = False) -> bool:
    """A target does not decide a claim of what was done, nor the reverse: 计划全年达Y neither
    supports nor refutes 已累计X or 增长了X, nor 已建成X 预计建成Y. When either says neither (a work
    report's 地区生产总值增长6.5%左右 under a heading of targets, the claim saying only 增长6.5%), the figure
    may decide. `where`: where the source's sentence stands (in_place). `planned`: a document the claim cites
    requires it (文件要求各县完成X): a target, unless the claim says it was reached (已, 累计)."""
    mine, theirs = stance(claim, figure), in_place(text, f, where) if where else stance(text, f)
    if planned and not REACHED_RE.search(claim, 0, figure.start):
        mine = PLANNED
    if where and mine != PLANNED and standing.of_context("", claim[: figure.start]) == standing.PLAN:
        mine = in_place(claim, figure, standing.PLAN)  # 今年要推动…实现: the claim's own plan lead, as a source's
    if not mine and theirs == PLANNED and periods.spans(claim):
        return False  # 上半年销售额增长10% reports months gone by: 预计全年增长10% is a forecast
    return {mine, theirs} != {PLANNED, DONE}
