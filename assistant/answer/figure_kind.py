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
from functools import lru_cache

from assistant.answer import dimensions, english_dimensions, increments, measure_words, rates, siblings, values
from assistant.answer.asked_act import act_disagreement
from assistant.answer.respective import respective_disagreement
from assistant.answer.measure_words import GENERIC, MEASURE_ENDINGS
from assistant.answer.measure_nature import BASES, nature_disagreement, stated_disagreement
from assistant.query.question import CHANGE_ASKED, CHANGE_VERBS, Question, asking_clauses, topic_groups
from assistant.text import paraphrases, periods, quantities, words
from assistant.text.asked_numbers import without_stated_shares
from assistant.text.indicators import CLASSIFIERS, indicator_of
from assistant.text.respectively import respective_items
from assistant.text.sentences import split_clauses

LEVEL, CHANGE, SHARE, RANK = "level", "change", "share", "rank"

# What a Chinese question asks for (the change words: query/question.CHANGE_ASKED).
RANK_ASKED = re.compile(r"排名第?几|第几[位名]?|排第几|位[列居]第?几|名次")
ASKING = re.compile(r"多少|几|什么|哪")
SHARE_ASKED = re.compile(r"占比|比重|份额|占有率|比例|渗透率|占(?!地|用).{0,20}(?:多少|百分之几|几成)")
CHANGE_ASKED_EN = re.compile(r"\b(?:growth|grow|grew|increase[sd]?|rise|rose|decline[sd]?|fall|fell|drop(?:ped)?|reduc(?:e[sd]?|"
                             r"tion)|change|up by|down by|by how much|by what|year[- ]on[- ]year)\b", re.IGNORECASE)  # "by": a difference
SHARE_ASKED_EN = re.compile(r"\b(?:share|proportion|percentage of|ratio)\b", re.IGNORECASE)
# an English question asking a price or a sum paid states no unit, but asks for money
MONEY_ASKED_EN = re.compile(r"\b(?:price[sd]?|paid|pay|cost[s]?|worth|fee[s]?|how much money)\b", re.IGNORECASE)
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
RANK_ASKED_EN = re.compile(r"\b(?:rank(?:ed|s|ing)?|place(?:d)? (?:first|second|third))\b", re.IGNORECASE)

# What a figure in a text is, by the words just before it in its clause.
SHARE_WORDS = re.compile(r"占(?!地|用)|比重|份额|占有率|比例|渗透率")
# change verbs the figure reader does not list (同比下滑3%, 微跌0.75%)
CHANGE_VERB = re.compile(CHANGE_VERBS)
CHANGE_LEAD = re.compile(r"(?:下滑|微跌|微涨|上升|攀升|回升|扩大|缩小|萎缩|下挫|大增|大跌|暴跌|激增|锐减|" + CHANGE_VERBS + r")了?(?:约|近|超|逾)?$")
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
    return LEVEL


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
    if asked == CHANGE and found != CHANGE and f.kind not in RATIO and f.unit != "倍":  # 涨幅接近1倍: a ratio too
        return f"a {found} for a change"
    if asked == SHARE and (found == CHANGE or f.kind not in RATIO and f.unit != "成"):
        return f"a {found} {f.kind} figure for a share"
    return ""


def modifier(q: Question) -> tuple[str, str]:
    """The word that narrows the question's measure, and the measure (消费产品的营业收入 -> 产品,
    营业收入; 梅花鹿产值 -> 梅花鹿, 产值); ('', '') when none: a sentence that never names it gives
    the wider measure's figure (the company's total revenue for one segment's)."""
    if q.english:
        return "", ""
    tagged = list(words.tagged(q.text))
    at = max((i for i, (w, flag) in enumerate(tagged) if w.endswith(MEASURE_ENDINGS) and flag[:1] in "nvl"), default=-1)
    # 超高功率车辆司机…要罚多少钱: the noun 多少 asks about (钱) is what is asked, not a measure named before it
    ask = next((i for i in range(at + 1, len(tagged) - 1) if ASKING.fullmatch(tagged[i][0])), 0)
    if at <= 0 or ask and tagged[ask + 1][1][:1] == "n" and tagged[ask + 1][0] not in quantities.UNITS \
            and not SHARE_ASKED.search(tagged[ask + 1][0]):  # 按什么比例: the share of the measure named
        return "", ""
    j = at - 1
    if len(tagged[at][0]) < 3 and tagged[j][1].startswith("n") and j > 0:
        j -= 1  # 营业|收入 is one measure
    # 消费产品的营业收入; “架下茶叶”每年的产值: a quote mark or how often (每年) narrows nothing
    while j >= 0 and (tagged[j][1].startswith("u") or tagged[j][0] in EVERY or tagged[j][0] in QUOTES):
        j -= 1
    if j < 0:
        return "", ""
    word, flag = tagged[j]
    # 规范瞄准的数据速率, 外资企业缴纳的税收: a verb with its subject before it and 的 after says what
    # that subject does with the measure; the subject, not the verb, says whose measure it is
    if flag == "v" and word not in values.FILLERS and tagged[j + 1][0] == "的" and j > 0 and tagged[j - 1][1][:1] == "n" \
            and len(tagged[j - 1][0]) > 1:  # 重点项目完成的投资额: a reporting verb narrows nothing, nor its subject
        if tagged[j - 1][1] != "n":
            return "", ""  # a name (苹果发布的营收): the subject checks' own
        word, flag = tagged[j - 1]
    # a place is the place check's (a county's figure is its 全县 one), but a market the subject
    # is asked in (苹果在印度的营收) narrows the measure: the company's total is not India's
    market = word in q.places and j > 1 and tagged[j - 1][0] == "在"
    if (len(word) < 2 or flag[:1] not in "nv" or word in GENERIC or word in values.FILLERS | values.STATING or word in q.places and not market
            or quantities.years(word) or re.search(r"\d|[季月年度]$", word) and not market):  # 印度 is no 年度
        return "", ""
    return word, "".join(w for w, flag in tagged[j + 1 : at + 1] if not flag.startswith("u") and w not in EVERY | QUOTES)


EVERY = frozenset("每年 每月 每天 每日 每季度 每周 年均 月均 日均".split())
QUOTES = frozenset("“”\"'‘’「」")


@lru_cache(maxsize=4096)
def _slot(text: str, start: int) -> values.Slot | None:
    return next((s for s in values.slots(text) if s.kind == "figure" and s.start == start), None)


def _nouns(text: str) -> list[str]:
    """The common nouns of `text` that may name what a figure counts (存款, 检察长); places and
    persons are the subject check's."""
    return [w for w, flag in words.tagged(text)
            if flag[:1] == "n" and flag[:2] not in ("ns", "nr") and len(w) > 1
            and w not in GENERIC and w not in values.FILLERS and not re.search(r"\d", w)]


def sibling_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure whose clause names a sibling of a noun asked, and not that noun, counts the
    sibling: 存款 and 贷款 are both 款, 河长 and 检察长 both posts (长). 人民币贷款增加3459亿元
    does not answer how much 人民币存款 grew, even when an earlier clause names 存款."""
    if q.english or respective_items(text, f)[1] >= 0:  # 产销量分别…: the 分别 check reads it
        return ""
    clauses = split_clauses(text) or [(0, len(text))]
    a, b = next(((x, y) for x, y in clauses if x <= f.start < y), (0, len(text)))
    lead = indicator_of(clauses, text, f) or text[a : f.start]
    named = _nouns(re.sub(r"《[^》]*》", "", q.text))  # a title is the title check's
    # a noun named in a clause of the sentence that gives no figure of its own introduces
    # what the figure's clause goes on about (理想汽车公布了7月数据，当月交付新车…)
    bare = [text[x:y] for x, y in clauses if not quantities.find_quantities(text[x:y])]
    asked = [t for t in named if t not in text[a:b] and t not in q.places and not any(t in c for c in bare)]
    for w in _nouns(lead):
        if w in q.text or any(t in w for t in named):  # 具体措施 is the 措施 asked
            continue
        for t in asked:
            if w[-1] == t[-1] and t not in w and w not in t and not measure_words.shortens(w, t) \
                    and not words.writes(t, lead):  # 工业总产值 is the 工业产值 asked
                return f"it counts {w}, not {t}"
    return ""


def _verb(word: str) -> bool:
    tagged = words.tagged(word)
    return len(tagged) == 1 and tagged[0][1] == "v"


def indicator_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why the figure measures something else than asked ('' when it may be what was asked):
    its measure word is another than the question's (产量 for 销量), or none of the words that
    say what it measures has anything in common with the question's words (其中小米同比增长
    41.6% for a question about 华为)."""
    narrower, measure = modifier(q)
    if narrower and narrower not in text or (kind := measure_words.kind_unwritten(q, narrower, text)):
        return f"the sentence does not name {kind if narrower in text else narrower}"
    clauses = split_clauses(text) or [(0, len(text))]
    own = indicator_of(clauses, text, f)
    # 财政收入增长12% for 可支配收入: the figure's own clause narrows the measure another way;
    # 全球限量200支的…镜头 names the narrower word after the figure, in its own clause
    a, b = next(((x, y) for x, y in clauses if x <= f.start < y), (0, len(text)))
    if narrower and own.endswith(measure[-2:]) and len(own) > len(measure) + 1 and not set(narrower) & set(own) \
            and not re.search(r"\d", own) and narrower not in text[a:b]:
        return f"it measures {own}, not {narrower}{measure}"
    asked = [] if q.english else measure_words.asked_measures(q)  # an English one's are dictionary guesses (quality: 服务质量)
    if why := (measure_words.english_disagreement(q.text, own) if q.english else measure_words.named_sum_disagreement(q.text, text)):
        return why
    if asked:
        lead = indicator_of(split_clauses(text) or [(0, len(text))], text, f)
        measure = measure_words.measure(lead) if lead else ""
        if measure and not any(a in measure or measure in a for a in asked):
            return f"it measures {measure}, not {asked[0]}"
    slot = _slot(text, f.start)
    if slot is None:
        return ""
    # the question's words that say what is measured: not its change words (同比, 增长),
    # places or unit, which the kind and subject checks read
    terms = [t for g in topic_groups(q) for w in g for t in paraphrases.of(w) + paraphrases.in_context(w, q.text)  # 卖了多少辆: 销售量
             if t not in values.FILLERS and t not in q.places and t != q.unit and t != q.unit_text]
    a, b = values.clause_of(text, slot)
    if any(len(t) > 1 and t in text[a:b] for t in terms):
        return ""
    # a verb before a sum or a share (需要2.5万美元, 面临高达5000元的罚款, 上调到了45亿美元) says what
    # happens to it, not what it measures (a count's verb may: 创造6000个就业岗位); 环比, like 同比, says
    # what a change is against, not what it measures
    found = [w for w in values.indicator_words(text, slot) if w not in GENERIC and len(w) > 1
             and not CHANGE_VERB.fullmatch(w) and w not in BASES and not (f.kind in ("money", "percent", "points") and _verb(w))]
    # a verb with a measure ending (签约额, 成交量) names a measure, as a noun does: the verb alone is set aside
    named = measure_words.measure(own) if own else ""
    if named and not any(w in named for w in found):
        found.append(named)
    if found and terms and not any(measure_words.related(w, t) for w in found for t in terms) and not english_dimensions.sole_measure(q, text, f.text):
        return f"it measures {'/'.join(sorted(found))}"
    return ""


def disagreement(q: Question, text: str, f: quantities.Quantity, where: str = "") -> str:
    """Why a figure of `text` does not answer the quantity question ('' when it may); `where`
    the sentence stands, a plan or a review (answer/standing), when known."""
    return (periods.figure_disagreement(text, f) or stated_disagreement(q, text, f) or kind_disagreement(q, text, f) or rates.rate_disagreement(q, text, f)
            or nature_disagreement(q, text, f, where)
            or indicator_disagreement(q, text, f) or act_disagreement(q, text, f) or respective_disagreement(q, text, f) or sibling_disagreement(q, text, f) or siblings.designator_figure_disagreement(q, text, f)
            or dimensions.unit_disagreement((q.head,) if q.head else q.head_group, f, '' if q.english else asking_clauses(q.text)) or english_dimensions.unit_disagreement(q, f))
