"""A reason question (起火原因是什么) in an article that says the cause is still being looked into, or a time
question whose best sentence says the time is not known: the lead shares the question's words but answers nothing."""

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


# A time the article says is not known yet: 上市时间尚未公布, 具体日期未定, 仍无明确计划, 时间待定. Over the news corpus
# (parts a and b) 11 such phrases; where the sentence dates something beside it (2024年率先在海外上市，国内上市时间
# 尚未公布) that date may still be the one asked.
UNKNOWN_TIME_RE = re.compile(r"(?:时间|日期|计划|档期|时间表)[^。，；]{0,4}(?:尚未|暂未|仍未|还未|未|没有)(?:公布|确定|公开|透露|宣布|明确|定)"
                             r"|(?:仍无|暂无|尚无|没有|并无)明确的?(?:计划|时间|日期|安排|时间表)|(?:时间|日期)待定")


def time_unknown(q: Question, scored: list) -> bool:
    """A 何时 question whose best sentence by the rules (the one most about it: 对于工作室的下一步仍无明确计划)
    says the time is not known and dates nothing: another sentence's date (8月3日发售的《博德之门 3》) dates
    something else."""
    from assistant.answer.asked_slot import dates_nothing, time_asked

    if not time_asked(q) or not scored:
        return False
    text = scored[0].sentence.text
    return UNKNOWN_TIME_RE.search(text) is not None and dates_nothing(text)
