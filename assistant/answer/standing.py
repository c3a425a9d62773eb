"""Where a figure stands: in a plan (this year's targets) or in a review (what was reached),
read from the section and paragraph it stands in, not from its sentence alone.

A work report reviews last year and sets this year's targets in the same words: a plan's
sentences seldom name an aim (二、2024年工作安排 · …完成造林3.5万亩, 规模以上工业增加值增长
6%以上) and a review's seldom name a year (…地方级财政收入完成1.7亿元，增长93%, the paragraph
having said 2023年 or 过去一年 three sentences before). What tells them apart is the heading in
force (the chunk's header line carries it: ingest/sections) or the nearest words before the
sentence that say which part of the report it is in: 主要预期目标是, 今年…要/将 for a plan;
过去一年, 去年, 一年来 for a review.
"""

from __future__ import annotations

import re

PLAN, REVIEW = "plan", "review"

# a heading or lead-in that opens a plan: 二、2024年工作安排, 主要预期目标是:, 重点抓好十项工作
PLAN_WORDS = re.compile(r"工作安排|工作打算|工作部署|预期目标|主要目标|目标任务是|目标是|重点工作|重点任务|工作思路|新的一年|下一步|下步"
                        r"|(?:今年|明年|年内|全年|\d{4}年)[，,]?[^。；;！？\n]{0,20}?(?:将(?!军)|(?<![主需重只想纪摘])要(?![求素点])|力争|确保|争取|计划|拟)")
# a heading or lead-in that opens a review: 一、2023年工作回顾, 过去一年，全县… (a bare 去年 is
# not one: news writes 去年营收X亿元。上半年营收Y亿元, the second this year's)
REVIEW_WORDS = re.compile(r"回顾|工作总结|主要成绩|过去一年|过去的一年|过去五年|一年来|五年来")


def _last(pattern: re.Pattern, text: str) -> int:
    """Where the last match of `pattern` in `text` starts (-1 when none)."""
    found = -1
    for m in pattern.finditer(text):
        found = m.start()
    return found


def of_context(headings: str, before: str) -> str:
    """PLAN, REVIEW or '' for a sentence whose chunk's header line (headings in force) is
    `headings` and which `before` precedes in its chunk: the nearest words before it that say
    which, else its headings'."""
    for text in (before, headings):
        plan, review = _last(PLAN_WORDS, text), _last(REVIEW_WORDS, text)
        if plan != review:  # both -1 when neither is said
            return PLAN if plan > review else REVIEW
    return ""


def of_sentence(sentence) -> str:
    """PLAN, REVIEW or '' where an `evidence.Sentence` stands in its chunk."""
    chunk = sentence.chunk
    return of_context(chunk.title, chunk.text[: sentence.a])
