"""Whether a Chinese person question's draft names the people it asks for.

A who-said question (谁说要…, 哪位受访区长评价…) is answered by a name. The selector may like a sentence
close to the question's words that names no one (the quotation of an interview, whose speaker is written
after it or in the article's heading): shown, it answers who with what was said, a wrong answer. Such a
draft is refused unless the speaker could be attached to it (answer/speakers.py). A 哪几位 question asks for
several people, and a draft naming one is half of the answer: refused as well. (English drafts are
judged by english_answers.draft_standing.)
"""

from __future__ import annotations

import re

from assistant.answer import speakers
from assistant.answer.dotted_names import NAME_TAGS
from assistant.answer.latin_names import LATIN_NAME_RE
from assistant.answer.people import BYLINE_ROLES, persons, wanted_persons
from assistant.answer.list_asked import asked_noun
from assistant.answer.roles import (ROLE_KINDS, ROLE_TAIL, asked_role_nouns, asked_roles, asks_speaker, holds,
                                   INTRODUCING_ROLE, role_head)
from assistant.answer.speakers import CLAUSE_STOP_RE
from assistant.text import words

# 哪几位县长, 哪两名代表, 哪些人: a count of people asked; not 哪些人群, 哪些人员, 哪些人士, 哪些人口, kinds of
# people named by what they are or do (留守老人、网格员), where no one need be named
PEOPLE_LISTED_RE = re.compile(r"哪(?:几|些|[两二三四五六七八九十])[位名]|哪些人(?![群员士口])")


def _texts(draft) -> list[str]:
    return [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]


def names_nobody(q, draft) -> bool:
    """Does a Chinese who-said question's draft (谁说要…, 哪位受访区长评价…) name no one who could have said
    it? A name with a role or a speech verb beside it (`speakers.named_people`; the role cut's person), or
    a name jieba tags acting in its clause (孟子认为…, 阿基米德发现了…), is one; a word jieba guesses as a name
    in a list of projects (明凯|商业街) is not. Other person questions are left to the scorers: their
    answers are often named without a role (罗斯福发表…), or not persons (谁的殖民地: 西班牙)."""
    if q.english or q.kind != "person" or draft is None or not draft.parts or not asks_speaker(q):
        return False
    texts, asked = _texts(draft), asked_roles(q)  # a role asked introduces a name jieba cuts apart (区区|长孙|建华)
    return not any(speakers.named_people(t, q.text, asked)
                   or any(p.role and not speakers.spoken_of(p, q.text, asked) for p in wanted_persons(q, t))
                   or _tagged_actor(t, q.text) for t in texts)


def _tagged_actor(text: str, besides: str) -> bool:
    """A name jieba tags (not one of the question's) acting in its clause, a verb after it: 孟子认为…,
    拿破仑在演说中声称…, 阿基米德发现了… (not 明凯|商业街, a name in a list of projects, nor a name after a
    verb or a 、 of its clause, an object or a list item: 支持格致汽车、富奥鑫|创…)."""
    tagged = words.tagged(text)
    opening = True  # nothing yet in the clause but what may stand before its actor (not 推动|晟源…, 支持|格致、|富奥鑫)
    for i, (word, flag) in enumerate(tagged):
        if CLAUSE_STOP_RE.fullmatch(word):
            opening = True
            continue
        was_opening, opening = opening, opening and not ((flag.startswith("v") and flag != "vn") or word == "、")
        if was_opening and flag.startswith(NAME_TAGS) and 2 <= len(word) <= 4 and word not in besides:
            for later, later_flag in tagged[i + 1 :]:
                if CLAUSE_STOP_RE.fullmatch(later) or later == "、":  # an item of a list (思路清晰|、|重点突出) ends there
                    break
                if later_flag.startswith("v"):
                    return True
    return False


def other_speaker(ruled, shown) -> bool:
    """Does the draft shown leave out the speaker the rules gave the words asked to (谁说要…: 甲说，…。…the
    words)? Two readings then name two speakers, and which said it is not clear."""
    return bool(ruled.speaker) and ruled.speaker not in "".join(_texts(shown))


# 发言的人大代表有哪些, 哪些委员: a post that introduces a name (INTRODUCING_ROLE's, not 人, 员, 师, 官, which end
# kinds a firm or a body may be too: 投资人, 会员, 成员) asked as a list is asked for its holders by name. Not 记者:
# 图片由哪些记者拍摄 asks a credit (answer/credits.py), whose names stand with no role before each
POST_LISTED_RE = re.compile(r"(?:长|书记|主任|委员|代表|主席|经理|教授)$")


def people_listed(q) -> bool:
    """Does a Chinese list question ask for several people: by a count of them (哪几位县长) or by a post (代表有哪些)?"""
    return PEOPLE_LISTED_RE.search(q.text) is not None or POST_LISTED_RE.search(asked_noun(q.text)) is not None


def too_few_people(q, draft) -> bool:
    """Does a question asking for several people (哪几位县长, 人大代表有哪些) have a draft naming fewer than two?"""
    if q.english or q.kind != "list" or draft is None or not draft.parts or not people_listed(q):
        return False
    asked = asked_roles(q)
    roles = {asked_noun(v) for v in alternatives(q.text)}  # 哪几位人大代表 -> 人大代表; 县（区）长 -> 县长, 区长
    named = set()
    for t in _texts(draft):
        kept = set(speakers.named_people(t, q.text, asked))  # read once a text, not once for each person in it
        named |= {p.name for p in persons(t, asked) if p.name in kept and not all(other_role(p.role, r) for r in roles)}
    return len(named) < 2


# 县（区）长, 乡（镇）长: officialese writes a post of two levels with the other level's character in brackets
ALTERNATIVE_RE = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[）)]")


def alternatives(text: str) -> list[str]:
    """`text` read with each bracketed alternative character (哪几位县（区）长 -> 哪几位县长, 哪几位区长)."""
    if not ALTERNATIVE_RE.search(text):
        return [text]
    return [ALTERNATIVE_RE.sub(r"\1", text), ALTERNATIVE_RE.sub(r"\2", text)]


def other_role(role: str, asked: str) -> bool:
    """Is a person's written role one that is not the role the question asks several people of (记者 陈某 in the
    byline of a report asked 哪几位人大代表发了言; not 市人大代表、甲区区长, who holds it among other posts)?
    Only a post the question names (代表, 县长, 主任: a word introducing a name) excludes other posts; a kind
    of person (专家, 企业家) may be written by a post (教授, 董事长), though never by a byline's 记者. A person
    with no role written, or a question naming no role, is left to be counted."""
    role = role.strip()
    if not role or not asked or holds(role, (asked,)):
        return False
    post = INTRODUCING_ROLE.search(asked) is not None and not (asked == "人" or asked.endswith(GROUPS_OF_PEOPLE))
    return post or role.endswith(BYLINE_ROLES)


# 哪些人员, 哪些人士: people asked as a group, named by what they do (机关干部、网格员), not a post before a name
GROUPS_OF_PEOPLE = ("人员", "人士")


# 作者叫什么, 记者叫啥, 主编姓甚名谁: a role's holder asked by name without 谁 (the question may be read as no person
# question, 叫什么 alone asking a thing's name too: 那道菜叫什么)
NAME_ASKED_RE = re.compile(r"([^，,的之？?]{1,12}?)(?:叫什么|叫啥|姓甚名谁|姓什么|名叫什么|是谁|是哪位|为何人)")
# roles whose holder is a person: ROLE_TAIL's endings, but not those a firm or a body may hold too (开发者, 投资人,
# 赢家, 选手: 开发者是微软, 买家是一家基金), unless the word is one only a person holds (of those endings only: 负责人
# is a kind of post, `ROLE_KINDS`, read before)
FIRM_HELD_RE = re.compile(r"[者人家手方商生士]$")
PERSON_ONLY = frozenset({"作者", "记者", "笔者", "编者", "学者", "主持人", "发言人", "创始人", "撰稿人",
                         "当事人", "联系人", "法定代表人", "代言人", "主讲人", "发起人", "院士", "博士", "女士", "先生"})


def asked_person_role(q) -> str:
    """The role a Chinese question asks the holder of by name (吉利高管是谁, 评论的作者叫什么 -> 作者) when only a
    person holds it; '' when it asks none, or a role a firm may hold (开发者是谁)."""
    if q.english:
        return ""
    m = NAME_ASKED_RE.search(q.text)
    role = role_head(m.group(1)) if m else ""
    if not role and q.kind == "person":
        role = next(iter(asked_role_nouns(q)), "")
    if role in ROLE_KINDS:  # 高管, 负责人: a kind of post, held by people
        return role
    if not role or not ROLE_TAIL.search(role) or (FIRM_HELD_RE.search(role) and role not in PERSON_ONLY):
        return ""
    return role


def names_no_person(q, draft) -> bool:
    """Does a draft answering a question that asks a person's name by the role (作者叫什么, 高管是谁) name no person
    at all beside the question's own (新华社评论称…: an argument's sentence, no author)? Shown, it answers who
    with what was said of the topic: a confidently wrong answer to a question the documents do not answer. Any
    name counts, with a role or without (the role is the scorers' to weigh)."""
    role = asked_person_role(q)
    if not role or draft is None or not draft.parts:
        return False
    asked = tuple(dict.fromkeys((role, *asked_roles(q))))
    texts = _texts(draft)
    if any(p.name not in q.text and len(p.name) >= 2 for t in texts for p in persons(t, asked)):
        return False
    # a Latin-letter name the role is not written beside (Vincke表示): read as a name, as a role would read it
    return not any(m.group() not in q.text for t in texts for m in LATIN_NAME_RE.finditer(t))


def unnamed(q, draft) -> bool:
    """A person question's draft naming no one, or a question asking several people one of them, or a role's
    holder asked by name and a draft naming no person."""
    return names_nobody(q, draft) or too_few_people(q, draft) or names_no_person(q, draft)
