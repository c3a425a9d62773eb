"""Does a figure measure the indicator asked? 产量 does not answer 销量, nor 财政收入 可支配收入."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import english_dimensions, measure_words, values
from assistant.answer.measure_words import GENERIC
from assistant.answer.measure_nature import BASES
from assistant.query.question import CHANGE_VERBS, Question, asking_clauses, topic_groups
from assistant.text import abbreviations, paraphrases, quantities, words
from assistant.text.indicators import indicator_of
from assistant.text.measure_endings import MEASURE_ENDINGS, NOT_MEASURES
from assistant.text.sentences import split_clauses

# What a Chinese question asks for; figure_kind.wanted reads them too.
ASKING = re.compile(r"多少|几|什么|哪")
SHARE_ASKED = re.compile(r"占比|比重|份额|占有率|比例|渗透率|占(?!地|用).{0,20}(?:多少|百分之几|几成)")
# change verbs the figure reader does not list (同比下滑3%, 微跌0.75%)
CHANGE_VERB = re.compile(CHANGE_VERBS)


def modifier(q: Question) -> tuple[str, str]:
    """The word that narrows the question's measure, and the measure (消费产品的营业收入 -> 产品,
    营业收入; 梅花鹿产值 -> 梅花鹿, 产值); ('', '') when none: a sentence that never names it gives
    the wider measure's figure (the company's total revenue for one segment's)."""
    if q.english:
        return "", ""
    # only the clause that asks: a lead clause (提升教育质量部分，有多少所学校…, 那篇报道统计的实际到位金额，具体是
    # 多少) says where to look; what narrows the measure there is the subject checks' (place, name, period)
    text = asking_clauses(q.text)
    tagged = list(words.tagged(text))
    framing = _framing_verbs(text, tagged)
    at = max((i for i, (w, flag) in enumerate(tagged) if w.endswith(MEASURE_ENDINGS) and w not in NOT_MEASURES  # not 质量, 份额
              and flag[:1] in "nvl" and i not in framing), default=-1)
    # 超高功率车辆司机…要罚多少钱: the noun 多少 asks about (钱) is what is asked, not a measure named before it
    ask = next((i for i in range(at + 1, len(tagged) - 1) if ASKING.fullmatch(tagged[i][0])), 0)
    if at <= 0 or ask and tagged[ask + 1][1][:1] == "n" and tagged[ask + 1][0] not in quantities.UNITS \
            and not SHARE_ASKED.search(tagged[ask + 1][0]):  # 按什么比例: the share of the measure named
        return "", ""
    j = at - 1
    if len(tagged[at][0]) < 3 and tagged[j][1].startswith("n") and j > 0:
        j -= 1  # 营业|收入 is one measure
    # 消费产品的营业收入; “架下茶叶”每年的产值: a quote mark or how often (每年) narrows nothing, nor
    # 一项 of 鹿茸一项的产值, which points back to the word before it
    while j >= 0 and (tagged[j][1].startswith("u") or tagged[j][0] in EVERY or tagged[j][0] in QUOTES
                      or ONE_ITEM.fullmatch(tagged[j][0])):
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
    if (len(word) < 2 or flag[:1] not in "nv" or word in GENERIC or word in values.FILLERS | values.STATING | values.AIMING or word in q.places and not market
            or quantities.years(word) or re.search(r"\d|[季月年度]$", word) and not market):  # 印度 is no 年度
        return "", ""
    return word, "".join(w for w, flag in tagged[j + 1 : at + 1] if not flag.startswith("u") and w not in EVERY | QUOTES and not ONE_ITEM.fullmatch(w))


def _framing_verbs(text: str, tagged: list) -> set[int]:
    """The verbs (jieba's v) of the clauses before the one that asks (养殖业扩量，…蛋鸡准备多养多少只): a lead
    clause saying what is being done frames the question; the asking clause names the measure, not it."""
    asking = ASKING.search(text)
    cut = max((text.rfind(c, 0, asking.start()) for c in "，,；;"), default=-1) if asking else -1
    found, at = set(), 0
    for i, (w, flag) in enumerate(tagged):
        if at + len(w) <= cut and flag == "v":
            found.add(i)
        at += len(w)
    return found


EVERY = frozenset("每年 每月 每天 每日 每季度 每周 年均 月均 日均".split())


QUOTES = frozenset("“”\"'‘’「」")
ONE_ITEM = re.compile(r"(?:这|该|此)?一?(?:项|块|部分)")


@lru_cache(maxsize=4096)
def _slot(text: str, start: int) -> values.Slot | None:
    return next((s for s in values.slots(text) if s.kind == "figure" and s.start == start), None)


def _verb(word: str) -> bool:
    tagged = words.tagged(word)
    return len(tagged) == 1 and tagged[0][1] == "v"


def _related(word: str, term: str) -> bool:
    """`measure_words.related`, a one-character term of the question only at an end of the sentence's word (产 of
    年产, 产量): inside a word it is a character of another word (定 of 给GDP定的增幅 is not the 定 of 固定资产)."""
    if len(term) == 1 and not word.startswith(term) and not word.endswith(term):
        return False
    return measure_words.related(word, term)


# nouns that name a trade or a sector only by what comes before them: 汽车产业的产值 is the 汽车产值
# a sentence writes, the category noun dropped
CATEGORY_NOUNS = frozenset({"产业", "行业", "领域", "板块", "业务", "产业链"})


# the form words of a company's name: 苹果公司的市值 is the 苹果市值 a report writes, the form dropped
COMPANY_FORMS = ("公司", "集团")


def narrower_held(question: str, narrower: str, text: str) -> bool:
    """Does `text` name the word that narrows the measure asked (`modifier`)? A category noun
    (CATEGORY_NOUNS) is named by the two characters before it in the question (光伏产业 -> 光伏),
    a company (X公司, X集团) by its name X of two characters or more."""
    if narrower in text:
        return True
    stem = next((narrower[: -len(f)] for f in COMPANY_FORMS if narrower.endswith(f)), "")
    if len(stem) >= 2 and stem in text:
        return True
    at = question.find(narrower)
    before = question[max(at - 2, 0) : at] if at > 0 else ""
    return narrower in CATEGORY_NOUNS and len(before) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", before) is not None \
        and "的" not in before and before in text


def indicator_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why the figure measures something else than asked ('' when it may be what was asked):
    its measure word is another than the question's (产量 for 销量), or none of the words that
    say what it measures has anything in common with the question's words (其中小米同比增长
    41.6% for a question about 华为)."""
    narrower, measure = modifier(q)
    if narrower and not narrower_held(q.text, narrower, text) or (kind := measure_words.kind_unwritten(q, narrower, text)):
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
    if any(len(t) > 1 and abbreviations.written(t, text[a:b]) for t in terms):  # 棚室 for 大棚温室: as a word
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
    if found and terms and not any(_related(w, t) for w in found for t in terms) and not english_dimensions.sole_measure(q, text, f.text):
        return f"it measures {'/'.join(sorted(found))}"
    return ""
