"""Enumerations for 哪些 questions: the items of a list, and how far a list runs.

A list often runs across sentences: an introduction ending in a colon, then one sentence
per item (一是…。二是…。), or items counted in the question (哪五大) spread over two
sentences. Pure functions on sentence texts; the answerer decides which sentences to read.
"""

from __future__ import annotations

import re

from assistant.text import quantities
from assistant.text.furniture import furniture

DIGITS = "一二三四五六七八九十"
# Markers that number the items of a list, by family: 一是/二是, 第一/第二, （一）/（二）,
# 1./2., 首先/其次/再次/最后, 一方面/另一方面.
ORDINAL_RES = (
    ("shi", re.compile(rf"^\s*([{DIGITS}])是")),
    ("di", re.compile(rf"^\s*第([{DIGITS}])[，,、是]")),
    ("paren", re.compile(rf"^\s*[(（]([{DIGITS}])[)）]")),
    ("num", re.compile(r"^\s*(\d{1,2})[.、．)）]")),
)
SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "然后": 3, "最后": 9, "一方面": 1, "另一方面": 2}
SEQUENCE_RE = re.compile("^\\s*(" + "|".join(sorted(SEQUENCE, key=len, reverse=True)) + ")")
CONTINUES_RE = re.compile(r"^\s*(?:此外|另外|同时|还有|以及|再者|并且|另有)")
INTRO_END_RE = re.compile(r"[：:]\s*$|(?:如下|包括|分别是|有以下几[个项点类方面]?)[。：:]?\s*$")
QUOTED_RE = re.compile(r"[“\"]([^”\"]{1,30})[”\"]")
# 《A》和《B》, 《A》、《B》, 《A》《B》: titles of works or documents, each an item
TITLED_RE = re.compile(r"《([^《》]{1,40})》")
# a heading's or item's number (三十九、 (二)、 3、) is followed by 、 without enumerating anything
NUMBERING_RE = re.compile(r"^\s*[（(]?[零〇一二两三四五六七八九十百\d]{1,4}[)）]?、")
CLAUSE_SPLIT_RE = re.compile(r"[，,；;：:。]")  # the clauses an enumeration is read in (not 、: it joins the items)
LIST_TAIL_RE = re.compile(rf"(?:等|[两{DIGITS}\d]+[大个项类种条]).*$")
# A sentence that opens with a named place or organisation (西城区在…, 此外，海淀区将…): a
# run of such sentences about subjects of one kind is a list of them, one sentence per item
SUBJECT_ENDINGS = ("区", "县", "市", "省", "镇", "乡", "村", "公司", "集团", "银行", "大学", "医院", "学院")
OPENING_RE = re.compile(r"^\s*(?:(?:此外|另外|同时|还有|另有|其中|而)[，,\s]*)?((?![全该本我各辖])[\u4e00-\u9fff]{1,8}?("
                        + "|".join(SUBJECT_ENDINGS) + "))")
ITEM_SPLIT_RE = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff])(?:和|及|与|以及)(?=[\u4e00-\u9fff])")


def ordinal(text: str) -> tuple[str, int] | None:
    """(family, number) of the marker a sentence opens with: 二是… -> ('shi', 2)."""
    for family, pattern in ORDINAL_RES:
        m = pattern.match(text)
        if m:
            raw = m.group(1)
            n = int(raw) if raw.isdigit() else int(quantities.chinese_to_number(raw) or 0)
            return (family, n) if n else None
    m = SEQUENCE_RE.match(text)
    if m:
        return "sequence", SEQUENCE[m.group(1)]
    return None


def opened_inline(text: str) -> tuple[str, int] | None:
    """The marker of a list's first item that follows the colon of the sentence announcing
    it (务必做到“三核查”：一是核查学校；, 涉嫌下列情形之一的：（一）…), or None."""
    for colon in re.finditer(r"[：:]", text):  # not only the last: an item may hold a colon (第二款：…)
        mark = ordinal(text[colon.end() :])
        if mark and mark[1] == 1:
            return mark
    return None


def _marker(text: str) -> tuple[str, int] | None:
    """The item a sentence opens, or the first one it announces and opens after its colon."""
    return ordinal(text) or opened_inline(text)


def introduces(text: str) -> bool:
    """A sentence that announces a list rather than giving it: 主要有以下几个方面："""
    return bool(INTRO_END_RE.search(text))


def items(text: str) -> list[str]:
    """The items a sentence enumerates: its quoted names when it quotes two or more, else
    the pieces between 、 (and the 和/及 before the last one) around them. A source, credit
    or trailer line (text/furniture.py) enumerates nothing."""
    if furniture(text):
        return []
    titled = TITLED_RE.findall(text)
    if len(titled) >= 2:
        return titled
    quoted = QUOTED_RE.findall(text)
    if len(quoted) >= 2:
        return quoted
    text = NUMBERING_RE.sub("", text, count=1)
    if "、" not in text:
        return []
    clause = max(CLAUSE_SPLIT_RE.split(text), key=lambda c: c.count("、"))
    lead = re.match(r"^.*?(?:是|为|有|包括|包含|涵盖|打造|发展|建设)(?=[^、]+、)", clause)
    if lead:
        clause = clause[lead.end():]
    pieces = [p.strip() for p in ITEM_SPLIT_RE.split(clause) if p.strip()]
    if pieces:  # 食品三大产业 -> 食品: the count and the noun after the last item frame the list
        pieces[-1] = LIST_TAIL_RE.sub("", pieces[-1]) or pieces[-1]
    return pieces


def parallel(first: str, other: str) -> bool:
    """Two sentences that open with different subjects of the same kind (西城区…。此外，海淀区…)."""
    a, b = OPENING_RE.match(first), OPENING_RE.match(other)
    return bool(a and b and a.group(2) == b.group(2) and a.group(1) != b.group(1))


def _parallel_within(texts: list[str], top: int, at: int, stop: int) -> int:
    """How many sentences from `at` reach the next one opening with a subject of `top`'s
    kind, its elaboration allowed one sentence between (0 when none does)."""
    for step in (1, 2):
        if at + step - 1 < min(len(texts), stop) and parallel(texts[top], texts[at + step - 1]):
            return step
    return 0


def _next_in_sequence(previous: tuple[str, int] | None, current: tuple[str, int] | None) -> bool:
    if current is None:
        return False
    if previous is None:
        return current[1] in (1, 2)
    return current[0] == previous[0] and current[1] > previous[1]


ITEM_SENTENCES = 6  # sentences from one numbered item to the next (its elaboration between)
SECTION_SPAN = 20  # sentences a numbered list may span, its items' elaboration included


def _resumes(texts: list[str], at: int, last: tuple[str, int], stop: int) -> int | None:
    """Index of the next numbered item after `last` within ITEM_SENTENCES sentences from
    `at` (an item's elaboration, or a section's sentences under its heading （一）…, come
    between its marker and the next one), or None."""
    for j in range(at, min(at + ITEM_SENTENCES, len(texts), stop)):
        mark = ordinal(texts[j])
        if mark is not None:
            return j if _next_in_sequence(last, mark) else None
    return None


def numbered(texts: list[str]) -> list[int]:
    """Positions of the sentences that open with an item marker: the items of a numbered
    list, without the sentences that elaborate on them."""
    return [i for i, t in enumerate(texts) if ordinal(t) is not None]


def extent(texts: list[str], top: int, count: int = 0, limit: int = 8) -> tuple[int, int]:
    """Indexes [lo, hi) of the sentences, among consecutive `texts`, that make up the list
    the sentence `top` belongs to. `count`: how many items the question asks for (哪五大: 5)."""
    lo, hi = top, top + 1
    mark = _marker(texts[top])
    # A numbered item found first: read back to the list's introduction or first item.
    if mark and mark[1] > 1:
        while lo > 0 and top - lo < limit:
            before = _marker(texts[lo - 1])
            if before and before[0] == mark[0] and before[1] < mark[1]:
                lo -= 1
                mark = before
                if before[1] == 1:
                    break
            elif introduces(texts[lo - 1]):
                lo -= 1
                break
            else:
                break
    if mark and lo > 0 and ordinal(texts[lo]) and introduces(texts[lo - 1]):
        lo -= 1  # found at its first item: its introduction too
    opened = introduces(texts[top]) or _marker(texts[top]) is not None
    # 甲镇…；乙镇… found at 乙镇: the subjects of its kind right before it, each item closed by
    # a semicolon, open the list (not a sentence that ends, 这也标志着上海市…。)
    while not opened and lo > 0 and top - lo < limit and texts[lo - 1].rstrip().endswith(("；", ";")) \
            and parallel(texts[top], texts[lo - 1]):
        lo -= 1
    # 实现三个显著跃升。一是…: a sentence followed by a first item announces the list even
    # without a colon (the 一是 refers back to it)
    following = ordinal(texts[top + 1]) if top + 1 < len(texts) else None
    opened = opened or (following is not None and following[1] == 1)
    last = _marker(texts[hi - 1])
    # a numbered list's items stay few (only they are shown), its sections may run longer
    span = max(limit, SECTION_SPAN) if opened and last is not None else limit
    while hi < len(texts) and hi - lo < span:
        nxt = texts[hi]
        if furniture(nxt):  # 来源：…, 责任编辑：…: where an article ends, not its list's next item
            break
        mark = ordinal(nxt)
        found = sum(len(items(t)) or 1 for t in texts[lo:hi])
        ahead = _resumes(texts, hi, last, lo + span) if opened and last is not None else None
        if opened and (_next_in_sequence(last, mark) or (last is None and CONTINUES_RE.match(nxt))):
            last = mark or last
            hi += 1
        elif ahead is not None:  # 一是X。(a sentence about X) 二是Y。: the item's own sentences
            last, hi = ordinal(texts[ahead]), ahead + 1
        elif count and found < count and (items(nxt) or mark or CONTINUES_RE.match(nxt)):
            hi += 1  # 哪五大: three named in one sentence, the other two in the next
        elif not opened and (step := _parallel_within(texts, top, hi, lo + limit)):
            hi += step  # 西城区举办…(…)。此外，海淀区将举办…: one subject, and its details, a sentence
        else:
            break
    return lo, hi
