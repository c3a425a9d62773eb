"""The name of a thing a 叫什么名字 question asks for: 龙山区管好用好的慈善基金叫什么名字 is
answered by 管好用好“温暖龙山”慈善基金, the name a report writes in quotes before the thing
(or after 名为, 称为). Such a question reads as a person question (叫什么名), and a sentence
naming no person was refused however well it matched.
"""

from __future__ import annotations

import re

from assistant.answer.roles import ROLE_TAIL
from assistant.query.question import Question
from assistant.text import words

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


# 哪一家国家实验室, 哪所大学, 哪种方法: the kind of thing a 哪 question asks one of
KIND_ASKED = re.compile(r"哪一?([家所间个种位款部座])")
# what no sentence names after 这/那 (这一家: the one just named) or inside a word (统一, 单一, 十一)
NOT_INDEFINITE = "这那统单唯十同第每任"


def kind_asked(q: Question) -> tuple[str, str, str]:
    """(measure word, words before the kind, the kind) a 哪 question asks one of: 哪一家国家实验室
    -> (家, 国家, 实验室); ('', '', '') when it asks none."""
    m = KIND_ASKED.search(q.text)
    if q.english or not m:
        return "", "", ""
    run = []
    for word, flag in words.tagged(q.text[m.end() : m.end() + 12]):
        if flag[:1] not in ("n", "j"):
            break
        run.append(word)
    if not run or len(run[-1]) < 2:
        return "", "", ""
    return m.group(1), "".join(run[:-1]), run[-1]


def only_indefinite(q: Question, text: str) -> str:
    """The phrase by which `text` writes the kind a 哪 question asks one of, when it writes
    it only as an indefinite one (一家国家实验室, 某所大学) and so names none: '' when it names
    one, or does not write the kind at all (a name alone may answer: 哪所大学 -> 圣母大学). On
    the gold sentences of DRCD's and CMRC's 1,630 such questions, 0 write the kind so. Not
    该实验室: one named before, and a sentence may name it otherwise (是O型血，该血型…紧缺)."""
    measure, before, kind = kind_asked(q)
    if not kind:
        return ""
    at = [m.start() for m in re.finditer(re.escape(kind), text)]
    vague = re.compile(rf"(?<![{NOT_INDEFINITE}])(?:一[{measure}个种]|某[{measure}个种]?)(?:{re.escape(before)})?{re.escape(kind)}")
    found = [(m.end() - len(kind), m.group()) for m in vague.finditer(text)]
    return found[0][1] if at and {x for x, _ in found} == set(at) else ""
