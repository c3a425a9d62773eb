"""Enumerations for 哪些 questions: the items of a list, and how far a list runs.

A list often runs across sentences: an introduction ending in a colon, then one sentence
per item (一是…。二是…。), or items counted in the question (哪五大) spread over two
sentences. Pure functions on sentence texts; the answerer decides which sentences to read.
"""

from __future__ import annotations

import re

from assistant.text import quantities, words
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


# what a 哪些 question asks for: the nouns after 哪些/哪三大 (哪些灾害, 哪三大央企股东), else
# those before 有哪些/包括哪些 (被告人有哪些)
MEASURE = "[个项类种家位名条场座所批件支台款部首篇届处]"  # 哪几场保卫战: the measure word before the kind asked
ASKED_AFTER_RE = re.compile(rf"哪(?:些|几{MEASURE}?|[两二三四五六七八九十\d]+(?:大|{MEASURE}))([^？?，,。哪]{{1,10}})")
ASKED_BEFORE_RE = re.compile(r"([^，,。？?的]{1,10}?)(?:都|主要|分别|还|又|共)?(?:有|是|包括|包含|涵盖|分为|为)哪(?:些|几)")


def asked_noun(question: str, verbal: bool = False) -> str:
    """The kind of item a 哪些 question asks for (被告人有哪些 -> 被告人, 哪三大央企股东 ->
    股东), or '' when it names none. `verbal`: a verbal noun ending the question is one too
    (哪几项工作 -> 工作): read only where an enumeration closed by 等 and it is sought, since a
    sentence merely naming 工作 or 活动 says nothing of its items (CMRC 吕志兴有哪些活动)."""
    m = ASKED_AFTER_RE.search(question)
    run = []
    tagged = list(words.tagged(m.group(1))) if m else []
    for word, flag in tagged:
        if flag[:1] not in ("n", "j") and not (verbal and flag == "vn"):
            break
        run.append(word)
    if len(run) < len(tagged) or not run:  # 哪些城市发展最快: a verbal noun asked only when it ends the clause (哪几项工作)
        run = run[: next((i for i, (_, flag) in enumerate(tagged) if flag == "vn"), len(run))]
    if not run:
        m = ASKED_BEFORE_RE.search(question)
        run = [w for w, flag in words.tagged(m.group(1)) if flag[:1] in ("n", "j")] if m else []
    run = [w for w in run if len(w) >= 2]
    return run[-1] if run else ""


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


# “五个新突破”, “六县建设”, “2大新兴产业”: a quoted name counting its items (one numeral: “三抓一服务” names two
# lists; two characters after it: “三公” abbreviates one thing; an Arabic count with its measure word)
COUNTED_NAME_RE = re.compile(rf"[“\"](?:([两{DIGITS}])[个大项类种条]?|(\d)[个大项类种条])([^”\"两{DIGITS}\d]{{2,8}})[”\"]")
ASKED_HOW_MANY_RE = re.compile(rf"哪([两{DIGITS}]|\d)[个大项类种条方]")  # 哪五个方面…新突破: a count asked


def named_count(question: str, text: str) -> tuple[int, str]:
    """(how many items it stands for, its words after the numeral) of a counted name in `text` that the question
    names (…深入实施“六县建设”… asked 六县建设包括哪些 -> (6, 县建设)), or whose count it asks and words it writes
    (聚力实现“五个新突破” asked 在哪五个方面实现新突破); (0, '') when there is none or it counts one."""
    asked = ASKED_HOW_MANY_RE.search(question)
    for m in COUNTED_NAME_RE.finditer(text):
        count = number(m.group(1) or m.group(2))
        if count >= 2 and (m.group(0)[1:-1] in question or (asked and count == number(asked.group(1))
                                                             and m.group(3) in question[asked.end():])):
            return count, m.group(3)
    return 0, ""


def number(raw: str) -> int:
    return int(raw) if raw.isdigit() else int(quantities.chinese_to_number(raw) or 0)


FRAME_SPAN = 12  # sentences around the best one searched for other items of the same frame


def _frame(text: str) -> tuple[str, str] | None:
    """(role, name) a sentence opens with (人大代表张凤栋说，…), or None."""
    from assistant.answer import people  # people reads no list; imported here to keep lists light

    found = people.persons(text[:20])
    if not found or found[0].start != 0 or not found[0].role or not found[0].role.strip():
        return None
    return found[0].role.strip(), found[0].name


def same_frame(texts: list[str], at: int, question: str) -> list[int]:
    """Positions of the sentences near `at` that open as it does with the same role and
    another person (人大代表张凤栋说，…。…人大代表金峰霄说，…): speakers of one list, each in
    a paragraph of their own; [] when the sentence opens with no role and name, or with a
    role other than the kind of item the question asks for (哪些人大代表)."""
    frame = _frame(texts[at])
    noun = asked_noun(question)
    if frame is None or not noun or not (frame[0].endswith(noun) or noun.endswith(frame[0])):
        return []
    out = []
    for j in range(max(0, at - FRAME_SPAN), min(len(texts), at + FRAME_SPAN + 1)):
        other = _frame(texts[j]) if j != at else frame
        if other is not None and other[0] == frame[0] and (j == at or other[1] != frame[1]):
            out.append(j)
    return out if len(out) > 1 else []


# 句容、金坛、武进、江阴站为新建车站 (哪些是新建的), 以甲、乙、丙等为重点 (把哪些领域列为重点): the enumeration
# is said to be what the question asks of its items, in the question's own word right after 为/是
SLOT_RE = re.compile(r"、[^，,。；;：:、]{1,12}?(?:等)?(?:作为|列为|被列为|确定为|[为是])([\u4e00-\u9fff]{2,4})")


SLOT_LIFT = 1.1  # the support of a list so said: it answers more surely than its shared words alone say


def closes_with(text: str, noun: str) -> bool:
    """Does an enumeration end in 等 and the kind of item asked (加快甲、乙、丙等项目建设 for
    哪些项目): the sentence says what its items are."""
    return bool(noun) and re.search(r"、[^、，,。；;]{1,20}等" + re.escape(noun), text) is not None


def slot_factor(question: str, text: str) -> float:
    """SLOT_LIFT when `text` says its enumeration is (为, 是, 列为) a word of the question, or
    closes it with 等 and the noun asked (做好甲、乙、丙等工作 for 做好哪几项工作), else 1."""
    said = any(m.group(1)[i : i + 2] in question for m in SLOT_RE.finditer(text) for i in range(len(m.group(1)) - 1))
    return SLOT_LIFT if said or closes_with(text, asked_noun(question, verbal=True)) else 1.0
