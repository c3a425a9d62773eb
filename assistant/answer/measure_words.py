"""Measure words: what a figure's indicator ends with (销量, 出口额, 营业收入), one spelling of
each (营收 is 营业收入), and the words that say nothing of what is measured. The figure-kind
check compares the question's measure with the figure's by these."""

from __future__ import annotations

import re

from assistant.answer import values
from assistant.query import sections
from assistant.query.question import Question, topic_groups
from assistant.text import words
from assistant.text.measure_endings import MEASURE_ENDINGS, NOT_MEASURES

# Words that name one measure two ways (general statistical vocabulary).
MEASURE_SYNONYMS = {"销售量": "销量", "销售额": "销额", "营业额": "营业收入", "增长率": "增速",
                    "生产总值": "GDP", "地区生产总值": "GDP", "国内生产总值": "GDP",
                    "经济总量": "GDP",  # the size of an economy, as reports and the press write 地区生产总值
                    "产出量": "产量",
                    "净收益": "净利润", "纯利润": "净利润", "净利": "净利润", "纯利": "净利润",
                    "市占率": "市场份额", "市场占有率": "市场份额", "市场占比": "市场份额"}
# Words that say nothing of what is measured when they are all a figure's lead has.
GENERIC = frozenset("其中 合计 总计 全年 当年 今年 去年 上年 同期 目前 预计 分别 达 约 共 累计 年均 平均 总体 整体 "
                    "规模 体量 数量 总量 总额 总数 水平 人数 数字 数据 金额 资金 数值 全国 全省 全市 全县 全区 全球 我国 国内 境内 地区 业绩 财报 报告 情况 方面 工作 指标 经营 表现 经济".split())


def measure(word: str) -> str:
    """The measure word a phrase ends with, in one spelling: 汽车销量 -> 销量, 出口额 -> 出口额,
    实现营业收入 -> 收入, 营收 -> 营业收入; '' when it ends with none."""
    tagged = [w for w, _ in words.tagged(word)]
    if not tagged or not tagged[-1].endswith(MEASURE_ENDINGS):
        return ""
    last = tagged[-1]
    if last in NOT_MEASURES:
        return ""
    if len(last) < 2 and len(tagged) > 1:  # 出口|额
        last = tagged[-2] + last
    last = canonical(last)
    core = re.sub(r"^(?:总|全年|年)", "", last)  # 粮食总产量 is 粮食产量's spelling
    return "" if len(core) < 2 or last in GENERIC or core in GENERIC else core


def canonical(word: str) -> str:
    """One spelling of a measure: the longer one (营收 -> 营业收入), so that a question's bare
    收入 is found in it; values' table first, this module's for the statistical words."""
    word = values.SYNONYMS.get(word.lower(), word)
    return MEASURE_SYNONYMS.get(word, word)


def spellings(word: str) -> set[str]:
    """The ways the texts write a measure: 市场份额, 市占率, 市场占有率 (the synonym tables')."""
    one = canonical(word)
    return {word, one} | {w for w in list(values.SYNONYMS) + list(MEASURE_SYNONYMS) if canonical(w) == one}


def related(a: str, b: str) -> bool:
    """Do two words share something: one holds the other (年产 / 产), or a character pair."""
    a, b = canonical(a), canonical(b)
    return a in b or b in a or bool(words.char_pairs(a) & words.char_pairs(b)) and min(len(a), len(b)) > 1


def shortens(a: str, b: str) -> bool:
    """Is one word the other shortened, its characters kept in order from the first (销量 of
    销售量, 营收 of 营业收入): the same measure, not a sibling."""
    short, long = sorted((a, b), key=len)
    if short[0] != long[0]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def asked_measures(q: Question) -> list[str]:
    """The measure words of the question's topic words (销量 of 汽车销量是多少); not those of the part of the
    document it names before asking (辽矿增量配电网那段，…装机要再加多少: 增量 names the grid, not the figure)."""
    found = [measure(t) for g in topic_groups(q) for t in g if not sections.in_section(t, q.text)]
    return [m for m in found if m]


# An English question's measure, by its own word, and the Chinese words of the other family's
# measures: a net income or profit is not a revenue (净利润 / 营收), nor the other way round; a stock
# is not a flow.
# Dictionary translations reach 收入 for both (income), so the English word decides.
ENGLISH_FAMILIES = (
    (re.compile(r"\b(?:net income|net profits?|profits?|net earnings|earnings)\b", re.IGNORECASE),
     re.compile(r"营收|营业收入|营业额|销售额|销售收入|总收入")),
    (re.compile(r"\b(?:revenues?|turnover)\b", re.IGNORECASE), re.compile(r"利润|盈利|净利")),
    # a stock outstanding (存量, 余额) is not the flow added in a period (增量, 新增)
    (re.compile(r"\b(?:outstanding|stock of)\b", re.IGNORECASE), re.compile(r"增量|新增")),
)


def english_disagreement(text: str, lead: str) -> str:
    """Why a figure whose indicator (the words before it) is `lead` does not measure what
    English question `text` asks: it names a measure of the other family (营收 for net income)."""
    other = [words_re for pattern, words_re in ENGLISH_FAMILIES if pattern.search(text)]
    found = other[0].search(lead) if len(other) == 1 else None
    return f"it measures {found.group()}, not the measure asked" if found else ""


# a sum named by what it is of (合同额 of contracts, 成交额 of deals): the two characters before 额
NAMED_SUM_RE = re.compile(r"([\u4e00-\u9fff]{2})额")


def named_sum_disagreement(question: str, text: str) -> str:
    """A sum named by what it is of (新签合同额, 成交额) asked, a sentence that never writes that
    (合同, 成交) nor another spelling of the sum gives another sum (直接投资…同比增长23.2%); ''
    when it may give it."""
    for m in NAMED_SUM_RE.finditer(question):
        whole = m.group()
        word = m.group(1)[-1] + "额"  # 市场份额, 财政激励计划金额: a word of its own ends the sum
        if word in NOT_MEASURES or word in GENERIC or m.group(1) in GENERIC or not _names_sum(question, m.end() - 1):
            continue
        if m.group(1) not in text and not any(s in text for s in spellings(whole)):
            return f"the sentence does not name {m.group(1)}"
    return ""


def _names_sum(question: str, at: int) -> bool:
    """Does the 额 at `at` end a sum named by what it is of? Not when it begins a word (额度, 额外: the
    characters before it are the question's other words), nor after an adverb (绝对额: how it is reckoned)."""
    pos, before = 0, ""
    for w, flag in words.tagged(question):
        if pos <= at < pos + len(w):
            if pos == at and len(w) > 1:
                return False
            stem = words.tagged(w[:-1]) if len(w) > 1 else (((before, before_flag),) if before else ())
            return not (stem and all(f == "d" for _, f in stem))
        pos, before, before_flag = pos + len(w), w, flag
    return True


def kind_before(q: Question, narrower: str) -> str:
    """The common noun written right before the word that narrows the question's measure
    (新能源 of 新能源汽车保有量, narrower 汽车): it narrows the measure further, so a sentence that
    never writes it gives the wider kind's figure (其中汽车达到3.2亿辆). '' when there is none."""
    tagged = list(words.tagged(q.text))
    at = next((i for i, (w, _) in enumerate(tagged) if w == narrower), -1)
    if at < 1:
        return ""
    word, flag = tagged[at - 1]
    if flag != "n" or len(word) < 2 or word in GENERIC or word in values.FILLERS or word in q.places:
        return ""
    return word


def kind_unwritten(q: Question, narrower: str, text: str) -> str:
    """The noun before the narrowing word (kind_before) when `text` writes it nowhere, nor shortened
    right before that word (混动汽车 for 混合动力汽车); '' when written or there is none."""
    kind = kind_before(q, narrower)
    if not kind or kind in text:
        return ""
    at = q.text.find(kind + narrower)
    asked = q.text[max(0, at - 2) : at + len(kind)] if at >= 0 else kind  # 混合|动力: the words before may be one
    for m in re.finditer(re.escape(narrower), text):
        before = text[max(0, m.start() - 4) : m.start()]
        if any(shortens(before[i:], asked[j:]) for i in range(len(before) - 1) for j in range(len(asked) - len(kind) + 1)):
            return ""
    return kind
