"""某某的专访，是本报记者甲采写的: a claim of who wrote a piece about someone, decided by the byline.

The piece is found by whom it is about: a byline (本报记者 乙, answer/credits.py) whose article writes,
up to it (its title and header: ——访某某), every person the claim names before 的专访; a person
the body names after the byline is no piece's subject. A claim naming a reporter one such byline
credits is supported; one naming a reporter none credits is refuted with the credited name. No such
byline leaves it open.
"""

from __future__ import annotations

import re

from assistant.answer import credits
from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import slots
from assistant.check.figures import Outcome
from assistant.check.in_force import passage_before
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.records import Hit

# (about)的(人代会)专访，是(本报)记者(甲)采写的 / 由记者甲撰写
CLAIM_RE = re.compile(r"^(?P<about>[^，,。；;]{2,30}?)的[^，,。；;的]{0,8}?(?:专访|访谈|采访|报道|文章|通讯|稿件)[，,]?"
                      r"(?:是|系|由)(?:[\u4e00-\u9fff]{0,6}?记者|通讯员)?\s*(?P<name>[\u4e00-\u9fff]{2,4}?)"
                      r"(?:采写|撰写|撰稿|写|采访|报道|完成)的?[。.]?$")


def decide(claim: str, hits: list[Hit]) -> Outcome | None:
    """The byline's outcome for a claim of who wrote a piece about someone, or None."""
    m = CLAIM_RE.match(claim)
    if not m:
        return None
    about, named = slots.named_people(m.group("about")), m.group("name")
    if not about:
        return None
    found = []  # (sentence, its credited names) of bylines after whom the piece is about
    for s in sentences_of(hits):
        names = [p.name for p, photo in credits.credits_in(s.text) if not photo]
        if names and all(p in passage_before(s, hits) + s.text for p in about):
            found.append((s, names))
    if not found:
        return None
    for s, names in found:
        if named in names:
            return Outcome(SUPPORTED, [make_part(s, s.a, s.b, 1.0)], named, (), "byline", 1.0)
    s, names = found[0]
    return Outcome(REFUTED, [make_part(s, s.a, s.b, 1.0)], named, ("、".join(names),), "byline", 1.0)
