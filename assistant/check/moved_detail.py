"""A claim that is a source's sentence with one detail moved: another partner, another year, another place.

甲县要推动乙园与某公司合作 against the source's 推动乙园与某集团合作; 2025年力争引进10个项目 against
2024年力争引进10个项目. The claim's wording may be the writer's own (牵手 for 与…合作, 争取 for 力争), so
no frame of characters around the detail tells its slot (swapped.py and slot_fill.py read those).
Instead the detail is put back: when a part of the claim is undecided, and a candidate sentence does
not write one of the claim's details (a named party, a place it does not open its clause with, a
year) but writes one of the same kind the claim does not, the part is read again with the source's
detail in its place, against that sentence's passage only. When that reading is supported, the
sentence says all the claim says but with its own detail in the slot: the claim is refuted, and the
answer quotes the source's detail. A source silent on the slot writes no such detail, and the claim
stays undecided; a detail named another way (an abbreviation, a county and its seat) is no other.
A place or party opening its clause is the subject (甲县计划… against 乙县计划…): another's plan
says nothing of the claim's subject, and is left undecided.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import measure_nature, standing
from assistant.answer.extractive import make_part
from assistant.answer.evidence import score_sentences, sentence_years, sentences_of
from assistant.answer.organisations import abbreviates, organisations
from assistant.check import draft, statements
from assistant.check.figures import Outcome
from assistant.check.in_force import passage_before
from assistant.check.measures import abbreviated_span
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.query.question import analyse
from assistant.text import adcodes, places, words

YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)年")
# a person, an organisation, a Latin name (a brand, a model), an organisation's short form; jieba's nz is
# left out: it tags common verbs so (力争), and one put for another would read a paraphrase as a swap
NAME_FLAGS = ("nr", "nt", "eng", "j")
# 与某公司合作, 同某集团签约, 牵手某品牌: the partner an act is done with, a party's slot whatever its name
PARTNER_BEFORE_RE = re.compile(r"(?:与|同|跟)([^，,。；;：:、与和同及的\s]{2,12}?)(?:开展|进行|建立|达成|深化)?(?:战略)?"
                               r"(?:合作|签约|签署|共建|合资|联手|携手)")
PARTNER_AFTER_RE = re.compile(r"(?:牵手|携手|联手)([^，,。；;：:、与和同及的\s]{2,12})")
PARTNER_FLAGS = ("n", "m", "q", "eng", "j")  # the words a partner's name is cut into (白云|食品, 青禾|乳业)
CANDIDATES = 4  # the best-scored sentences a detail is put back from
MAX_READINGS = 6  # readings tried per part: each is a check of its own
CLAUSE_MARKS = "，,；;：:。"
FRAME = 2  # characters on one side of a name or place that the sentence writes as the claim does
LIST_JOINERS = tuple("、和及与")
ENDS = ("",) + tuple(CLAUSE_MARKS + "！!？?")  # a clause's end: nothing more of it on that side


def details(text: str) -> list[tuple[str, str]]:
    """(detail, kind) of text: each year ('year'), place ('place:<level>') and proper name ('name'), once."""
    out: dict[str, str] = {}
    for m in YEAR_RE.finditer(text):
        out.setdefault(m.group(0), "year")
    for p in places.places(text):
        out.setdefault(p, "place:" + (places.level_of(p) or places.known_level(p) or "?"))
    for name in partners(text):  # an organisation in a partner's slot is read as the partner
        if name not in out:
            out[name] = "partner"
    for name in organisations(text):
        if name not in out and not any(name in d or d in name for d in out):
            out[name] = "name"
    for w, flag in words.tagged(text):
        if (len(w) >= 2 and flag.startswith(NAME_FLAGS) and not places.places(w)
                and not any(w in d or d in w for d in out)):
            out[w] = "person" if flag.startswith("nr") else "name"
    return list(out.items())


def partners(text: str) -> list[str]:
    """The parties an act is done with (与X合作, 牵手X): a run of nouns and numbers, however jieba cuts the name."""
    out = [m.group(1) for m in PARTNER_BEFORE_RE.finditer(text)]
    for m in PARTNER_AFTER_RE.finditer(text):
        run = ""
        for w, flag in words.tagged(m.group(1)):
            if not flag.startswith(PARTNER_FLAGS + ("ns",)):
                break
            run += w
        out += [run] if len(run) >= 2 else []
    return [p for p in out if not places.places(p) or places.places(p) != (p,)]


def _opens_clause(text: str, detail: str) -> bool:
    """Is the detail the subject of its clause: only names or nothing before it in the clause?"""
    at = text.find(detail)
    start = max(text.rfind(c, 0, at) for c in CLAUSE_MARKS) + 1
    before = text[start:at]
    return not any(flag[0] in "vpn" and not flag.startswith(NAME_FLAGS + ("ns",)) for _, flag in words.tagged(before)
                   ) if before else True


def _framed(mine: str, text: str, theirs: str, s_text: str) -> bool:
    """Does the sentence write its detail where the claim writes its own: the two characters right before
    it and right after it (a 的 passed over) alike, or a clause's end on that side in both (完善甲县某园 /
    完善乙县某园; 发挥甲地展厅 is no slot of 发挥乙地林业展厅)? A partner's slot is its pattern's."""
    at, there = text.find(mine), s_text.find(theirs)
    sides = ((text[max(0, at - FRAME) : at][::-1], s_text[max(0, there - FRAME) : there][::-1]),
             (text[at + len(mine) :].lstrip("的")[:FRAME], s_text[there + len(theirs) :].lstrip("的")[:FRAME]))
    return all((a == b and len(a) == FRAME) or (a[:1] in ENDS and b[:1] in ENDS) for a, b in sides)


def _same_standing(text: str, s) -> bool:
    """Do the claim and the sentence speak alike of a plan or of what was done: the claim with a word of
    aim (要, 力争, 目标), the sentence in a plan or with an aim of its own (确保, 力争)?"""
    plan = standing.of_sentence(s) == standing.PLAN or bool(measure_nature.AIM.search(s.text))
    return plan == bool(measure_nature.FORWARD.search(text))


def _listed(detail: str, text: str) -> bool:
    """Is the detail named in a list (甲地、乙地): the source's list need not be all there is."""
    at = text.find(detail)
    return text[at - 1 : at] in LIST_JOINERS and at > 0 or text[at + len(detail) : at + len(detail) + 1] in LIST_JOINERS


def _same(mine: str, theirs: str, kind: str) -> bool:
    """Do two details name one thing (a short form, a county and its seat, one inside the other)?"""
    if mine in theirs or theirs in mine or abbreviated_span(mine, theirs) or abbreviated_span(theirs, mine):
        return True
    if kind == "name":
        return abbreviates(mine, theirs) or abbreviates(theirs, mine)
    if kind.startswith("place"):
        return (places.stem(mine) == places.stem(theirs) or adcodes.within(mine, theirs)
                or adcodes.within(theirs, mine))
    return False


def _present(detail: str, kind: str, s) -> bool:
    """Does the sentence (or, for a place, its heading and its article's subject) write the detail?"""
    if detail in s.text:
        return True
    if kind == "year":
        return detail[:4] in sentence_years(s)
    if kind.startswith("place"):
        key = places.stem(detail)
        return key in s.text or key in s.chunk.subject or key in s.chunk.title or key in s.context
    return False


def _figure_clause(text: str, figure) -> str:
    """The clause of the text holding its figure ('' without one)."""
    if figure is None:
        return ""
    start = max(text.rfind(c, 0, figure.start) for c in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, figure.end) for c in CLAUSE_MARKS) if i >= 0]
    return text[start : min(ends, default=len(text))]


def _readings(text: str, s, figure=None) -> list[tuple[str, str, str]]:
    """(the claim's detail, the sentence's, the part with the sentence's put in) for each detail the
    sentence does not write and one of the same kind it writes that the part does not. A name or place in
    the clause of the part's figure says whose figure it is (最大雨强出现在甲地，为86毫米): a source giving it
    of another says nothing of the claim's, and it is not read so (its year is the figure's slot)."""
    own = _figure_clause(text, figure)
    mine = [(d, k) for d, k in details(text) if not _present(d, k, s)
            and (k == "year" or not (_opens_clause(text, d) or (own and d in own)))]
    if not mine:
        return []
    theirs = details(s.text)
    if any(k == "year" for _, k in mine):  # the year in force where the sentence stands (2023年，…；全区…)
        theirs += [(y + "年", "year") for y in sorted(sentence_years(s)) if y + "年" not in s.text]
    out = []
    for d, kind in mine:
        for t, other in theirs:
            if other != kind or t in text or _same(d, t, kind):
                continue
            if kind == "year" and not _same_standing(text, s):
                continue  # 甲县2023年增长了30% against a plan's 确保增长30% for 2024: a result is no plan's year
            if kind not in ("year", "partner") and (not _framed(d, text, t, s.text) or _listed(t, s.text)
                                                    or _listed(d, text)):
                continue
            out.append((d, t, text.replace(d, t)))
    return out


def _part(text: str, claim: draft.Claim) -> draft.Claim | None:
    """The part of the re-read text that stands for the claim's part: same kind, same figure (a part
    without a figure is the text itself: a document's words are checked whole, claims._check)."""
    if claim.figure is None:
        return replace(claim, text=text, end=claim.start + len(text), query=text)
    return next((c for c in draft.claims_of(text, 0, len(text))
                 if c.kind == claim.kind and c.figure is not None and c.figure.text == claim.figure.text), None)


def _missing_scope(text: str, sentence: str, named: str) -> bool:
    """Does the claim name a scope (海外, 境内: jieba's place words) that the sentence and its context do not?"""
    return any(flag == "s" and len(w) >= 2 and w not in sentence and w not in named for w, flag in words.tagged(text))


def _within(x, s) -> bool:
    """Is sentence x the sentence s or a clause of it?"""
    return x.chunk.source == s.chunk.source and x.chunk.text == s.chunk.text and x.a < s.b and s.a < x.b


def refute(claim: draft.Claim, outcome: Outcome, hits, idf, decide) -> Outcome | None:
    """A refutation of an undecided part by a sentence that says it with another detail in its slot;
    None otherwise. `decide(part, hits) -> Outcome` reads a part against passages."""
    if outcome.verdict != UNKNOWN or claim.negated or not hits:
        return None
    q = analyse(claim.text)
    q.kind = "generic"
    tried = 0
    for sc in score_sentences(q, sentences_of(hits), idf)[:CANDIDATES]:
        s = sc.sentence
        if measure_nature.standing_disagreement(q, s.text, standing.of_sentence(s)):
            continue  # a plan's sentence for what was done (or the other way): no slot of the claim's
        for mine, theirs, text in _readings(claim.text, s, claim.figure):
            if tried >= MAX_READINGS:
                return None
            part = _part(text, claim)
            if part is None:
                continue
            named = f"{s.context} {passage_before(s, hits)}"
            if statements.missing_thing(text, analyse(text), s.text, named) or _missing_scope(text, s.text, named):
                continue  # a thing the claim names that the sentence does not (海外营收 for its 营收): not its sentence
            tried += 1
            found = decide(part, [hits[s.hit_rank]])
            if found.verdict != SUPPORTED or not found.parts:
                continue
            if not all(_within(p.sentence, s) for p in found.parts):
                continue  # supported by another sentence of the passage: not the one the detail was put back from
            return Outcome(REFUTED, list(found.parts), mine, (theirs,), "moved", found.support)
    return None


def place_swapped(claim: draft.Claim, outcome, idf):
    """A figure its sentence supports, in a claim naming another place where that sentence names
    its own (推动甲县坚果产业园与某公司合作建设2条产线 against the source's 推动乙县坚果产业园…: the figure
    agrees, the place does not). The sentence read as for a claim without a figure
    (statements.check_statement) refutes it by the place or a member's place; None otherwise."""
    if claim.kind != "figure" or outcome.verdict != SUPPORTED or not outcome.parts:
        return None
    s = outcome.parts[0].sentence
    found = statements.check_statement(claim.text, [s], idf)
    if found.verdict != REFUTED or found.slot not in ("place", "member", "name"):  # name: swapped.named_swaps
        return None
    return Outcome(REFUTED, [make_part(s, s.a, s.b, found.support)], found.claimed, (found.sources_say,), found.slot,
                   found.support)
