"""A question asking the members of a group the document names only as a whole: a quoted slogan or a numbered
collective (“三最”具体是哪些问题, “双千”的两个“千”分别指什么, 四大基地里另外两个叫什么, “…五县”具体是哪五个县).
A sentence that only names the group (着力解决“三最”等问题, 抓好四大基地建设) does not answer it, however
many of the question's words it shares: the members must be written next to the group's name, before it
(甲、乙、丙等四大基地, 甲、乙、丙五县) or after it (“三最”即最…、最…; 四大基地（甲、乙…）; 四大基地：甲、乙…).
For 另外两个 the members named must be two beyond those the question already names. The same holds for a
counted whole of named things (这5所学校叫什么, 哪几个县…, 哪些企业…): a sentence that only counts them (新建5所学校,
三县联动, 多家企业, 各县区) answers with the count, not the members (`counted_kind`). Refuse-only: a draft judged
here loses its support; nothing is picked."""

from __future__ import annotations

import re

from assistant.answer.list_asked import NAMED_KINDS
from assistant.text import words
from assistant.text.numerals import to_number

NUM = "一二三四五六七八九十两双百"
# 具体是哪些/哪几个/哪六个, 具体指什么, 分别指什么/分别是什么, 指的是哪, 另外…叫什么/是什么/是哪
ASKS_RE = re.compile(r"具体(?:是|指)(?:哪|什么|啥)|分别(?:指|是)(?:什么|哪|啥)|指的是哪|是哪[几" + NUM + r"\d]+[个项座家条类种]"
                     r"|另外[^，。？?]{0,12}(?:叫什么|是什么|是哪|有哪|叫啥|是啥)")
QUOTED_RE = re.compile(r"[“「\"]([^”」\"]{1,16})[”」\"]")
# 四大基地, 三大攻坚战: a numbered collective named without quotes
COLLECTIVE_RE = re.compile(r"[" + NUM + r"]大[\u4e00-\u9fff]{2,4}?(?=里|中|的|之|分别|具体|指|是|包括|，|,|？|\?|$)")
OTHERS_RE = re.compile(r"另外([" + NUM + r"\d]+)[个项座家条类种]")
# “8项”举措中包括哪些, “6条”办法有哪些: a name that is only a count, whose items are asked (the group: 8项”举措)
COUNTED_HELD_RE = re.compile(r"[“「\"]((\d{1,3}|[" + NUM + r"]{1,3})[条项个件][”」\"][\u4e00-\u9fff]{0,4}?)[里中]"
                             r"[^，,。？?]{0,4}?(?:有|包括|包含|是)哪(?:些|几)")
BESIDES_RE = re.compile(r"之外|以外|除了|另外")  # the question names some members itself
SEPARATORS_RE = re.compile(r"、|和|及|与|，|”“|」「")
ENUMERATES_RE = re.compile(r"、|和|及|与|”“|」「")
# what may stand between a group's name and the members written after it
AFTER_RE = re.compile(r"^[”」\"]?(?:[，,]?(?:即|也就是|就是|分别是|分别为|包括|包含|涵盖|是指|指)|[（(：:])")


# a which-question of several things (哪些, 哪几个, 哪三家, 分别是, 叫什么名字); 哪个 asks one, which one sentence names
WHICH_RE = re.compile(r"哪些|哪几|哪[两二三四五六七八九十\d]+[个家座所项条处类种]|分别|叫什么|名字|名称")
# kinds of named things a count stands for (5个园区, 三县, 多家企业): the place words first, longest first
KINDS = tuple(sorted(set(NAMED_KINDS) | {"机构", "部门", "单位", "高校", "大学", "院校", "厂商", "车企", "门店", "商家", "协会",
                                          "合作社", "媒体", "机场", "港口", "口岸", "车站", "线路", "赛事", "展会", "社区",
                                          "地区", "省份", "县区", "县市", "市县", "区县", "乡镇", "地市", "省", "市", "县", "区",
                                          "镇", "乡", "村"}, key=len, reverse=True))
KIND = "(" + "|".join(KINDS) + ")"
# a kind of two characters or more may follow words of its own (哪些医药企业); one of one character follows at once
# (哪几个县, not the 省 of 哪些人为某省…)
LONG_KINDS = "|".join(k for k in KINDS if len(k) > 1)
NOUN_KIND = r"(?:[\u4e00-\u9fff]{0,6}?(" + LONG_KINDS + ")|(" + "|".join(k for k in KINDS if len(k) == 1) + "))"
MEASURES = "个家座所项条处批"
ASKED_KIND_RE = re.compile(r"哪(?:些|几|[两二三四五六七八九十\d]+)[" + MEASURES + r"]?" + NOUN_KIND)
# 哪些做法, 哪几项措施: the question names what it asks right after 哪些; when that is no kind of named thing, a
# count it states elsewhere (推进12个项目时采取了哪些做法) is context, not the things asked
ASKED_NOUN_RE = re.compile(r"哪(?:些|几)[" + MEASURES + r"]?(?![是有在为呢吗])[\u4e00-\u9fff]")
# 新建的5所乡村学校分别是哪些, 这5所学校叫什么: a count the question states of the things it asks
STATED_KIND_RE = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)[" + MEASURES + r"]?" + NOUN_KIND)
# …途经的城市，甲市以外还剩哪几个: the kind named before the clause asking which
TOPIC_KIND_RE = re.compile(KIND + r"[，,][^，,]*哪(?:些|几)[" + MEASURES + r"]?[？?]?$")


ONE_RE = re.compile(r"[那这哪]一?[个家座所项条处]")  # 三所学校里最老的那所叫什么: one of a whole asked


def counted_kind(question: str) -> str:
    """The kind of named thing a which-question asks several of (哪几个县 -> 县, 这5所学校叫什么 -> 学校, …的城市，
    还剩哪几个 -> 城市), or ''."""
    if not WHICH_RE.search(question) or ONE_RE.search(question):
        return ""
    if m := ASKED_KIND_RE.search(question):
        return m.group(1) or m.group(2)
    if m := TOPIC_KIND_RE.search(question):
        return m.group(1)
    if ASKED_NOUN_RE.search(question):
        return ""
    stated = STATED_KIND_RE.search(question)
    if stated and _count(re.match(r"\d+|[两二三四五六七八九十百]+", stated.group(0)).group(0)) >= 2:
        return stated.group(1) or stated.group(2)
    return ""


# the count or the collective word a sentence counts a kind with: with its measure word (5个, 二十余家, 多家, 若干个, 一批,
# 两大) words may stand before the kind (5个产业园区); without one, the kind follows at once (三县, 六市, 各县区)
NUMERAL = "[0-9一两二三四五六七八九十百千]+"
MEASURED_RE = r"(" + NUMERAL + r"[余多]?|多|数|若干)([" + MEASURES + r"]|大)[\u4e00-\u9fff]{0,4}?"
BARE_RE = r"(" + NUMERAL + r"|各)()"
SHORT = {"城市": "市", "省份": "省", "县区": "县", "县市": "县", "区县": "区", "市县": "市", "乡镇": "镇", "村庄": "村"}  # 六市, 三县


def counted_wholes(kind: str, text: str) -> list[str]:
    """Where `text` counts things of `kind` as a whole (建成5个产业园区, 加强三县联动, 推动多家企业, 各县区), a count
    of one left out but 一批. A one-character kind (县) is read right after its count or measure word only."""
    measured = MEASURED_RE if len(kind) > 1 else MEASURED_RE.replace(r"[\u4e00-\u9fff]{0,4}?", "")
    found = []
    short = "|" + BARE_RE + SHORT[kind] if kind in SHORT else ""
    for m in re.finditer(r"(?:" + measured + "|" + BARE_RE + ")" + re.escape(kind) + short, text):
        count = m.group(1) or m.group(3) or (m.group(5) if short else "")
        measure = m.group(2) or ""
        if re.fullmatch(NUMERAL, count) and _count(count) < 2 and measure != "批":
            continue
        found.append(m.group(0))
    return found


def _count(text: str) -> int:
    return int(to_number(text) or 0)


def asked_group(question: str) -> tuple[list[str], int]:
    """(the group names, how many members the answer must name beyond the question's own) of a question asking
    what a named group consists of; ([], 0) for any other question."""
    if not ASKS_RE.search(question):
        counted = COUNTED_HELD_RE.search(question)
        return ([counted.group(1)], 2) if counted and _count(counted.group(2)) >= 2 else ([], 0)
    names = [m.group(1) for m in QUOTED_RE.finditer(question)]
    names += [m.group(0) for m in COLLECTIVE_RE.finditer(question) if not any(m.group(0) in n for n in names)]
    if not names:
        return [], 0
    others = OTHERS_RE.search(question)
    return names, max(2, _count(others.group(1)) if others else 2)


def _items(text: str) -> list[str]:
    return [t.strip("“”「」\"等") for t in SEPARATORS_RE.split(text) if t.strip("“”「」\"等")]


def _new(items: list[str], question: str, name: str) -> int:
    """How many of the items are not the group's name and not already named by the question (甲 in 甲、乙之外…)."""
    items = [i for i in items if len(i) >= 2 and i not in name]
    if not items or not BESIDES_RE.search(question):
        return len(items)
    common = set.intersection(*(words.char_pairs(i) for i in items))  # 产业 of 甲产业、乙产业 names none of them
    asked = words.char_pairs(question)
    return sum(1 for i in items if not ((words.char_pairs(i) - common) & asked))


JOINED_REACH = 2  # clauses after a count read for its members (多家企业参与，包括甲、乙和丙)


def _other_kind(clause: str, kind: str) -> bool:
    """Does an enumeration in `clause` close with 等 and a kind other than the one asked (甲节、乙节等活动 for 城市)?"""
    m = re.search(r"等([\u4e00-\u9fff]{1,6})$", clause)
    return bool(m and kind) and not m.group(1).endswith((kind, SHORT.get(kind, kind)))


def _members_next_to(text: str, name: str, question: str, joined: bool = False, kind: str = "") -> int:
    """The most members written right before or right after one mention of `name` in `text`. `joined`: two joined
    by 和 before it (甲县和乙县两县) or an enumeration in the clause or the next after it (20个城市，甲、乙、丙…;
    多家企业参与，包括甲、乙…) count too."""
    best = 0
    for m in re.finditer(re.escape(name), text):
        before = re.split(r"[，。；;,：:（(]", text[: m.start()].rstrip("“「\"等"))[-1]
        if "、" in before or "”“" in before or (joined and ENUMERATES_RE.search(before)):
            best = max(best, _new(_items(before), question, name))  # 甲、乙、丙等四大基地, “甲”“乙”四大产业
        rest = text[m.end():]
        if after := AFTER_RE.match(rest):
            clause = re.split(r"[。；;）)]", rest[after.end():])[0]
            best = max(best, _new(_items(clause), question, name))
        if joined:  # 5个园区，总产值80亿元: a clause after the count enumerating nothing names none of them
            clauses = re.split(r"[，,：:]", re.split(r"[。；;]", rest)[0])[:JOINED_REACH]
            listing = [c for c in clauses if "、" in c and not _other_kind(c, kind)]
            best = max([best] + [_new(_items(c), question, name) for c in listing])
    return best


def _unnamed_group(question: str, texts: list[str]) -> bool:
    names, needed = asked_group(question)
    if not names:
        return False
    naming = [t for t in texts if any(n in t for n in names)]
    if not naming:
        return False
    if any(ENUMERATES_RE.search(t) for t in texts if t not in naming):
        return False  # another sentence enumerates (甲和乙分别…): it may be the members, written apart from the name
    return all(_members_next_to(t, n, question) < needed for t in naming for n in names if n in t)


def _counted_only(question: str, texts: list[str]) -> bool:
    """Does an answer to a question asking which things of a kind (哪几个县, 这5所学校叫什么) count them (三县,
    5所学校, 多家企业, 各县区) and name none of them?"""
    kind = counted_kind(question)
    if not kind:
        return False
    wholes = {t: counted_wholes(kind, t) for t in texts}
    naming = [t for t in texts if wholes[t]]
    if not naming or any(ENUMERATES_RE.search(t) for t in texts if t not in naming):
        return False
    return all(_members_next_to(t, w, question, joined=True, kind=kind) < 2 for t in naming for w in wholes[t])


def unnamed(question: str, texts: list[str]) -> bool:
    """Does an answer to a question asking a group's members quote the group's name (“三最”, 四大基地) or count it (5所学校)
    without its members? Only an answer that names or counts the group is judged (one that lists members without
    it is left to the rest)."""
    return _unnamed_group(question, texts) or _counted_only(question, texts)
