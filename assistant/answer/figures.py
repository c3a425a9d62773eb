"""The figures of a sentence ranked for a quantity question: which figure, in which clause,
measures what was asked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer import count_scope, dimensions, english_acts, figure_kind, figure_scope, increments, measure_glosses, measure_words, respective, standing, unit_nouns
from assistant.answer.asked_head import adverb, asked_direction, asking_verb, bound_asked, counted_as_asked, frame_modifier, head_written, light_verb, measure_stem, money_asked, stated_measure
from assistant.answer.evidence import Scored
from assistant.answer.topic_coverage import coverage, is_unit_word, term_weights
from assistant.query.question import Question
from assistant.text import asked_numbers, directions, quantities, words
from assistant.text.indicators import clause_named_before, lead_of
from assistant.text.sentences import clause_at, clause_start, split_clauses

from assistant.answer.fillers import FILLER, MOVED_TO, word_before  # other modules read them from here too

# 回落到了多少, 降至多少: the question asks the level a movement reached, which the text may reach by another verb
REACHED_ASKED = re.compile(MOVED_TO + r"了?(?:多少|几)")
RANK_WORDS = re.compile(r"排名|位居|位列|名列|排在|居|排|第")  # 总量全市第一: between a rank and what it ranks

# 96L变温区, 2只游隼, 14%的学生: the noun right after a figure (and its 的) names what it measures; its
# first two characters written where the question says what it asks of align the figure with the question
FUNCTION_CHARS = set("的了是在和与及为有个之等其")


def asked_tail(q: Question) -> str:
    """What the question asks of: its words after the last 的 or partitive 中 (重点项目中亿元以上项目有多少个
    asks of 亿元以上项目, not of 重点项目)."""
    cut = max([q.text.rfind("的")] + [q.text.rfind(t) + len(t) - 1 for t in q.terms if t in ("中", "里", "当中", "之中", "其中")])
    return q.text[cut + 1 :]


def _governed_otherwise(q: Question, text: str, f: quantities.Quantity) -> bool:
    """推荐35个基础设施REITs项目 for 已上市的…项目有多少个: the verb right before a figure (fillers and
    marks passed) that the question does not write says which of the things named after it are counted."""
    for word, flag in reversed(words.tagged(text[max(0, f.start - 8) : f.start])):
        if FILLER.match(word) or not word.strip() or flag in ("x", "m", "d", "p", "ul", "uj"):
            continue
        return flag.startswith("v") and word not in q.text and not _verb_short(q, word)
    return False


def _verb_short(q: Question, verb: str) -> bool:
    """出 for 出台, 建 for 建成: the question writes the sentence's verb by its first character, a verb of its own."""
    return len(verb) == 2 and any(w == verb[0] and flag.startswith("v") for w, flag in words.tagged(q.text))


# 最多可提45磅（约20公斤）物品: a figure's conversion in brackets stands between it and its noun, as
# the closing bracket does for the converted figure
GLOSS = re.compile(r"[（(][^（）()]{1,16}[）)]|[）)]")


def after_gloss(text: str, end: int) -> int:
    """Where the words after a figure begin, past its bracketed conversion."""
    m = GLOSS.match(text, end)
    return m.end() if m else end


def named_after(q: Question, text: str, f: quantities.Quantity) -> bool:
    end = after_gloss(text, f.end)
    noun = text[end + 1 : end + 3] if text.startswith("的", end) else text[end : end + 2]
    return not q.english and len(noun) == 2 and noun in asked_tail(q) and not FUNCTION_CHARS & set(noun) \
        and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2}", noun) is not None and not _governed_otherwise(q, text, f)


def _frame_named(q: Question, head: str, f: quantities.Quantity, lead: str) -> bool:
    """完成造林3.5万亩 for 造林任务是多少亩: the head's modifier right before the figure (fillers passed)."""
    modifier = frame_modifier(q, head, f)
    return bool(modifier) and lead.rfind(modifier) >= 0 and FILLER.match(lead[lead.rfind(modifier) + len(modifier) :]) is not None


def _family(f: quantities.Quantity) -> str:
    return f.kind if f.kind in ("money", "percent", "points") else quantities.SCALED_UNITS.get(f.unit, (f.unit,))[0]


def sole(text: str, found: list, at: int, vetoed: list[bool], aligned: list[bool]) -> bool:
    """Is figure `at` the sentence's one candidate of its unit (the others of that unit vetoed,
    or none of them aligned with the question's words as it is)? 从0-50km/h加速仅需2.6秒: 2.6秒."""
    f = found[at]
    rivals = [j for j, g in enumerate(found) if j != at and not vetoed[j] and _family(g) == _family(f)]
    # 5%和1%的母语使用者: a figure joined to the next shares its noun, so aligns no better than it
    own = all(text[found[j].end : found[j].end + 1] not in "和与及或至到、～~-—" for j in rivals)
    return not rivals or (own and aligned[at] and not any(aligned[j] for j in rivals))


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


# 每月为399新台币，此前为269新台币: a clause that only says when its figure held (the earlier value)
WHEN_ONLY = re.compile(r"^(?:此前|之前|以前|原来|原先|原本|原价|现价|目前|现在|如今)")


def _items_before(q: Question, clauses: list[tuple[int, int]], text: str, ca: int, f: quantities.Quantity
                  ) -> tuple[int, int] | None:
    """…LM 500h四座御世版的预售价，分别为138万元和158万元: a clause of nothing but 分别为 and its
    figures, or 此前为 and its figure, is read with the clause before it, which names the items
    and what they measure; a 分别 only when the question names its item (else the figure is
    another item's, whatever the clause before shares with the question)."""
    lead = text[ca : f.start]
    when = WHEN_ONLY.match(lead)
    if when and FILLER.match(lead[when.end() :]):
        pass
    elif not _only_figures_between(lead) or not respective.names_own_item(q, text, f):
        return None
    before = [(a, b) for a, b in clauses if b <= ca]
    return (before[-1][0], ca) if before else None


# 8支外籍人士球队的234支球队: a count whose noun, ending as the next count's does, modifies that count's
# noun (的) counts a part of it; the sentence's count of the whole follows
PART_OF_NEXT = re.compile(r"([\u4e00-\u9fff]{0,10}?)([\u4e00-\u9fff]{2})(?:在内)?的")


def part_of_next(text: str, f: quantities.Quantity, figures: list[quantities.Quantity]) -> bool:
    """Is count `f` of `text` a part named inside the modifier of the next count of the same unit?"""
    after = [g for g in figures if g.start >= f.end]
    if not f.unit or not after or after[0].unit != f.unit:
        return False
    m = PART_OF_NEXT.fullmatch(text, f.end, after[0].start)
    return m is not None and text.startswith(m.group(2), after[0].end)


def in_other_words(q: Question, asked: set[str], lead: str, unit_agrees: bool) -> str:
    """The question's measure word the figure's own word names in other words (要投入多少 / 将投资10亿元:
    measure_glosses), where the figure is in the unit asked; '' when none is."""
    written = word_before(lead)
    if not unit_agrees or not written or written in q.text:
        return ""
    measures = set(measure_glosses.asked_measures(q.text))
    return next((t for t in sorted(asked & measures, key=len, reverse=True) if t not in lead and measure_glosses.same_measure(t, written)), "")


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
    found = asked_numbers.figures(q.text, text)
    per_unit = {text[g.end + 1 : g.end + 1 + n] for g in found if text[g.end : g.end + 1] == "/" for n in (1, 2)}
    named = figure_scope.named_year_account(s.chunk, s.a)  # 2023年，…截至目前: that year's account
    vetoed = [bool(figure_kind.disagreement(q, text, g, where, named, s.chunk.text) or count_scope.disagreement(q, text, g)) for g in found]
    # or 占…的60% for 占多大份额, 500万元以上 for 多少钱以上
    aligned = [named_after(q, text, g) or figure_kind.share_as_asked(q, text, g) or bound_asked(q, g) for g in found]
    for n_f, f in enumerate(found):  # 六方面 answers 几个方面 (text/asked_numbers.py)
        ca, cb = clause_at(clauses, f.start, len(text))
        borrowed = clause_named_before(clauses, text, ca, f.start) or _items_before(q, clauses, text, ca, f)
        if borrowed:  # a bare 增长41% is read with the clause before it
            ca = borrowed[0]
        lead = text[ca : f.start]
        clause = text[ca:cb]
        whole, counted = count_scope.part_of_whole(q, s, ca)  # 34个重点项目，其中…占几个: 亿元以上项目26个
        local = coverage(weights, clause, "", {p: False for p in q.places}, q.specificity, whole)
        # 面积 of 20平方公里: the unit completes a clause naming what is asked; a bare one (分别为3亿元) names nothing
        if local >= dimensions.COMPLETES and not q.english and (stated_by_unit := dimensions.left_to_unit(q.head, [f], text)):
            whole = f"{whole}，{stated_by_unit}"
            local = coverage(weights, clause, "", {p: False for p in q.places}, q.specificity, whole)
        indicator, adjacent = "", 0.0
        # 完成投资100亿元 is next to the 投资额 asked (head_written)
        terms = {t for g in weights for t in g} | ({counted} if counted else set())
        for term in sorted(terms | {measure_stem(t) for t in terms} - {""}, key=len, reverse=True):
            at = lead.rfind(term)
            gap = dimensions.past_measure_noun(RANK_WORDS.sub("", lead[at + len(term) :]) if ranked else lead[at + len(term) :])
            if at >= 0 and (FILLER.match(gap) or _only_figures_between(gap)):
                indicator, adjacent = term, 1.0
                break
        # 多少支球队参赛, 多大面积的粮食作物: what is counted or measured is written right after its
        # figure's unit (234支球队, 155万亩粮食作物)
        # (only the noun asked: 重点项目中亿元以上项目有多少个 asks 项目 of a kind, not 34个重点项目)
        if not adjacent and f.unit and len(q.head) > 1 and text.startswith(q.head, after_gloss(text, f.end)) \
                and (not q.unit or quantities.same_unit(f.unit, q.unit) or unit_nouns.counts_same_noun(q, text, f)):
            indicator, adjacent = q.head, 1.0
        # 96L变温区 for 变温区容积: the noun after the figure names what it measures, as the question does; 屏幕有多大:
        # 配备了24.5英寸的面板, the sentence's one figure in the unit asked (a unit stating the head's dimension)
        if not adjacent and f.unit and (aligned[n_f] or (dimensions.in_unit_asked(q, f) and sole(text, found, n_f, vetoed, [True] * len(found)))):
            adjacent = 1.0
        act = english_acts.act_after(q, text, f)  # 55人失踪 for "how many were missing", not 12人死亡
        if act > 0:
            indicator, adjacent = "", 1.0
        unit_f = 1.0
        if q.unit:
            unit_f = 1.0 if unit_nouns.unit_agrees(q, text, f) else 0.3
        elif (not f.unit and not counted_as_asked(q, text, f) and not unit_nouns.amount_of_head(q, text, f)) or (f.kind == "count" and money_asked(q)):
            unit_f = 0.3
        # 将投资10亿元 for 要投入多少钱: the question's measure word in other words, next to the figure
        other = in_other_words(q, terms, lead, unit_f == 1.0 and (bool(q.unit) or f.kind == "money" and money_asked(q)))
        if other:  # and the clause covers the question as though it wrote the question's word
            local = max(local, coverage(weights, clause + "，" + other, "", {p: False for p in q.places}, q.specificity, whole))
            if not adjacent:
                indicator, adjacent = other, 1.0
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
        head = (counted,) if counted else (q.head,) if q.head else q.head_group
        if q.head and asking_verb(q, q.head):  # 定为多少: the measure stated, not the verb
            head = tuple(w for w in (stated_measure(q, q.head),) if w)
        if q.head and light_verb(q, q.head) and unit_nouns.unit_agrees(q, text, f):  # 搞了多少次: the unit says what is counted
            head = ()
        # an English head's guesses that are units (jobs -> 小时, of 小时工) name no measure: 24小时
        # holds its own unit, not the thing asked
        # (unless a figure of the sentence is per that unit: price per barrel, 84.91美元/桶)
        head = tuple(h for h in head if not (q.english and is_unit_word(h)) or h in per_unit)
        # 占同期总额的几成: a character right after the asking word and ending the question is the
        # answer's form (几成, 几倍), not what is measured
        head = tuple(h for h in head if h in dimensions.SUM_HEADS or not re.search(r"(?:几|多少)" + re.escape(h) + r"[？?]?$", q.text))
        # 总数达到多少: a head that names no measure (总数, 规模) is seldom beside its figure
        # 涨了多少 is found in 增长93%, 再增加多少 in 新增15万千瓦 (text/paraphrases)
        # 花了多少钱, 打算花多少钱建设: 钱 names no measure but a sum, which a figure in money is
        named = f.kind == "money" and all(h in dimensions.SUM_HEADS for h in head)
        # 回落到了多少 is answered by 退至60.49米: the asked verb is the question's head, the text's another
        named = named or (REACHED_ASKED.search(q.text) is not None and re.search(MOVED_TO + r"$", lead) is not None) \
            or unit_nouns.unit_names_noun(q, f)  # 24核 names the 核心 asked
        # 力争新增梅花鹿1万头、蛋鸡300万只 for 蛋鸡多养多少只: the verb before the first item moves every item listed
        listed = text[clause_start(text, f.start) : ca]
        if head and not named and not any(head_written(h, clause, q.text) or h == other or dimensions.modifier_written(q.text, h, f, lead) or _frame_named(q, h, f, lead)
                                          or directions.written(listed, asked_direction(h, q.text)) for h in head) \
                and not all(h in measure_words.GENERIC for h in head):
            # unless the head is a dimension the figure's unit states (多长时间 / 2.6秒) or an adverb of
            # the phrasing (只有多少), and no other figure of its unit in the sentence could be the one asked
            if not ((all(adverb(h) for h in head) or any(dimensions.stated(h, f, whole=True) for h in head))
                    and sole(text, found, n_f, vetoed, aligned)):
                relevant *= 0.7
        if act < 0:
            relevant *= 0.5
        share = (0.55 + 0.25 * local + 0.2 * adjacent) * unit_f * change_f * relevant
        if part_of_next(text, f, found):
            share *= 0.8
        veto = vetoed[n_f]  # another kind or indicator: never the answer
        factors = {"local": local, "adjacent": adjacent, "unit": unit_f, "change": change_f, "relevant": relevant,
                   "share": share, "veto": float(veto), "clause_start": ca, "clause_end": cb}
        score = 0.0 if veto else scored.score * share
        picks.append(FigurePick(scored, f, s.a + ca, s.a + cb, score, indicator, lead_of(lead), factors))
    return picks
