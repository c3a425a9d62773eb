"""Claims -> supported / refuted / disputed / not_enough_info, with the sentences that decide it.

A claim is read as a draft's sentence is (`draft.claims_of`): one claim per figure it
states, one more for what it says beyond its figures (an event, a ranking, a date, who
said it, who holds a role), each decided on its own (`draft_check.decide`). The claim is
refuted when a part is refuted, disputed when a part is disputed, supported when every part
is supported, otherwise not_enough_info: a source decides only when it speaks of the same
subject, period and measure, never by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.answer.citing import citations_for
from assistant.answer.organisations import organisations
from assistant.answer.values import figures_agree
from assistant.check import bylines, cited_report, draft, frames, list_swap, moved_detail, other_act, paired, reported, same_frame, slots, spoken_by, spoken_figures, statements
from assistant.check.claim_words import LEVEL_VERBS, opposite, time_reference
from assistant.check.in_force import article_of, passage_before
from assistant.check.per_unit import per_unit
from assistant.check.document_lead import DOCUMENT_LEAD_RE, requires  # (service.py reads it here)
from assistant.check.draft_check import DISPUTED, decide
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.query.question import analyse
from assistant.records import Citation, Hit
from assistant.text import quantities, sentences, words
from assistant.text.indicators import COMPARISON_RE


@dataclass(frozen=True)
class Verdict:
    claim: str
    verdict: str
    text: str
    citations: tuple[Citation, ...] = ()
    claimed: tuple[str, ...] = ()  # the figures, ranking, year or speaker the claim states
    sources_say: tuple[str, ...] = ()  # what the sources give instead, when refuted or disputed
    support: float = 0.0
    timings_ms: dict = field(default_factory=dict)


def overall(verdicts: list[str]) -> str:
    for v in (REFUTED, DISPUTED):
        if v in verdicts:
            return v
    return SUPPORTED if verdicts and all(v == SUPPORTED for v in verdicts) else UNKNOWN


# 三成 (three tenths), 一成多: a share written as tenths, read as the percentage it rounds to
TENTHS_RE = re.compile(r"(超过|将近|接近|大约|近|约|超|逾)?(?<![一二两三四五六七八九十\d])([一二两三四五六七八九])成"
                       r"(?=多|左右|以上|以下|[，,。；;、的]|$)")
# 近一成, 超两成: a hedged share of tenths spans the percentages a writer rounds so, a quarter of a tenth below (近)
# or half a tenth above (超, 逾) it; read as 近10% it would be checked to the percent (9% then refutes 近一成). (Lower, upper) bounds in points.
HEDGED_TENTHS = {"近": (-2.5, 0), "约": (-2.5, 2.5), "超": (0, 5), "逾": (0, 5)}
HEDGES = {"超过": "超", "将近": "近", "接近": "近", "大约": "约"}
# 砍掉一半, 一半以上: half, as a figure; not 一半的人 (who, not how much)
HALF_RE = re.compile(r"(?<![一二两三四五六七八九十\d])一半(?!的)")
# 四分之一, 三分之二: a share as a fraction, read as its percentage (not 百分之, the reader's own)
FRACTION_RE = re.compile(r"(?<![一二两三四五六七八九十百\d])([二三四五六七八九十])分之([一二三四五六七八九])")
# 54个小时 is 54小时: a wording the figure reader takes the other way
WORDING = ((re.compile(r"(\d)个小时"), r"\1小时"),)


# 证监会表示，… / 国家统计局认为：… : an organisation's stated view or plan is checked as what it said (the
# sentence saying it), not judged an opinion of the writer's; the organisation must be named in the
# deciding sentence's article, or the claim puts the words in another's mouth
# 气象台预计，… / 机构预测，…: an organisation's forecast is its words, as what it says is
FORECAST = "(?:预计|预测|预报|预估)"
ORG_LEAD_RE = re.compile(r"^(?:据)?([^，,。；;：:“”、\s]{2,12}?)(?:有关负责人|相关负责人|负责人|发言人)?"
                         rf"(?:{slots.SPEECH_RE.pattern}|{FORECAST})[，,：:]")  # the speech verbs the speaker slot reads
ORG_FLAGS = ("nt", "j")  # jieba's organisation names and abbreviations (国务院, 证监会)


def organisation_lead(claim: str) -> tuple[str, str]:
    """(the organisation the claim quotes, the claim without that lead), or ('', claim). A
    person (孙某某表示) stays the speaker slot's (slots.split_speaker)."""
    m = ORG_LEAD_RE.match(claim)
    if not m:
        return "", claim
    head = m.group(1)
    tagged = words.tagged(head)
    org = organisations(head + "表示") == (head,) or (len(tagged) == 1 and tagged[0][1] in ORG_FLAGS)
    return (head, claim[m.end() :]) if org else ("", claim)


def _said_for(org: str, s) -> bool:
    """Is the sentence said by no person, or by one speaking for the organisation (证监会主席某某表示)?"""
    said_by = slots.source_speaker(s.chunk.text, s.a, s.chunk.title)
    return not said_by or org in said_by or slots.speaks_for(org, said_by, s.chunk.text[: s.b])


def said_when(claim: draft.Claim, decided: list) -> bool:
    """Is the claim's figure a time reference (两年后) that a sentence deciding another
    figure of the claim writes too? Then it is the setting of that fact, not a fact of its own."""
    when = time_reference(claim.text, claim.figure) if claim.figure else ""
    return bool(when) and any(when in p.sentence.text for o in decided for p in o.parts)


def said_by_figures(claim: draft.Claim, outcome, decided: list, hits: list[Hit]) -> bool:
    """Is an undecided event part (涉事镇的驾驶员多次违规使用公车加油卡) no more than the sentence
    that supports the claim's figures says: each of its actions, names and places is in that
    sentence or in its article before it, and it states no ranking, year, date or negation of
    its own (those are slots to compare, statements.py)?"""
    text = claim.text
    if claim.kind != "statement" or outcome.verdict != UNKNOWN or not decided:
        return False
    if slots.years(text) or slots.dates(text) or slots.negated(text) or slots.ordinals(text):
        return False
    places = analyse(text).places
    verbs, names = statements.required(text, places)
    for o in decided:
        for p in o.parts if o.verdict == SUPPORTED and o.decided_by == "figure" else ():
            context = passage_before(p.sentence, hits) + p.sentence.text
            if (all(statements.has_action(v, context) for v in verbs) and all(n in context for n in names)
                    and all(place in context for place in places)):
                return True
    return False


def written_beside(claim: draft.Claim, outcome, others: list):
    """An undecided figure of a claim (整车重量为164kg, beside 座高780mm) that the sentence
    supporting another of its figures writes too (其重量仅为164kg，座高780mm), allowing for rounding
    and hedges and changing the same way: that sentence states both, so it supports this one as
    well. `others`: the claim's (claim, outcome) pairs. The supporting outcome, or None. (A figure
    the sentence does not write stays undecided.)"""
    f = claim.figure
    if claim.kind != "figure" or outcome.verdict != UNKNOWN or f is None or claim.negated:
        return None
    mine = per_unit(claim.text, f)
    for c, o in others:
        if o.verdict != SUPPORTED or o.decided_by != "figure" or c.figure is None or c.figure.text == f.text:
            continue
        text, theirs = o.parts[0].sentence.text, per_unit(c.text, c.figure)
        for g in draft.figures(text):
            found = per_unit(text, g)
            if (found.unit == mine.unit and not (found.unit == theirs.unit and figures_agree(theirs, found))
                    and figures_agree(mine, found, claim.text[: f.start], text[: g.start])
                    and not opposite(claim.text, f, text, g) and not _unnamed(_lead_of(text, g), claim.text)):
                return o
    return None


def _lead_of(text: str, g: quantities.Quantity) -> str:
    """The words right before a source's figure, back to the figure, enumeration comma or clause
    mark before it (瞒报事故40起、死亡矿工43人: 死亡矿工 is what 43人 counts)."""
    start = max([0] + [m.end() for m in re.finditer(r"[，,；;。、：:]", text[: g.start])]
                + [x.end for x in draft.figures(text) if x.end <= g.start])
    return text[start : g.start]


def _unnamed(lead: str, claim: str) -> bool:
    """Does the source name its figure with a noun or verb the claim does not write (死亡矿工43人
    for the claim's 受伤矿工四十三人)? Then it counts another thing."""
    return any(len(w) >= 2 and flag.startswith(("n", "v")) and w not in claim and w not in LEVEL_VERBS
               and w not in quantities.CHANGE_WORDS for w, flag in words.tagged(COMPARISON_RE.sub("", lead)))


def _pairs_once(says: list[str], states: list[str]) -> tuple[list[str], list[str]]:
    """What the sources say and what the claim states, a pair two parts share (one year of both) named once."""
    if len(says) != len(states):
        return says, states
    pairs = list(dict.fromkeys(zip(says, states)))
    return [a for a, _ in pairs], [b for _, b in pairs]


def read_as_figures(claim: str) -> str:
    """The claim with its figures written as the figure reader (text/quantities) reads them."""
    return _read(claim)[0]


def _read(claim: str, fractions: bool = False) -> tuple[str, dict[str, str]]:
    """(the claim as the figure reader reads it, each figure so written -> as the claim wrote it)."""
    said: dict[str, str] = {}

    def tenths(m: re.Match) -> str:
        value = 10 * (2 if m.group(2) == "两" else int(quantities.chinese_to_number(m.group(2)) or 0))
        hedge, more = m.group(1), claim.startswith("多", m.end())
        if hedge and not more:
            low, high = HEDGED_TENTHS[HEDGES.get(hedge, hedge)]
            # one decimal: 9.6% is no rounding of 10.0%-15.0% (it would be of 10%-15%)
            out = f"{value + low:.1f}%-{value + high:.1f}%"
            said[out] = m.group(0)
            return out
        return f"{hedge or ''}{'' if hedge or more else '约'}{value}%"

    def half(m: re.Match) -> str:
        said["50%"] = m.group(0)
        return "50%"

    def fraction(m: re.Match) -> str:
        share = 100 * quantities.chinese_to_number(m.group(2)) / quantities.chinese_to_number(m.group(1))
        percent = f"{share:.1f}".rstrip("0").rstrip(".") + "%"
        said[percent] = m.group(0)
        return percent

    out = HALF_RE.sub(half, TENTHS_RE.sub(tenths, DOCUMENT_LEAD_RE.sub("", claim)))
    out = FRACTION_RE.sub(fraction, out) if fractions else out
    for pattern, repl in WORDING:
        out = pattern.sub(repl, out)
    return out, said


def check(claim: str, hits: list[Hit], idf, threshold: float, timings: dict | None = None, retrieve=None, embed=None,
          ask=None) -> Verdict:
    """The verdict on a (validated) claim from its passages (`retrieve(text) -> hits`: spoken_by.py; `embed`: other_act.py; `ask`: answered.py)."""
    found = _check(claim, hits, idf, threshold, timings, ask=ask)
    if found.verdict == UNKNOWN and FRACTION_RE.search(claim):
        # the figure reader reads no fraction (三分之一) in a source either: only when the claim as written is undecided
        found = _check(claim, hits, idf, threshold, timings, fractions=True, ask=ask)
    if found.verdict == UNKNOWN and retrieve is not None:  # another's words put in the mouth of the person it quotes
        found = spoken_by.refute(claim, hits, retrieve, lambda t, h: _check(t, h, idf, threshold, timings)) or found
    if found.verdict == UNKNOWN:  # a topic or purpose it opens with, or two facts it joins (frames.py)
        found = _reframed(claim, hits, idf, threshold, timings, retrieve) or found
    return other_act.veto(found, embed) if embed is not None else found


def _reframed(claim: str, hits: list[Hit], idf, threshold: float, timings, retrieve) -> Verdict | None:
    """The verdict on the claim read without its frame, or fact by fact (frames.py); None when undecided."""
    def again(text: str) -> Verdict:
        found = hits if retrieve is None else retrieve(DOCUMENT_LEAD_RE.sub("", text) or text)
        return check(text, found, idf, threshold, timings, retrieve)

    return frames.reframed(claim, again, overall)


def _check(claim: str, hits: list[Hit], idf, threshold: float, timings: dict | None, fractions: bool = False, ask=None) -> Verdict:
    read, said = _read(claim, fractions)
    reporter, read = reported.lead(read)  # 据本报记者某某报道，…: checked without it, decided only in his articles
    org, read = organisation_lead(read)
    planned = draft.claims_of(read, 0, len(read))
    quoted = bool(DOCUMENT_LEAD_RE.match(claim))  # 报告提出，…: the document's words as written
    # what it said, however plainly put (影响有限, 要巩固…成效): an organisation's or the document's
    # words are a fact of what was said, though they name no one
    if (org or quoted) and not planned and len(read) >= 8:
        planned = [draft.Claim(read, "statement", 0, len(read), None, slots.negated(read), read)]
    outcomes = [decide(c, hits, idf, threshold, quoted, requires(claim), ask) for c in planned]
    pairs = list(zip(planned, outcomes))
    outcomes = [replace(o, verdict=SUPPORTED, decided_by="figure", support=beside.support)  # its sentence is quoted once
                if (beside := written_beside(c, o, pairs)) else o for c, o in pairs]
    outcomes = [moved_detail.place_swapped(c, o, idf) or o for c, o in zip(planned, outcomes)]
    outcomes = [paired.decide(c, o) for c, o in zip(planned, outcomes)]  # 5个10亿元以上项目: counted together
    pairs = list(zip(planned, outcomes))
    # who said it, when it said only figures: decided on the sentences of its figures (spoken_figures.py)
    outcomes = [replace(o, verdict=SUPPORTED, decided_by="speaker", claimed=slots.split_speaker(c.text)[0])
                if spoken_figures.decide(c, o, pairs) else o for c, o in pairs]
    # beside a figure, a name says whose figure it is: a source giving it of another (山东鄄城 for the claim's
    # 台湾鄄城) says nothing of the claim's; only an act's place or person, one event, is refuted by another's
    # (or a figure its sentence supports, the place swapped where the claim's subject acts: moved_detail.py)
    if any(c.kind == "figure" for c in planned):
        outcomes = [replace(o, verdict=UNKNOWN) if o.decided_by == "name" and c.kind != "figure" else o
                    for c, o in zip(planned, outcomes)]
    if overall([o.verdict for o in outcomes]) == UNKNOWN:  # a detail of its sentence moved: put the source's back
        outcomes = [moved_detail.refute(c, o, hits, idf, lambda part, hs: decide(part, hs, idf, threshold, quoted)) or o
                    for c, o in zip(planned, outcomes)]
    decided = [o for o in outcomes if o.verdict != UNKNOWN]
    outcomes = [o for c, o in zip(planned, outcomes) if o.verdict != UNKNOWN
                or not (said_when(c, decided) or said_by_figures(c, o, decided, hits))]
    final = overall([o.verdict for o in outcomes])
    parts = [p for o in outcomes if o.verdict != UNKNOWN for p in o.parts]
    # a code its sentence writes otherwise (“12345+…” for the claim's “12315+…”: same_frame.py), or, left
    # open, a common term a sentence puts in the claim's own frame or in its closed list (list_swap.py; not of a
    # claim with a figure: a name or measure beside a figure says whose figure it is, the figure reader's; a claim citing
    # a document, its list closed with 等 as the source's is), or a claim of who wrote a piece, decided by its byline
    framed = not any(c.kind == "figure" for c in planned)
    swapped = (same_frame.refute(read, hits, [p.sentence for p in parts], codes_only=True) if final == SUPPORTED
               else list_swap.framed(read, hits, bool(reporter or quoted), framed) or bylines.decide(read, hits) if final == UNKNOWN else None)
    if swapped:
        outcomes, final, parts = [swapped], swapped.verdict, list(swapped.parts)
    chunks = [h.chunk for h in hits]
    attributed = cited_report.others_words(claim, reporter, parts, hits, lambda hs: _check(
        claim, hs, idf, threshold, None).verdict) if final == SUPPORTED else None  # read again on the other passages
    if org and final != UNKNOWN and not any(org in article_of(p.sentence, chunks) and _said_for(org, p.sentence)
                                            for p in parts):
        final = UNKNOWN  # no deciding sentence's article names who the claim says said it, or a person said it
    if reporter and final != UNKNOWN and not all(reported.credited(reporter, article_of(p.sentence, chunks))
                                                 for p in parts):
        final = UNKNOWN  # a deciding sentence's article credits no one the claim says reported it
    sources_say = [s for o in outcomes for s in o.sources_say]
    claimed = [said.get(o.claimed, o.claimed) for o in outcomes if o.claimed]
    contested = [said.get(o.claimed, o.claimed) for o in outcomes if o.claimed and o.verdict in (REFUTED, DISPUTED)]
    if attributed:  # another's words, put in the report's or the reporter's mouth (cited_report.py)
        final, sources_say, contested = REFUTED, [attributed[0]], [attributed[1]]
    cites, nums = citations_for(parts) if final != UNKNOWN else ([], [])
    # one sentence deciding two parts of the claim (its figure, its year) is quoted once; a listed item with its list
    quoted = "；".join(dict.fromkeys(f"{p.sentence.chunk.text[slice(*sentences.with_its_list(p.sentence.chunk.text, p.a, p.b))]} [{n}]" for p, n in zip(parts, nums)))
    if final == SUPPORTED:
        text = f"成立 supported：{quoted}"
    elif final == REFUTED:
        says, states = _pairs_once(sources_say, contested)
        text = f"不成立 refuted：资料称 {quoted}（资料中为 {'、'.join(says)}，而说法为 {'、'.join(states)}）"
    elif final == DISPUTED:
        text = f"资料说法不一 disputed：{quoted}（资料中另有 {'、'.join(sources_say)}）"
    elif not outcomes:
        text = "无法核实 not enough info：这不是可以核实的事实陈述（观点或铺垫）。"
    else:
        text = "无法核实 not enough info：资料中没有关于同一主体、时间和指标的说法。"
    return Verdict(claim, final, text, tuple(cites), tuple(claimed), tuple(sources_say),
                   round(max((o.support for o in outcomes), default=0.0), 4), timings or {})
