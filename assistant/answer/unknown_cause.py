"""A reason question (起火原因是什么) in an article that says the cause is still being looked into: the
article's lead shares the question's words but gives no cause, and the article says nothing can."""

from __future__ import annotations

import re

from assistant.query.question import Question


# A cause the article says is not known yet: 起火原因正在调查, 对火灾原因进行调查, 原因不明, 警方正在调查
#爆炸原因 (not 原因经调查，直接原因是…: the cause found). Over the news corpus (parts a and b) 18 such
# phrases, all of a cause not given; over the 427 DRCD and CMRC reason questions none stands in
# the gold paragraph.
UNKNOWN_CAUSE_RE = re.compile(r"原因[^。；;，,！？]{0,6}?(?:调查|查明|核查|核实|不明|不详|未明|待查|未知)"
                              r"|(?:调查|查明|核查|核实)[^。；;，,！？]{0,6}?原因")
CAUSE_FOUND_RE = re.compile(r"原因[是为系]")
# what gives a cause: 因, 由于, 导致, 为了… (not the 因 of 原因, the word that names one)
CAUSE_RE = re.compile(r"(?<!原)因|由于|原因[是为系在]|导致|引发|引起|所致|起因|缘于|源于|归因|归咎|为了|以免|以便|所以")


def cause_unknown(q: Question, draft, sentences: list) -> bool:
    """A reason question (起火原因是什么) whose drafted sentence gives no cause, in an article
    that says the cause is still being looked into: the article's lead (…客栈发生一起火灾事故)
    shares the question's words but cannot answer it, and the article says nothing can."""
    if q.kind != "reason" or draft is None or not draft.parts:
        return False
    if any(CAUSE_RE.search(p.sentence.chunk.text[p.a : p.b]) for p in draft.parts):
        return False
    chunk = draft.parts[0].sentence.chunk
    return any((s.chunk.source, s.chunk.article) == (chunk.source, chunk.article)
               and UNKNOWN_CAUSE_RE.search(s.text) and not CAUSE_FOUND_RE.search(s.text) for s in sentences)
