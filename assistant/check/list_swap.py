"""A claim naming a closed list with one member put in another's place: 用好的是甲博览会和乙大会 against
the source's 用好丙博览会、乙大会等平台, 办在了上海和北京 against 举办天津、北京…推介会.

The claim names as many members as the source's list, all but one written as the source writes them,
and its list is what its clause says, closing it (no 等 or more words after it, no 包括 before it): the
source's own member is the one the claim leaves out. A claim whose list ends in 等 (用好甲、丁等平台) names
some of many, and one whose list is followed by the thing it concerns (深化同甲、丁的合作) or that opens
with 包括 may name a member the source leaves out: they stay open. A claim's
member another retrieved sentence writes beside the shared ones decides nothing either.
"""

from __future__ import annotations

import re

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import same_frame
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED
from assistant.records import Hit
from assistant.text import places, words

JOINERS = ("、", "和", "与", "及", "以及")
# jieba's tags of a member's words: nouns, names, abbreviations, places; a dash inside a name (中国—东盟)
ITEM_FLAGS = ("n", "j", "s", "eng")
INNER_MARKS = ("—", "-", "·")
CLAUSE_END_RE = re.compile(r"[，,。；;！!？?]")
OPEN_BEFORE_RE = re.compile(r"(?:包括|包含|涵盖|如|像|比如|例如)$")
SHARED = 2  # pairs of characters the claim and the sentence both write outside the lists
HAN_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def lists(text: str) -> list[tuple[list[str], int, int]]:
    """The lists of members the text names (two or more runs of noun words joined by 、和与及), each
    with where it starts and ends."""
    out, items, run, at, start, joined = [], [], "", 0, 0, False
    for word, flag in words.tagged(text) + (("", "x"),):
        member = bool(word) and (flag.startswith(ITEM_FLAGS) or (run and word in INNER_MARKS))
        if member:
            if not run and not joined:
                items, start = [], at
            run += word
        elif word in JOINERS and run:
            items, run, joined = items + [run], "", True
        else:
            if run:
                items, run = items + [run], ""
            if joined and len(items) >= 2:
                out.append((items, start, at))
            items, joined = [], False
        at += len(word)
    return out


def _closed(text: str, start: int, end: int) -> bool:
    """Does the text name its list as the whole: ending its clause, what the clause says (放在了甲和乙。,
    点名的是甲和乙。), no 包括 before it? A list before more words (同甲、乙的合作, 甲、乙两市的, 甲、乙等平台)
    names whom a thing concerns, and the claim may name one the source leaves out."""
    return (end == len(text) or bool(CLAUSE_END_RE.match(text[end:]))) and not OPEN_BEFORE_RE.search(text[:start])


def swapped(claim: str, sentence: str) -> tuple[str, str]:
    """(the claim's member, the sentence's) when the claim's closed list is the sentence's list with
    one member put in another's place, the others written alike; ('', '') otherwise."""
    theirs_lists = lists(sentence)
    for mine, start, end in lists(claim):
        if not _closed(claim, start, end) or len(set(mine)) != len(mine):
            continue
        for theirs, _, _ in theirs_lists:
            if len(theirs) != len(mine):
                continue
            left, right = [m for m in mine if m not in theirs], [t for t in theirs if t not in mine]
            if len(left) != 1 or len(right) != 1 or left[0] in sentence or right[0] in claim:
                continue
            if _abbreviates(left[0], right[0]):
                continue
            if _place(left[0]) == _place(right[0]) and _frame(claim, sentence, mine + theirs):
                return left[0], right[0]
    return "", ""


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


def refute(claim: str, hits: list[Hit]) -> Outcome | None:
    """The refuting outcome of the first sentence naming the claim's closed list with another member,
    None when there is none or a retrieved sentence writes the claim's member with the shared ones."""
    pool = sentences_of(hits)
    names = None
    for s in pool:
        mine, theirs = swapped(claim, s.text)
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


def framed(claim: str, hits: list[Hit]) -> Outcome | None:
    """An open claim refuted by a term put in its frame (same_frame.py), else by a member of its list."""
    return same_frame.refute(claim, hits) or refute(claim, hits)
