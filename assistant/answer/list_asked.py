"""What a 哪些 question asks of a list: the kind of item, a counted name (“六县建设”), speakers of one role, a list said to be it."""

from __future__ import annotations

import re

from assistant.answer.lists import DIGITS
from assistant.text import places, quantities, words


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
    from assistant.answer import people  # people reads no list; imported here to keep list_asked light

    found = people.persons(text[:20])
    if not found or found[0].start != 0 or not found[0].role or not found[0].role.strip():
        return None
    return found[0].role.strip(), found[0].name


def _asked_frame(text: str, noun: str) -> tuple[str, str] | None:
    """(role, name) a sentence opens with when the role is the kind of item asked, `noun` (人大代表 for 哪些人大代表),
    else None."""
    frame = _frame(text)
    return frame if frame is not None and noun and (frame[0].endswith(noun) or noun.endswith(frame[0])) else None


def same_frame(texts: list[str], at: int, question: str) -> list[int]:
    """Positions of the sentences near `at` that open as it does with the same role and
    another person (人大代表张凤栋说，…。…人大代表金峰霄说，…): speakers of one list, each in
    a paragraph of their own; [] when the sentence opens with no role and name, or with a
    role other than the kind of item the question asks for (哪些人大代表)."""
    frame = _asked_frame(texts[at], asked_noun(question))
    if frame is None:
        return []
    out = []
    for j in range(max(0, at - FRAME_SPAN), min(len(texts), at + FRAME_SPAN + 1)):
        other = _frame(texts[j]) if j != at else frame
        if other is not None and other[0] == frame[0] and (j == at or other[1] != frame[1]):
            out.append(j)
    return out if len(out) > 1 else []


PEOPLE_ASKED_RE = re.compile(r"哪(?:几|些|[两二三四五六七八九十])[位名]")  # 哪几位人大代表: people of a role asked
FRAMED_SHARE = 0.6  # a sentence opening with the role asked and a name is read at this share of the best's support
FRAMED_SEARCH = 5  # candidates (the best included) searched for it


def framed_first(question: str, scored: list, support) -> object | None:
    """The first nearly as well supported candidate opening with the role a 哪几位 question asks and a name (人大代表张三说，…
    for 哪几位人大代表发了言), when the best does not (a report's lead, 出席会议的代表分组审议报告, names none of the
    delegates who spoke): the speakers' list is read from it (`same_frame`); None when the best opens so or none does."""
    # every list question comes here: one asking no people is let go before any sentence is read for a frame
    noun = asked_noun(question) if PEOPLE_ASKED_RE.search(question) else ""
    if not scored or not noun or _asked_frame(scored[0].sentence.text, noun):
        return None
    return next((sc for sc in scored[1:FRAMED_SEARCH] if support(sc) >= FRAMED_SHARE * support(scored[0])
                 and _asked_frame(sc.sentence.text, noun)), None)


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


# kinds whose items are named things (甲酒店、乙广场等项目, 丙集团、丁公司): a list of them is written with nouns, never
# as praise or aims (主题鲜明、措施有力 for 哪几个项目); not 原则, 措施, 方面, 任务, whose items are often acts (坚持甲、乙并重)
NAMED_KINDS = ("项目", "工程", "企业", "公司", "集团", "品牌", "产品", "景区", "景点", "园区", "基地", "平台", "学校",
               "医院", "场馆", "酒店", "银行", "城市", "国家", "省份", "县区", "乡镇", "村庄", "街道", "车型")


def named_kind(question: str) -> str:
    """The kind a 哪些 question asks when its items are named things (哪几个项目 -> 项目, 哪些医药企业 -> 企业), else ''."""
    noun = asked_noun(question)
    return next((k for k in NAMED_KINDS if noun.endswith(k)), "")


KIND_JOINS = ("或", "或者", "或其", "和", "及", "与", "及其")
COUNTED_ASKING = r"哪(?:些|几|[两二三四五六七八九十](?![十百千万])|\d{1,2}(?!\d|月|日|号|年))"  # 哪些, 哪几, 哪两家, 哪3类


def _asked_kind(question: str) -> tuple[set[str], int]:
    """The nouns naming the kind asked (the word right after 哪些/哪几, and one joined to it by
    或/和: 哪几个镇遭遇了 -> 镇, 哪些企业或其基金会 -> 企业, 基金会) and where what is asked of
    them begins (-1 when the question has no 哪些/哪几; a counted 哪两家企业被认定为… asks as 哪些企业… does)."""
    m = re.search(COUNTED_ASKING, question)
    if m is None:
        return set(), -1
    kind: set[str] = set()
    at = m.end()
    joined = placed = False
    counted = m.group() not in ("哪些", "哪几")
    for i, (word, flag) in enumerate(words.tagged(question[m.end():])):
        if counted and i == 0 and re.fullmatch(MEASURE, word):  # 哪两项|举措, 哪三条|措施: jieba tags the measure word a noun
            at += len(word)
            continue
        if placed and flag[:1] == "n" and not flag.startswith("ns"):  # 哪两家东辽企业: the place's 企业 are the kind
            kind.add(word)
            placed = False
        elif kind and not joined and word in KIND_JOINS:  # 哪些企业或其基金会: two kinds asked
            joined = True
        elif kind and joined and word == "其":
            pass
        elif (kind and not joined) or flag[:1] not in ("n", "j", "m", "q"):  # 哪几|个|镇: a measure word before it
            break
        elif flag[:1] in ("n", "j"):  # one word each: jieba tags a verb after it (镇|遭遇) a noun too
            kind.add(word)
            joined, placed = False, not kind - {word} and (flag.startswith("ns") or bool(places.known_level(word)))
        at += len(word)
    # 哪两项民营经济配套举措: no kind noun right after the count, the words after are the items' kind as a phrase
    # (modifiers jieba tags otherwise), not what is done to them: nothing is read after it
    return kind, (at if kind or not counted else -1)


def topic_words(question: str, terms) -> list[str]:
    """The question's words (two characters or more: one matches anywhere) but the kind asked."""
    kind, _ = _asked_kind(question)
    return [t for t in terms if len(t) >= 2 and t not in kind]


def predicate_words(question: str, terms) -> list[str]:
    """The question's words that say what is asked of its items, after the kind asked
    (哪些企业各捐赠了3000万元 -> 捐赠, 万元; not 大丰区 of 大丰区哪几个镇遭遇了龙卷风, the
    place the items are in, which any sentence about it names)."""
    _, at = _asked_kind(question)
    return [t for t in topic_words(question, terms) if at >= 0 and question.find(t, at) >= 0]
