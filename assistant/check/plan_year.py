"""Which year a plan's 年内 or 今年 is, when the sentence and the text before it write none: the one
year its article sets plans for (2024年力争引进…项目, later in an interview whose 推动…年内完成 comes
first).

The year in force (text/years.py) reads only what stands before a sentence; an interview often names
its plans' year once, after its first plans. A year written with a plan's verb after it (力争, 要,
计划) is the year the article plans for; a year written only of results (2023年，…完成) says nothing of
its 今年, which is the next one. Two plan years, or a target year (到2025年), leave it unknown. (将 is
no plan's verb here: 2019年，特斯拉将此前的… is its 把.)

Such a year may still be a later milestone (年内开工，2025年力争建成), not 年内's own: it only refutes a
claim naming a year after it (a plan is for its year or a later one, so 年内 is no later year), and
never supports one.
"""

from __future__ import annotations

import re

# 年内, 今年, 本年: the year the text is written for (not 当年, which may be any year named before it)
THIS_YEAR_RE = re.compile(r"年内|今年|本年")
# 2024年力争…, 2024年，东辽县要…: a year whose own clause plans; not 到2025年, 至2030年 (a target's end),
# nor 2023年是重要的一年 (重要, 主要: no 要 of a plan)
PLAN_YEAR_RE = re.compile(r"(?<![到至止\d])((?:19|20)\d\d)年[，,]?[^，,。；;！!？?]{0,8}?(?:力争|(?<![重主需只不必紧])要|计划|预计|确保|争取|拟)")


def plan_year(article: str) -> str:
    """The one year the article writes a plan for, or ''."""
    found = set(PLAN_YEAR_RE.findall(article))
    return found.pop() if len(found) == 1 else ""


def this_year(clause: str, article: str) -> tuple[str, str]:
    """(the clause's 年内 or 今年, the year it is by its article's plans) or ('', '')."""
    m = THIS_YEAR_RE.search(clause)
    year = plan_year(article) if m else ""
    return (m.group(0), year) if year else ("", "")


def refuting(claimed: set[str], clause: str, article: str) -> str:
    """What the source says (年内（2024年）) when every year the claim names is later than the one the
    clause's 年内 or 今年 is by its article's plans; '' otherwise."""
    word, year = this_year(clause, article)
    later = year and claimed and all(c.isdigit() and int(c) > int(year) for c in claimed)
    return f"{word}（{year}年）" if later else ""
