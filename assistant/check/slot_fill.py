"""One slot of a clause filled with another thing: the claim's clause and the source's clause nearest
it agree character for character around it and differ only there.

坚决守住不发生区域性风险底线 against the source's 坚决守住不发生系统性风险底线, 提升城市公共卫生服务
能力水平 against 提升基层公共卫生服务能力水平: the frame around the slot is the source's, so the
source speaks of the claim's thing and fills the slot otherwise. Only a common noun's slot is read
so (a thing, a field, a kind), and only when the two fillers share no character: an adverb or a
verb put another way (大幅/显著, 增加/提高) is a paraphrase, and two nouns sharing a character may be
one thing put two ways (农村/乡村). A noun's slot is also the modifier of a head both clauses write
(网络安全 / 意识形态安全, which jieba may cut as one name-like word), a noun closed by a measure
(消费级), or an act named after its thing (道路建设 / 道路养护: a verbal noun for a verb, one word
each, closing both clauses); never a generic head (工作, 方面), a change of amount or a level verb
(突破 / 达到), nor two words of one action (action_words.py). The source's layout may double a
character (路路养护 for 道路养护, 不移不移): the clause is read with the doubling mended, and the
claim checked against the words as written. A place, a name or a member of a list is left to the
checks that know those (other_place.py, swapped.named_swaps, members.py). The caller refutes by it
only when the claim with the source's filler put in is supported by the same sentence
(statements._swap_refutes), so all else the claim says must agree, and a sentence writing the claim
whole still supports it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.check.action_words import same_action
from assistant.check.claim_words import LEVEL_VERBS
from assistant.check.measures import abbreviated_span
from assistant.text import places, words
from assistant.text.quantities import CHANGE_WORDS as CHANGES

CLAUSE_RE = re.compile(r"[，,；;。：:！!？?]")
HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
FRAME = 2  # characters each side of the slot the two clauses must write alike
FRAME_TOTAL = 5  # characters of frame on both sides together: a frame of two words, not one
MAX_FILLER = 6
NOUN_FLAGS = ("n", "vn", "j")  # jieba's common nouns, verbal nouns, abbreviations
SUFFIX_FLAGS = ("q",)  # 级 of 消费级: a one-character measure closing a noun
# heads naming no thing of their own (防汛工作 is 防汛 itself, 防汛准备 a part of it): no filler of a slot
GENERIC_HEADS = frozenset("工作 问题 情况 方面 事项 事宜".split())
CHANGE_WORDS = frozenset(CHANGES)  # 增长 / 提高: a change of amount a writer words either way
HEAD_FLAGS = ("n", "vn", "an")  # a head a modifier's slot is of: 思想, 建设, 安全
ACT_FLAGS = ("v", "vn")
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
    """(start, end) of the words holding clause[a:b], and whether every one is a common noun (or a
    one-character suffix after one: 消费级, 省级)."""
    held = [(x, y, f) for x, y, f in cut if x < b and y > a]
    if not held:
        return a, b, False
    nouns = [_common_noun(f) or (k and y - x == 1 and f in SUFFIX_FLAGS and _common_noun(held[k - 1][2]))
             for k, (x, y, f) in enumerate(held)]
    return min(x for x, _, _ in held), max(y for _, y, _ in held), all(nouns)


def _common_noun(flag: str) -> bool:
    return flag.startswith(NOUN_FLAGS) and not flag.startswith(NAME_FLAGS)


def _modifies_head(clause: str, a: int, b: int) -> bool:
    """Is clause[a:b], read by itself, a noun or a fixed phrase (意识形态) modifying the noun right after
    it? jieba may cut it with its head as one name-like word (网络安全): the slot is still the modifier's,
    the head both clauses write (法治思想 / 经济思想, 意识形态安全 / 网络安全)."""
    own, head = words.tagged(clause[a:b]), words.tagged(clause[b:])[:1]
    # one word: 低成本电动 (汽车) or 群众尽快恢复 (生产) is no modifier of its own
    return len(own) == 1 and bool(head) and (_common_noun(own[0][1]) or own[0][1] == "l") and head[0][1] in HEAD_FLAGS


def _act_of(cut: list[tuple[int, int, str]], start: int) -> bool:
    """Is the word right before clause[start:] a common noun, the thing an act after it is of (道路 of
    道路建设), and a verb's object (加强市政道路建设), not a subject the act is said of (分析师认为)?"""
    before = [(x, f) for x, y, f in cut if y == start and _common_noun(f)]
    return bool(before) and any(y == before[0][0] and f == "v" for _, y, f in cut)


def _acts(mine: str, theirs: str, cut: list, theirs_cut: list, slot: tuple, words_held: tuple) -> bool:
    """Is the slot an act named after its thing (加强市政道路建设 / 加强市政道路养护): one word each, a verbal
    noun for a verb, right after a common noun and closing both clauses as the head of what is done?
    Not 票房突破20亿 / 票房达到20亿 (a figure follows: a predicate, which a writer words either way)."""
    a, b, c, d = slot
    if words_held != slot or b != len(mine) or d != len(theirs) or not (b - a == d - c == 2):
        return False
    return _act_of(cut, a) and _act_of(theirs_cut, c) and (
        (_verb(cut, a, b, ("vn",)) and _verb(theirs_cut, c, d, ACT_FLAGS))
        or (_verb(theirs_cut, c, d, ("vn",)) and _verb(cut, a, b, ACT_FLAGS)))


def _verb(cut: list[tuple[int, int, str]], a: int, b: int, flags: tuple[str, ...]) -> bool:
    held = [f for x, y, f in cut if x < b and y > a]
    return bool(held) and all(f in flags for f in held)


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


def _undoubled(theirs: str, mine: str) -> list[tuple[str, int]]:
    """The source's clause with one doubling of its layout mended as the claim's clause reads it, and
    where a character was given back (-1 for none): a run written twice (坚定不移不移) once, or a character
    doubled over its neighbour (路路养护, where the claim writes 道路) given the neighbour the claim writes.
    A run the claim doubles too is the writer's (人人)."""
    out = []
    for n in (1, 2, 3):
        for i in range(len(theirs) - 2 * n + 1):
            run = theirs[i : i + n]
            if run == theirs[i + n : i + 2 * n] and HAN_RE.match(run) and run * 2 not in mine:
                out.append((theirs[: i + n] + theirs[i + 2 * n :], -1))
                if n == 1:  # 道路 written 路路: the claim's character before the one doubled
                    out += [(theirs[:i] + mine[j - 1] + theirs[i + 1 :], i) for j in range(1, len(mine))
                            if mine[j] == run and mine[j - 1] != run and HAN_RE.match(mine[j - 1])][:1]
    return out


def _as_written(mine: str, theirs: str, mended: str, at: int, a: int, b: int, c: int, d: int) -> tuple[int, int, str]:
    """The claim's span and the source's words as its layout wrote them, to put in for the slot's filler:
    路路养护 for the claim's 道路建设, so the sentence is read against its own words; the filler alone when
    nothing was given back or the frame between is not written alike."""
    if at < 0:
        return a, b, mended[c:d]
    lo, hi = min(at, c), max(at + 1, d)
    x0, x1 = a - (c - lo), b + (hi - d)
    if x0 < 0 or mended[lo:c] != mine[x0:a] or mended[d:hi] != mine[b:x1]:
        return a, b, mended[c:d]
    return x0, x1, theirs[lo:hi]


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
        fills, written, at = _fillers(mine, theirs), theirs, -1
        for mended, at in [] if fills else _undoubled(theirs, mine):
            fills, theirs = _fillers(mine, mended), mended
            if fills:
                break
        for a, b, c, d in fills:
            x, y = mine[a:b], theirs[c:d]
            if (not (HAN_RE.match(x) and HAN_RE.match(y)) or not (2 <= len(x) <= MAX_FILLER and 2 <= len(y) <= MAX_FILLER)
                    or set(x) & set(y) or y in mine or x in theirs
                    or abbreviated_span(x, y) or abbreviated_span(y, x)):
                continue
            cut, theirs_cut = _cut(mine), _cut(theirs)
            a0, b0, noun = _span(cut, a, b)
            c0, d0, theirs_noun = _span(theirs_cut, c, d)
            kind = ((noun or _modifies_head(mine, a, b)) and (theirs_noun or _modifies_head(theirs, c, d))
                    or _acts(mine, theirs, cut, theirs_cut, (a, b, c, d), (a0, b0, c0, d0)))
            if (not kind or same_action(x, y) or {x, y} & (CHANGE_WORDS | LEVEL_VERBS | GENERIC_HEADS)
                    or places.places(x) or places.places(y)):
                continue  # a place's slot is other_place.py's, which knows which places lie inside another
            if _listed(mine, a0, b0) or _listed(theirs, c0, d0):
                continue  # a member of a list (东方博览会、X大会): the source's list need not be all there is
            # name the fillers as whole words (新能源 / 新业态 for 能源 / 业态): the frame's characters they share
            word, other = mine[a0:b0], mine[a0:a] + y + mine[b:b0]
            x0, x1, put_in = _as_written(mine, written, theirs, at, a, b, c, d)
            put = claim[: offset + x0] + put_in + claim[offset + x1 :]
            out.append((word, other, put))
    return out
