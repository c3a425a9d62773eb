"""One slot of a clause filled with another thing: the claim's clause and the source's clause nearest
it agree character for character around it and differ only there.

坚决守住不发生区域性风险底线 against the source's 坚决守住不发生系统性风险底线, 提升城市公共卫生服务
能力水平 against 提升基层公共卫生服务能力水平: the frame around the slot is the source's, so the
source speaks of the claim's thing and fills the slot otherwise. Only a common noun's slot is read
so (a thing, a field, a kind), and only when the two fillers share no character: an adverb or a
verb put another way (大幅/显著, 增加/提高) is a paraphrase, and two nouns sharing a character may be
one thing put two ways (农村/乡村). A place, a name or a member of a list is left to the checks that
know those (other_place.py, swapped.named_swaps, members.py). The caller refutes by it only when the
claim with the source's filler put in is supported by the same sentence (statements._swap_refutes),
so all else the claim says must agree, and a sentence writing the claim whole still supports it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.check.measures import abbreviated_span
from assistant.text import places, words

CLAUSE_RE = re.compile(r"[，,；;。：:！!？?]")
HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
FRAME = 2  # characters each side of the slot the two clauses must write alike
FRAME_TOTAL = 5  # characters of frame on both sides together: a frame of two words, not one
MAX_FILLER = 6
NOUN_FLAGS = ("n", "vn", "j")  # jieba's common nouns, verbal nouns, abbreviations
NAME_FLAGS = ("nr", "nt", "nz")  # a person's, an organisation's, another proper name: swapped.named_swaps reads those
LIST_JOINERS = "和与及、跟同"
LINKS = "的地之了要将会也还"  # 不发生区域性风险的底线 is 不发生区域性风险底线, 县要守住 县将守住


def _cut(clause: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for w, flag in words.tagged(clause):
        out.append((pos, pos + len(w), flag))
        pos += len(w)
    return out


def _span(cut: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int, bool]:
    """(start, end) of the words holding clause[a:b], and whether every one is a common noun."""
    held = [(x, y, f) for x, y, f in cut if x < b and y > a]
    return (min(x for x, _, _ in held), max(y for _, y, _ in held),
            all(f.startswith(NOUN_FLAGS) and not f.startswith(NAME_FLAGS) for _, _, f in held)) if held else (a, b, False)


def _listed(clause: str, a: int, b: int) -> bool:
    """Is clause[a:b] a member of a list: a joiner right before or after it?"""
    return any(ch and ch in LIST_JOINERS for ch in (clause[a - 1 : a] if a else "", clause[b : b + 1]))


def _nearest(mine: str, clauses: list[str]) -> str | None:
    """The source's clause sharing the most characters with the claim's, when no other shares as many:
    推动食用菌产业园年内投产达效 for the claim's, not 推动松籽产业园由…拓展升级, which fills its frame otherwise."""
    shared = sorted(((sum(m.size for m in SequenceMatcher(None, mine, t, autojunk=False).get_matching_blocks()), t)
                     for t in clauses), reverse=True)
    return shared[0][1] if shared and (len(shared) == 1 or shared[0][0] > shared[1][0]) else None


def _fillers(mine: str, theirs: str) -> list[tuple[int, int, int, int]]:
    """(a, b, c, d): mine[a:b] stands where theirs[c:d] does, the frame around it written alike, and
    the clauses differ nowhere else but in words before it all (东辽县要 of the claim's 东辽县要坚决守住…),
    words after it all, or a 的, 要 or 将 (提升农业规模化经营水平 is no fill of 提升农业生产经营智能化水平)."""
    ops = SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
    last = len(ops) - 1
    differ = [k for k, (tag, a, b, c, d) in enumerate(ops)
              if tag != "equal" and k != 0 and not (tag != "replace" and k == last)
              and not set(mine[a:b] + theirs[c:d]) <= set(LINKS)]
    if len(differ) != 1 or ops[differ[0]][0] != "replace":
        return []
    k = differ[0]
    _, a, b, c, d = ops[k]
    left = ops[k - 1][2] - ops[k - 1][1] if ops[k - 1][0] == "equal" else 0
    right = ops[k + 1][2] - ops[k + 1][1] if k < last and ops[k + 1][0] == "equal" else 0
    closes = b == len(mine) and d == len(theirs)  # the slot ends both clauses (发展新能源 / 发展新业态)
    return [(a, b, c, d)] if left >= FRAME and (right >= FRAME or closes) and left + right >= FRAME_TOTAL else []


def slot_fills(claim: str, text: str) -> list[tuple[str, str, str]]:
    """(the claim's filler, the source's, the claim with the source's put in) for each clause of the
    claim that a clause of the source writes alike but for one noun slot filled with another thing."""
    out, start = [], 0
    for mine in CLAUSE_RE.split(claim):
        offset, start = claim.index(mine, start), claim.index(mine, start) + len(mine)
        if len(mine) < FRAME_TOTAL + 2:
            continue
        theirs = _nearest(mine, [t for t in CLAUSE_RE.split(text) if t])
        if theirs is None:
            continue
        for a, b, c, d in _fillers(mine, theirs):
            x, y = mine[a:b], theirs[c:d]
            if (not (HAN_RE.match(x) and HAN_RE.match(y)) or not (2 <= len(x) <= MAX_FILLER and 2 <= len(y) <= MAX_FILLER)
                    or set(x) & set(y) or y in mine or x in theirs
                    or abbreviated_span(x, y) or abbreviated_span(y, x)):
                continue
            a0, b0, noun = _span(_cut(mine), a, b)
            c0, d0, theirs_noun = _span(_cut(theirs), c, d)
            if not (noun and theirs_noun) or places.places(x) or places.places(y):
                continue  # a place's slot is other_place.py's, which knows which places lie inside another
            if _listed(mine, a0, b0) or _listed(theirs, c0, d0):
                continue  # a member of a list (东方博览会、X大会): the source's list need not be all there is
            # name the fillers as whole words (新能源 / 新业态 for 能源 / 业态): the frame's characters they share
            word, other = mine[a0:b0], mine[a0:a] + y + mine[b:b0]
            put = claim[: offset + a] + y + claim[offset + b :]
            out.append((word, other, put))
    return out
