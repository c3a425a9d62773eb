"""What a figure measures (its indicator), and whether two figures measure the same thing.

签约额达160亿元 measures 签约额; in 固定资产投资完成17.3亿元,增长41% the bare 增长41% measures
what the clause before it names; in 34个重点项目 the count measures the noun after it. Used
at index time (facts, conflicts) and at answer time (figures, claims), so both agree.
"""

from __future__ import annotations

import re

from assistant.text import quantities
from assistant.text.sentences import clause_at
from assistant.text.words import pair_overlap

# Measure words after which the noun that follows says what is counted (34个重点项目).
CLASSIFIERS = set("个项家户座所条辆台处名位批件套只头张间栋次场支队组部架艘株棵篇种类款盏把根块片本盘口枚颗粒匹幢趟班门眼段道孔扇") | set(quantities.COUNT_WORDS)
# Words that start or end a lead without saying what is measured.
LEAD_PREFIX = re.compile(r"^(?:确保|力争|年内|全年|其中|目前|累计|共|预计|计划|努力|争取|推动|实现|完成|全力|重点|今年|去年|同比)+")
LEAD_SUFFIX = re.compile(r"(?:达到|达|为|是|完成|实现|共|约|累计|超过|突破|保持在|控制在|稳定在|不低于|不少于|以上|左右)+$")
# The words a short lead (an answer's figure) sheds before two leads are compared.
SHORT_LEAD_SUFFIX = re.compile(r"(?:达到|达|为|是|完成|实现|共|约|累计|超过|突破|\s)+$")
# 环比下降8% is as bare as 同比下降5%: the basis of a change names no measure
CHANGE_ONLY = re.compile("|".join(quantities.CHANGE_WORDS) + r"|环比|[了为达到\s]")
# 召回…青溪牌汽车，共计672辆: a clause holding only a total word before its figure carries on the clause before,
# which names what is totalled. Not 至 (出货量同比下降6.5%，至50.3万台): it read a market's total as a maker's share
# the question asked (a maker the sentence does not name), a confident wrong
LINK_ONLY = re.compile(r"共计|合计|总计")
LOOSE_OVERLAP = 0.6


def clause_named_before(clauses: list[tuple[int, int]], text: str, clause_start: int, figure_start: int
                        ) -> tuple[int, int] | None:
    """固定资产投资完成17.3亿元,增长41%: when the words before a figure in its clause are only a
    change word, the figure measures what the clause before names (past other bare changes); that clause, if any."""
    if CHANGE_ONLY.sub("", LINK_ONLY.sub("", text[clause_start:figure_start])):
        return None
    before = [(a, b) for a, b in clauses if b <= clause_start]
    # 共售出173.4万辆，同比下降5%，环比下降8%: a run of bare changes all measure what the clause before the
    # run names
    while len(before) > 1 and _bare_change(text[before[-1][0] : before[-1][1]]):
        before.pop()
    return before[-1] if before else None


def _bare_change(clause: str) -> bool:
    """同比下降5%: a change word and its figure, nothing else. A bare figure of an enumeration
    (1.28亿元、1.50亿元) is no change: the run stops there, so its value is shown with its sentence."""
    first = quantities.find_quantities(clause)
    lead = clause[: first[0].start] if first else ""
    return bool(first) and not CHANGE_ONLY.sub("", lead) and any(w in lead for w in (*quantities.CHANGE_WORDS, "环比"))


def indicator_of(clauses: list[tuple[int, int]], text: str, figure: quantities.Quantity) -> str:
    """What a figure measures: the words before it in its clause (增长41% borrows the
    clause before), or for a count the noun after it (34个重点项目)."""
    if figure.unit in CLASSIFIERS:
        tail = re.match(r"[\u4e00-\u9fff]{2,}", text[figure.end :])
        if tail:
            return tail.group()[:10]
    ca = clause_at(clauses, figure.start, len(text))[0]
    lead = text[ca : figure.start]
    borrowed = clause_named_before(clauses, text, ca, figure.start)
    if borrowed:
        prev = text[borrowed[0] : borrowed[1]]
        first = quantities.find_quantities(prev)
        lead = prev[: first[0].start] if first else prev
    lead = re.sub(r"[，,；;：:、“”\"'（）()\s]", "", lead)
    lead = LEAD_SUFFIX.sub("", LEAD_PREFIX.sub("", lead))
    for word in quantities.CHANGE_WORDS:  # the change is kept apart, in Fact.change
        if lead.endswith(word):
            lead = lead[: -len(word)]
            break
    return lead[-10:]


def lead_of(text: str) -> str:
    """签约额达 -> 签约额: the last words before a figure, for comparing two figures."""
    return SHORT_LEAD_SUFFIX.sub("", text)[-8:]


# How a change is compared (year on year, month on month) and whether it is deflated: a
# wording the loose comparison sets aside (同比实际增长 is the indicator's change all the same)
COMPARISON_RE = re.compile(r"同比|环比|实际|名义|[比较](?:上月|上年同期|上年|去年同期|去年)")
MONTH_ON_MONTH_RE = re.compile(r"环比|[比较]上月")
YEAR_ON_YEAR_RE = re.compile(r"同比|[比较](?:上年|去年)")


def basis(text: str) -> str:
    """'month' (环比, 比上月), 'year' (同比, 比上年) or '': what a change is compared with."""
    if MONTH_ON_MONTH_RE.search(text):
        return "month"
    return "year" if YEAR_ON_YEAR_RE.search(text) else ""


def same_basis(a: str, b: str) -> bool:
    """A year-on-year change is not a month-on-month one; an unstated basis agrees with either."""
    x, y = basis(a), basis(b)
    return not (x and y and x != y)


def same_indicator(a: str, b: str, loose: bool = False) -> bool:
    """Do two indicators name the same thing?

    Strict (two figures of the sources, where a wrong "the sources disagree" is the
    risk): the words end alike (签约额 / 项目签约额). Loose (a claim's own wording against
    a source's, which paraphrases): most character pairs of the shorter are in the other.
    Facts are grouped by their exact indicator, which both tests accept.
    """
    if loose:
        if not same_basis(a, b):
            return False
        a, b = COMPARISON_RE.sub("", a) or a, COMPARISON_RE.sub("", b) or b
        return pair_overlap(a, b) >= LOOSE_OVERLAP
    n = min(len(a), len(b))
    return n >= 2 and a[-n:] == b[-n:] and (n >= 3 or len(a) == len(b))
