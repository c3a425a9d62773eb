"""Figure and role claims: 东丰县涉鹿产值81.6亿元, 东辽县县长是王飞.

A figure claim is refuted only when a source speaks of the same place, year and indicator
with a different figure; a figure the sources never give for that indicator leaves the
claim unverified (not_enough_info), never refuted. A negated figure claim (没有达到81.6亿元)
is refuted by the same figure; against another figure it is undecided. A figure that one
source gives and another contradicts (the conflicts module decides) is disputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from assistant.answer import measure_nature, standing
from assistant.answer.evidence import score_sentences, sentence_years, sentences_of
from assistant.answer.extractive import Part, make_part
from assistant.answer.figures import FigurePick, pick_figures
from assistant.check import from_to, qualified, series, slots
from assistant.check.figure_period import other_period
from assistant.check.claim_words import may_decide, opposite, unmet, way
from assistant.check.in_force import agreement, without
from assistant.check.measures import contradicts, counterpart, from_earlier, is_change, names_measure
from assistant.check.named_measures import names_another
from assistant.check.narrower import best_named, narrower, renamed
from assistant.check.other_year import basis_for_last_year, other_year
from assistant.check.per_unit import per_unit
from assistant.check.source_indicator import sentence_before, source_indicator, verb_after
from assistant.check.stances import same_stance
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.query.question import Question, analyse
from assistant.records import Hit
from assistant.text import quantities, words
from assistant.text.indicators import COMPARISON_RE, indicator_of, same_basis, same_indicator
from assistant.text.sentences import clause_at, split_clauses

DISPUTED = "disputed"
NOW = ("眼下", "目前", "如今", "当前", "现在")  # the time of writing, whatever year that is
RIVAL_SHARE = 0.8  # a contradicting figure counts when its support is this share of the agreeing one's


@dataclass
class Outcome:
    """One claim's verdict, the source pieces that decide it, what it states, what the
    sources say instead, and which part of it decided (figure, role, negation, ...)."""

    verdict: str
    parts: list[Part]
    claimed: str = ""
    sources_say: tuple[str, ...] = ()
    decided_by: str = ""
    support: float = 0.0


def claim_question(claim: str, figure: quantities.Quantity | None) -> Question:
    """The claim read as the question it answers: its figure becomes the thing asked."""
    q = analyse(claim)
    q.figures = ()
    q.parts = []
    if figure is not None:
        q.kind = "quantity"
        q.unit = figure.unit
        q.change = bool(figure.change)
        lead = indicator_of(split_clauses(claim), claim, figure)
        q.terms = tuple(t for t in q.terms if t not in figure.text)
        heads = [t for t in words.content_words(lead) if t not in q.places]
        q.head = heads[-1] if heads else ""
    return q


def claimed_indicators(claim: str, figure: quantities.Quantity) -> list[str]:
    """What a claim's figure measures: the words before it (涉鹿产值81.6亿元), and the noun
    right after it (拨付了2.6亿元资金), since a paraphrase may put the indicator either side."""
    found = [indicator_of(split_clauses(claim), claim, figure), verb_after(claim, figure)]
    if not COMPARISON_RE.sub("", found[0]):  # 净销售额达1442亿日元，比去年同期增长10%: 10% is its change
        from assistant.check.draft import figures

        earlier = [g for g in figures(claim) if g.end <= figure.start]
        # its clause's words, not the last ten characters (大通二季度… of 摩根大通二季度…)
        found += [claim[clause_at(split_clauses(claim), earlier[-1].start, len(claim))[0] : earlier[-1].start]
                  ] if earlier else []
    after = re.split(r"[，,；;。：:]", claim[figure.end:])[0]
    nouns = [w for w, flag in words.tagged(after) if flag.startswith("n") and len(w) >= 2]
    if nouns:
        found.append(nouns[0])
    return [x for x in found if x]


def claim_scope(claim: str, figure: quantities.Quantity) -> str:
    """The claim without the clauses of its other figures (营收X，同比增长Y: Y's clause says
    nothing of what X measures)."""
    from assistant.check.draft import figures

    others = [g.start for g in figures(claim) if g.start != figure.start]
    return "".join(claim[a:b] for a, b in split_clauses(claim)
                   if a <= figure.start < b or not any(a <= g < b for g in others))


def agrees(claim: str, figure: quantities.Quantity, pick: FigurePick) -> bool:
    """The source's figure is the claim's, allowing for rounding, the claim's hedges
    (超过312亿元 against 312.285亿元) and the unit's scale (213万千瓦 against 2130兆瓦)."""
    from assistant.answer.values import figures_agree

    text = pick.scored.sentence.text
    return figures_agree(per_unit(claim, figure), per_unit(text, pick.figure), claim[: figure.start],
                         text[: pick.figure.start])


def same_period(claim: str, s) -> bool:
    """May sentence `s` speak for the period the claim names? A claim about a year is not
    decided by a figure of another year, nor by one of 今年 or 眼下 in an article whose year
    is unknown (the time of writing, not the claim's year); a claim as of a day (截至7月30日)
    is not decided by a figure as of another day. (Months and quarters: the scoring's
    period check, text/periods.py.)"""
    claimed_years = slots.years(claim)
    if claimed_years:
        # a year the sentence writes too, in whatever form (小新 Pro 16 2023), is the same year
        found = sentence_years(s) | (slots.years(s.text) & claimed_years)
        if found and not (found & claimed_years):
            return False
        if not found and any(w in s.text for w in (*quantities.RELATIVE_YEARS, *NOW)):
            return False  # 今年 / 眼下 of an article whose year is unknown: not the claim's year
    # 今年1月份 is not 去年1月份: relative years, when both name one, must meet
    shifts, their_shifts = _year_shifts(claim), _year_shifts(s.text)
    if shifts and their_shifts and not (shifts & their_shifts):
        return False
    if shifts and 0 not in shifts and not their_shifts and any(w in s.text for w in NOW):
        return False  # 去年同期 is not 目前: the time of writing is no past year
    days, their_days = slots.dates(claim), slots.dates(s.text)
    return not (days and their_days and not (days & their_days))


# 比上年同期, 较去年, 与去年同期相比: the year a change is compared with, not the year its figure is of
# (去年同期 alone is when the figure was: 去年同期填充率为75%)
BASIS_RE = re.compile(COMPARISON_RE.pattern + r"|[与和同](?:去年|上年)(?:同期)?相比")


def _year_shifts(text: str) -> set[int]:
    """The years `text` names relative to its own (今年 0, 去年 -1), leaving out a comparison's basis."""
    text = BASIS_RE.sub("", text)
    return {shift for word, shift in quantities.RELATIVE_YEARS.items() if word in text}


def _head(indicator: str) -> str:
    """The indicator's last word (空调销量 -> 销量): what it measures, without whose it is."""
    found = [w for w in words.content_words(indicator) if len(w) >= 2]
    return found[-1] if found else indicator


def without_figures(claim: str, figure: quantities.Quantity) -> str:
    """The claim without its figure, nor the figures of its other clauses (each checked on its
    own: 销售额达1442亿日元，比去年同期增长10% asks no source to state 10% beside 1442亿日元);
    a figure of the same clause stays (10亿元以上项目116个: 10亿元 says which projects)."""
    from assistant.check.draft import figures

    clauses = split_clauses(claim)
    own = clause_at(clauses, figure.start, len(claim))
    cut = [g for g in figures(claim) if g.start == figure.start or clause_at(clauses, g.start, len(claim)) != own]
    out = claim
    for g in sorted(cut, key=lambda g: -g.start):
        out = out[: g.start] + " " + out[g.end :]  # 等11家美国大型银行: 美国大型银行, not 等美国…
    return out


def figure_candidates(claim: str, figure: quantities.Quantity, hits: list[Hit], idf, threshold: float,
                      planned: bool = False) -> tuple[list[FigurePick], float]:
    """The sources' figures for the claim's place, year and indicator, best first, and the
    best support of any sentence (for reporting); `planned`: the claim says a document requires it."""
    q = claim_question(claim, figure)
    claimed = claimed_indicators(claim, figure)
    # a source about another product, model, place or period than the claim's decides
    # nothing about it (the answerer's hard subject check, answer/subject.py)
    # (the claim's own figure is what is checked, not a condition a source must state)
    about = replace(q, text=without_figures(claim, figure)) if figure is not None else q
    read = ((sc, agreement(about, sc.sentence, hits)) for sc in score_sentences(q, sentences_of(hits), idf))
    scored = list(islice(((sc, name) for sc, name in read if name is not None), 20))
    unit, change = per_unit(claim, figure).unit, is_change(claim, figure)
    own, start, end = claim_scope(claim, figure), from_to.start_of(claim, figure), from_to.end_of(claim, figure)
    lead, tail = own[: own.find(figure.text)], own[own.find(figure.text) + len(figure.text) :]
    found: list[tuple[FigurePick, int, str]] = []
    for sc, name in scored[:10]:
        asked = without(q, name) if name else q
        if name:  # scored again without the company's words and the places inside its name
            sc = score_sentences(asked, [sc.sentence], idf)[0]
        if sc.factors.get("place", 1) < 1 or sc.factors.get("year", 1) < 1 or sc.score < threshold:
            continue
        s, where = sc.sentence, standing.of_sentence(sc.sentence)  # in a plan or a review (answer/standing.py)
        if (not same_period(about.text, s) or measure_nature.standing_disagreement(about, s.text, where)
                or basis_for_last_year(about.text, s.text)  # 比去年增长12% is this year's change
                or series.other_instance(about.text, s.text)):  # 第三个工作日's figure for the 第四个
            continue
        text, clauses = sc.sentence.text, split_clauses(sc.sentence.text)
        copied = counterpart(claim, figure, text)
        for pick in pick_figures(asked, sc, idf):
            f = pick.figure
            if per_unit(text, f).unit != unit or is_change(text, f) != change:
                continue
            indicator = source_indicator(clauses, text, f, sentence_before(sc.sentence.chunk.text, sc.sentence.a))
            stated = text[clause_at(clauses, f.start, len(text))[0] : f.start]
            if not same_basis(claim[: figure.start], stated):  # 同比 is not 比上月
                continue
            # a target is not what was done; 低功率版 is not 高功率版; 民营企业进出口 is not 欧盟进出口
            if (not same_stance(claim, figure, text, f, where, planned) or contradicts(claim[: figure.start], stated)
                    or names_another(lead, text[: f.start], text) or from_earlier(claim, text, f)
                    or from_to.is_start(claim, start, text, f) or from_to.is_end(claim, end, text, f)
                    or other_year(claim, text, f) or other_period(claim, figure, text, f)):
                # (the claim's own starting or end level)
                continue
            # (the claim's words before its figure name it too: 对欧盟进出口占… names 对欧盟进出口占)
            if ((f.start == copied and not renamed(from_to.naming_lead(lead, start), text, indicator, claim))
                    or (indicator and any(names_measure(c, indicator) for c in (*claimed, lead)))):
                found.append((pick, 2, indicator))
            elif (indicator and any(same_indicator(indicator, c, loose=True) for c in claimed)
                  and not narrower(indicator, claim, text.startswith(indicator, f.end))):
                # a loose match on the shared words (空调出口 against 空调销量) gives way to a
                # figure whose own measure the claim names (其中出口增长20.5%), whole or by its head
                # (or the claim's words after its figure: 20户企业过评…中小企业 names 中小企业)
                found.append((pick, 1 if any(_head(indicator) in c for c in (*claimed, tail)) else 0, indicator))
    picks = best_named(found, own, q.places)
    return picks, max((s.score for s, _ in scored), default=0.0)


def _disagree(a: FigurePick, b: FigurePick) -> bool:
    """Do two sources' figures give different values for the same thing?"""
    from assistant.answer import conflicts

    def statement(p: FigurePick):
        s = p.scored.sentence
        found = conflicts.statements(s.text, s.chunk.subject, "", None, kinds=("figure",))
        return next((x for x in found if x.slot.start <= p.figure.start < x.slot.end), None)

    x, y = statement(a), statement(b)
    return x is not None and y is not None and conflicts.compare(x, y) == "conflict"


def _denied(p: FigurePick) -> bool:
    """Does the source deny its own figure (我不期待收益率上升50个基点)? Then a claim agrees
    with it only when it denies the figure too."""
    text = p.scored.sentence.text
    return slots.denies(text[clause_at(split_clauses(text), p.figure.start, len(text))[0] : p.figure.start])


def _part(p: FigurePick) -> Part:
    return make_part(p.scored.sentence, p.a, p.b, p.score)


def check_figure(text: str, figure: quantities.Quantity, negated: bool, hits, idf, threshold: float,
                 planned: bool = False) -> Outcome:
    found, best = figure_candidates(text, figure, hits, idf, threshold, planned)
    if not found:
        return Outcome(UNKNOWN, [], figure.text, support=best)
    own, extra = claim_scope(text, figure), "".join(claimed_indicators(text, figure)[1:])
    found = [p for p in found if may_decide(own, extra, text, figure, p, hits)]
    if above := qualified.threshold(text, figure):  # 8个亿元以上项目: only a count of the same threshold
        found = [p for p in found if qualified.writes_threshold(p.scored.sentence.text, p.figure, above)]
    if not found:
        return Outcome(UNKNOWN, [], figure.text, support=best)
    agreeing = [p for p in found if agrees(text, figure, p) and not opposite(text, figure, p.scored.sentence.text, p.figure)]
    if agreeing and all(unmet(own, figure, p.scored.sentence, hits) for p in agreeing):
        # the figure agrees, but the claim's other words are not the article's: another thing's figure
        return Outcome(UNKNOWN, [], figure.text, support=agreeing[0].score)
    agreeing = [p for p in agreeing if not unmet(own, figure, p.scored.sentence, hits)]
    if not agreeing:
        if negated or _denied(found[0]):  # 没有达到100亿元 against a source's 81.6亿元 may well be true
            return Outcome(UNKNOWN, [], figure.text, support=found[0].score)
        said = found[0].figure.text
        if agrees(text, figure, found[0]):  # the same figure changing the other way: say which way
            said = way(found[0].scored.sentence.text, found[0].figure) + said
        return Outcome(REFUTED, [_part(found[0])], figure.text, (said,), "figure", found[0].score)
    pick = agreeing[0]
    if negated and not _denied(pick):  # 没有达到100亿元 against 达到100亿元
        return Outcome(REFUTED, [_part(pick)], figure.text, (pick.figure.text,), "negation", pick.score)
    if _denied(pick) and not negated:  # a modifier may read as a denial (不含房地产): undecided
        return Outcome(UNKNOWN, [], figure.text, support=pick.score)
    rivals = [p for p in found if not agrees(text, figure, p) and p.score >= RIVAL_SHARE * pick.score
              and _disagree(pick, p)]
    if rivals:
        return Outcome(DISPUTED, [_part(pick), _part(rivals[0])], figure.text, (rivals[0].figure.text,),
                       "conflict", pick.score)
    return Outcome(SUPPORTED, [_part(pick)], figure.text, (), "figure", pick.score)

