"""A figure whose unit is the noun a question counts with the general classifier 个.

多少个核心和线程 asks a count of 核心 and of 线程; a processor's news writes 24核32线程, the noun (or
its first character) as the unit. The classifier 个 stands for any specific one, so such a unit
is the one asked, and the noun it begins is named by it as much as by the word itself.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities, words

# the nouns after 多少个/几个, joined (核心和线程, 城市、区县)
COUNTED_RE = re.compile(r"(?:多少|几)个([\u4e00-\u9fff]{1,12})")
JOINS = re.compile(r"[和与及、或]")
# classifiers count with their own word (300家 counts 企业 as often as 家庭): only a unit that is a
# noun itself (核, 线程) names the noun it begins
CLASSIFIERS = set("个台辆人户只头项家所座条套名位次批件张处栋间类种款部列架艘株棵箱份篇场支队组床层级"
                  "盏把根块片本盘口枚颗粒匹幢趟班轮门眼段道孔扇")


def counted_nouns(q: Question) -> list[str]:
    m = COUNTED_RE.search(q.text)
    if q.english or not m:
        return []
    return [n for n in JOINS.split(m.group(1)) if n]


def unit_names_noun(q: Question, f: quantities.Quantity) -> bool:
    """Is the figure's unit a Chinese unit, no classifier, that begins a noun the question counts
    with 个 (24核 for 多少个核心, 32线程 for 个线程)?"""
    if not f.unit or f.unit in CLASSIFIERS or not words.chinese_word(f.unit):
        return False
    return any(n.startswith(f.unit) for n in counted_nouns(q))


def _after(text: str, f: quantities.Quantity) -> int:
    """Where the noun a figure counts begins: right after it, or after its 的 (上亿的成本)."""
    return f.end + 1 if text.startswith("的", f.end) else f.end


# 付出上亿的成本, 投入数千万资金: a round amount in words at a scale (上亿, 数千万) leaves its unit to the noun after it
SCALE_END = re.compile(r"[万亿]$")


def amount_of_head(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is `f` a bare figure at a scale (上亿, 数千万) followed (after 的) by the noun the question asks of
    (多少成本: 上亿的成本)? Such a figure is that measure's amount, its unit the noun's."""
    if q.english or f.unit or not SCALE_END.search(f.text):
        return False
    return (len(q.head) >= 2 and text.startswith(q.head, _after(text, f))) or _amount_measure_before(q, text, f)


# a measure of an amount (产值, 销售额, 营收): 年产值近300亿 writes its sum with the currency dropped
AMOUNT_MEASURE_END = re.compile(r"(?:值|额|营收|收入|利润)$")
QUALIFIER_TAIL = re.compile(r"(?:达到|达|为|是|约|近|超过|超|逾|高达|将近|接近)*$")


def _amount_measure_before(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is a bare figure at a scale (300亿) written right after a measure of an amount the question names
    (年产值有多大: 年产值近300亿), past the qualifiers between them?"""
    lead = text[: f.start]
    lead = lead[: QUALIFIER_TAIL.search(lead).start()]
    return any(len(t) >= 2 and AMOUNT_MEASURE_END.search(t) and lead.endswith(t) for t in q.terms)


# 多少条政策 asked, 出台14项政策举措 written; 几件实事, 办好10项实事: 条, 项, 件, 个, 种 and 类 count abstract things (a
# policy, a measure, a deed, a cooperation) alike, and which one a sentence writes is its writer's habit. A specific
# classifier (家, 户, 所, 人, 亩, 批) counts its own kind of thing (企业, 家庭, 学校, a batch), never another's.
ABSTRACT = frozenset("条项件个种类")


def counts_same_noun(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is `f` a count in another general classifier than the question's (14项 for 多少条) of the noun the question
    counts, its head: written right after the figure (14项政策举措 for 政策措施: its first two characters; 政策举措 for
    多少条举措: its last word) or right before it (达成合作20项)? 个 stands for any classifier: 新增2个…服务中心
    counts the 服务中心 a question asks 添几家 of, the noun after the figure ending as the question writes it."""
    if q.english or not f.unit or q.unit == f.unit or CLASSIFIERS.isdisjoint((f.unit, q.unit)):
        return False
    noun, flag = _counted_noun(text, f)
    if "个" in (f.unit, q.unit) and len(noun) >= 2 and flag.startswith("n") and noun in q.text:
        return True
    if f.unit not in ABSTRACT or q.unit not in ABSTRACT or len(q.head) < 2 or not words.chinese_word(q.head):
        return False
    return text.startswith(q.head[:2], _after(text, f)) or text[: f.start].endswith(q.head) or noun == q.head


NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2,14}")


def _counted_noun(text: str, f: quantities.Quantity) -> tuple[str, str]:
    """The last word of the run of Chinese right after the figure, with its tag (2个嵌入式社区养老服务中心 -> 服务中心)."""
    m = NOUN_AFTER_RE.match(text, _after(text, f))
    tagged = words.tagged(m.group()) if m else ()
    return tagged[-1] if tagged else ("", "")


def unit_agrees(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is `f` in the unit the question asks: the same unit, a unit naming the noun counted (24核 for
    多少个核心), or another general classifier of the same noun (14项政策 for 多少条政策)? The one
    test sentence support (evidence) and figure scoring (figures) share."""
    return quantities.same_unit(f.unit, q.unit) or unit_names_noun(q, f) or counts_same_noun(q, text, f) \
        or (f.unit == "元" and q.unit in LOCAL)


# currencies written 元 in their own press (多少新台币 asked, 新台币582.61亿元 written): a sum in 元 is in the unit asked
LOCAL = {"元", "人民币", "新台币", "台币", "港元", "港币"}
