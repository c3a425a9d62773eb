"""Do two statements give different values for the same thing?

One decision, used by answers (every version of the answer's value), claim checks (a claim
supported by one source and refuted by another is disputed) and `suyuan conflicts`.

Two signals, strongest first:

1. Near duplicates. The two sentences are aligned word by word (jieba tokens); what
   differs must be ONE value (a figure, a date, a person, a place, an organisation) and
   almost nothing else: 签约额255.4亿元 / 签约额160亿元, 冠军是张伟 / 冠军是李强. A year and a
   figure differing is another period; many values differing, a template filled in for
   another company; a time window differing (近1个月 / 近3个月), another indicator.
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
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant.answer.alignment import Alignment, align
from assistant.answer.values import Slot, clause_of, indicator_words, masked, overlaps, same_value, slots
from assistant.answer.similarity import Similarity  # noqa: F401 (callers build it from here)
from assistant.text import places, quantities, words

# A target and an outcome are two statements even when worded alike.
TARGET_RE = re.compile(r"力争|预计|目标|计划|确保|预期|争取|有望")
# Wording (other than FILLERS) two copies of one statement may differ in: share of the longer text.
NEAR_DUPLICATE = 0.15
SENTENCE_SIM = 0.93  # masked sentences, e5 cosine: one story. Seeds: 签约额 at one event 0.944; 34 projects
# at that event vs 71 in the year 0.916


def value_conflict(al: Alignment, has_figures: bool) -> list[tuple[Slot, Slot]]:
    """The one differing value of a near-duplicate pair that makes it a conflict, or []:
    several differing values are a template filled in twice (two companies' figures), a
    differing year beside figures another period."""
    diff = al.differing
    if al.wording > NEAR_DUPLICATE or al.content or len(diff) != 1:
        return []
    kinds = {diff[0][0].kind, diff[0][1].kind}
    return [] if "year" in kinds and (has_figures or len(kinds) > 1) else diff


# a figure that is a time window (近3个月, 前5年) says which indicator, not what it is
WINDOW_RE = re.compile(r"(?:近|前|过去|最近|未来|后)$")
WINDOW_UNITS = {"年", "个月", "月", "周", "天", "日", "季度", "个季度", "小时", "分钟"}


def _window(text: str, slot: Slot) -> bool:
    q = slot.quantity
    return q is not None and q.unit in WINDOW_UNITS and bool(WINDOW_RE.search(text[max(0, slot.start - 2) : slot.start]))


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
               context: frozenset = frozenset(), against: str = "") -> list[Statement]:
    """The values of `text` as statements; with `against`, a near duplicate of it, also the
    values the alignment finds where the tagger found none (岳西海岸警卫队 / 美国海岸警卫队)."""
    found = list(slots(text))
    if against and against != text:
        al = align(against, text)
        if al.wording <= NEAR_DUPLICATE:
            found += [y for _, y, _ in al.values if y not in found]
    return [Statement(text, s, subject, period, handle, source, context) for s in found if s.kind in kinds]


SHARED_CONTEXT = 0.5  # share of the smaller passage's names the other must name too


STORY_CHARS = 20  # wording besides the values two near duplicates share: one story's sentence, not a template line


def same_context(a: Statement, b: Statement) -> bool:
    """Do the two passages speak of the same people, places and bodies? Unknown: yes. Two
    long sentences alike but for at most one value are one story whatever the passages
    around them name (chunks cut the article at other places)."""
    if not a.context or not b.context:
        return True
    codes_a, codes_b = ({n for n in s.context if n.isdigit()} for s in (a, b))
    if codes_a and codes_b and not codes_a & codes_b:
        return False  # two securities codes: two companies' reports, however alike their wording
    if len(a.context & b.context) >= SHARED_CONTEXT * min(len(a.context), len(b.context)):
        return True
    al = align(a.text, b.text)
    own = sum(1 for k, ch in enumerate(a.text) if "\u4e00" <= ch <= "\u9fff" and not any(x.start <= k < x.end for x in slots(a.text)))
    return al.wording <= NEAR_DUPLICATE and not al.content and len(al.differing) <= 1 and own >= STORY_CHARS


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


# Words that make a figure another indicator: year on year or month on month, one month or
# the year to date. 同比增长 and 增长 read alike; 同比 and 环比, 当月 and 累计 do not.
QUALIFIERS = {"同比": "yoy", "比上年": "yoy", "比去年": "yoy", "较上年": "yoy", "较去年": "yoy", "环比": "mom",
              "比上月": "mom", "较上月": "mom", "当月": "month", "本月": "month", "单月": "month", "累计": "total",
              "年初至今": "total", "今年以来": "total"}
QUALIFIER_RE = re.compile("|".join(sorted(QUALIFIERS, key=len, reverse=True)))


def qualifiers_differ(a: Statement, b: Statement) -> bool:
    """Do the clauses of two figures qualify them differently (当月 / 累计, 同比 / 环比)?"""
    def found(st):
        x, y = clause_of(st.text, st.slot)
        return {QUALIFIERS[m.group()] for m in QUALIFIER_RE.finditer(st.text[x:y])}

    qa, qb = found(a), found(b)
    return bool((qa ^ qb) - {"yoy"})


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
    if sa.kind == "figure" and qualifiers_differ(a, b):
        return ""
    if ta == tb:  # two figures of one sentence: one statement only if their clauses are copies
        if sa.start == sb.start:
            return "agree"
        if sa.kind != "figure":
            return ""  # 邹姓、谢姓、翁姓: a list, not two versions
        (a0, a1), (b0, b1) = clause_of(ta, sa), clause_of(tb, sb)
        (_, first_end), (second, _) = sorted([(a0, a1), (b0, b1)])
        if ta[first_end:second].strip(" ，,、;；") or not indicator_words(ta, sa):
            return ""  # not the same clause twice in a row: 主力…占总成交额5.71%，游资…占总成交额0.49%
        ta, tb = ta[a0:a1], tb[b0:b1]
        sa = Slot(sa.kind, sa.start - a0, sa.end - a0, sa.text, sa.quantity)
        sb = Slot(sb.kind, sb.start - b0, sb.end - b0, sb.text, sb.quantity)
        if a0 == b0:
            return ""
    al = align(ta, tb)
    if al.wording <= NEAR_DUPLICATE and not al.content:
        figures = any(s.kind == "figure" for s in slots(ta))
        for x, y in value_conflict(al, figures):
            if _window(ta, x) or _window(tb, y):
                return ""  # 近1个月 / 近3个月: two indicators
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
