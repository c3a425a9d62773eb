"""The name of a thing a 叫什么名字 question asks (query/name_owner.py: 那座展馆叫什么名字, 办一场叫什么名字的比赛),
against a sentence that writes no name for it. A thing's name is written before its kind (甲乙展览馆), in quotes
(“丙丁”活动, 吃一次这“戊己”) or after a naming verb (取名为); a sentence writing none of these (大姨在过年时的坚持)
says what was done with the thing, not what it is called: shown, it is a confidently wrong answer.
"""

from __future__ import annotations

import re

from assistant.answer.thing_asked import QUOTED, named_before
from assistant.query import name_owner
from assistant.query.question import Question

NAMING_VERB_RE = re.compile(r"(?:名为|称为|叫做|命名为|取名|名叫|简称|统称)[“「『《]?[\u4e00-\u9fffA-Za-z0-9]")


def names_the_thing(q: Question, text: str) -> bool:
    """Does `text` write a name for the thing a 叫什么名字 question asks the name of?"""
    kind = name_owner.owner(q.text)
    return any(m.group(1) not in q.text for m in QUOTED.finditer(text)) or NAMING_VERB_RE.search(text) is not None \
        or (bool(kind) and named_before(q.text, text, kind))


# 采访里简称为什么: a short form asked, which a sentence writes in quotes (力争“四率”保持前列) or after 简称
SHORT_FORM_ASKED_RE = re.compile(r"(?:简称|缩写)(?:是|为|叫|作)?(?:什么|啥)|(?:哪[一两二三四五六七八九十]?个|什么)(?:简称|缩写)")


def unnamed(q: Question, text: str) -> str:
    """The thing whose name (or short form) a Chinese question asks when `text` writes no name for it, else ''."""
    if q.english or names_the_thing(q, text):
        return ""
    if SHORT_FORM_ASKED_RE.search(q.text):
        return "简称"
    return name_owner.owner(q.text) if name_owner.thing_name_asked(q.text) else ""
