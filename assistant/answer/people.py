"""People named in a sentence, with the role the text gives them, for 谁 questions.

Names come from jieba's person tags (nr, nrfg, nrt), glued where jieba splits a name
(王|大伟, 孙|琥峰, 欧阳明|远, 主持人欧阳|夏丹), of 2 to 4 characters, or are transliterated
names of any length whose parts · joins, however jieba cuts each part (阿|米特·沙阿). A
role is read from the text around the name, in either order the language uses: 职务+姓名 (急诊科副主任李景栋) or 姓名+职务 (李向前院长). The role asked about is
taken from the question itself (沈阳某医院的策展人是谁 -> 策展人), not from a fixed list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.query.question import Question, english_head, topic_groups
from assistant.text import words

NAME_TAGS = ("nr", "nrfg", "nrt")
# An executive title written in Latin letters (CEO, CFO, CMO) is a role like any other.
LATIN_ROLE = "C[A-Z]O"
LATIN_ROLE_RE = re.compile(LATIN_ROLE + "$")
# How Chinese role nouns end (县长, 副主任, 策展人, 工程师, 研究员, 外交官, 记者, 企业家...):
# a morphological pattern, used only when the question names no role.
ROLE_TAIL = re.compile(
    r"(?:长|书记|主任|委员|代表|主席|总裁|总监|经理|董事|理事|秘书|教授|院士|专家|干部|编辑|导演|教练|队员|"
    r"[^\W\d_]人|师|员|官|家|者|生|手|士|警|将|帅|" + LATIN_ROLE + ")$"
)
# The narrower set that may introduce a name jieba does not tag as one (区长 孙琥峰).
INTRODUCING_ROLE = re.compile(r"(?:长|书记|主任|委员|代表|主席|经理|教授|记者|人|员|师|官|" + LATIN_ROLE + ")$")
# Words after which a name has ended: 区长孙琥峰在接受采访时说.
AFTER_NAME = r"(?=[\s，,。、；;：:）)“”]|在|说|表示|接受|指出|介绍|认为|强调|称|提出|带领|主持|出席|$)"
COMMON_WORD_FREQ = 20  # jieba dictionary count above which a 'name' is an ordinary word
# Characters that end a name rather than continue it (李景栋说, 王婷将于...).
NOT_IN_NAME = set("说称讲问答指谈在将于和与及等的是为对也都就又还曾已被把向从带让给到说了着过表认")
SEPARATOR_RE = re.compile(r"[，,。；;：:、！？!?（）()《》“”\"'\s]")
ASKED_ROLE_RE = re.compile(r"(?:^|[，,的之])?([^，,的之]{1,12}?)(?:是|为|叫)?(?:谁|哪位|什么人|何人|什么名字|姓名|名字)")
ASKED_ROLE_AFTER_RE = re.compile(r"(?:谁|哪位)(?:是|担任|任)([^，,？?。]{1,12})")


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


def _chinese(word: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", word))


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
    if k < 0 or not _chinese(tokens[k][0]):
        return False
    word, flag = tokens[k][0], tokens[k][1]
    joined = (tokens[k - 1][0] if k > 0 and _chinese(tokens[k - 1][0]) else "") + word
    if any(joined.endswith(a) for a in asked):
        return True
    return len(word) >= 2 and flag[:1] in ("n", "b", "j") and INTRODUCING_ROLE.search(word) is not None


def _name_at(tokens: list[tuple[str, str, int]], i: int, anchored: bool, introduced: bool = False) -> tuple[str, int] | None:
    """The name starting at token i and the index after it, or None. `anchored`: the words
    before it read as a role; `introduced`: a role word stands right before it, so a name
    jieba does not tag as one is accepted too."""
    word, flag, _ = tokens[i]
    if not _chinese(word):
        return None
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    # 主持人欧阳|夏丹: after a role, a compound surname jieba reads as a place or a word, then
    # the given name
    if anchored and word in COMPOUND_SURNAMES and _chinese(after) and len(after) <= 2 and after not in NOT_IN_NAME \
            and tokens[i + 1][1] in GLUE_TAGS:
        return word + after, i + 2
    is_name = flag.startswith(NAME_TAGS)
    if not is_name and not (introduced and flag[:1] == "n" and 2 <= len(word) <= 3 and not ROLE_TAIL.search(word)):
        return None
    name, j = word, i + 1
    # jieba splits some names after the surname: 王|大伟, 孙|琥峰
    if len(name) == 1 and j < len(tokens) and _chinese(tokens[j][0]) and len(tokens[j][0]) <= 2 \
            and tokens[j][1] in GLUE_TAGS and tokens[j][0] not in NOT_IN_NAME:
        name += tokens[j][0]
        j += 1
    # 欧阳明|远表示: one more character after a role, when the name is short of four and a
    # verb or a separator follows, so the character cannot start the next word.
    if anchored and len(name) == 3 and j < len(tokens) and len(tokens[j][0]) == 1 and _chinese(tokens[j][0]) \
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
    if not _chinese(word) or word in NOT_IN_NAME:
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
        role_after = j < len(tokens) and tokens[j][1].startswith("n") and ROLE_TAIL.search(tokens[j][0]) is not None
        strong = anchored and (INTRODUCING_ROLE.search(role) or any(role.endswith(a) for a in asked))
        if _common_word(name) and not (strong or role_after):
            i = j  # 福祉, 养老: dictionary words jieba tags as names, not people here
            continue
        if anchored:
            out.append(Person(name, role_start, end, role))
        elif role_after:
            out.append(Person(name, start, tokens[j][2] + len(tokens[j][0]), tokens[j][0]))
        elif out and out[-1].role and re.fullmatch(r"[\s、]+", text[out[-1].end : start]):
            out.append(Person(name, start, end, out[-1].role))  # 记者 陈博琳 刘鹰: the role covers both
        else:
            out.append(Person(name, start, end, ""))
        i = j
    return _named_after_asked_roles(text, asked, out)


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


def asked_roles(q: Question) -> tuple[str, ...]:
    """The role a 谁 question asks about: 东丰县县长是谁 -> 县长; 谁是记者 -> 记者; for an
    English question, the translations of its words that read as roles."""
    if q.english:
        # "Which reporter interviewed the head of X": the noun after which is the role asked,
        # the head of X is who was interviewed
        opened = re.match(r"\s*(?:which|what)\s+([a-z]+)", q.text, re.IGNORECASE)
        if opened and q.head_group and opened.group(1).lower() == english_head(q.text).lower():
            named = tuple(t for t in q.head_group if len(t) >= 2 and INTRODUCING_ROLE.search(t))
            if named:
                return named
        # the head of Longshan District: the role may come from the place's level (区长)
        groups = ([q.head_group] if q.head_group else []) + list(topic_groups(q))
        return tuple(dict.fromkeys(t for g in groups for t in g if len(t) >= 2 and INTRODUCING_ROLE.search(t)))
    m = ASKED_ROLE_AFTER_RE.search(q.text) or ASKED_ROLE_RE.search(q.text)
    role = role_head(m.group(1)) if m else ""
    return (role,) if role else ()


def role_head(phrase: str) -> str:
    """The role a phrase ends in: 急诊科|副|主任 -> 主任, 策展|人 -> 策展人 (one character is
    too little); '' when it ends in none."""
    latin = LATIN_ROLE_RE.search(phrase.strip())
    if latin:  # T3出行的CMO
        return latin.group()
    tagged = [(w, flag) for w, flag in words.tagged(phrase.strip()) if _chinese(w)]
    # 该片由谁执导, 会议由谁主持: 谁 after a preposition is who acts, the phrase names no role
    if not tagged or tagged[-1][1][:1] == "p":
        return ""
    tokens = [w for w, _ in tagged]
    role = tokens[-1]
    if len(role) == 1 and len(tokens) > 1:
        role = tokens[-2] + role
    return role if len(role) >= 2 or ROLE_TAIL.search(role) else ""


def role_matches(role: str, asked: tuple[str, ...]) -> bool:
    """副县长 is not 县长: a deputy holds another role than the one asked about. Roles joined
    by 、 (房东、实际管理者) are each the person's."""
    if "、" in role:
        return any(role_matches(r, asked) for r in role.split("、") if r)
    for a in asked:
        if role.endswith(a):
            before = role[: -len(a)]
            if not before.endswith("副") or a.startswith("副"):
                return True
        elif len(role) >= 2 and a.endswith(role):
            return True
    return False


# Role words that name a kind of role, not one: an office's 负责人 is its 局长 or 主任, an
# 专家 a 研究员 or 教授 (general vocabulary; a question asks with these, a text names the post).
ROLE_KINDS = {"负责人": re.compile(r"(?:长|书记|主任|经理|总监|主席|总裁|负责人)$"),
              "专家": re.compile(r"(?:研究员|教授|专家|学者|院士|工程师)$")}
# A role given after the name: 选举丁某为党委书记, 张某当选为主席, 李某出任总经理.
APPOINTED = r"(?:当选为?|被?选为|为|任|担任|出任)"


def holds(role: str, asked: tuple[str, ...]) -> bool:
    """Does a person's role answer a question asking about `asked`: the role itself, or one
    of the posts a kind of role (负责人, 专家) covers, a deputy's included."""
    if role_matches(role, asked):
        return True
    last = re.split(r"[、，,]", role)[-1]
    return any(a in ROLE_KINDS and ROLE_KINDS[a].search(last) for a in asked)


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
    roles = asked_roles(q)
    found = [p for p in persons(text, roles) if p.name not in q.text]
    if roles:
        found = [p if p.role else _appointed(text, p, roles) for p in found]
        found = [p for p in found if p.role and holds(p.role, roles)]
    return found
