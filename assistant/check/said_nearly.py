"""A figure claim both figure checks leave undecided, supported by a sentence that writes its figure
and nearly all of its words.

The figure check (figures.py) needs the source's own name for its figure (the words before it) to
match the claim's measure, and said_whole.py needs every word of the claim's statement written as
the claim writes it. A journalist's paraphrase of one sentence meets neither: the claim puts the
name after the figure where the source puts it before (某某今年60岁 against 今年60岁的某某), or
changes a verb or two (召开/开, 削减/减掉). Such a claim is supported when one sentence
(with what its article says before it, where the subject is named) writes
- the claim's figure, the same value in the same unit, changing the same way, of the claim's
  period (never another year, span of months or day; a relative year only as the claim writes it);
- nearly all of the claim's words for what is measured and whose, weighed by how rare they are
  (NEAR of their weight), among them the rarest one;
- the claim's places in the sentence, or in its article's header when it names no place, and its
  latin names (型号, 公司) in the sentence when the sentence writes a latin name of its own;
- the figure check's guards of period, standing, instance, stance and basis (all but its match of
  the measure's name), outside a list 分别 gives;
- every other figure of the claim's clause (the 60英寸 of a screen whose chip is claimed), and no
  denial before its figure (a claim denying a figure is the figure check's);
and no sentence as near gives another figure in the claim's unit. It only supports:
a near sentence with another figure may be of another measure, so it refutes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import measure_nature, standing
from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.answer.values import figures_agree
from assistant.check import draft, from_to, series, slots
from assistant.check.action_words import SYNONYMS
from assistant.check.claim_words import opposite, time_reference
from assistant.check.figure_period import other_period
from assistant.check.figures import Outcome, claim_question, claim_scope, same_period, without_figures
from assistant.check.in_force import agreement, passage_before
from assistant.check.measures import contradicts, from_earlier, is_change
from assistant.check.other_year import basis_for_last_year, other_year
from assistant.check.per_unit import per_unit
from assistant.check.said_whole import claim_period, compare_periods, period_of, statement_words
from assistant.check.stances import same_stance
from assistant.check.statements import SUPPORTED
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import places as place_names, quantities
from assistant.text.indicators import CLASSIFIERS, same_basis
from assistant.text.sentences import clause_at, split_clauses

NEAR = 0.8  # the share of the claim's word weight a sentence (and its article before it) must write
MIN_WORDS = 3  # fewer words name too little to tell one measure from another
SUPPORT = 0.9  # below a sentence written whole (said_whole.WHOLE)
# 比某某略高, 比去年多: a comparison is what such a claim states, and a sentence writing its words
# and figure may compare the other way (并无太大差距); the figure check reads comparisons
COMPARED_RE = re.compile(r"比[^，,。；;]{1,20}?(?:高|低|多|少|大|小|快|慢|长|短|强|弱|贵|便宜)")
RESPECTIVELY_RE = re.compile(r"分别|依次")
# 新增30家, 新建2个: the count is of things added, as 增加30家 says
ADDED_RE = re.compile(r"新增|新建|新设|增设|新开|新引进|新培育|新认定")


# each action word -> the words of its groups (action_words.SYNONYMS): looked up per word of a claim for every
# sentence read, instead of scanning every group
_SAME_ACTION: dict[str, frozenset[str]] = {}
for _group in SYNONYMS:
    for _word in _group:
        _SAME_ACTION[_word] = _SAME_ACTION.get(_word, frozenset()) | frozenset(_group)


def coverage(mine: set[str], context: str, idf) -> tuple[float, bool]:
    """(the idf-weighted share of the claim's words the context writes, whether it writes the
    rarest of them)."""
    weight = {w: idf(w) for w in mine}
    total = sum(weight.values())
    if not total:
        return 0.0, False
    rarest = max(weight, key=lambda w: (weight[w], w))
    # a word, or an action of its group written instead (新增 for 新建: action_words.SYNONYMS)
    written = {w for w in mine if w in context or any(o in context for o in _SAME_ACTION.get(w, ()))}
    return sum(v for w, v in weight.items() if w in written) / total, rarest in written


def _of_period(claimed, source) -> bool:
    """Is the source's figure of the claim's period, or of none that differs from it? A relative
    year (今年, 去年) only as the claim writes it; a claim naming a year, months or a day needs them."""
    found = compare_periods(claimed, source)
    if found == "same":
        return True
    if found or claimed.year or claimed.spans or claimed.days:
        return False
    return not source.relative or source.relative == claimed.relative


def _place_in_force(place: str, s) -> bool:
    """Does the sentence speak of the claim's place: naming it, or naming none in an article whose
    header or subject is that place? (A place its article names in passing before the sentence
    may be one item of a city's list, not whose the figure is.)"""
    if place in s.text:
        return True
    return not place_names.places(s.text) and (place in s.chunk.title or place in (s.chunk.subject or ""))


def _latin(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z][A-Za-z0-9-]*", text))


def _names_met(claim: str, places: tuple[str, ...], s) -> bool:
    """The claim's places (`places`, read once per claim) and latin names are the sentence's
    (MI300X is no figure of H100)."""
    if not all(_place_in_force(p, s) for p in places):
        return False
    missing, own = _latin(claim) - _latin(s.text), _latin(s.text) - _latin(claim)
    return not (missing and own)


def _others_written(scope: str, f: quantities.Quantity, text: str) -> bool:
    """Does the sentence write every other figure of the claim's clause, in its unit?"""
    given = [per_unit(text, g) for g in draft.figures(text)]
    return all(any(g.unit == mine.unit and figures_agree(mine, g) for g in given)
               for h in draft.figures(scope) if h.text != f.text for mine in [per_unit(scope, h)])


def _stated(text: str, g: quantities.Quantity) -> str:
    """The source's words for its figure: its clause up to the figure."""
    return text[clause_at(split_clauses(text), g.start, len(text))[0] : g.start]


def _denied(text: str, g: quantities.Quantity) -> bool:
    """Does the source's clause deny its figure before it (我不期待…上升50个基点), even in a modifier?"""
    return slots.negated(_stated(text, g))


def _may_decide(claim: str, f: quantities.Quantity, about, s, g: quantities.Quantity, hits: list[Hit]) -> bool:
    """The figure check's guards but its measure match (figures.figure_candidates): the sentence about
    the claim's subject (in_force.agreement: its product, model, place, session), of the claim's period, standing (plan or review) and instance (第四届 is not 第五届), its figure of
    the claim's stance (a target or what was done), basis (同比), year and period, and neither the
    start nor the end of a change the claim counts. A figure of a list 分别 gives belongs to an item
    (source_indicator's reading), which nearly all the claim's words do not tell. `about` is the claim
    read as its question without its figures (`_about`), the same for every sentence."""
    t = s.text
    if (RESPECTIVELY_RE.search(t) or agreement(about, s, hits) is None or not same_period(about.text, s) or series.other_instance(about.text, t)
            or measure_nature.standing_disagreement(about, t, standing.of_sentence(s)) or basis_for_last_year(about.text, t)):
        return False
    stated = _stated(t, g)
    start, end = from_to.start_of(claim, f), from_to.end_of(claim, f)
    return (same_basis(claim[: f.start], stated) and same_stance(claim, f, t, g, standing.of_sentence(s))
            and not contradicts(claim[: f.start], stated) and not from_earlier(claim, t, g)
            and not from_to.is_start(claim, start, t, g) and not from_to.is_end(claim, end, t, g)
            and not other_year(claim, t, g) and not other_period(claim, f, t, g))


def _about(claim: str, f: quantities.Quantity):
    """The claim read as the question it answers, without its figures (as figures.figure_candidates reads it)."""
    q = claim_question(claim, f)
    return replace(q, text=without_figures(claim, f), places=_places(claim, q.places))


def _places(claim: str, found: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's places but an action word jieba tags a place, right before a count (新建2个…: 新建 is
    also a district's short name; one of action_words' groups, written without a level, it is the act
    there). A county's bare name before a count (东丰2个…) stays a place: it is no action word."""
    counts = [g.start for g in draft.figures(claim) if g.unit in CLASSIFIERS]
    return tuple(p for p in found if not (place_names.level_of(p) == "" and any(p in g for g in SYNONYMS)
                                          and any(claim.endswith(p, 0, at) for at in counts)))


def _change_kind(text: str, g: quantities.Quantity) -> str:
    """How the figure changes: a count of things added (再增加30家, and 新增30家 with no change word)
    is one reading whichever way it is written; else a change (增长5%) or a level (达到30家)."""
    if g.unit in CLASSIFIERS and ((is_change(text, g) and g.change == "增加")
                                  or (not g.change and ADDED_RE.search(_stated(text, g)))):
        return "added"
    return "change" if is_change(text, g) else "level"


def decide(claim: draft.Claim, hits: list[Hit], idf) -> Outcome | None:
    """The supporting outcome of a sentence writing the claim's figure and nearly all its words, or None."""
    text, f = claim.text, claim.figure
    if claim.kind != "figure" or f is None or claim.negated or time_reference(text, f):
        return None
    scope = claim_scope(text, f)
    if COMPARED_RE.search(scope):
        return None
    mine = statement_words(scope, skip=draft.figures(scope))
    if len(mine) < MIN_WORDS:
        return None
    asked, claimed = per_unit(text, f), claim_period(text, f)
    best, rival = None, (0.0, 0.0)
    # read once per claim, not per sentence: analyse (jieba) is the costly part of both
    places, about = _places(scope, analyse(scope).places), _about(text, f)
    kind = _change_kind(text, f)  # the claim's, the same for every sentence's figure
    for s in sentences_of(hits):
        t, before = s.text, passage_before(s, hits)
        share, rarest = coverage(mine, before + t, idf)
        if share < NEAR or not rarest or not _names_met(scope, places, s) or not _others_written(scope, f, t):
            continue
        given = [g for g in draft.figures(t) if per_unit(t, g).unit == asked.unit
                 and _change_kind(t, g) == kind
                 and not opposite(text, f, t, g) and not _denied(t, g) and _of_period(claimed, period_of(t, g))
                 and _may_decide(text, f, about, s, g, hits)]
        if not given:  # neither best nor rival: the sentence's own coverage is not needed
            continue
        # as near with what its article says before it, the sentence writing more of the words itself is nearer
        near = (share, coverage(mine, t, idf)[0])
        if any(figures_agree(asked, per_unit(t, g), text[: f.start], t[: g.start]) for g in given):
            if best is None or near > best[0]:
                best = (near, s)
        else:  # as near a sentence with another figure of the claim's unit: which measure is whose is open
            rival = max(rival, near)
    if best is None or rival >= best[0]:
        return None
    s = best[1]
    return Outcome(SUPPORTED, [make_part(s, s.a, s.b, SUPPORT)], f.text, (), "figure", SUPPORT)
