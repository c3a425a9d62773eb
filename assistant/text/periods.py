"""The part of a year a text speaks of: a month, a run of months, a quarter, a half year.

Each is read as a span of months, so 二季度 and 4-6月 are the same period, 上半年 is 1-6 and
前7个月 is 1-7, and a figure for July (7月) is not one for June, nor the January-July total
(1-7月). A date (8月14日) names a day an article was written or an event happened, not the
period a figure is for, and is left out. Years are `text.years`' business.
"""

from __future__ import annotations

import re

from assistant.text.quantities import chinese_to_number

MONTH_NUMERAL = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_SEP = r"\s*(?:-|－|—|–|~|～|至|到)\s*"
# 1-7月, 1至7月份, 1月至7月, 前7个月, 前七个月: January up to that month
RANGE_RE = re.compile(rf"(?<![\d.])({MONTH_NUMERAL})(?:月份?)?{_SEP}({MONTH_NUMERAL})月(?!\d|[一二三四五六七八九十]*[日号])"
                      rf"|前({MONTH_NUMERAL})个月")
# 7月, 7月份, 七月; not 8月14日 (a date), not 3个月 (a length of time)
MONTH_RE = re.compile(rf"(?<![\d.\-－—–~～至到])({MONTH_NUMERAL})月(?:份)?(?![\d]|[一二三四五六七八九十]+[日号]|底|末|初|中旬|下旬|上旬)")
# 第二季度, 二季度, 第三财季, Q2, 前三季度
# (上一季度 is the quarter before, not the first; 这一季度, 同一季度, 每一季度 are this, the
# same, each quarter: the 3 这一季度 of the news corpus are all "this quarter"; Q2持仓 is Q2
# though a character follows)
QUARTER_RE = re.compile(rf"(前)?第?(?<![上下这這该該同每单單])([1-4一二三四])(?:季度|财季)|(?<![A-Za-z0-9])[Qq]([1-4])(?![A-Za-z0-9])")
# 上半年, 下半年; a year's 半年 in company reports is its first half (2023半年营收, 半年报, 半年度)
HALF_RE = re.compile(r"(上|下)半年|(?<=\d{4})年?半年(?![来多内后前])|半年(?:度|报)")
# 7月1日至31日, 7月1日—7月31日: the whole of one month, written as its days
MONTH_DAYS_RE = re.compile(rf"({MONTH_NUMERAL})月1日{_SEP}(?:({MONTH_NUMERAL})月)?(2[89]|3[01])日")
# 2021年10月以来, 较6月, 与第一季度相比: a point a figure is counted from or compared with, not its period
REFERENCE_AFTER_RE = re.compile(r"份?(?:以来|以后|之后|以前|之前|起|开始|至今|相比|相较|比较)")
# (相比今年第一季度, 较去年4月: the year may stand between the word and the period)
REFERENCE_BEFORE_RE = re.compile(r"(?:比|较|相较于|相比于?|环比|同比|自|从)(?:今年|去年|上年|同年|本年|\d{4}年)?$")


def _reference(text: str, m: re.Match) -> bool:
    return bool(REFERENCE_AFTER_RE.match(text, m.end()) or REFERENCE_BEFORE_RE.search(text[max(0, m.start() - 9):m.start()]))


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(chinese_to_number(text) or 0)


def spans(text: str) -> set[tuple[int, int]]:
    """The periods `text` names, each as (first month, last month)."""
    found = set()
    rest = text
    for m in MONTH_DAYS_RE.finditer(text):
        if m.group(2) is None or m.group(2) == m.group(1):
            found.add((_number(m.group(1)),) * 2)
            rest = rest.replace(m.group(0), " " * len(m.group(0)))
    for m in RANGE_RE.finditer(rest):
        if m.group(3):
            found.add((1, _number(m.group(3))))
        else:
            found.add((_number(m.group(1)), _number(m.group(2))))
        rest = rest.replace(m.group(0), " " * len(m.group(0)))
    for m in MONTH_RE.finditer(rest):
        if _reference(rest, m):
            continue
        month = _number(m.group(1))
        found.add((month, month))
    for m in QUARTER_RE.finditer(rest):
        if _reference(rest, m):
            continue
        quarter = _number(m.group(2) or m.group(3))
        found.add((1 if m.group(1) else 3 * quarter - 2, 3 * quarter))
    for m in HALF_RE.finditer(rest):
        found.add((7, 12) if m.group(1) == "下" else (1, 6))
    return {s for s in found if 1 <= s[0] <= s[1] <= 12}


def figure_disagreement(text: str, f) -> str:
    """Why quantity `f` of `text` is no figure: it is part of a run of months (1 of 1-7月,
    7个月 of 前7个月), the period another figure is for. '' when it is not. Of 8,019 gold
    answers of DRCD dev and test and CMRC trial, 9 overlap a run of months: none answers a
    quantity question (a season, a time, a post held)."""
    run = run_of_months(text, f.start, f.end)
    return f"{run} is a run of months, a period" if run else ""


def run_of_months(text: str, start: int, end: int) -> str:
    """The run of months (1-7月, 前7个月) holding text[start:end], or ''."""
    return next((m.group(0) for m in RANGE_RE.finditer(text) if m.start() <= start and end <= m.end()), "")


# 本季度, 这一季度, 该季度, 本财季: "this quarter", the one the article named before. Of the 64
# sentences of the news corpus naming their period so (and no other), 9 have a month or half
# year named after the article's last quarter (苹果的市场份额在该季度 after 今年下半年…将): in 8
# the quarter is meant, in 1 no quarter was named
THIS_QUARTER_RE = re.compile(r"本季度|这一?季度|該季度|该季度|本财季|當季|当季")


# 上季度, 上一季度, 上个季度, 上一财季: the quarter before the one an article reports, which no span of months names
PREVIOUS_QUARTER_RE = re.compile(r"上一?个?(?:季度|财季)")


def relative_quarter(text: str) -> str:
    """'previous' when `text` names the quarter before the one reported (上一季度), 'this' when it names that
    one (本季度, `THIS_QUARTER_RE`), '' when neither or both."""
    found = [kind for kind, pattern in (("previous", PREVIOUS_QUARTER_RE), ("this", THIS_QUARTER_RE)) if pattern.search(text)]
    return found[0] if len(found) == 1 else ""


def quarters(text: str) -> set[tuple[int, int]]:
    """The quarters (spans of three months) `text` names."""
    return {s for s in spans(text) if s[1] - s[0] == 2}


# names of one period that no span of months reads (暑假 is the 暑期 of a school year)
SAME_NAMES = (("暑假", "暑期"), ("寒假", "寒期"), ("年底", "年末"))


def says(text: str, word: str) -> bool:
    """`text` names the period `word` names: the word itself, another name of it (暑期 for
    暑假), or the same span of months (1-6月 or 前6个月 for 上半年, 7月 for 7月份)."""
    if word in text or any(w in text for group in SAME_NAMES if word in group for w in group):
        return True
    asked = spans(word)
    return bool(asked) and asked <= spans(text)


# What dates a sentence besides a year of 1800-2099 (quantities.years; read by answer/evidence's time factor and answer/asked_slot): a month, any other
# year (352年, 民国十九年), a century or decade, a period or dynasty, a season or festival.
# With the years and months alone, the gold sentence of 178 of 799 DRCD time questions (train
# articles) was read as dating nothing (support x 0.15); with these, 18; 3102 of their 7173
# other sentences date something (2211 before). Held-out DRCD articles: 33 -> 7 of 149. Over
# CMRC trial's 99 time questions 17 refused right answers are answered (docs/benchmarks.md, s25).
TIME_MARK_RE = re.compile(r"\d+ ?月|第?[一二三四1-4]季度|[一二三四五六七八九十]+月|(?<![\d.])\d{1,4} ?年(?!级)|[〇零一二三四五六七八九十百]{1,4}年(?!级)"
                          r"|世纪|年代|时期|年间|[夏商周秦汉晋隋唐宋元明清](?:朝|代)|[春夏秋冬][季天]"
                          r"|春节|元宵|中秋|端午|清明|除夕")
