"""The role a 谁 question asks about and whether a person's role is it: 东丰县县长是谁 asks
for a 县长, and a 副县长 is not one; an office's 负责人 is its 局长 or 主任. Read from the
question's own words, not from a fixed list of roles.
"""

from __future__ import annotations

import re

from assistant.query.cedict import english_index
from assistant.query.crosslingual import variants
from assistant.query.english_question import english_head
from assistant.query.question import Question, topic_groups
from assistant.text import words
from assistant.text.role_words import LATIN_ROLE, ROLE_ENDINGS

LATIN_ROLE_RE = re.compile(LATIN_ROLE + "$")
# How Chinese role nouns end (text/role_words.py), used only when the question names no role.
ROLE_TAIL = re.compile(r"(?:" + ROLE_ENDINGS + ")$")
# The narrower set that may introduce a name jieba does not tag as one (区长 孙琥峰).
INTRODUCING_ROLE = re.compile(r"(?:长|书记|主任|委员|代表|主席|经理|教授|记者|人|员|师|官|" + LATIN_ROLE + ")$")
ASKED_ROLE_RE = re.compile(r"(?:^|[，,的之])?([^，,的之]{1,12}?)(?:是|为|叫)?(?:谁|哪位|什么人|何人|什么名字|姓名|名字)")
ASKED_ROLE_AFTER_RE = re.compile(r"(?:谁|哪位)(?:是|担任|任)([^，,？?。]{1,12})")
# 哪位记者采访了…, 接受了哪位记者的采访: the nouns after 哪位 are the role asked (哪位受访区长: the
# participle 受访 qualifies the role, 区长)
ASKED_WHICH_RE = re.compile(r"哪[位名](?:受访的?)?([\u4e00-\u9fff]{1,10})")
# 照片是谁拍摄的, 该片由谁执导: 谁 before a verb asks who acted, the words before it name no
# role (but 推荐谁出任 reads its verb: the text names who was recommended after 推荐)
ACTED_RE = re.compile(r"[是由]谁([\u4e00-\u9fff]{1,4})")


# Whose byline is on…, Who wrote the interview with…: the piece's writer is asked, whom its byline names as 记者
WRITER_ASKED_EN = re.compile(r"\bbylines?\b|\bwho\s+(?:wrote|authored|penned|filed)(?:\s+up)?\s+(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:article|interview|report|story|piece|commentary|feature|column|conversation|dialogue|profile)s?\b"
                             r"|\b(?:written|authored)\s+by\s+whom\b", re.IGNORECASE)


def asked_roles(q: Question) -> tuple[str, ...]:
    """The role a 谁 question asks about: 东丰县县长是谁 -> 县长; 谁是记者 -> 记者; for an
    English question, the translations of its words that read as roles."""
    if q.english:
        if WRITER_ASKED_EN.search(q.text):  # whose byline…, who wrote the interview with X: its reporter, not X
            return ("记者",)
        # "Which reporter interviewed the head of X": the noun after which is the role asked,
        # the head of X is who was interviewed
        opened = re.match(r"\s*(?:which|what)\s+([a-z]+)", q.text, re.IGNORECASE)
        if opened and q.head_group and opened.group(1).lower() == english_head(q.text).lower():
            named = tuple(t for t in q.head_group if len(t) >= 2 and INTRODUCING_ROLE.search(t))
            if named:
                return named
        # the head of Longshan District: the role may come from the place's level (区长)
        groups = ([q.head_group] if q.head_group else []) + list(topic_groups(q))
        found = [t for g in groups for t in g if len(t) >= 2 and INTRODUCING_ROLE.search(t)]
        return tuple(dict.fromkeys(headed_roles(q.text) + found))
    which = ASKED_WHICH_RE.search(q.text)
    nouns = []
    for word, flag in words.tagged(which.group(1)) if which else ():
        if flag[:1] not in ("n", "j") and word != "人":
            break
        nouns.append(word)
    nouns = _role_run(nouns)
    if nouns:
        role = role_head("".join(nouns))
        return (role,) if role else ()
    m = ASKED_ROLE_AFTER_RE.search(q.text)
    acted = ACTED_RE.search(q.text)
    if m is None and not (acted and words.tagged(acted.group(1))[0][1][:1] == "v"):
        m = ASKED_ROLE_RE.search(q.text)
    role = role_head(m.group(1)) if m else ""
    return (role,) if role else ()


def _role_run(nouns: list[str]) -> list[str]:
    """The nouns after 哪位 up to the role they ask: jieba tags the act or the time that follows as a
    noun too (哪位教授|领衔, 哪位画家|交情), so the run ends at its last word ending
    like a role (教授); all of it when none does (哪位政治|人物)."""
    last = max((i for i, w in enumerate(nouns) if ROLE_TAIL.search(w)), default=len(nouns) - 1)
    return nouns[: last + 1]


# A role given after the name: 选举丁某为党委书记, 张某当选为主席, 李某出任总经理.
APPOINTED = r"(?:当选为?|被?选为|为|任|担任|出任|成为)"


def appointed(after: str, asked: tuple[str, ...]) -> tuple[str, int] | None:
    """The role the text right after a name gives (…为党委书记) when it is one asked, and
    how far it reaches into `after`."""
    for a in asked:
        m = re.match(APPOINTED + r"([^，,。；;、：:“”]{0,15}?" + re.escape(a) + ")", after)
        if m and role_matches(m.group(1), asked):
            return m.group(1), m.end()
    return None


# What people do at a meeting, each with the words news writes for the same act: who chaired
# (主持) is not who attended and spoke (出席并讲话), though one sentence often names both.
EVENT_ACTS = (("主持",), ("出席", "参加"), ("讲话", "致辞", "发言", "作报告"), ("会见", "会晤", "接见"),
              ("采访",), ("签署",), ("宣读",), ("颁奖", "颁发"), ("揭牌",), ("剪彩",), ("考察", "调研", "视察"))
_ACT_WORDS = "|".join(w for group in EVENT_ACTS for w in group)
# 由谁主持, 谁出席了, 哪位领导会见了: the act right after the asked person is theirs (not
# 采访了哪几位县长, whose act is the reporter's)
ASKED_ACT_RE = re.compile(r"(?:谁|哪[位名][\u4e00-\u9fff]{0,6}?)(?:来|亲自|将|会)?(" + _ACT_WORDS + ")")
ACT_RE = re.compile(_ACT_WORDS)
CLAUSE_END = re.compile(r"[，,。；;！!？?：:]")


def asked_act(q: Question) -> tuple[str, ...]:
    """The words of the meeting act a 谁 question asks who did (由谁主持 -> 主持); () when none."""
    m = None if q.english else ASKED_ACT_RE.search(q.text)
    return next((g for g in EVENT_ACTS if m and m.group(1) in g), ())


def does_act(text: str, role: str, end: int, act: tuple[str, ...]) -> bool:
    """Does the text say the person whose name ends at `end` did the meeting act asked
    (会议由副市长张某主持, 主持人张某, 张某、李某出席)? The sentence must write the act, and
    the person's own acts, those of the role and of the clause after the name, must not be
    others only (…刘某出席会议并讲话 did not chair)."""
    if not any(w in text for w in act):
        return False
    stop = CLAUSE_END.search(text, end)
    done = ACT_RE.findall(role + text[end : stop.start() if stop else len(text)])
    return not done or any(w in act for w in done)


def role_words(text: str) -> list[tuple[str, str]]:
    """jieba's (word, flag) of `text`, a verb and the 者 jieba splits from it joined into the noun
    of who does it (订阅|者 -> 订阅者, as 使用者 is one word): a role its tail reads."""
    out: list[tuple[str, str]] = []
    for word, flag in words.tagged(text):
        if word == "者" and out and out[-1][1][:1] == "v" and len(out[-1][0]) > 1:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def reads_as_role(word: str) -> bool:
    """Does an asked word name a role a person holds (县长, 作者, 皇帝), rather than an act
    (配合, 击杀了) or a name (李晨亦)?"""
    if ROLE_TAIL.search(word) or LATIN_ROLE_RE.search(word):
        return True
    tagged = words.tagged(word)
    return len(tagged) == 1 and tagged[0][1] == "n"


# "the (deputy) curator of the X museum", "the director of the Y bureau": the head of an institution is
# written X长 after the institution's last character (馆长, 院长, 局长, 校长), a title the dictionary
# seldom gives the English word (curator: 策展人, 保管); 副 before it for a deputy
HEAD_OF_EN = re.compile(r"\b(?:(deputy|vice|assistant)[\s-]+)?(?:curator|director|head|chief|president|principal|dean|warden|"
                        r"superintendent|manager)\s+of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,6}?([a-z]+)(?=\s*(?:[?.,;]|$))", re.IGNORECASE)
HEADED_BODIES = "馆院局所站厂校社处行园"  # bodies whose head is written 长 after their last character


def headed_roles(text: str) -> list[str]:
    """The roles an English question asks as the head of an institution it names last (馆长 for the
    curator of a museum, 副馆长 for its deputy curator): each of the institution word's first dictionary
    senses (specificity 0.8 or more: 博物馆, not 生活馆) that ends in one of `HEADED_BODIES` gives one."""
    m = HEAD_OF_EN.search(text)
    if not m:
        return []
    rank = "副" if m.group(1) else ""
    index = english_index()
    found = [c for v in variants(m.group(2).lower()) for c, weight in index.get(v, []) if weight >= 0.8]
    return list(dict.fromkeys(rank + c[-1] + "长" for c in found if 2 <= len(c) <= 3 and c[-1] in HEADED_BODIES))


def asked_role_nouns(q: Question) -> tuple[str, ...]:
    """The asked words that name a role (县长, 主编), which decide who answers; an asked act
    (配合谁, 推荐谁出任) only introduces a name."""
    return tuple(a for a in asked_roles(q) if reads_as_role(a))


def role_head(phrase: str) -> str:
    """The role a phrase ends in: 急诊科|副|主任 -> 主任, 策展|人 -> 策展人 (one character is
    too little); '' when it ends in none."""
    latin = LATIN_ROLE_RE.search(phrase.strip())
    if latin:  # T3出行的CMO
        return latin.group()
    tagged = [(w, flag) for w, flag in words.tagged(phrase.strip()) if words.chinese_word(w)]
    # 该片由谁执导: 谁 after a preposition is who acts; 专访中谁提到…: a localizer says where. No role named
    if not tagged or tagged[-1][1][:1] in ("p", "f"):
        return ""
    tokens = [w for w, _ in tagged]
    role = tokens[-1]
    if len(role) == 1 and len(tokens) > 1:
        role = tokens[-2] + role
    elif len(tokens) > 1 and tokens[-2] == "副":  # 副|院长: a deputy is asked, and 院长 would exclude him
        role = "副" + role
    return role if len(role) >= 2 or ROLE_TAIL.search(role) else ""


# A rank written before a role makes another post: 副县长 is not 县长, 总经理 not 经理, 总编辑 not 编辑
RANK_PREFIXES = ("副", "总")
JOINED_POSTS = re.compile(r"[、兼]")  # one person's posts: 市委副书记、市长; 首席经济学家兼研究院院长


def role_matches(role: str, asked: tuple[str, ...], ranked: bool = True) -> bool:
    """Does the role the text gives (急诊科副主任, 公司总经理) hold the one asked? One must end in
    the other, and no rank may stand before it that the other does not write: 副县长 is not 县长,
    总经理 not 经理 nor 经理 总经理, 编辑 is no 主编; 院长 is the 医院院长 asked. Roles joined by 、 or
    兼 (房东、实际管理者, 首席经济学家兼研究院院长) are each the person's. `ranked` False: the asked
    roles are an English word's dictionary guesses (general manager: 经理, 总经理), which say no rank."""
    if JOINED_POSTS.search(role):
        return any(role_matches(r, asked, ranked) for r in JOINED_POSTS.split(role) if r)
    ranks = RANK_PREFIXES if ranked else ()
    for a in asked:
        if role.endswith(a) and not (ranks and role[: -len(a)].endswith(ranks)):  # 总经理 asked: not 副总经理
            return True
        # 医院院长 asked, 院长 written: the question names the body the text leaves to its context
        if len(role) >= 2 and a.endswith(role) and not (ranks and a[: -len(role)].endswith(ranks)):
            return True
    return False


# Role words that name a kind of role, not one: an office's 负责人 is its 局长 or 主任, an
# 专家 a 研究员 or 教授 (general vocabulary; a question asks with these, a text names the post).
ROLE_KINDS = {"负责人": re.compile(r"(?:长|书记|主任|经理|总监|主席|总裁|负责人)$"),
              "专家": re.compile(r"(?:研究员|教授|专家|学者|院士|工程师)$")}
# a firm's 高管 (高层) is whoever the text names in an executive post: its (副)总裁, 总经理, 董事长, 总监, a
# 首席…官 or a C-level title in Latin letters (吉利副总裁X answers 吉利高管是谁)
ROLE_KINDS |= dict.fromkeys(("高管", "高层", "高级管理人员"),
                            re.compile(r"(?:总裁|总经理|董事长|总监|首席[\u4e00-\u9fff]{1,6}官|执行官|负责人|" + LATIN_ROLE + ")$"))


def holds(role: str, asked: tuple[str, ...], ranked: bool = True) -> bool:
    """Does a person's role answer a question asking about `asked`: the role itself, or one
    of the posts a kind of role (负责人, 专家) covers, a deputy's included."""
    if role_matches(role, asked, ranked):
        return True
    last = re.split(r"[、，,]", role)[-1]
    return any(a in ROLE_KINDS and ROLE_KINDS[a].search(last) for a in asked)


def rival(role: str, asked: tuple[str, ...]) -> bool:
    """Is a person's role a post of the family asked that does not hold it: 编辑 for 主编, 市长 for 县长,
    经理 for 总经理 (their posts share a character)? Not CEO for 高管 nor 学生 for 讲解员, kinds the
    words do not compare."""
    posts = [role_head(p) for p in re.split(r"[、，,兼]", role) if p]
    return not holds(role, asked) and any(set(p) & set(a) for p in posts if p for a in asked)


# 谁说要…, 是谁提出…, 谁表示…: the question asks who said what it quotes (no role)
SPEECH_VERBS = "说|表示|提出|指出|强调|认为|介绍|透露|坦言|呼吁|提到|谈到"
# a question also asks who said what it quotes with a verb of judging (哪位区长评价报告为…), which news
# writes as words said but seldom as an attribution (so not among SPEECH_VERBS)
# verbs of mentioning a question asks a speaker with (是哪位县长讲到要…的, 这是哪位局长讲的), seldom an attribution; longer first
ASKED_SPEECH_VERBS = "讲到|说到|说过|讲过|谈及|提及|谈起|讲了|谈了|讲(?=的)|谈(?=的)|" + SPEECH_VERBS
ASKED_SPEAKER_RE = re.compile(r"(?:谁|哪[位名][\u4e00-\u9fff]{0,6}?)(?:曾|还|也|又|在[^，,？?谁]{1,10}?)?(" + ASKED_SPEECH_VERBS + "|评价)")
# 哪位受访区长…, 接受采访的是哪位…: the person asked is an interviewee, whose part in the article is
# what he said
INTERVIEWEE_ASKED_RE = re.compile(r"哪[位名]受访|受访的?(?:是)?哪[位名]")


# 说要加快…的是哪位县长, 把…列进自己辖区目标的，是哪位区长: what was said first, who said it after 的是
CLEFT_RE = re.compile(r"的[，,]?是(?:哪[位名]([\u4e00-\u9fff]{0,8})|谁)[？?]?$")
# the posts whose holders news quotes (an official's plan is his words), and how words said are written
OFFICIAL_RE = re.compile(r"(?:长|书记|主任|代表|委员|负责人)$")
# (说 not in a word: 小说, 传说, 说明)
SAID_BEFORE_RE = re.compile(f"(?:{ASKED_SPEECH_VERBS.replace('|说|', '|')}|(?<![小传解学游])说(?![明法服])|自己|本人)")


def _cleft_speaker(text: str) -> bool:
    """Does a question ask who said what it writes before 的是哪位/的是谁: a speech verb or a speaker's own
    自己 there, or a post asked whose holder's plans are his words (…的，是哪位区长)? Not 获得冠军的是谁."""
    m = CLEFT_RE.search(text)
    return m is not None and (SAID_BEFORE_RE.search(text[: m.start()]) is not None
                              or OFFICIAL_RE.search(m.group(1) or "") is not None)


# Who said that…, Which deputy stressed…: the English question opens with who (or which and a
# person's noun, question.PATTERNS_EN) and a speech verb
ASKED_SPEAKER_EN = re.compile(r"^\s*(?:who|(?:which|what)\s+[a-z]+)\s+(?:also\s+|once\s+)?(?:said|says|stated|states|noted|"
                              r"stressed|emphasi[sz]ed|pointed out|told|remarked|proposed|called for|mentioned|revealed|"
                              r"admitted|argued|believes|believed|added|explained)\b", re.IGNORECASE)


def asks_speaker(q: Question) -> bool:
    """Does a 谁 question ask who said something (谁说要打造…, 是谁提出…, 哪位县长提出要…: the
    role asked between 哪位 and the verb; Who said that…)?"""
    if q.english:
        return q.kind == "person" and ASKED_SPEAKER_EN.search(q.text) is not None
    if INTERVIEWEE_ASKED_RE.search(q.text) or _cleft_speaker(q.text):
        return True
    for m in ASKED_SPEAKER_RE.finditer(q.text):
        if m.group().startswith("谁"):
            return True
        # 哪位小说家: a verb read inside a word (小|说) asks nothing said
        at, pos = m.end() - len(m.group(1)), 0
        for word, _ in words.tagged(q.text):
            if pos == at:
                return word == m.group(1)
            pos += len(word)
    return False
