"""People named in a sentence, with the role the text gives them, for 谁 questions.

Names come from jieba's person tags (nr, nrfg, nrt), glued where jieba splits a name (王|大伟,
孙|琥峰, 欧阳明|远), of 2 to 4 characters, transliterations whose parts · joins (阿|米特·沙阿),
or Latin names after a role (answer/latin_names.py). A role is read on either side of a name
(急诊科副主任李景栋, 李向前院长); the role asked, from the question (策展人是谁 -> 策展人)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import latin_names
from assistant.answer.dotted_names import NAME_TAGS, NOT_IN_NAME, dotted_names
from assistant.answer.roles import (INTRODUCING_ROLE, ROLE_TAIL, appointed, asked_act, asked_role_nouns, asked_roles,
                                   does_act, holds, reads_as_role, rival)
from assistant.query.question import Question
from assistant.text import words
from assistant.text.words import chinese_word

# Words after which a name has ended (latin_names.NAME_ENDS): 区长孙琥峰在接受采访时说.
# (创始人张|兴海对…给予评价, 县长王某也表示, 就…回应: a preposition or an adverb of his own act opens what he does)
AFTER_NAME = r"(?=\s|" + latin_names.NAME_ENDS + r"|对|就|还|向)"
LOOK = 5  # candidates searched for a person who holds the role asked (answer/extractive.py, selector.py)
COMMON_WORD_FREQ = 20  # jieba dictionary count above which a 'name' is an ordinary word
SEPARATOR_RE = re.compile(r"[，,。；;：:、！？!?（）()《》【】“”\"'\s]")
# A credit line's mark between a role and a name (主编丨柴婧, 【编辑:梁异】, 责编 | 徐振天). 丨 is a CJK
# character (a radical) that running text never uses, so it is read as the bar it is drawn as.
CREDIT_MARK_RE = re.compile(r"\s*[|｜:：]\s*$")


# who wrote the article: (记者 陈地、王春燕) in brackets, or 本报记者 于蕊 a line of its own
BYLINE_ROLES = ("记者", "通讯员", "撰稿", "作者")
BYLINE_ROLE_LEN = 10  # characters: a newspaper and 记者 (工人日报-中工网记者), not a clause
OPEN_BRACKET = re.compile(r"[(（][^()（）]*$")
ASKS_WRITER = re.compile(r"写|报道|采访|记者|通讯员|撰稿|作者")
PHOTO_ROLE = "摄"
PHOTO_CREDIT = re.compile(r" ?摄(?![像制影])")
ASKS_PHOTO = re.compile(r"拍|摄|照片|图片")
PHOTO_ASKED = re.compile(r"拍摄|照片|图片|拍的")


@dataclass(frozen=True)
class Person:
    name: str
    start: int  # span of role and name in the text
    end: int
    role: str  # the words before or after the name that give the role ('' when none)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    out, pos = [], 0
    for word, flag in words.tagged(text):
        at = text.find(word, pos)
        at = pos if at < 0 else at
        out.append((word, flag, at))
        pos = at + len(word)
    return out


LANDMARK_ENDS = "塔楼桥寺庙馆园港湾湖岛峰殿宫"
# (not 长孙 or 东方, which jieba also cuts out of 区区|长孙|琥峰 and 东方明珠)
COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 皇甫 慕容 令狐 司徒 夏侯 尉迟 公孙 宇文 端木 独孤 南宫 "
                              "西门 澹台 轩辕 闻人 呼延 申屠 钟离 公冶 赫连".split())
GLUE_TAGS = ("n", "a", "b", "j", "nr", "ns", "nz", "ng", "nrfg", "nrt")


def _introduced(tokens: list[tuple[str, str, int]], i: int, asked: tuple[str, ...]) -> bool:
    """A role word stands right before token i (one space allowed): the role asked about,
    or a noun that reads as a role (区长, 记者, 策展|人)."""
    k = i - 1
    if k >= 0 and tokens[k][0] == " ":
        k -= 1
    if k < 0 or not chinese_word(tokens[k][0]):
        return False
    word, flag = tokens[k][0], tokens[k][1]
    joined = (tokens[k - 1][0] if k > 0 and chinese_word(tokens[k - 1][0]) else "") + word
    if any(joined.endswith(a) for a in asked):
        return True
    return len(word) >= 2 and flag[:1] in ("n", "b", "j") and INTRODUCING_ROLE.search(word) is not None


def _name_at(tokens: list[tuple[str, str, int]], i: int, anchored: bool, introduced: bool = False) -> tuple[str, int] | None:
    """The name starting at token i and the index after it, or None. `anchored`: the words
    before it read as a role; `introduced`: a role word stands right before it, so a name
    jieba does not tag as one is accepted too."""
    word, flag, _ = tokens[i]
    if not chinese_word(word):
        return None
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    # 主持人欧阳|夏丹: after a role, a compound surname jieba reads as a place or a word, then
    # the given name
    if anchored and word in COMPOUND_SURNAMES and chinese_word(after) and len(after) <= 2 and after not in NOT_IN_NAME \
            and tokens[i + 1][1] in GLUE_TAGS:
        return word + after, i + 2
    is_name = flag.startswith(NAME_TAGS)
    if not is_name and not (introduced and flag[:1] == "n" and 2 <= len(word) <= 3 and not ROLE_TAIL.search(word)):
        return None
    name, j = word, i + 1
    # jieba splits some names after the surname: 王|大伟, 孙|琥峰
    if len(name) == 1 and j < len(tokens) and chinese_word(tokens[j][0]) and len(tokens[j][0]) <= 2 \
            and tokens[j][1] in GLUE_TAGS and tokens[j][0] not in NOT_IN_NAME:
        name += tokens[j][0]
        j += 1
    # 欧阳明|远表示: one more character after a role, when the name is short of four and a
    # verb or a separator follows, so the character cannot start the next word.
    if anchored and len(name) == 3 and j < len(tokens) and len(tokens[j][0]) == 1 and chinese_word(tokens[j][0]) \
            and tokens[j][0] not in NOT_IN_NAME and tokens[j][1][:1] in ("a", "v", "n", "b"):
        after = tokens[j + 1] if j + 1 < len(tokens) else ("", "x", 0)
        if after[1][:1] in ("v", "x", "p", "r", "d", "t") or not after[0]:
            name += tokens[j][0]
            j += 1
    # 比萨斜塔, 黄鹤楼: jieba tags some places and landmarks as names; one with no role
    # beside it that ends like a place or a building is none
    if len(name) < 2 or (not anchored and (name[-1] in "省市县区镇乡村州旗" or (len(name) >= 4 and name[-1] in LANDMARK_ENDS))):
        return None
    return name, j


def _common_word(name: str) -> bool:
    """A word jieba's dictionary knows well (福祉, 田野); most names it has never seen."""
    return words.frequency(name) >= COMMON_WORD_FREQ


def _four_character_word(token: tuple[str, str, int], name: str) -> bool:
    """One word of four characters jieba tags nr made of two words its dictionary knows well
    and reads as no name (纪检|监察, 绿水|青山, 拉开|帷幕), not 比尔|盖茨, 丰臣|秀吉 or 玄奘|法师
    (a name, then a role). News part a, first 1500 articles: 70 such kinds, no person."""
    halves = (name[:2], name[2:])
    return token[0] == name and len(name) == 4 and token[1] == "nr" and not ROLE_TAIL.search(halves[1]) \
        and all(words.frequency(h) >= PHRASE_HALF_FREQ and not words.tagged(h)[0][1].startswith(NAME_TAGS) for h in halves)


PHRASE_HALF_FREQ = 50  # 纪检 150, 绿水 54; 田中|角荣 (104, none), 麻生 7, 丰臣 0


LATIN_ASIDE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][A-Za-z][A-Za-z .&]{0,9}[）)] ?$")


def _role_before(text: str, start: int, asked: tuple[str, ...] = ()) -> tuple[str, int]:
    """The words between the last separator and the name (医院急诊科副主任), and where they
    begin; roles joined by 、 before it are all its (房东、实际管理者柯某)."""
    lo = start
    while lo > 0 and text[lo - 1] == " " and start - lo < 2:
        lo -= 1  # 本报记者 于蕊
    if aside := LATIN_ASIDE_RE.search(text, 0, lo):
        lo = aside.start()  # 首席运营官（COO）杨洪海: the role's Latin letters in brackets
    if mark := CREDIT_MARK_RE.search(text, 0, lo):  # 主编丨柴婧: the role is what the mark follows, if any
        cut = max((m.end() for m in SEPARATOR_RE.finditer(text, 0, mark.start())), default=0)
        credited = text[cut : mark.start()]
        return (credited, cut) if ROLE_TAIL.search(credited) or any(credited.endswith(a) for a in asked) else ("", lo)
    cut = max((m.end() for m in SEPARATOR_RE.finditer(text, 0, lo)), default=0)
    while cut > 0 and text[cut - 1] == "、":
        before = max((m.end() for m in SEPARATOR_RE.finditer(text, 0, cut - 1)), default=0)
        joined = text[before : cut - 1]
        if not (ROLE_TAIL.search(joined) or any(joined.endswith(a) for a in asked)):
            break
        cut = before
    return text[cut:lo], cut


def _time_given(name: str) -> bool:  # 于本周, 于今年 (影片将于本周…): the preposition 于 before a time word, no surname
    tagged = words.tagged(name[1:])
    return name[0] == "于" and len(name) >= 3 and len(tagged) == 1 and tagged[0][1] == "t"


def persons(text: str, asked: tuple[str, ...] = ()) -> list[Person]:
    """Every person named in `text`, with the role beside the name when there is one.
    `asked`: role words from the question, which may introduce a name."""
    text = text.replace("丨", "|")  # one character for one: the spans stay the text's
    tokens = _tokens(text)
    dotted = dotted_names(tokens)
    out: list[Person] = []
    i = 0
    while i < len(tokens):
        start = tokens[i][2]
        role, role_start = _role_before(text, start, asked)
        if out and out[-1].end > role_start:  # 房东柯某及现场管理者王某: a role ends at the name before
            role = text[out[-1].end : start].lstrip("及和与、 ")
            role_start = start - len(role)
        anchored = bool(role) and (ROLE_TAIL.search(role) is not None or any(role.endswith(a) for a in asked))
        found = dotted.get(i) or _name_at(tokens, i, anchored, anchored and _introduced(tokens, i, asked))
        if found is None:
            i += 1
            continue
        name, j = found
        end = tokens[j - 1][2] + len(tokens[j - 1][0])
        # 李向前院长, 隆纳·雷根总统: a role noun, or the role asked, right after the name
        role_after = j < len(tokens) and chinese_word(tokens[j][0]) and (any(len(a) >= 2 and tokens[j][0].endswith(a) and reads_as_role(a) for a in asked)
                                                                         or (tokens[j][1].startswith("n") and ROLE_TAIL.search(tokens[j][0]) is not None))
        strong = anchored and (INTRODUCING_ROLE.search(role) or any(role.endswith(a) for a in asked))
        if _time_given(name) or (_common_word(name) or _four_character_word(tokens[i], name)) and not (strong or role_after):
            i = j  # 福祉, 养老: dictionary words jieba tags as names, not people here
            continue
        photo = PHOTO_CREDIT.match(text, end)
        if anchored:
            out.append(Person(name, role_start, end, role))
        elif photo:  # 许永强 摄: a photo credit, the photographer's role after the name
            out.append(Person(name, start, photo.end(), PHOTO_ROLE))
        elif role_after:
            out.append(Person(name, start, tokens[j][2] + len(tokens[j][0]), tokens[j][0]))
        elif out and out[-1].role and re.fullmatch(r"[\s、]+", text[out[-1].end : start]):
            out.append(Person(name, start, end, out[-1].role))  # 记者 陈博琳 刘鹰: the role covers both
        else:
            out.append(Person(name, start, end, ""))
        i = j
    out += [Person(*found) for found in latin_names.after_roles(text, asked, _role_before)]
    return _photo_credits(text, _named_after_asked_roles(text, asked, out))


# 史春阳 摄 after a caption: the name jieba may cut apart (史|春阳), between a separator or
# the caption's full stop and the 摄 that closes the credit
PHOTO_NAME_RE = re.compile(r"(?:^|(?<=[\s。，,；;:：)）]))([\u4e00-\u9fff]{2,4}) ?摄(?![像制影])")


def _photo_credits(text: str, out: list[Person]) -> list[Person]:
    for m in PHOTO_NAME_RE.finditer(text):
        first = words.tagged(m.group(1))[0]
        if any(p.start <= m.start(1) < p.end for p in out) or not first[1].startswith(NAME_TAGS):
            continue
        out.append(Person(m.group(1), m.start(1), m.end(), PHOTO_ROLE))
    return sorted(out, key=lambda p: p.start)


# 主任孙|新阳主持会议: after a role, a surname jieba does not tag as one, then the given name
SURNAME_AFTER_ROLE = r"(?:长|书记|主任|委员|主席|经理|教授|记者) ?(?=[" + "".join(sorted(words.SURNAMES)) + "])"


def _named_after_asked_roles(text: str, asked: tuple[str, ...], out: list[Person]) -> list[Person]:
    """Names jieba cuts apart (区区|长孙|琥峰, 孙|新阳), found after the question's role word
    or a role and a surname: then two to four characters up to where a name must end."""
    for role in [re.escape(a) + " ?" for a in asked] + [SURNAME_AFTER_ROLE]:
        for m in re.finditer(role + r"([\u4e00-\u9fff]{2,4}?)" + AFTER_NAME, text):
            name = m.group(1)
            first = words.tagged(name)[0]
            # a word jieba's dictionary does not hold right after the role asked is a name it
            # guessed another tag for (社长杉野行|雄: 杉野行 nt)
            unknown = role != SURNAME_AFTER_ROLE and len(first[0]) >= 2 and not words.in_dictionary(first[0])
            if any(p.start <= m.start(1) < p.end for p in out) or not (first[1].startswith(NAME_TAGS) or len(first[0]) == 1 or unknown):
                continue
            # not 长|江大桥, 家长|和学生: the surname starts a word, and no function word is in the name
            if role == SURNAME_AFTER_ROLE and (set(name) & NOT_IN_NAME or not _role_word_then_name(text, m.start(1))):
                continue
            role_text, role_start = _role_before(text, m.start(1), asked)
            out.append(Person(name, role_start, m.end(1), role_text))
    return sorted(out, key=lambda p: p.start)


def _role_word_then_name(text: str, at: int) -> bool:
    """A role word of two characters at least ends right before `at` and a word starts there
    (副局长|孙|新阳, not 潜望式|长|焦模组 or 长江|大桥)."""
    tokens = _tokens(text)
    return any(t[2] == at for t in tokens) and any(len(t[0]) >= 2 and t[2] + len(t[0]) == at - (text[at - 1] == " ")
                                                   and ROLE_TAIL.search(t[0]) for t in tokens)


def _appointed(text: str, person: Person, asked: tuple[str, ...]) -> Person:
    """`person` with the role the text gives after the name when it is the one asked."""
    found = appointed(text[person.end :], asked)
    return replace(person, role=found[0], end=person.end + found[1]) if found else person


def wanted_persons(q: Question, text: str) -> list[Person]:
    """People in `text` who could answer: not named in the question, holding the role it
    asks about when it names one (谁是记者 wants the reporter)."""
    anchors = asked_roles(q)
    roles = asked_role_nouns(q)  # any asked word may introduce a name (推荐谁出任); only a role decides who answers
    found = [p for p in persons(text, anchors) if p.name not in q.text]
    if not roles and not ASKS_WRITER.search(q.text):  # a byline answers only who wrote or reported
        found = [p for p in found if not byline(text, p)]
    if not ASKS_PHOTO.search(q.text):  # a photographer answers only who took a picture
        found = [p for p in found if p.role != PHOTO_ROLE]
    elif PHOTO_ASKED.search(q.text):  # 照片是谁拍摄的: only who a photo credit names
        found = [p for p in found if p.role == PHOTO_ROLE or PHOTO_CREDIT.match(text, p.end)]
    if roles:
        found = [p if p.role else _appointed(text, p, roles) for p in found]
        found = [p for p in found if p.role and holds(p.role, roles, ranked=not q.english)]
    if act := asked_act(q):  # 由谁主持: not who the text says attended and spoke (a byline reported)
        found = [p for p in found if does_act(text, p.role, p.end, act) or byline(text, p)]
    return found


def denies(q: Question, text: str) -> bool:
    """A question asking a meeting act (由谁主持) and a sentence naming nobody who did it, or one
    asking a role (主编是谁) and a sentence naming others in a rival post (编辑:梁异) and nobody in
    it: a selector's probability does not make that sentence a person answer (abstain.vouched)."""
    if asked_act(q):
        return not wanted_persons(q, text)
    roles = asked_role_nouns(q)
    return bool(roles) and any(p.role and p.name not in q.text and rival(p.role, roles) for p in persons(text, roles)) \
        and not wanted_persons(q, text)


def byline(text: str, p: Person) -> bool:
    """Does `p` sign the article as its reporter rather than act in it?"""
    role = p.role.strip()
    return 0 < len(role) <= BYLINE_ROLE_LEN and role.endswith(BYLINE_ROLES) \
        and (OPEN_BRACKET.search(text[: p.start]) is not None or len(text.strip()) - (p.end - p.start) <= 4)

