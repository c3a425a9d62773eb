"""Whether a figure is planned (计划, 预计, 到2025年) or done (已, 累计): a target neither supports nor refutes what was done."""

from __future__ import annotations

import re

from assistant.text import periods, quantities
from assistant.text.sentences import clause_at, split_clauses


# What a figure is: a plan, target or forecast (计划全年达Y, 力争, 预计, 有望) or what was done
# (已累计X, 完成, 实现). 将 but not 将近 (nearly) or 将其 (disposal).
PLANNED_RE = re.compile(r"计划|目标|力争|争取|预计|预期|预测|估计|有望|规划|拟|(?<!已)将(?!近|其|之)"
                        r"|要(?=建成|实现|达到|完成|新增|突破)")
DONE_RE = re.compile(r"已|累计|完成|实现|达成|建成")
# 到2025年(底), 累计建成X: a date to be reached makes what follows it in its sentence a
# target (a schedule: 到2023年底，累计创建A、覆盖B，累计建成C), unless 已 says it is reached
BY_YEAR_RE = re.compile(r"(?<![年达])到\d{4}年")  # not 2020年到2022年, 达到2023年的水平
PLANNED, DONE = "planned", "done"


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


def same_stance(claim: str, figure: quantities.Quantity, text: str, f: quantities.Quantity) -> bool:
    """A target does not decide a claim of what was done, nor the reverse: 计划全年达Y neither
    supports nor refutes 已累计X, nor 已建成X 预计建成Y. When either says neither (a work
    report's 地区生产总值增长6.5%左右 under a heading of targets), the figure may decide."""
    mine, theirs = stance(claim, figure), stance(text, f)
    if not mine and theirs == PLANNED and periods.spans(claim):
        return False  # 上半年销售额增长10% reports months gone by: 预计全年增长10% is a forecast
    return {mine, theirs} != {PLANNED, DONE}
