"""Whose figure an English figure question's cut clause gives, read on the clause's own structure: the whole
a part is taken from, or several named things together, is not the one part or the one thing asked.

- A part of a group (how many of those boats were rented): 其中 after the cut names the part (共有甲艘，其中乙艘…, or
  其中包括游艇 with no figure of its own), so the cut's figure is the whole.
- A place asked (recalls in Made-up Land): a clause whose figure happened in another place (在乙国召回) is that
  place's.
- One name asked (how many bikes did Made-up Motors sell): a figure whose clause writes the name as a member of
  a list (甲牌、乙牌和Made-up Motors共售出…) is the list's joint total, unless the clause splits it by 分别/各.
- A company's measure asked (its revenue): a figure named by the company, a qualifier and the measure (甲公司乙业务营收)
  is one part's.
- The part of a whole that came from one source (how much of the loss came from its ferry line): a clause giving
  the whole (该公司亏损3亿元) with no word of a part (其中, 来自, 导致) nor the source's name is the whole's figure.
- One member's figure (Made-up Motors' share): a figure said of a group it belongs to (日系品牌占九成), the member
  unnamed in the sentence, is the group's.
- A figure after 相当于 (相当于人类的10年) is what the thing asked equals in another's terms, not its own measure,
  unless the question asks such an equivalent (per day, on average, equivalent to).
- A year asked (demand in 2030): a figure whose sentence dates it to another year (2029年需求将增加…) is that year's;
  a year it is compared with (比2029年) dates nothing.
"""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities, words

# "how many of those firms", "how many of its farms": a part of a group
PART_OF_EN = re.compile(r"\bhow many of (?:the|its|their|these|those|[A-Z][\w-]*(?:'s|’s))\s", re.IGNORECASE)
# 其中 right after the cut, naming the part (with its figure or without one)
PART_AFTER_ZH = re.compile(r"^[^。；;！!？?]{0,4}?其中")


def whole_for_part(q: Question, sentence: str, b: int) -> str:
    """Whether a question asking a part of a group (`PART_OF_EN`) is answered by the whole, its part named right
    after the cut by 其中."""
    return "the whole, its part named after it" if PART_OF_EN.search(q.text) and PART_AFTER_ZH.search(sentence[b:]) else ""


# a question asking several things together names them, or asks a total
TOGETHER_EN = re.compile(r"\b(?:combined|together|jointly|in total|altogether|in all|between them|both)\b", re.IGNORECASE)
# the connectors of an enumeration of names, as words of their own (涉及 and 缓和 hold none); 与 and 同 also open a
# comparison (与去年相比): not read
JOINED_ZH = frozenset("、 和 及 以及".split())
SPLIT_ZH = re.compile(r"分别|各自|各")
# 甲牌和乙牌相比: a comparison of the two, each figure its own
COMPARED_ZH = re.compile(r"相比|相较|比较|不同于|一样")


def _other_member(cut: str, name: str, terms: tuple[str, ...]) -> str:
    """The member `cut` joins to `name` in an enumeration (宾利 of 宾利和甲牌), when the question writes none of it."""
    at = cut.find(name)
    spans, pos = [], 0
    for w, flag in words.tagged(cut):
        spans.append((pos, pos + len(w), w, flag))
        pos += len(w)
    for i, (s, e, w, _) in enumerate(spans):
        if w not in JOINED_ZH:
            continue
        if e == at and i > 0:
            member = spans[i - 1]
        elif s == at + len(name) and i + 1 < len(spans):
            member = spans[i + 1]
        else:
            continue
        text, flag = member[2].strip(), member[3]
        if len(text) > 1 and flag[:1] in "ne" and not any(t in text or text in t for t in terms if len(t) > 1):
            return text
    return ""


def joint_for_one(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause writes a name the question asks alone as a member of an enumeration, and gives
    one figure for them all (no 分别 or 各 splits it)."""
    if not q.names or TOGETHER_EN.search(q.text):
        return ""
    cut = sentence[a:b]
    if SPLIT_ZH.search(cut) or COMPARED_ZH.search(cut) or not quantities.find_quantities(cut):
        return ""
    terms = tuple(q.terms) + tuple(c for latin, chinese in q.names for c in (latin, *chinese))
    for latin, chinese in q.names:
        for name in (c for c in (*chinese, latin) if len(c) > 1 and c in cut):
            if member := _other_member(cut, name, terms):
                return f"a figure of {member} and {name} together"
    return ""


# the words a business report names a part of a company by (甲公司乙业务营收, 丙板块收入)
PART_NOUN_ZH = re.compile(r"(?:业务|板块|部门|事业部|事业群|分部|业务线|产品线)$")
# words of a period, which a figure's name writes between its owner and its measure (甲公司本季度营收)
PERIOD_ZH = re.compile(r"[年季月期周天日]|上半|下半|同期|财季|全年")


def _uncovered(text: str, terms) -> list[str]:
    """The runs of `text` no word of two characters or more of `terms` covers."""
    covered = [False] * len(text)
    for term in (t for t in terms if len(t) > 1):
        for m in re.finditer(re.escape(term), text):
            covered[m.start() : m.end()] = [True] * len(term)
    return "".join(c if not done else " " for c, done in zip(text, covered)).split()


def _qualifier(run: str, terms) -> str:
    """The qualifier `run` (the words between an owner and its measure) writes that the question does not: its
    longest uncovered run holding a noun of two characters or more, no period's."""
    for extra in sorted(_uncovered(run, terms), key=len, reverse=True):
        nouns = [w for w, flag in words.tagged(extra) if flag[:1] == "n" and len(w) > 1 and not PERIOD_ZH.search(w)]
        if len(extra) > 1 and nouns and not PERIOD_ZH.search(extra):
            return extra
    return ""


def _owned_measure(q: Question, name: str) -> tuple[str, str] | None:
    """(the question's measure word, the words between it and the owner the question names before it) in a
    figure's `name` (甲公司乙业务营收: 营收, 乙业务), or None."""
    heads = [t for t in q.head_group if len(t) > 1]
    owners = [t for g in q.groups if g != q.head_group for t in g if len(t) > 1 and t not in heads]
    for head in (h for h in sorted(heads, key=len, reverse=True) if h in name):
        at = name.find(head)
        ends = [name[:at].rfind(o) + len(o) for o in owners if o in name[:at]]
        if ends:  # the owner nearest the measure
            return head, name[max(ends) : at]
    return None


def segment_for_whole(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut figure's name puts a qualifier the question does not write between the owner asked and the
    measure asked (甲公司乙业务营收 for "the revenue of 甲公司"), while another clause of its sentence gives the same
    measure with a figure under a qualifier of its own (丙部营收…), or the qualifier ends on a word naming a part of a
    company (业务, 板块): the owner's parts, each its own figure."""
    from assistant.answer.english_scope import CLAUSE_RE, NAME_END_ZH, NAME_RE

    if not q.head_group:
        return ""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    m = NAME_RE.search(cut[: found[0].start]) if found else None
    owned = _owned_measure(q, NAME_END_ZH.sub("", m.group())) if m else None
    if not owned or not (extra := _qualifier(owned[1], q.terms)):
        return ""
    if PART_NOUN_ZH.search(extra):
        return f"{extra} is one part of what is asked"
    head = owned[0]
    for start, end in (c.span() for c in CLAUSE_RE.finditer(sentence)):
        other = sentence[start:end]
        if (end <= a or start >= b) and head in other and extra not in other and quantities.find_quantities(other):
            before = NAME_RE.search(other[: other.find(head)])
            if before and _qualifier(before.group(), q.terms):
                return f"{extra} is one part of what is asked"
    return ""


def another_place(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a figure asked in a place (sales in Made-up Land) is given in another one: the cut clause says where
    its figure happened (在乙国召回, 于丙地区) before the figure by a place no word of the question names. A place
    merely named before the figure is not read: a firm's name holds its city's (丁城发展集团)."""
    from assistant.answer.english_scope import IN_PLACE_EN, WORLD_EN

    m = IN_PLACE_EN.search(q.text)
    if not m or WORLD_EN.search(q.text):
        return ""
    cut = sentence[a:b]
    # the place asked, written within a wider one (甲省乙市 for "in 乙") or where the sentence sets its scene (在乙市举行的…上，)
    latin = q.text[m.end() - 2 :].split("'")[0].split("’")[0]
    own = (*q.places, *(c for name, forms in q.names if latin.startswith(name) for c in forms))
    if any(c in sentence[:b] for c in own if len(c) > 1):
        return ""
    found = quantities.find_quantities(cut)
    tagged = words.tagged(cut[: found[0].start]) if found else []
    asked = [t for t in (*q.terms, *q.places) if len(t) > 1]
    chars = set("".join(q.terms))

    def unasked(place: str) -> bool:
        # a place the dictionary splits (South Africa: 南, 非洲) is the question's when its characters all are
        return not any(t in place or place in t for t in asked) and not set(place) <= chars

    for (w, flag), (place, kind) in zip(tagged, tagged[1:]):
        if w in ("在", "于") and flag == "p" and kind == "ns" and len(place) > 1 and unasked(place):
            return f"a figure in {place}"
    return ""


# how much of its loss came from one line, how many deaths were caused by heat: a part of a whole by its source
PART_FROM_EN = re.compile(r"\bhow (?:much|many) of\b[^?]*?\b(?:came|comes|come|stemmed|stems|resulted|results|(?:was|were|is|are)"
                          r" (?:due|caused|attributable|attributed|accounted|contributed|driven|generated|linked))\b", re.IGNORECASE)
# how a sentence gives a part by its source: 其中, 来自, 源于, 由…贡献, 导致, 因
PART_WORD_ZH = re.compile(r"其中|来自|源自|源于|来源|贡献|拉动|带动|由于|因|导致|造成|所致|引起|占")


def whole_for_source(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a question asking the part of a whole that came from one source (`PART_FROM_EN`) is answered by a
    clause writing no word of a part (`PART_WORD_ZH`) nor the source's name (one the question names after its verb), in it or before it
    (其中，乙线…): the whole's figure, its part given in another clause if at all."""
    m, cut = PART_FROM_EN.search(q.text), sentence[max(0, a - 6) : b]
    if not m or PART_WORD_ZH.search(cut):
        return ""
    source = [c for name, forms in q.names if name in q.text[m.end() :] for c in forms if c]  # the names after "came from"
    return "" if any(c in cut for c in source) else "the whole's figure for one source's part"


# a group of makers or firms a figure is said of: 日系品牌, 国产车企, 外资银行, 各大厂商, 前五家企业
GROUP_ZH = re.compile(r"(?:[日韩德美法欧]系|日本|韩国|德国|美国|欧洲|中国|国产|自主|本土|外资|合资|海外|外国|各大|各|多家|主要|头部"
                      r"|前[一二三四五六七八九十\d]+[家大名]?)(?:品牌|厂商|车企|企业|公司|厂家|制造商|银行|机构)")
# a question asking a group itself: makers or firms in the plural, or a people's (Japanese brands, Korean makers)
GROUP_ASKED_EN = re.compile(r"\b(?:brands|makers|carmakers|automakers|companies|firms|manufacturers|banks|enterprises|producers"
                            r"|players|rivals|competitors)\b|\b[A-Z][a-z]+(?:ese|ean|ian|ish|ch)\b")


def group_for_member(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether one member asked (a name of `q.names`: Made-up Motors' share) is answered by a figure said of a group
    (`GROUP_ZH` before the figure in its sentence) in a sentence that writes none of the member's Chinese names."""
    if GROUP_ASKED_EN.search(q.text):
        return ""
    missing = [name for name, forms in q.names if forms and not any(c in sentence for c in forms)]
    found = quantities.find_quantities(sentence[a:b])
    if not missing or not found or not GROUP_ZH.search(sentence[: a + found[0].start]):
        return ""
    return f"a group's figure for {missing[0]}'s"


# a year a figure is counted from (自2029年, 2029年以来) dates nothing, as one it is compared with does (subject_years.BASELINE_RE)
SINCE_YEAR_ZH = re.compile(r"(?:自|从)\s*(?:19|20)\d\d\s*年|(?:19|20)\d\d\s*年(?=以来|起|至今|开始)")


def another_year(q: Question, sentence: str, b: int) -> str:
    """Whether a figure asked of a year (`q.years`) is dated to another: the year in force at the figure's end
    (`quantities.year_in_force`), years it is compared with or counted from and relative ones (今年) left out, is
    none of the question's."""
    from assistant.answer.subject_years import BASELINE_RE, RELATIVE_RE

    if not q.years:
        return ""
    dated = quantities.year_in_force(RELATIVE_RE.sub(" ", SINCE_YEAR_ZH.sub(" ", BASELINE_RE.sub(" ", sentence[:b]))))
    return f"a figure of {dated}" if dated and dated not in q.years else ""


EQUAL_ZH = re.compile(r"相当于|等同于|等于|折算成|换算成")
# a question asking an equivalent or a rate itself: what it equals, per day, on average
EQUAL_EN = re.compile(r"\b(?:equivalent|equal|equals|amounts? to|tantamount|in terms of|per|each|every|a day|a year|daily|"
                      r"average|on average|roughly how)\b", re.IGNORECASE)


def equal_for_own(q: Question, cut: str) -> str:
    """Whether the cut clause gives its figure as an equivalent (`EQUAL_ZH` before it: 相当于…10年) for a question asking
    the thing's own measure (`EQUAL_EN` absent)."""
    found = quantities.find_quantities(cut)
    if not found or EQUAL_EN.search(q.text) or not EQUAL_ZH.search(cut[: found[0].start]):
        return ""
    return f"{found[0].text} is an equivalent, not the measure asked"


def disagreement(q: Question, sentence: str, a: int, b: int) -> str:
    """Why the cut clause `sentence[a:b]` gives another subject's figure than the one asked; '' when nothing says so."""
    return (whole_for_part(q, sentence, b) or joint_for_one(q, sentence, a, b) or segment_for_whole(q, sentence, a, b)
            or another_place(q, sentence, a, b) or whole_for_source(q, sentence, a, b) or group_for_member(q, sentence, a, b)
            or another_year(q, sentence, b) or equal_for_own(q, sentence[a:b]))
