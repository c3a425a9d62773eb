"""Counts and ranks a question asks for, read as figures where a sentence writes them with no
measure word: 几个方面 -> 六方面, 几个市 -> 六市, 几大产业园区 -> 八大产业园区, 排第几 ->
全市第一, 第几大 -> 第二大.

`quantities.find_quantities` reads a Chinese numeral only with a unit after it (一个 is an
article, 六方面 has no measure word), so a sentence answering 几个方面 held no figure and the
answer was refused. The question says which words after a numeral make it the answer: the
noun it counts, or 第几 and what follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import quantities, words

NUMERAL = rf"{quantities.ARABIC}|[零〇一二两三四五六七八九十百千万]+"
NOT_BEFORE = r"(?<![第零〇一二两三四五六七八九十百千万\d.])"  # no piece of a longer numeral or an ordinal
# 几个方面, 多少个市, 几大产业园区, 几市; not 几乎, 几何, 几率, 多少钱's 钱 is a noun as well
COUNT_ASKED = re.compile(r"(?:几|多少)(个|大)?(?!乎|何|率)([\u4e00-\u9fff]{1,2})")
STOP = "的了是吗呢和与及在有"  # words that end the counted noun: 几个市的
RANK_ASKED = re.compile(r"第几([\u4e00-\u9fff]?)|排名几|名次")
# 第几, 排名, 位列: any word of a question about a place's rank (evidence.ranked_in), wider than RANK_ASKED
RANK_WORDS = re.compile(r"第几|排名|排第|位列|位居|名次")
RANK_BARE_AFTER = "名位大的"  # 排第几: 全市第一， 第十名, 第二大, 第一的
# "Where did X rank", "ranked", "placed first": an English question asking a rank, which 全省第四名 or 排名第六 answers
RANK_ASKED_EN = re.compile(r"\b(?:rank(?:ed|s|ing)?|place(?:d)? (?:first|second|third))\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def asked_count(question: str) -> tuple[str, str] | None:
    """(classifier, noun) a question counts when the noun is no unit the figure reader knows:
    几个方面 -> ('个', '方面'), 几大产业园区 -> ('大', '产业'), 几市 -> ('', '市'); None for
    几个项目 (个 alone is read), 多少亿元, 几年."""
    for m in COUNT_ASKED.finditer(question):
        classifier, noun = m.group(1) or "", m.group(2)
        noun = noun[: next((i for i, c in enumerate(noun) if c in STOP), len(noun))]
        if not noun or question[max(0, m.start() - 1) : m.start()] == "第":
            continue
        if classifier != "大" and (noun[0] in "万亿千百" or quantities.unit_at(noun, 0)[0]):
            continue  # 几项, 多少人, 几年, 多少亿元: the figure reader reads these with their unit
        return classifier, noun
    return None


@lru_cache(maxsize=1024)
def asked_rank(question: str) -> str | None:
    """What follows 第几 in a rank question ('大' for 第几大), '' for a bare rank (排第几,
    第几名, 名次); None when the question asks no rank."""
    m = RANK_ASKED.search(question)
    if not m:
        return "" if not words.has_cjk(question) and RANK_ASKED_EN.search(question) else None
    after = m.group(1) or ""
    if after in ("", "名", "位", "的"):
        return ""
    # 第几大 ranks; 第几区, 第几代, 第几产业 ask which one of a numbered series, and another
    # series member's 第一区 answered them wrongly (DRCD train: 2 right, 2 confidently wrong)
    return after if after == "大" else None


def counted(question: str, text: str) -> list[quantities.Quantity]:
    """The counts and ranks of `text` the question asks for and the figure reader leaves."""
    out = []
    count = asked_count(question)
    if count is not None:
        classifier, noun = count
        between = "(?:大)" if classifier == "大" else "(?:个)?"
        pattern = rf"{NOT_BEFORE}({NUMERAL})({between}){re.escape(noun[:2])}"
        for m in re.finditer(pattern, text):
            value = quantities.to_number(m.group(1))
            if value and m.group(1) != "一" and m.group() not in question:  # 一方面 is no count; 清初十八省，后增为几省
                out.append(quantities.Quantity(m.group(1) + m.group(2), m.start(), m.end(2), value, "个"))
    rank = asked_rank(question)
    if rank is not None:
        for m in re.finditer(rf"第({NUMERAL})", text):
            after = text[m.end() : m.end() + max(1, len(rank))]
            if rank and after != rank or not rank and re.match(r"[\u4e00-\u9fff]", after) and after not in RANK_BARE_AFTER:
                continue  # 第一季度, 第一书记, 第一次: ordinals of other things
            value = quantities.to_number(m.group(1))
            if value:  # read from the numeral on: what stands before it (第, 位居) says it is a rank
                end = m.end() + (1 if after in "名位" and after else 0)
                out.append(quantities.Quantity(text[m.start(1) : end], m.start(1), end, value, "名"))
    return out


def figures(question: str, text: str) -> list[quantities.Quantity]:
    """`quantities.find_quantities(text)` and, apart from those, the counts and ranks the
    question asks for, in the order of the text."""
    found = quantities.find_quantities(text)
    # 几色眼影 / 12色眼影: a bare number the reader found is the count asked when a classifier glued to
    # its noun follows it (色眼 is no word); 几世纪, 多少兵力 count a noun a bare number also dates or
    # sizes (公元1世纪, 五、六万兵力: DRCD 3 right, 2 wrong when taken as the count)
    count = asked_count(question)
    # (多少兆焦耳: 兆 scales a unit the reader does not know; no classifier, so the number stays bare)
    glued = count is not None and not count[0] and count[1][0] not in "兆万亿千百" and not words.in_dictionary(count[1])
    extra = [f for f in counted(question, text)
             if not any(f.start < g.end and g.start < f.end and (g.unit or not glued) for g in found)]
    found = [g for g in found if g.unit or not any(f.start < g.end and g.start < f.end for f in extra)]
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# 占比96%的小散户，其持股市值在多少以下: a share the question states with its figure describes what is
# asked about; it is no share asked
STATED_SHARE_RE = re.compile(r"(?:占比|比重|份额|占有率|比例|渗透率)(?:为|达到?|约|超过?|近|逾|仅)?\d+(?:\.\d+)?%")


def without_stated_shares(text: str) -> str:
    return STATED_SHARE_RE.sub("", text)
