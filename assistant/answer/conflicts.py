"""Do two statements give different values for the same thing?

One decision, used by answers (every version of the answer's value), claim checks (a claim
supported by one source and refuted by another is disputed) and `suyuan conflicts`.

Two signals, strongest first:

1. Near duplicates. The two sentences are aligned word by word (jieba tokens); what
   differs must be values (a figure, a date, a person, a place, an organisation) and
   almost nothing else. 签约额255.4亿元 / 签约额160亿元, 冠军是张伟 / 冠军是李强. A differing
   year or place next to a differing figure means another period or place, not another
   version: 2022年增长3% / 2023年增长5% is no conflict.
2. Paraphrases of a figure. Both figures have the same unit and kind (a change or a level);
   the places, organisations and years named around them agree (the value masked, so a
   place can be the value); both are targets or both outcomes; they measure the same
   indicator (`values.indicator_words`: 同比增长 / 比上年增长 and a figure before or after
   its noun read alike); and the e5 embeddings of the two sentences with the values
   masked are close enough to be one story. The embedding decides "same story", not
   "same indicator": e5-small puts 汽油/柴油 (0.958) as close as 议席/席位 (0.954).

A figure and its rounded form (304.27亿元 / 约304亿元) agree (`values.figures_agree`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from assistant.answer.values import (FILLERS, Slot, clause_of, indicator_words, masked, overlaps, person_like, same_value,
                                     slots)
from assistant.text import places, quantities, words

# A target and an outcome are two statements even when worded alike.
TARGET_RE = re.compile(r"力争|预计|目标|计划|确保|预期|争取|有望")
# Wording (other than FILLERS) two copies of one statement may differ in: share of the longer text.
NEAR_DUPLICATE = 0.15
SENTENCE_SIM = 0.93  # masked sentences, e5 cosine: one story. Seeds: 签约额 at one event 0.944; 34 projects
# at that event vs 71 in the year 0.916


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


def _bare_slot(text: str, a: int, b: int, kind: str) -> Slot | None:
    """A short differing run with no tagged value, standing where the other text has one:
    a name jieba does not know (王小二 / 岸田文雄)."""
    piece = text[a:b]
    lo = len(piece) - len(piece.lstrip("，,、 （()）“”"))
    hi = len(piece.rstrip("，,、 （()）“”"))
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
        nonlocal wording
        for text, lo, hi in ((a, x0, x1), (b, y0, y1)):
            rest = "".join(ch for k, ch in enumerate(text[lo:hi], lo)
                           if not any(s.start <= k < s.end for s in covered))
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
            in_b = [x for x in [_bare_slot(b, b0, b1, in_a[0].kind)] if x]
        elif len(in_b) == 1 and not in_a and a1 > a0:
            in_a = [x for x in [_bare_slot(a, a0, a1, in_b[0].kind)] if x]
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


def value_conflict(al: Alignment, has_figures: bool) -> list[tuple[Slot, Slot]]:
    """The differing values of a near-duplicate pair that make it a conflict ([] when none
    do): a differing year beside figures is another period, a differing place or
    organisation beside another differing value is another scope."""
    if al.wording > NEAR_DUPLICATE or al.content:
        return []
    diff = al.differing
    kinds = {x.kind for x, _ in diff} | {y.kind for _, y in diff}
    if not diff:
        return []
    if kinds & {"year"} and (has_figures or len(kinds) > 1):
        return []
    if kinds & {"place", "org"} and len(kinds) > 1:
        return []
    if len(diff) > 1 and kinds & {"place", "org", "date"}:
        return []
    return diff


@dataclass(frozen=True)
class Statement:
    """A sentence and the value it gives, with what is known of its article."""

    text: str
    slot: Slot
    subject: str = ""  # the place the article is about
    period: str = ""  # the year in force where the sentence stands ('' unknown)
    handle: object = None  # the caller's own reference (a Part, a fact, a chunk id)
    source: str = ""  # the document it is from ('' unknown)
    context: frozenset = frozenset()  # names of its passage (values.context_names): what it is about


def statements(text: str, subject: str = "", period: str = "", handle: object = None,
               kinds: tuple[str, ...] = ("figure", "date", "name", "place", "org"), source: str = "",
               context: frozenset = frozenset()) -> list[Statement]:
    return [Statement(text, s, subject, period, handle, source, context) for s in slots(text) if s.kind in kinds]


SHARED_CONTEXT = 0.5  # share of the smaller passage's names the other must name too


def same_context(a: Statement, b: Statement) -> bool:
    """Do the two passages speak of the same people, places and bodies? Unknown: yes."""
    if not a.context or not b.context:
        return True
    return len(a.context & b.context) >= SHARED_CONTEXT * min(len(a.context), len(b.context))


MAX_CACHED = 50_000  # embedded texts kept (384 floats each: about 75 MB)


class Similarity:
    """e5 cosine similarity of texts, each embedded once; safe to share between threads."""

    def __init__(self, embed_documents):
        self._embed = embed_documents
        self._vectors: dict[str, object] = {}
        self._lock = threading.Lock()

    def prefetch(self, texts) -> None:
        import numpy as np

        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        for i in range(0, len(todo), 64):
            batch = todo[i : i + 64]
            vectors = np.asarray(self._embed(batch), dtype="float32")
            with self._lock:
                if len(self._vectors) > MAX_CACHED:
                    self._vectors.clear()  # a long-running chat must not grow without end
                self._vectors.update(zip(batch, vectors))

    def __call__(self, x: str, y: str) -> float:
        self.prefetch([x, y])
        return float(self._vectors[x] @ self._vectors[y])


def same_indicator(a: Statement, b: Statement) -> bool:
    """The same indicator words, or all of a two-word-or-longer one within the other
    (居民人均可支配收入 / 人均可支配收入); one generic word against several is not enough
    (总投资 / 固定资产投资)."""
    x, y = indicator_words(a.text, a.slot), indicator_words(b.text, b.slot)
    small, large = sorted((x, y), key=len)
    return bool(small) and (small == large or (len(small) >= 2 and small <= large))


def _years(s: Statement) -> set[str]:
    found = quantities.years(masked(s.text, s.slot))
    return found or ({s.period} if s.period else set())


def _named(s: Statement, tags: tuple[str, ...]) -> set[str]:
    rest = masked(s.text, s.slot)
    if tags == ("ns",):
        found = {places.stem(p) for p in places.places(rest)}
        return found or ({places.stem(s.subject)} if s.subject else set())
    return {w for w, flag in words.tagged(rest) if flag in tags and len(w) >= 2}


def _disjoint(x: set[str], y: set[str]) -> bool:
    return bool(x and y) and not any(a in b or b in a for a in x for b in y)


PERIOD_RE = re.compile(r"\d{1,2}\s*[-—–至~]\s*\d{1,2}月|\d{1,2}月份?|[一二三四1-4]季度|[上下]半年|前\d+个?月|全年|近\d+个?月")


def _periods(s: Statement) -> set[str]:
    """Months and parts of a year a sentence speaks of (7月 / 1—7月 / 上半年), the value masked."""
    return {re.sub(r"\s|份", "", m.group()) for m in PERIOD_RE.finditer(masked(s.text, s.slot))}


def scope_agrees(a: Statement, b: Statement) -> bool:
    """The same article subject; the same years, months, places and organisations where
    both say; both a target or neither. Templated items (a company's figures in one
    article, another's in the next) differ in their subject."""
    if not a.subject or places.stem(a.subject) != places.stem(b.subject):
        return False
    if _disjoint(_years(a), _years(b)) or _disjoint(_named(a, ("ns",)), _named(b, ("ns",))):
        return False
    if _periods(a) != _periods(b):
        return False
    if _disjoint(_named(a, ("nt",)), _named(b, ("nt",))):
        return False
    ca, cb = clause_of(a.text, a.slot), clause_of(b.text, b.slot)
    return bool(TARGET_RE.search(a.text[ca[0] : ca[1]])) == bool(TARGET_RE.search(b.text[cb[0] : cb[1]]))


def _maps_to(al_a: str, al_b: str, sa: Slot, sb: Slot) -> bool:
    """Do the two slots stand at the same place of two near-duplicate sentences?"""
    before = SequenceMatcher(None, al_a[: sa.start], al_b[: sb.start], autojunk=False).ratio()
    after = SequenceMatcher(None, al_a[sa.end :], al_b[sb.end :], autojunk=False).ratio()
    return before >= 0.8 and after >= 0.8


def compare(a: Statement, b: Statement, sim: Similarity | None = None) -> str:
    """"conflict" when the two give different values for the same thing, "agree" when they
    give the same value for it, "" when they speak of different things (or cannot tell)."""
    same = same_value(a.slot, b.slot, a.text, b.text)
    if same is None:
        return ""
    ta, tb, sa, sb = a.text, b.text, a.slot, b.slot
    if a.source and a.source == b.source and ta != tb:
        return ""  # two sentences of one document alike but for a value: parallel statements (前1% / 前10%)
    if a.source != b.source and not same_context(a, b):
        return ""  # a template filled in for another company, match or place
    if ta == tb:  # two figures of one sentence: one statement only if their clauses are copies
        if sa.start == sb.start:
            return "agree"
        if sa.kind != "figure":
            return ""  # 邹姓、谢姓、翁姓: a list, not two versions
        (a0, a1), (b0, b1) = clause_of(ta, sa), clause_of(tb, sb)
        ta, tb = ta[a0:a1], tb[b0:b1]
        sa = Slot(sa.kind, sa.start - a0, sa.end - a0, sa.text, sa.quantity)
        sb = Slot(sb.kind, sb.start - b0, sb.end - b0, sb.text, sb.quantity)
        if a0 == b0:
            return ""
    al = align(ta, tb)
    if al.wording <= NEAR_DUPLICATE and not al.content:
        figures = any(s.kind == "figure" for s in slots(ta))
        for x, y in value_conflict(al, figures):
            if overlaps(x.start, x.end, sa.start, sa.end) and overlaps(y.start, y.end, sb.start, sb.end):
                return "conflict"
        if same and not al.differing and _maps_to(ta, tb, sa, sb):
            return "agree"
        return ""
    if a.text == b.text or sim is None or sa.kind != "figure" or sb.kind != "figure":
        return ""
    if bool(sa.quantity.change) != bool(sb.quantity.change) or not scope_agrees(a, b):
        return ""
    if not same_indicator(a, b) or sim(masked(a.text, a.slot), masked(b.text, b.slot)) < SENTENCE_SIM:
        return ""
    return "agree" if same else "conflict"
