"""A quantity question's head word as a sentence writes it (投资额 as 投资…亿元), and what a head naming no measure asks."""

from __future__ import annotations

import re

from assistant.answer import figure_kind, measure_words
from assistant.query.question import Question
from assistant.text import directions, paraphrases, quantities, words


# A sum of money asked with no unit (投入多少资金, 售价是多少): of 95 such level questions with a
# figure answer over DRCD, CMRC and the news and seed sets, 90 are money, 4 a rate, 1 bare, none
# a count of things (5.88万片组, 两种), so a counted figure is probably another measure.
MONEY_ASKED = re.compile(r"(?:多少钱|资金|售价|价格|投资额?|金额|营收|收入|利润|成本|费用|票房|市值|估值|工资|薪[资酬水金]"
                         r"|罚款|罚金|补贴|奖金|价值|造价|耗资|预算|税收|税款|融资|捐款)(?![率比])")


def adverb(head: str) -> bool:
    """只, 才, 究竟: a head the question's phrasing gave (能提供的定位精度只有多少) that names no measure."""
    tagged = words.tagged(head)
    return len(tagged) == 1 and tagged[0][1] == "d"


def measure_stem(word: str) -> str:
    """投资额 -> 投资, 用水量 -> 用水: a sum or quantity as statistics write it before its figure; ''
    when the word is none."""
    return word[:-1] if len(word) > 2 and word[-1] in "额量" else ""


# spoken change heads right before the asking word: 往上提多少, 往下压几个点 (which way: 上 or 下); 多养多少只,
# 少排多少吨 (how many more or fewer: an addition, 新增…300万只, or a cut, 减少…)
SPOKEN_WAY = re.compile(r"往([上下])[\u4e00-\u9fff]?|([多少])[\u4e00-\u9fff]")


def asked_direction(head: str, question: str) -> int:
    """The way a change word asked goes (涨幅 +1, 降幅 -1; text/directions); a one-character verb by
    the listed words it is part of (扩 of 扩大) only right before the asking word (扩多少, 降了几个点):
    elsewhere it is seldom the change (县长's 长, 至高是多少's 高, 提的目标's 提)."""
    spoken = SPOKEN_WAY.fullmatch(head)
    if spoken and re.search(re.escape(head) + r"了?(?:多少|几)", question) \
            and (spoken.group(1) or words.tagged(head[1])[0][1].startswith("v")):  # 多养, not 多大
        return 1 if (spoken.group(1) or spoken.group(2)) in "上多" else -1
    way = directions.of_word(head)
    if len(head) == 1 and not directions.listed(head):
        return way if re.search(re.escape(head) + r"了?(?:多少|几)", question) else 0
    return way


def head_written(head: str, clause: str, question: str = "") -> bool:
    """Whether a clause writes the question's head word: its spellings and paraphrases, or a sum
    or quantity (投资额, 用水量) without its 额/量 where the figure follows the stem, as statistics
    write it (直接投资5009.4亿元), or a level held as a plan writes it (稳住多少亩: 稳定在); the stem
    inside another noun (交易中心1座 for 交易额) is not it.
    A change word asked (涨幅, 扩) is written by any word of the same direction (增长93%, 新增…600个):
    a sentence words a rise as it likes, never by a word of a fall."""
    written = measure_words.spellings(head) | set(paraphrases.of(head)) | set(paraphrases.held_level(head, question))
    if any(w in clause for w in written) or words.writes(head, clause):
        return True
    if directions.written(clause, asked_direction(head, question)):
        return True
    stem = measure_stem(head)
    return bool(stem) and re.search(re.escape(stem) + r"[\d零一二三四五六七八九十百千万亿两]", clause) is not None


# 多少例热射病 / 73例, 多少对友好城市 / 30多对: a classifier the unit list does not hold, written after
# the figure as the question writes it after its asking word
ASKED_CLASSIFIER = re.compile(r"(?:多少|几)([\u4e00-\u9fff])")


# one-character verbs of stating a figure (定在多少, 应该报多少, 写了多少, 算多少, 提的目标): they say how the
# figure is given, not what it measures (借了多少, 卖了多少 name the sum or the sales)
STATING_VERBS = "定报写说算记列标填给提"


def asking_verb(q: Question, head: str) -> bool:
    """A head that is a verb of stating the figure (the 定 of 固定资产 is not it)."""
    return len(head) == 1 and not q.english and head in STATING_VERBS


# an adverb or a modal between the measure and the verb stating it (到底定在, 应该报)
MODALS = frozenset("应该 应当 需要 可以 能够 要 该 会 能".split())


PLAN_NOUNS = frozenset("任务 目标 指标 计划".split())  # what a plan sets, not what it measures


def stated_measure(q: Question, head: str) -> str:
    """高峰电价定为多少 -> 电价, 签约额应该报多少 -> 额: the topic word before a stating verb is what
    the figure measures; '' when none is. A word naming the plan (造林任务定为多少: 任务) is passed over for the
    word before it."""
    before = [(w, flag) for w, flag in words.tagged(q.text[: q.text.rfind(head)])]
    for w, flag in reversed(before):
        if w in q.terms and flag != "d" and w not in MODALS and w not in PLAN_NOUNS:
            return w
        if w in "，,；;：:":
            break
    return ""


def counted_as_asked(q: Question, text: str, f: quantities.Quantity) -> bool:
    m = ASKED_CLASSIFIER.search(q.text)
    return m is not None and text.startswith(m.group(1), f.end) and not q.english


def money_asked(q: Question) -> bool:
    return not q.english and MONEY_ASKED.search(q.text) is not None and figure_kind.wanted(q) == figure_kind.LEVEL


# the verbs of doing in general (搞了多少次, 办了几场, 干了多少件): they stand for whatever act the
# sentence names (开展…行动190次); the unit asked, not the verb, says what is counted (the spoken ones are
# words.SPOKEN_DEEDS, stop words too: one list of them)
LIGHT_VERBS = "办干做" + "".join(words.SPOKEN_DEEDS)


def light_verb(q: Question, head: str) -> bool:
    """A head that is a verb of doing in general, the question asking a unit (次, 场, 个)."""
    return len(head) == 1 and not q.english and head in LIGHT_VERBS and bool(q.unit)


def frame_modifier(q: Question, head: str, f: quantities.Quantity) -> str:
    """造林任务是多少亩 asked, 完成造林3.5万亩 written: a head the figure's unit does not state (任务,
    目标 frame the figure) is named by its modifier, the two characters before it in the question,
    when the figure is in the unit asked; that modifier ('' when there is none)."""
    if q.english or not q.unit or not f.unit or not quantities.same_unit(f.unit, q.unit):
        return ""
    m = re.search(r"([\u4e00-\u9fff]{2})" + re.escape(head) + r"(?:是|为|有)?(?:多少|几)", q.text)
    return m.group(1) if m and m.group(1) not in measure_words.GENERIC else ""


# 门槛是多少钱以上, 控制在多少度以内: the asking word before a bound (多少 with its unit, then 以上) asks the
# threshold itself, which a figure written with the same bound states (500万元以上重点项目)
BOUND_ASKED = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,3}?(以上|以下|以内)")


def bound_asked(q: Question, f: quantities.Quantity) -> bool:
    m = None if q.english else BOUND_ASKED.search(q.text)
    return m is not None and f.qualifier == m.group(1) and bool(f.unit)
