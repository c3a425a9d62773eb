"""Whose name a 叫什么名字 question asks: a person's (主编叫什么名字, 他叫什么名字) or a thing's (那座桥叫什么名字,
办一场叫什么名字的比赛). The owner is the noun right before 叫 or right after 叫什么名字的. A thing's name is
written beside its kind in the sentence (甲乙展览馆, “丙丁”比赛), which names no person: read as a person
question, every such sentence had its type factor cut and the question was refused. A question whose owner
could be a person (a role, a kin word, a pronoun, a name) stays a person question, as does one that says 谁.
"""

from __future__ import annotations

import re

from assistant.text import words
from assistant.text.role_words import ROLE_ENDINGS

NAME_ASKED_RE = re.compile(r"叫(?:做)?什么名字?")
# other words asking a person, beside the name (谁, 哪位, 什么人, 姓名)
PERSON_ASKED_RE = re.compile(r"谁|哪位|什么人|何人|姓名")
# how a word for a person ends: a role (text/role_words.py), a group member (青年, 村民, 游客), a kin word
# (女儿, 大姨) or a pronoun; wide on purpose, since a person read as a thing loses the person reader
PERSON_END_RE = re.compile(
    r"(?:" + ROLE_ENDINGS + r"|编|人|老板|嘉宾|同学|同事|网友|青年|少年|老人|[民客友工匠姓]|"
    r"[孩儿女子姨叔婶舅姑姐妹哥弟爸妈父母夫妻伯爷奶嫂侄孙娃宝]|[他她您你我谁]|[A-Za-z]+)$"
)
NOUN_FLAGS = ("n", "vn", "j")  # not nr (a person's name), ns (a place: its name is the place asked), nz


def owner(text: str) -> str:
    """The noun whose name a 叫什么名字 question asks ('' when it asks none or none can be read)."""
    m = NAME_ASKED_RE.search(text)
    if not m:
        return ""
    after = re.match(r"字?的", text[m.end():])
    if after:  # 办一场叫什么名字的比赛: the noun after
        tagged = list(words.tagged(text[m.end() + after.end():]))
        run = []
        for word, flag in tagged:
            if not flag.startswith(NOUN_FLAGS) or flag.startswith("nr"):
                break
            run.append((word, flag))
        return run[-1][0] if run else ""
    tagged = list(words.tagged(text[: m.start()]))
    if not tagged:
        return ""
    word, flag = tagged[-1]
    return word if flag.startswith(NOUN_FLAGS) and not flag.startswith("nr") else ""


def thing_name_asked(text: str) -> bool:
    """Does a Chinese question ask the name of a thing (那座展馆叫什么名字), not of a person?"""
    if PERSON_ASKED_RE.search(text):
        return False
    noun = owner(text)
    return bool(noun) and not PERSON_END_RE.search(noun)
