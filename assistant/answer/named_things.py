"""The name of a thing a 叫什么名字 question asks for: 龙山区管好用好的慈善基金叫什么名字 is
answered by 管好用好“温暖龙山”慈善基金, the name a report writes in quotes before the thing
(or after 名为, 称为). Such a question reads as a person question (叫什么名), and a sentence
naming no person was refused however well it matched.
"""

from __future__ import annotations

import re

from assistant.answer.roles import ROLE_TAIL
from assistant.query.question import Question

NAME_ASKED = re.compile(r"叫(?:做)?什么|什么名字|名[称字](?:是|为|叫)什么|名为什么|称为什么")
QUOTED = re.compile(r"[“「『《]([^“”「」『』《》]{2,16})[”」』》]")
NAMING_BEFORE = re.compile(r"(?:名为|称为|叫做|命名为|取名|叫)$")
GAP = 4  # characters that may stand between a quoted name and the thing: “温暖龙山”慈善基金


def thing_asked(q: Question) -> str:
    """The thing whose name is asked (基金), '' when the question asks no name or asks a
    person's (科长叫什么名字: a role noun)."""
    if q.english or not q.head or not NAME_ASKED.search(q.text) or ROLE_TAIL.search(q.head):
        return ""
    return q.head


def quoted_name(q: Question, text: str) -> str:
    """The quoted name `text` gives the thing asked: “X” right before it (“温暖龙山”慈善基金)
    or after a naming verb once it is named (基金名为“X”); '' when none."""
    thing = thing_asked(q)
    if not thing:
        return ""
    for m in QUOTED.finditer(text):
        after = text[m.end() : m.end() + GAP + len(thing)]
        before = text[max(0, m.start() - 12) : m.start()]
        if thing in after or (thing in before and NAMING_BEFORE.search(before)):
            return m.group(1)
    return ""
