"""A claim naming a closed list with one member put in another's place: 用好的是甲博览会和乙大会 against
the source's 用好丙博览会、乙大会等平台, 办在了上海和北京 against 举办天津、北京…推介会.

The claim names as many members as the source's list, all but one written as the source writes them,
and its list is what its clause says, closing it (no 等 or more words after it, no 包括 before it): the
source's own member is the one the claim leaves out. A claim whose list ends in 等 (用好甲、丁等平台) names
some of many, and one whose list is followed by the thing it concerns (深化同甲、丁的合作) or that opens
with 包括 may name a member the source leaves out: they stay open. A claim's
member another retrieved sentence writes beside the shared ones decides nothing either.

A claim citing the document (报告提出，…, 据某某报道，…) says what it writes: a list it closes with 等 and
the same words after it as the source's (甲、丁等9家医院 against 甲、乙等9家医院) is the
document's list as written, the members it names the ones the document names; its figure must be in
those shared words. A claim citing nothing keeps its 等 list open.
"""

from __future__ import annotations

import re

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import same_frame
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED
from assistant.records import Hit
from assistant.text import places, quantities, words

JOINERS = ("、", "和", "与", "及", "以及")
WITH = ("和", "与", "及", "以及")  # before a 、 of the same list (甲与乙、丙): with whom, not the list's last joiner
# jieba's tags of a member's words: nouns, names, abbreviations, places; a dash inside a name (中国—东盟)
ITEM_FLAGS = ("n", "j", "s", "eng")
INNER_MARKS = ("—", "-", "·")
CLAUSE_END_RE = re.compile(r"[，,。；;！!？?]")
OPEN_BEFORE_RE = re.compile(r"(?:包括|包含|涵盖|如|像|比如|例如)$")
SHARED = 2  # pairs of characters the claim and the sentence both write outside the lists
TAIL = 3  # characters from 等 on that a cited claim's list and the sentence's write alike (等平台, 等15所)
HAN_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def lists(text: str) -> list[tuple[list[str], int, int]]:
    """The lists of members the text names (two or more runs of noun words joined by 、和与及), each
    with where it starts and ends."""
    out, items, run, at, start, joined, run_at, by = [], [], "", 0, 0, False, 0, ""
    for word, flag in words.tagged(text) + (("", "x"),):
        # a set phrase goes on a name begun (华南|理工大学 is one body)
        member = bool(word) and (flag.startswith(ITEM_FLAGS) or (run and (word in INNER_MARKS or flag == "l")))
        if member:
            if not run:
                run_at = at
                if not joined:
                    items, start = [], at
            run += word
        elif word in JOINERS and run:
            if word == "、" and by in WITH:  # 企业与甲、乙: 与 says with whom, the list is what follows it
                items, start = [], run_at
            items, run, joined, by = items + [run], "", True, word
        else:
            if run:
                items, run = items + [run], ""
            if joined and len(items) >= 2:
                out.append((items, start, at))
            items, joined, by = [], False, ""
        at += len(word)
    return out


def _closed(text: str, start: int, end: int) -> bool:
    """Does the text name its list as the whole: ending its clause, what the clause says (放在了甲和乙。,
    点名的是甲和乙。), no 包括 before it? A list before more words (同甲、乙的合作, 甲、乙两市的, 甲、乙等平台)
    names whom a thing concerns, and the claim may name one the source leaves out."""
    return (end == len(text) or bool(CLAUSE_END_RE.match(text[end:]))) and not OPEN_BEFORE_RE.search(text[:start])


def _same_tail(claim: str, end: int, sentence: str, their_end: int) -> str:
    """The words after both lists, from their 等 on, that the claim writes as the sentence does (等9家医院
    of both), '' when they differ within TAIL characters: the same list written out the same way."""
    mine, theirs = claim[end:], sentence[their_end:]
    n = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
    return mine[:n] if mine.startswith("等") and n >= TAIL else ""


def swapped(claim: str, sentence: str, cited: bool = False) -> tuple[str, str]:
    """(the claim's member, the sentence's) when the claim's closed list is the sentence's list with
    one member put in another's place, the others written alike; ('', '') otherwise. `cited`: the claim
    says what a document or report writes (报告提出，…, 据某某报道，…), so a list it closes with 等 as the
    sentence does (甲、乙等15所院所 against 甲、丙等15所院所) is the document's list as written, its named
    members the ones the document names; a figure of the claim must be in those shared words."""
    theirs_lists = lists(sentence)
    for mine, start, end in lists(claim):
        closed = _closed(claim, start, end)
        if len(set(mine)) != len(mine) or not (closed or cited):
            continue
        for theirs, _, their_end in theirs_lists:
            tail = claim[end:] if closed else _same_tail(claim, end, sentence, their_end)
            if len(theirs) != len(mine) or not (closed or tail) or not _figures_in(claim, end, tail):
                continue
            left, right = [m for m in mine if m not in theirs], [t for t in theirs if t not in mine]
            if len(left) != 1 or len(right) != 1 or left[0] in sentence or right[0] in claim:
                continue
            if _abbreviates(left[0], right[0]):
                continue
            if _place(left[0]) == _place(right[0]) and _frame(claim, sentence, mine + theirs):
                return left[0], right[0]
    return "", ""


def _figures_in(claim: str, end: int, tail: str) -> bool:
    """Is every figure of the claim written in the words after its list that it shares with the source?"""
    return all(end <= f.start and f.end <= end + len(tail) for f in quantities.find_quantities(claim) if f.unit)


def _abbreviates(one: str, other: str) -> bool:
    """Is one member the other put shorter (新能源车 for 新能源汽车): every character of the shorter in
    the longer? The same member, written another way."""
    shorter, longer = sorted((one, other), key=len)
    return set(shorter) <= set(longer)


def _place(member: str) -> bool:
    """Is the member a place's name as a whole (天津, not 东北亚博览会)? A place is put only for a place."""
    return member in places.places(member)


def _frame(claim: str, sentence: str, members: list[str]) -> bool:
    """Do the claim and the sentence write SHARED pairs of characters besides the lists' members (用好,
    平台; 举办 is no 办, 推介会)? A list alone may be any sentence's."""
    def pairs(text: str) -> set[str]:
        for m in sorted(members, key=len, reverse=True):
            text = text.replace(m, "|")
        return {text[i : i + 2] for i in range(len(text) - 1) if HAN_RE.fullmatch(text[i : i + 2])}
    return len(pairs(claim) & pairs(sentence)) >= SHARED


def refute(claim: str, hits: list[Hit], cited: bool = False) -> Outcome | None:
    """The refuting outcome of the first sentence naming the claim's closed list with another member,
    None when there is none or a retrieved sentence writes the claim's member with the shared ones."""
    pool = sentences_of(hits)
    names = None
    for s in pool:
        mine, theirs = swapped(claim, s.text, cited)
        if not mine:
            continue
        names = same_frame._names(claim) if names is None else names
        if not same_frame._rest_agrees([n for n in names if n != mine], mine, s, hits):
            continue
        shared = next(m for m, _, _ in lists(claim) if mine in m)
        if any(mine in o.text and all(m in o.text for m in shared) for o in pool):
            return None
        return Outcome(REFUTED, [make_part(s, s.a, s.b, 1.0)], mine, (theirs,), "term", 1.0)
    return None


def framed(claim: str, hits: list[Hit], cited: bool = False, plain: bool = True) -> Outcome | None:
    """An open claim refuted by a term put in its frame (same_frame.py), else by a member of its list
    (`cited`: it says what a document writes, so a list it closes with 等 as the source does is read too;
    `plain`: it states no figure, and the frame and closed lists are read)."""
    found = plain and (same_frame.refute(claim, hits) or refute(claim, hits))
    return found or (refute(claim, hits, cited=True) if cited else None)
