"""Words a question writes where its answer's sentence writes another for the same thing.

Counted on the gold sentences of the spent check sets (questions written by people) and of
DRCD, CMRC and the generated news questions (docs/benchmarks.md, session 29, h3): of 13
questions asking 卖 (卖了多少辆, 卖多少钱), 11 gold sentences say 销量, 售价 or 销售 instead; of 9
asking 涨, 4 say 增长 or 上调, and 3 of 6 asking 增幅 or 增速 say 增长; 增加 and 新增 stand for each other in 3 of 27; a bound is written
another way (至少 as 以上 or 不少于, 超过 as 以上 or 超, 不少于 as 以上, 下限 as 不低于) in 13 of 90.
A question's word is matched by any of its paraphrases, never the other way round.
"""

from __future__ import annotations

import re

from assistant.text.abbreviations import initialisms
from assistant.text.words import chinese_word, tagged

PARAPHRASES: dict[str, tuple[str, ...]] = {
    "卖": ("销量", "售价", "销售", "售"),
    "屏幕": ("显示屏", "面板", "屏"),  # 配备了24.5英寸的IPS面板: a display's screen is its panel
    # 多少钱 asks a sum of money, which a sentence names by what it pays for (每月880元的费用, 花费350元)
    # or by the noun of the deal and 额 (签约额, 投资额, 成交额: the measure word of a sum)
    "钱": ("费用", "花费", "价格", "售价", "收费", "租金", "票价", "价钱", "成本", "额"),
    "金额": ("额",),  # 签约金额 is 签约额, 合同金额 合同额
    "涨": ("增长", "上涨", "上调"),
    "增幅": ("增长",),
    "增速": ("增长",),
    "增加": ("新增", "增长"),
    "增长": ("增加",),  # the other way round as often (同比增加了20% for 同比增长了多少)
    "新增": ("增加",),
    "提高": ("增长", "提升"),
    "减少": ("下降",),
    # a fall is written by its size as often (暴跌82%, 大跌, 下挫): 跌 is in each
    "下滑": ("下降", "下跌", "跌", "下挫"),
    "下降": ("下滑", "下跌", "跌", "下挫"),
    "至少": ("以上", "不少于", "不低于"),
    "不少于": ("以上", "不低于", "至少"),
    "不少": ("以上", "不低于", "至少"),  # 不少于 as the question's words are cut (不少 / 于)
    "不低于": ("以上", "不少于", "至少"),
    "下限": ("不低于", "以上", "至少"),
    "底线": ("不低于", "以上", "至少", "不少于"),  # a floor set for a figure (面积底线) is its lower bound
    "起码": ("以上", "不少于", "不低于", "至少"),
    "超过": ("以上", "超"),
    # a level held (稳住多少亩: 稳定在) is read in its question by `held_level`
    # a plant's or a project's capacity (设计产能多大) is written by its yearly output: 年产180万吨, 生产能力
    "产能": ("年产", "生产能力"),
    "以上": ("超过", "不低于", "不少于"),
}

RESULTS = "出掉完"  # result complements after a one-character verb


# 正中间, 正前方, 正对面: 正 says exactly there; a sentence writes the place without it (桌子的中间)
EXACT_PLACES = frozenset({"中间", "中央", "中心", "前方", "后方", "上方", "下方", "对面", "东方", "西方", "南方", "北方"})


def of(word: str) -> tuple[str, ...]:
    """The word and the words a sentence may write for it (the word first). A verb with a result
    complement (卖出, 卖掉) is the verb: 卖出了多少辆 is answered by 销量."""
    if word not in PARAPHRASES and len(word) == 2 and word[1] in RESULTS:
        return (word,) + PARAPHRASES.get(word[0], ())
    if word.startswith("正") and word[1:] in EXACT_PLACES:
        return (word, word[1:])
    return (word,) + PARAPHRASES.get(word, ())


DIRECTIONS = "上下起进回住好"  # complements a sentence often drops: 添上活力 is said 添活力


def without_complement(word: str, question: str) -> tuple[str, ...]:
    """The verb of `word` without its complement, joined to the word the question writes after
    it (给城市添上活力 -> 添活力): how a sentence says the same deed. Read only with that object,
    since a one-character verb alone is written everywhere."""
    if len(word) != 2 or word[1] not in DIRECTIONS:
        return ()
    at = question.find(word)
    after = tagged(question[at + 2:])[:1] if at >= 0 and tagged(word[0])[0][1].startswith("v") else ()
    for w, flag in after:
        if len(w) >= 2 and flag[:1] in ("n", "v") and not re.search(r"[哪什谁几多何]", w):
            return (word[0] + w,)
    return ()


# 售价没有变化, 价格没变, 未作调整: a sentence says that nothing changed in words of its own (保持不变, 持平,
# 维持); each word of the question's phrase is held by any of them
NO_CHANGE_ASKED = re.compile(r"(没有|没|未|无|不)(发生|作|做)?(任何)?(变化|变动|改变|调整|变)")
NO_CHANGE = ("不变", "未变", "没变", "没有变化", "无变化", "未发生变化", "没有改变", "未改变", "持平", "维持",
             "未调整", "没有调整", "不作调整", "未作调整", "未做调整", "没有变动", "未变动", "无变动", "不调整", "未调")


def unchanged(word: str, question: str) -> tuple[str, ...]:
    """How a sentence says the question's `word` when it is part of a phrase saying something did not
    change (没有|变化): the sentence's own words for it; () for any other word."""
    m = NO_CHANGE_ASKED.search(question)
    return NO_CHANGE if m and word in m.group() else ()


# 经济增速, 经济增长, 经济总量: what a work report and a statistical bulletin write as the growth and
# the size of 地区生产总值 (国内生产总值, GDP), the indicator of an economy's output; 经济 elsewhere
# (民营经济, 数字经济) is no such measure. jieba keeps 经济总量 as one word: read whole, it is the same measure
# 全市经济定的增长目标, 经济的增速: a few characters (no clause break) between 经济 and its measure keep the reading
ECONOMY_MEASURED = re.compile(r"经济(?:[^，,。？?；;、]{0,4}?)(?:增速|增长|增幅|总量)")  # searched in the question, or matching a word whole
OUTPUT = ("地区生产总值", "生产总值", "GDP")


# 甲乙相关产业的产值, 与农业相关的贷款: what concerns a thing is written 涉 and the thing's one-character short form
# (涉农贷款, 涉企收费, 涉乙产值): its first character (农业, 企业) or its last (a kind named by its head, 人参 -> 参)
CONCERNING = re.compile(r"(?:与|和)?([\u4e00-\u9fff]{1,4}?)(相关|有关)(产业|行业|领域)?")


def concerning(word: str, question: str) -> tuple[str, ...]:
    """How a sentence writes the question's 相关/有关 (and the 产业 after it) of a thing it names right before:
    涉 and the thing's short form; () for any other word."""
    found = ()
    for m in CONCERNING.finditer(question):
        if word not in m.group(2, 3):
            continue
        before = [w for w, _ in tagged(question[: m.start(2)])]
        thing = before[-1] if before else ""
        if len(thing) >= 2 and chinese_word(thing):
            found += tuple(dict.fromkeys(("涉" + thing[0], "涉" + thing[-1])))
    return found


# 到现在为止累计签约了几个: a total to date, which a sentence writes by any mark of a running total (截至目前,
# 累计, 至今, 以来); each word of the question's phrase is held by any of them
# 截至目前, 至今: a total run up to the day the text was written (a question's or a sentence's)
TO_NOW = re.compile(r"(?:到|截至|截止)(?:现在|目前|当前)(?:为止)?|至今|迄今")
TO_DATE_ASKED = re.compile(r"累计|累积|" + TO_NOW.pattern)
TO_DATE = ("累计", "累积", "截至", "截止", "至今", "迄今", "以来", "为止")


def to_date(word: str, question: str) -> tuple[str, ...]:
    """How a sentence writes the question's `word` of a phrase asking a total to date; () for any other word."""
    return TO_DATE if any(word in m.group() for m in TO_DATE_ASKED.finditer(question)) else ()


# spoken: 面积要稳住多少亩 is what a plan writes 稳定在…以上, 保持在…; 保住 the same. Only a figure asked
# is a level held: 想要稳住的是什么 asks what is held firm, and any 稳定 or 保持 elsewhere (稳定就业) is no answer to it
LEVEL_HELD = {"稳住": ("稳定", "保持"), "保住": ("保持", "稳定")}
FIGURE_ASKED = re.compile(r"多少|(?<!哪)几|多[大高长重]")


def held_level(word: str, question: str) -> tuple[str, ...]:
    """How a sentence writes the question's 稳住/保住 of a figure (稳定在, 保持在); () for any other word or question."""
    return LEVEL_HELD.get(word, ()) if FIGURE_ASKED.search(question) else ()


def in_context(word: str, question: str) -> tuple[str, ...]:
    """The sentence's words for the question's `word` read in its phrase: a phrase saying nothing
    changed (`unchanged`), an economy's growth or size (经济增速: 地区生产总值增长), a thing's concerns
    (相关产业: 涉), a compound's shortened form (农村厕所: 农厕), a total to date (到现在为止累计: 截至目前), a
    level held (稳住多少亩: 稳定在)."""
    economy = OUTPUT if (word == "经济" and ECONOMY_MEASURED.search(question)) or ECONOMY_MEASURED.fullmatch(word) else ()
    return (unchanged(word, question) + economy + concerning(word, question) + initialisms(word, question)
            + to_date(word, question) + held_level(word, question))


def searched_as(question: str) -> str:
    """The question with the words a passage writes for what it asks in its own words, to search with: an
    economy's growth or size (全市经济定的增长目标) is written 地区生产总值; the question alone when it asks none."""
    return f"{question} {OUTPUT[0]}" if ECONOMY_MEASURED.search(question) and OUTPUT[0] not in question else question

