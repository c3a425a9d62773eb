"""The figures of a sentence ranked for a quantity question: which figure, in which clause,
measures what was asked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer import figure_kind, increments, measure_words, standing
from assistant.answer.evidence import Scored, _is_unit_word, coverage, term_weights
from assistant.query.question import Question
from assistant.text import asked_numbers, paraphrases, quantities
from assistant.text.indicators import clause_named_before, lead_of
from assistant.text.sentences import clause_at, split_clauses

# Words that may stand between an indicator and its figure: 产值81.6亿元, 饲养量达到28.2万只,
# CPI年率录得3.2% (a statistic reported).
FILLER = re.compile(r"^(?:[为是达到完成实现共约超过新增累计突破保持在控制力争年产增长了同比下降提高至分别总计合计额量将已近逾]|以上|左右|已经|翻[倍番]|录得"
                    r"|不少于|不低于|不超过|不高于|至少|最多|\s)*$")  # 巡湖不少于3次: a bound is the figure's too
RANK_WORDS = re.compile(r"排名|位居|位列|名列|排在|居|排|第")  # 总量全市第一: between a rank and what it ranks
# A sum of money asked with no unit (投入多少资金, 售价是多少): of 95 such level questions with a
# figure answer over DRCD, CMRC and the news and seed sets, 90 are money, 4 a rate, 1 bare, none
# a count of things (5.88万片组, 两种), so a counted figure is probably another measure.
MONEY_ASKED = re.compile(r"(?:多少钱|资金|售价|价格|投资额?|金额|营收|收入|利润|成本|费用|票房|市值|估值|工资|薪[资酬水金]"
                         r"|罚款|罚金|补贴|奖金|价值|造价|耗资|预算|税收|税款|融资|捐款)(?![率比])")


# heads that ask a sum of money and nothing more (多少钱): a figure in a currency names them
SUM_HEADS = frozenset(("钱", "钱款", "现金"))


@dataclass
class FigurePick:
    scored: Scored
    figure: quantities.Quantity
    a: int  # clause span in chunk.text
    b: int
    score: float
    indicator: str
    lead: str  # what the figure is of: the words before it in its clause, fillers removed
    factors: dict = field(default_factory=dict)  # the hand scorer's parts: what the learned picker reads


def _only_figures_between(gap: str) -> bool:
    """固定资产投资完成17.3亿元,增长41%: the indicator reaches past its first figure."""
    rest = re.sub(quantities.ARABIC + r"[万亿]?[^\d，,；;]{0,3}", "", gap)
    return bool(gap) and FILLER.match(re.sub(r"[，,]", "", rest)) is not None


def _money_asked(q: Question) -> bool:
    return not q.english and MONEY_ASKED.search(q.text) is not None and figure_kind.wanted(q) == figure_kind.LEVEL


def pick_figures(q: Question, scored: Scored, idf) -> list[FigurePick]:
    """Rank the figures of one sentence for a quantity question."""
    s = scored.sentence
    text = s.text
    weights = term_weights(q, idf)
    picks = []
    clauses = split_clauses(text)
    where = standing.of_sentence(s)  # a plan's or a review's (its section, its paragraph)
    ranked = asked_numbers.asked_rank(q.text) is not None
    rank_asked = ranked or figure_kind.wanted(q) == figure_kind.RANK
    for f in asked_numbers.figures(q.text, text):  # 六方面 answers 几个方面 (text/asked_numbers.py)
        ca, cb = clause_at(clauses, f.start, len(text))
        borrowed = clause_named_before(clauses, text, ca, f.start)
        if borrowed:  # a bare 增长41% is read with the clause before it
            ca = borrowed[0]
        lead = text[ca : f.start]
        clause = text[ca:cb]
        local = coverage(weights, clause, "", {p: False for p in q.places}, q.specificity)
        indicator, adjacent = "", 0.0
        for term in sorted({t for g in weights for t in g}, key=len, reverse=True):
            at = lead.rfind(term)
            gap = RANK_WORDS.sub("", lead[at + len(term) :]) if ranked else lead[at + len(term) :]
            if at >= 0 and (FILLER.match(gap) or _only_figures_between(gap)):
                indicator, adjacent = term, 1.0
                break
        unit_f = 1.0
        if q.unit:
            unit_f = 1.0 if quantities.same_unit(f.unit, q.unit) else 0.3
        elif not f.unit or (f.kind == "count" and _money_asked(q)):
            unit_f = 0.3
        change_f = 1.0
        # a change as figure_kind reads one too (上调235元/吨: the verb, not the figure, says so)
        is_change = f.change or figure_kind.kind_of(text, f) == figure_kind.CHANGE
        # 第几次上涨 asks a rank (第八次), not a change: its change word names what is counted
        if q.change and not rank_asked and not (is_change or f.kind in ("percent", "points") or increments.stated(text, f)):
            change_f = 0.5
        elif not q.change and f.change and q.unit not in ("%", ""):
            change_f = 0.6
        elif not q.change and f.change and f.kind in ("percent", "points") and q.unit == "":
            change_f = 0.8
        # A figure must be of the thing asked: nothing of the question in its clause, or the
        # question's head word missing from it, and it is probably another figure.
        relevant = 1.0 if (local or adjacent) else 0.5
        head = (q.head,) if q.head else q.head_group
        # an English head's guesses that are units (jobs -> 小时, of 小时工) name no measure: 24小时
        # holds its own unit, not the thing asked
        head = tuple(h for h in head if not (q.english and _is_unit_word(h)))
        # 总数达到多少: a head that names no measure (总数, 规模) is seldom beside its figure
        # 涨了多少 is found in 增长93%, 再增加多少 in 新增15万千瓦 (text/paraphrases)
        # 花了多少钱, 打算花多少钱建设: 钱 names no measure but a sum, which a figure in money is
        named = f.kind == "money" and all(h in SUM_HEADS for h in head)
        if head and not named and not any(w in clause for h in head for w in measure_words.spellings(h) | set(paraphrases.of(h))) \
                and not all(h in measure_words.GENERIC for h in head):
            relevant *= 0.7
        share = (0.55 + 0.25 * local + 0.2 * adjacent) * unit_f * change_f * relevant
        veto = bool(figure_kind.disagreement(q, text, f, where))  # another kind or indicator: never the answer
        factors = {"local": local, "adjacent": adjacent, "unit": unit_f, "change": change_f, "relevant": relevant,
                   "share": share, "veto": float(veto), "clause_start": ca, "clause_end": cb}
        score = 0.0 if veto else scored.score * share
        picks.append(FigurePick(scored, f, s.a + ca, s.a + cb, score, indicator, lead_of(lead), factors))
    return picks
