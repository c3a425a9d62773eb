"""Word-level alignment of two sentences (jieba tokens): which values differ between them,
and how much other wording. The first signal of `answer/conflicts.py`: near duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from assistant.answer.values import FILLERS, Slot, overlaps, person_like, same_value, slots
from assistant.text import words


@dataclass
class Alignment:
    """How two sentences differ: pairs of differing values, and the share of other wording."""

    wording: float
    content: int = 0  # differing characters that are not fillers: another indicator, scope or story
    values: list[tuple[Slot, Slot, bool]] = field(default_factory=list)  # (slot in a, slot in b, same value)

    @property
    def differing(self) -> list[tuple[Slot, Slot]]:
        return [(x, y) for x, y, same in self.values if not same]


def _tokens(text: str) -> tuple[list[str], list[int]]:
    toks, offs, pos = [], [], 0
    for word, _ in words.tagged(text):
        toks.append(word)
        offs.append(pos)
        pos += len(word)
    offs.append(pos)
    return toks, offs


def _bare_slot(text: str, a: int, b: int, kind: str, before: str = "", after: str = "") -> Slot | None:
    """A short differing run with no tagged value, standing where the other text has one:
    a name jieba does not know (王小二 / 岸田文雄). `before` and `after` are the words of the
    other text's run around its value: 岳西海岸 against 美国|海岸 is 岳西."""
    piece = text[a:b]
    lo = len(piece) - len(piece.lstrip("，,、 （()）“”"))
    hi = len(piece.rstrip("，,、 （()）“”"))
    if before and piece[lo:hi].startswith(before):
        lo += len(before)
    if after and piece[lo:hi].endswith(after) and hi - len(after) > lo:
        hi -= len(after)
    piece = piece[lo:hi]
    if kind == "name" and not person_like(piece):
        return None
    if 2 <= len(piece) <= 8 and kind in ("name", "place", "org") and re.fullmatch(r"[\u4e00-\u9fff·A-Za-z]+", piece):
        return Slot(kind, a + lo, a + lo + len(piece), piece)
    return None


@lru_cache(maxsize=4096)  # one pair of sentences is compared once per pair of values
def align(a: str, b: str) -> Alignment:
    """Word-level alignment of two sentences; each differing run is a value pair or wording."""
    ta, oa = _tokens(a)
    tb, ob = _tokens(b)
    sa, sb = slots(a), slots(b)
    longest = max(len(a), len(b), 1)
    wording = 0
    out = Alignment(0.0)

    def other_words(x0: int, x1: int, y0: int, y1: int, covered: list[Slot]) -> None:
        rests = ["".join(ch for k, ch in enumerate(text[lo:hi], lo) if not any(s.start <= k < s.end for s in covered))
                 for text, lo, hi in ((a, x0, x1), (b, y0, y1))]
        if rests[0] == rests[1]:
            return  # the same words beside the two values (美国|海岸 / 岳西海岸: jieba cut them apart)
        for rest in rests:
            for word in words.search_tokens(rest) if rest.strip() else ():
                if word not in FILLERS and not re.fullmatch(r"[\W_]+", word):  # 1—7月 is not 7月
                    out.content += len(word)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        a0, a1, b0, b1 = oa[i1], oa[i2], ob[j1], ob[j2]
        in_a = [s for s in sa if overlaps(a0, max(a1, a0 + 1), s.start, s.end) and a1 > a0]
        in_b = [s for s in sb if overlaps(b0, max(b1, b0 + 1), s.start, s.end) and b1 > b0]
        if len(in_a) == 1 and not in_b and b1 > b0:
            x = in_a[0]
            in_b = [y for y in [_bare_slot(b, b0, b1, x.kind, a[a0 : x.start], a[x.end : a1])] if y]
        elif len(in_b) == 1 and not in_a and a1 > a0:
            y = in_b[0]
            in_a = [x for x in [_bare_slot(a, a0, a1, y.kind, b[b0 : y.start], b[y.end : b1])] if x]
        if len(in_a) == len(in_b) and in_a:
            for x, y in zip(in_a, in_b):
                same = same_value(x, y, a, b)
                if same is None:
                    wording += max(x.end - x.start, y.end - y.start)
                else:
                    out.values.append((x, y, same))
            covered_a = sum(min(s.end, a1) - max(s.start, a0) for s in in_a)
            covered_b = sum(min(s.end, b1) - max(s.start, b0) for s in in_b)
            wording += max(a1 - a0 - covered_a, b1 - b0 - covered_b, 0)
            other_words(a0, a1, b0, b1, in_a + in_b)
        else:
            wording += max(a1 - a0, b1 - b0)
            other_words(a0, a1, b0, b1, [])
    out.wording = wording / longest
    return out
