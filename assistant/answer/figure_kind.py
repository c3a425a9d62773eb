"""Is a figure the kind and the indicator a quantity question asks for?

A question asks for a level (出货量是多少, 多少亿元), a change (增长多少, 增速), a share (占比,
比重) or a rank (排名第几). A figure in the text is one of these by its own words: 同比下降29.9%
is a change, 占全国的35% a share, 第3位 a rank, 2830万台 a level; 增长8.5%至120亿元 gives a
change and then the level it reached. A level asked is not answered by a change of the same
indicator, a count of cars not by a sum of money, a share not by an amount.

The indicator must agree too: the words that say what the figure measures (its clause's
content words before it, `values.indicator_words`) must share something with the question's
words, and when both name a measure word (销量 asked; 产量 given; 出口额 asked, 出口量 given)
they must name the same one. A figure that disagrees is not the answer: the caller tries the
next one, else abstains. Only general statistical vocabulary is listed here.
"""

from __future__ import annotations

import re

from assistant.answer import dimensions, english_dimensions, increments, measure_words, rates, siblings, values
from assistant.answer.asked_act import act_disagreement
from assistant.answer.indicator_match import ASKING, SHARE_ASKED, indicator_disagreement
from assistant.answer.respective import respective_disagreement
from assistant.answer.measure_words import GENERIC
from assistant.answer.measure_nature import nature_disagreement, stated_disagreement
from assistant.query.question import CHANGE_ASKED, CHANGE_VERBS, Question, asking_clauses
from assistant.text import abbreviations, periods, quantities, words
from assistant.text.asked_numbers import RANK_ASKED_EN, without_stated_shares
from assistant.text.indicators import CLASSIFIERS, indicator_of
from assistant.text.respectively import respective_items
from assistant.text.sentences import listing_clause, split_clauses

LEVEL, CHANGE, SHARE, RANK = "level", "change", "share", "rank"

# What a Chinese question asks for (the change words: query/question.CHANGE_ASKED).
RANK_ASKED = re.compile(r"排名第?几|第几[位名]?|排第几|位[列居]第?几|名次")
# "by": a difference; a verb followed by to or into (grow into, rise to; not growth to date) asks the level reached, as 提高到多少 does
CHANGE_ASKED_EN = re.compile(r"\b(?:growth|grow|grew|increase[sd]?|decrease[sd]?|rise|rose|decline[sd]?|fall|fell|drop(?:ped)?|"
                             r"expand(?:ed)?|expansion|shr[aiu]nk|climb(?:ed)?|jump(?:ed)?|surge[d]?|soar(?:ed)?|plunge[d]?|slump(?:ed)?|reduc(?:e[sd]?|"
                             r"tion)|change|up by|down by|by how much|by what|year[- ]on[- ]year)\b(?!\s+(?:in)?to\b(?!\s+date))", re.IGNORECASE)
SHARE_ASKED_EN = re.compile(r"\b(?:share|proportion|percentage of|ratio)\b", re.IGNORECASE)
# an English question asking a price or a sum paid states no unit, but asks for money; so does the value of what is
# signed, traded or invested (the total value of the contracts: 签约额 in 亿元, not 八届四次 of the meeting that signed them)
# (admission, a fare, a toll, fines: a sum paid too)
MONEY_ASKED_EN = re.compile(r"\b(?:price[sd]?|paid|pay|cost[s]?|worth|fee[s]?|admission|fares?|tolls?|fines|fined|how much money|"
                            r"deposits?|spending|budgets?|"
                            r"total value|value of (?:the |its |their )?"
                            r"(?:[a-z-]+ ){0,2}(?:contracts?|deals?|investments?|orders?|trade|exports?|imports?|transactions?))\b",
                            re.IGNORECASE)
COUNT_ASKED_EN = re.compile(r"\bhow many\b", re.IGNORECASE)
AMOUNT_ASKED_EN = re.compile(r"\bamounts?\b", re.IGNORECASE)
# "how many jobs / taxis / visitors" counts things; "how many hours / kilometres / tonnes" names
# the measure it asks. A count of things is never a measure of time, length, area, weight,
# volume, power or temperature (24小时 for jobs, 4万平方米 of green space), a sum or a percentage.
MEASURE_NAMED_EN = re.compile(
    r"\bhow many\s+(?:(?:square|cubic|more|fewer|additional|extra)\s+)?(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|"
    r"decades?|kilomet(?:er|re)s?|km|met(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|miles?|feet|inch(?:es)?|"
    r"tons?|tonnes?|kilo(?:gram)?s?|kg|grams?|jin|lit(?:er|re)s?|hectares?|mu|acres?|(?:kilo|mega|giga)?watt(?:-hour)?s?|"
    r"kwh|mw|gw|degrees?|yuan|rmb|dollars?|euros?|yen|pounds?|percent(?:age points?)?|points?|times)\b", re.IGNORECASE)
MEASURE_UNITS = frozenset(
    """平方公里 平方米 立方米 千瓦时 万千瓦 千瓦 兆瓦 公里 千米 公顷 公斤 千克 亩 吨 斤 米 年 月 天 日 小时 分钟 秒 周 个月
    厘米 毫米 微米 纳米 公分 英尺 英寸 英里 海里 平方千米 平方英里 平方厘米 克 毫克 升 毫升 摄氏度 度 伏 瓦 马力 吨标准煤
    周年 周岁 岁""".split()) | frozenset(quantities.IMPERIAL_AND_ENERGY)

# What a figure in a text is, by the words just before it in its clause.
SHARE_WORDS = re.compile(r"占(?!地|用)|比重|份额|占有率|比例|渗透率")
# (缩水, 缩减: the question reads them as asking a change, query/question.CHANGE_ASKED; so is the figure they lead)
CHANGE_LEAD = re.compile(r"(?:下滑|微跌|微涨|上升|攀升|回升|扩大|缩小|萎缩|缩水|缩减|下挫|大增|大跌|暴跌|激增|锐减|" + CHANGE_VERBS + r")了?(?:约|近|超|逾)?$")
INDICATOR_NAMES = re.compile(r"增加值|增长点|增长极")  # indicators spelt with a change word
RANK_BEFORE = re.compile(r"(?:第|排名|位居|位列|排在|排)$")
REACHED_BEFORE = re.compile(r"(?:至|到|达到|达)了?$")  # 增长8.5%至120亿元, 上调到了45亿美元: the level reached

# The kinds of unit a question may state, and the figures that can carry each.
MONEY = {"money"}
RATIO = {"percent", "points"}


def wanted(q: Question) -> str:
    """The kind of figure the question asks for: level, change, share or rank."""
    text = q.text
    if q.english:
        if RANK_ASKED_EN.search(text):
            return RANK
        if CHANGE_ASKED_EN.search(text):
            return CHANGE
        return SHARE if SHARE_ASKED_EN.search(text) else LEVEL
    if RANK_ASKED.search(text):
        return RANK
    # the change asked is the one 多少 quantifies: 多少款车型进行降价 asks a count, 多少的增长 a change
    clause = asking_clauses(text)
    asking = list(ASKING.finditer(clause))
    if CHANGE_ASKED.search(clause[: asking[-1].end() + 3] if asking else clause):
        return CHANGE
    # 占了多少个: a share is never counted in things; 占 with a classifier asks how many of them
    counted = q.unit not in ("", "%", "成")
    return SHARE if SHARE_ASKED.search(without_stated_shares(text)) and not counted else LEVEL


def kind_of(text: str, f: quantities.Quantity) -> str:
    """What a figure of `text` is: a rank (第3位), a change (同比下降29.9%, 提高2个百分点), a
    share (占全国的35%) or a level (2830万台; 增长8.5%至120亿元's 120亿元; 新增就业3000人 is
    the level of 新增就业, as the questions that ask for it say)."""
    before = text[max(0, f.start - 6) : f.start]
    if RANK_BEFORE.search(before):
        return RANK
    if f.kind == "points":
        return CHANGE
    reached = REACHED_BEFORE.search(before) is not None
    clauses = split_clauses(text) or [(0, len(text))]
    start = next((a for a, b in clauses if a <= f.start < b), 0)
    lead = text[start : f.start]
    named = f.change and f.change in lead and f.change not in INDICATOR_NAMES.sub("", lead)
    if (f.change and not reached and not named) or CHANGE_LEAD.search(lead):  # 规上工业增加值完成12.3亿元 is a level
        return CHANGE
    if increments.from_reference(text, f):  # 低于警戒水位0.01米: a distance from a reference, not a level
        return CHANGE
    if f.kind == "percent" and SHARE_WORDS.search(text[start : f.start]):
        return SHARE
    if f.kind == "percent" and CHANGE_NOUN_AFTER.match(text, f.end):  # 将实现24%的增长: a rise of 24%
        return CHANGE
    return LEVEL


CHANGE_NOUN_AFTER = re.compile(r"的?(?:增长|增幅|涨幅|降幅|跌幅|增速|下降|下滑|下跌|上涨|减少|回落)")


HOLDS = re.compile(r"占(?!比|地|用)")  # the verb 占 (占全球市场的60%), not the noun 占比


def share_as_asked(q: Question, text: str, f: quantities.Quantity) -> bool:
    """占多大份额 asked, 占全球市场的60% written: the share the verb 占 states in the figure's clause is what a
    question asking with 占 asks (份额是多少 without 占 leaves whose share it is to the words before the figure)."""
    if q.english or f.kind not in RATIO or not HOLDS.search(q.text) or wanted(q) != SHARE:
        return False
    start = next((a for a, b in split_clauses(text) or [(0, len(text))] if a <= f.start < b), 0)
    return HOLDS.search(text[start : f.start]) is not None


def kind_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why the figure is not of the kind asked ('' when it is)."""
    asked, found = wanted(q), kind_of(text, f)
    if asked == RANK or found == RANK:
        return "" if asked == found else f"a {found} for a {asked}"
    if q.unit == "%" and f.kind not in RATIO and f.unit != "成":
        return f"a {f.kind} figure for a percentage"
    # "how many projects worth over 5 million yuan": how many asks a count (a currency it counts
    # is the question's unit), the money word is the condition of what is counted
    if q.english and not q.unit and asked == LEVEL and MONEY_ASKED_EN.search(q.text) and f.kind != "money" \
            and not COUNT_ASKED_EN.search(q.text):
        return f"a {f.kind} figure for a sum of money"
    if q.english and AMOUNT_ASKED_EN.search(q.text) and not COUNT_ASKED_EN.search(q.text) and f.unit in CLASSIFIERS:
        return f"a count of {f.unit} for an amount"  # an amount is of what is not counted (money, tonnes)
    if q.english and not q.unit and COUNT_ASKED_EN.search(q.text) and not MEASURE_NAMED_EN.search(q.text) \
            and (f.unit in MEASURE_UNITS or f.kind in MONEY | RATIO):
        return f"a figure in {f.unit or f.kind} for a count of things"
    if q.unit and q.unit != "%":
        stated = "money" if q.unit in quantities.CURRENCIES else "count"
        if (stated == "money") != (f.kind == "money") or f.kind in RATIO:
            return f"a {f.kind} figure for an amount in {q.unit_text or q.unit}"
    if increments.answers(q, text, f, asked, found):
        return ""  # 再增加多少 answered by 新增15万千瓦, 比上年多了百分之几 by 同比增长37.01%
    if asked == LEVEL and found in (CHANGE, SHARE):
        return f"a {found} for a level"
    if found == LEVEL and increments.stock_for_increment(q, text, f):
        return "a stock for an amount added"
    if asked == CHANGE and found != CHANGE and f.kind not in RATIO and f.unit != "倍":  # 涨幅接近1倍: a ratio too
        return f"a {found} for a change"
    if asked == SHARE and (found == CHANGE or f.kind not in RATIO and f.unit != "成"):
        return f"a {found} {f.kind} figure for a share"
    return ""


def _nouns(text: str) -> list[str]:
    """The common nouns of `text` that may name what a figure counts (存款, 检察长); places and
    persons are the subject check's."""
    return [w for w, flag in words.tagged(text)
            if flag[:1] == "n" and flag[:2] not in ("ns", "nr") and len(w) > 1
            and w not in GENERIC and w not in values.FILLERS and not re.search(r"\d", w)]


def sibling_disagreement(q: Question, text: str, f: quantities.Quantity, passage: str = "") -> str:
    """A figure whose clause names a sibling of a noun asked, and not that noun, counts the
    sibling: 存款 and 贷款 are both 款, 河长 and 检察长 both posts (长). 人民币贷款增加3459亿元
    does not answer how much 人民币存款 grew, even when an earlier clause names 存款. A noun
    asked that the sentence's `passage` (when given) never writes has no sibling there: the
    text calls the thing by its own word (摊位 asked, 铺位 written), and nothing else is it."""
    if q.english or respective_items(text, f)[1] >= 0:  # 产销量分别…: the 分别 check reads it
        return ""
    clauses = split_clauses(text) or [(0, len(text))]
    a, b = next(((x, y) for x, y in clauses if x <= f.start < y), (0, len(text)))
    lead = indicator_of(clauses, text, f) or text[a : f.start]
    named = _nouns(re.sub(r"《[^》]*》", "", q.text))  # a title is the title check's
    # a noun named in a clause of the sentence that gives no figure of its own introduces
    # what the figure's clause goes on about (理想汽车公布了7月数据，当月交付新车…)
    bare = [text[x:y] for x, y in clauses if not quantities.find_quantities(text[x:y])]
    asked = [t for t in named if t not in text[a:b] and t not in q.places and not any(t in c for c in bare)
             and (not passage or t in passage)]
    for w in _nouns(lead):
        # 具体措施 is the 措施 asked; 棚室 the 大棚温室 (text/abbreviations: a compound's short form)
        if w in q.text or any(t in w or w in abbreviations.initialisms(t, q.text) for t in named):
            continue
        for t in asked:
            if w[-1] == t[-1] and t not in w and w not in t and not measure_words.shortens(w, t) \
                    and not words.writes(t, lead):  # 工业总产值 is the 工业产值 asked
                return f"it counts {w}, not {t}"
    return ""


def _named_then_counted(item: str) -> bool:
    """An item writing its thing (two characters or more), then its one figure to its end (示范村12个; not 6层隔板, 2.02亿元)."""
    found = quantities.find_quantities(item)
    return len(found) == 1 and len(_nouns(item[: found[0].start])) > 0 and not item[found[0].end :].strip("、。 ")


def listed_item_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure of one item of an enumeration (新增省级美丽乡村60个、示范村12个) counts that item's thing: when the
    question's asking clause names another item's noun (示范村…几个) and none of this one's, it asks the other."""
    if q.english:
        return ""
    a, b = listing_clause(text, f.start, f.start)
    cuts = sorted({a, b, *(a + m.end() for m in re.finditer("、", text[a:b]))})
    items = list(zip(cuts, cuts[1:]))
    mine = next(((x, y) for x, y in items if x <= f.start < y), None)
    if mine is None or len(items) < 2 or not all(_named_then_counted(text[x:y]) for x, y in items):
        return ""
    asking = asking_clauses(q.text)
    if any(n in asking for n in _nouns(text[mine[0] : f.start])):
        return ""
    for x, y in items:  # each an item with its own figure (`_named_then_counted`)
        others = [n for n in _nouns(text[x:y]) if n in asking and n not in text[mine[0] : mine[1]]]
        if (x, y) != mine and others:
            return f"it counts {text[mine[0] : f.start]}, not {others[0]}"
    return ""


def disagreement(q: Question, text: str, f: quantities.Quantity, where: str = "", year_named: bool = False,
                 passage: str = "") -> str:
    """Why a figure of `text` does not answer the quantity question ('' when it may); `where`
    the sentence stands, a plan or a review (answer/standing), when known; `year_named` when its
    article dates its account by a named year (figure_scope.named_year_account); `passage` the
    sentence's chunk, when known (`sibling_disagreement`)."""
    return (periods.figure_disagreement(text, f) or stated_disagreement(q, text, f) or kind_disagreement(q, text, f) or rates.rate_disagreement(q, text, f)
            or nature_disagreement(q, text, f, where, year_named)
            or indicator_disagreement(q, text, f) or act_disagreement(q, text, f) or respective_disagreement(q, text, f) or sibling_disagreement(q, text, f, passage) or listed_item_disagreement(q, text, f) or siblings.designator_figure_disagreement(q, text, f)
            or dimensions.unit_disagreement((q.head,) if q.head else q.head_group, f, '' if q.english else asking_clauses(q.text)) or english_dimensions.unit_disagreement(q, f, text)
            or dimensions.size_disagreement((q.head,) if q.head else q.head_group, q.text, text, f))
