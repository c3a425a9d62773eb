"""People named in a sentence, with the role the text gives them, for 谁 questions.

Names come from jieba's person tags (nr, nrfg, nrt), glued where jieba splits a name (王|大伟,
孙|琥峰, 欧阳明|远), of 2 to 4 characters, transliterations whose parts · joins (阿|米特·沙阿),
or Latin names after a role (answer/latin_names.py). A role is read on either side of a name
(急诊科副主任李景栋, 李向前院长); the role asked, from the question (策展人是谁 -> 策展人)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import latin_names
from assistant.answer.roles import INTRODUCING_ROLE, ROLE_TAIL, asked_roles, chinese_word, holds, reads_as_role, role_matches
from assistant.query.question import Question
from assistant.text import words

NAME_TAGS = ("nr", "nrfg", "nrt")
# Words after which a name has ended: 区长孙琥峰在接受采访时说.
AFTER_NAME = r"(?=[\s，,。、；;：:）)“”]|在|说|表示|接受|指出|介绍|认为|强调|称|提出|带领|主持|出席|$)"
COMMON_WORD_FREQ = 20  # jieba dictionary count above which a 'name' is an ordinary word
# Characters that end a name rather than continue it (李景栋说, 王婷将于...).
NOT_IN_NAME = set("说称讲问答指谈在将于和与及等的是为对也都就又还曾已被把向从带让给到说了着过表认")
SEPARATOR_RE = re.compile(r"[，,。；;：:、！？!?（）()《》“”\"'\s]")


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


def _name_part(token: tuple[str, str, int], common: int) -> bool:
    """Can this token be a piece of a transliterated name (阿|米特, 马|埃斯特|雷利)? A name
    tag, a single character that is no function word or verb, or a noun jieba's dictionary
    counts fewer than `common` times; not a role word (负责人), a verb (执导), a figure."""
    import jieba

    word, flag, _ = token
    if not chinese_word(word) or word in NOT_IN_NAME:
        return False
    if flag.startswith(NAME_TAGS):
        return True
    if len(word) == 1:
        return flag[:1] not in ("p", "u", "c", "d", "m", "r", "f", "t", "q", "v")
    return flag[:1] in ("n", "j") and not ROLE_TAIL.search(word) and (jieba.get_FREQ(word) or 0) < common


def _dotted_names(tokens: list[tuple[str, str, int]]) -> dict[int, tuple[str, int]]:
    """Transliterated names, parts joined by · whatever jieba makes of each part (阿|米特·沙阿,
    安德烈亚·马|埃斯特|雷利): the token index where each begins -> (name, index after it).
    The first part stops at a word the dictionary knows well (首席部长, 大主教, 名叫), the
    others at a very common one, so 无锡·中国乡镇企业博物馆 is no name."""
    found: dict[int, tuple[str, int]] = {}
    i = 1
    while i < len(tokens):
        if tokens[i][0] != "·":
            i += 1
            continue
        lo = i
        while lo > 0 and _name_part(tokens[lo - 1], FIRST_PART_COMMON) \
                and sum(len(t[0]) for t in tokens[lo - 1 : i]) <= MAX_PART:
            lo -= 1
        j = i
        while lo < i and j < len(tokens) and tokens[j][0] == "·":
            k = j + 1
            while k < len(tokens) and _name_part(tokens[k], PART_COMMON) \
                    and sum(len(t[0]) for t in tokens[j + 1 : k + 1]) <= MAX_PART:
                k += 1
            if k == j + 1:
                break
            j = k
        if j == i:
            i += 1
            continue
        found[lo] = ("".join(t[0] for t in tokens[lo:j]), j)
        i = j
    return found


LANDMARK_ENDS = "塔楼桥寺庙馆园港湾湖岛峰殿宫"
MAX_PART = 8  # characters of one part of a transliterated name
# dictionary counts above which a word is no part of a foreign name: 保罗 (311), 买买提 (272)
# are names; 大主教 (102), 主演 (825), 无锡 (466) before a dot, 中国 or 快乐 after one, are not
FIRST_PART_COMMON, PART_COMMON = 100, 500


def _common_word(name: str) -> bool:
    """A word jieba's dictionary knows well (福祉, 田野); most names it has never seen."""
    import jieba

    return (jieba.get_FREQ(name) or 0) >= COMMON_WORD_FREQ


def _role_before(text: str, start: int, asked: tuple[str, ...] = ()) -> tuple[str, int]:
    """The words between the last separator and the name (医院急诊科副主任), and where they
    begin; roles joined by 、 before it are all its (房东、实际管理者柯某)."""
    lo = start
    while lo > 0 and text[lo - 1] == " " and start - lo < 2:
        lo -= 1  # 本报记者 于蕊
    cut = max((m.end() for m in SEPARATOR_RE.finditer(text, 0, lo)), default=0)
    while cut > 0 and text[cut - 1] == "、":
        before = max((m.end() for m in SEPARATOR_RE.finditer(text, 0, cut - 1)), default=0)
        joined = text[before : cut - 1]
        if not (ROLE_TAIL.search(joined) or any(joined.endswith(a) for a in asked)):
            break
        cut = before
    return text[cut:lo], cut


def persons(text: str, asked: tuple[str, ...] = ()) -> list[Person]:
    """Every person named in `text`, with the role beside the name when there is one.
    `asked`: role words from the question, which may introduce a name."""
    tokens = _tokens(text)
    dotted = _dotted_names(tokens)
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
        if _common_word(name) and not (strong or role_after):
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


def _named_after_asked_roles(text: str, asked: tuple[str, ...], out: list[Person]) -> list[Person]:
    """Names jieba cuts apart (区区|长孙|琥峰), found by the question's role word itself:
    the role, then two to four characters up to where a name must end."""
    for role in asked:
        for m in re.finditer(re.escape(role) + r" ?([\u4e00-\u9fff]{2,4}?)" + AFTER_NAME, text):
            name = m.group(1)
            first = words.tagged(name)[0]
            if any(p.start <= m.start(1) < p.end for p in out) or not (first[1].startswith(NAME_TAGS) or len(first[0]) == 1):
                continue
            role_text, role_start = _role_before(text, m.start(1), asked)
            out.append(Person(name, role_start, m.end(1), role_text))
    return sorted(out, key=lambda p: p.start)


# A role given after the name: 选举丁某为党委书记, 张某当选为主席, 李某出任总经理.
APPOINTED = r"(?:当选为?|被?选为|为|任|担任|出任|成为)"


def _appointed(text: str, person: Person, asked: tuple[str, ...]) -> Person:
    """`person` with the role the text gives after the name (…为党委书记) when it is the one
    asked; unchanged otherwise."""
    for a in asked:
        m = re.match(APPOINTED + r"([^，,。；;、：:“”]{0,15}?" + re.escape(a) + ")", text[person.end :])
        if m and role_matches(m.group(1), asked):
            return replace(person, role=m.group(1), end=person.end + m.end())
    return person


def wanted_persons(q: Question, text: str) -> list[Person]:
    """People in `text` who could answer: not named in the question, holding the role it
    asks about when it names one (谁是记者 wants the reporter)."""
    anchors = asked_roles(q)
    # any asked word may introduce a name (推荐谁出任); only a role decides who answers (not 配合谁)
    roles = tuple(a for a in anchors if reads_as_role(a))
    found = [p for p in persons(text, anchors) if p.name not in q.text]
    if not roles and not ASKS_WRITER.search(q.text):  # a byline answers only who wrote or reported
        found = [p for p in found if not byline(text, p)]
    if not ASKS_PHOTO.search(q.text):  # a photographer answers only who took a picture
        found = [p for p in found if p.role != PHOTO_ROLE]
    elif PHOTO_ASKED.search(q.text):  # 照片是谁拍摄的: only who a photo credit names
        found = [p for p in found if p.role == PHOTO_ROLE or PHOTO_CREDIT.match(text, p.end)]
    if roles:
        found = [p if p.role else _appointed(text, p, roles) for p in found]
        found = [p for p in found if p.role and holds(p.role, roles)]
    return found


def byline(text: str, p: Person) -> bool:
    """Does `p` sign the article as its reporter rather than act in it?"""
    role = p.role.strip()
    return 0 < len(role) <= BYLINE_ROLE_LEN and role.endswith(BYLINE_ROLES) \
        and (OPEN_BRACKET.search(text[: p.start]) is not None or len(text.strip()) - (p.end - p.start) <= 4)
