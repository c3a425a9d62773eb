"""Where a figure is measured: at a date, or at a figure the question sets.

- The date a running figure stands at: 截至2023年3月底 asks a stock (保有量, 余额, 累计) as it was
  at one date; 截至今年6月底…保有量超过1620万辆 gives it at another.

  text/periods.py reads spans (3月, 第一季度, 上半年) and leaves a point in time (3月底, 年末) alone: a
  month's end is no month's figure. Here the point is read where the question asks one after 截至
  (截止, 到): the figure's own clause, since the figure before it, naming another point after
  截至 is another date's figure. Months and years are compared as written; a relative year (今年)
  or no year agrees with any year, and a point given as a day (8月15日) is its month. 截至目前 names
  no date the sentence writes: it is left alone.
- A figure the question sets in a dimension (加速到100公里/小时需要多少秒, 行驶1000公里的电费): the
  figure's clause writing that dimension with another value (加速到60英里（约96.56公里）/小时) and the
  sentence the question's value nowhere gives the answer at another setting. Values within 2% are one
  (29.98万元 for 30万元); a figure of another unit of the dimension (60英里) is another setting.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.answer import dimensions
from assistant.text import quantities
from assistant.text.sentences import clause_at, split_clauses

MONTH = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
# 截至2023年3月底, 截至6月末, 截至8月15日, 截至2022年底, 到今年年底
POINT_RE = re.compile(r"(?:截至|截止|截止到|(?<![达升增降提减长涨跌至])到)\s*(?:(\d{4})\s*年|今年|去年|上年|本年)?\s*"
                      rf"(?:{MONTH}\s*月\s*(?:底|末|(\d{{1,2}})\s*[日号])|(年底|年末))")
CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _point(m: re.Match) -> tuple[str, int]:
    """(year or '', month) of a point read by POINT_RE."""
    month = 12 if m.group(4) else (int(m.group(2)) if m.group(2).isdigit() else CN_MONTHS[m.group(2)])
    return m.group(1) or "", month


def date_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure's own clause writes a point after 截至 another than the one asked."""
    asked = None if q.english else POINT_RE.search(q.text)
    if not asked:
        return ""
    start = max([quantities.previous_end(text, f.start)] + [text.rfind(c, 0, f.start) + 1 for c in "；;。"])
    own = list(POINT_RE.finditer(text, start, f.start))
    if not own:
        return ""
    (year, month), (own_year, own_month) = _point(asked), _point(own[-1])
    if month != own_month or (year and own_year and year != own_year):
        return f"it stands at {own[-1].group(0)}, not {asked.group(0)}"
    return ""


def _dimension(unit: str) -> int:
    """The row of dimensions.DIMENSIONS whose units hold `unit`, -1 when none."""
    return next((i for i, (_, _, units) in enumerate(dimensions.TABLE) if unit and unit in units), -1)


def setting_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure the question sets (100公里) is written in the figure's clause with another value in its
    dimension (60英里, 96.56公里), and nowhere in the sentence with its own."""
    if q.english:
        return ""
    a, b = clause_at(split_clauses(text), f.start, len(text))
    found = quantities.find_quantities(text)
    for g in quantities.find_quantities(q.text):
        row = _dimension(g.unit)
        if g.kind != "count" or row < 0 or row == _dimension(f.unit) or any(h.agrees(g) for h in found):
            continue
        for h in found:
            if a <= h.start < b and h is not f and _dimension(h.unit) == row and not (
                    h.unit == g.unit and quantities.values_agree(h.value, h.upper, g.value, g.upper, 0.02)):
                return f"it is at {h.text}, not {g.text}"
    return ""


def disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    return date_disagreement(q, text, f) or setting_disagreement(q, text, f)
