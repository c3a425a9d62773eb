"""Whose words a sentence is (the attribution before it, 崔晓飞说，…; an interview's heading,
——访市人大代表、西安安区区长 孙琥峰) and whose words a question asks about (仇景锐介绍的…).

News writes a speaker once and the sentences after it are the speaker's until another
speaks; an interview's sentences that name nobody are the interviewee's. Apart from
speakers.py, since the sentence scorer (evidence.py) reads it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.people import persons
from assistant.answer.roles import SPEECH_VERBS
from assistant.text import words

SAID_RE = re.compile(r"(?:" + SPEECH_VERBS + r")[，,：:]")
SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
INTERVIEW_RE = re.compile(r"——\s*(?:专)?访(.{2,40})$")
SPEAKER_REACH = 400  # characters before a sentence searched for the attribution that opens its speaker's words


@dataclass(frozen=True)
class Speaker:
    name: str
    at: int  # where the attribution clause starts and its verb ends in the text searched
    end: int


def attributed(text: str) -> Speaker | None:
    """The last attribution in `text` (X说，…, 区长X在接受采访时表示，…): the person named in
    the clause of the speech verb, that clause, or None."""
    for m in reversed(list(SAID_RE.finditer(text))):
        start = max((e.end() for e in SENTENCE_END_RE.finditer(text, 0, m.start())), default=0)
        start = max([start] + [c.end() for c in re.finditer(r"[，,]", text[: m.start()]) if c.end() > start])
        verb = m.group()[:-1]
        if not words.tagged(text[start : m.start() + len(verb)])[-1][0] == verb:
            continue  # 说 inside a word (解说, 传说) is no attribution
        found = [p for p in persons(text[start : m.start()]) if len(p.name) >= 2]
        if found:
            return Speaker(found[-1].name, start + found[-1].start, m.start() + len(m.group()) - 1)
    return None


def interviewee(title: str) -> str:
    """The person an interview's heading names (——访市人大代表、西安安区区长 孙琥峰), or ''."""
    m = INTERVIEW_RE.search(title or "")
    found = persons(m.group(1).strip()) if m else []
    return found[-1].name if found else ""


# 仇景锐介绍的…, 据邢树纲介绍, 孙琥峰在采访中提到: a question naming whose words it asks about
# (not 在哪一年要求…提出, where 在 opens what is asked)
FRAMED_RE = re.compile(r"(?:在(?:(?!哪|什么|多少|几)[^，,？?。]){1,8}?)?(?:曾|还|也|又|所)?(" + SPEECH_VERBS + ")"
                       # 仇景锐那篇采访里, 邢树纲的专访中: the piece in which he speaks
                       # (not 陈博琳采访仇景锐: who interviewed, a byline's)
                       r"|(?:(?:的|那|这)[篇次份]?|[篇次份])(采访|专访|访谈|讲话|发言)(?:里|中|上)?"
                       r"|(采访|专访|访谈|讲话|发言)(?:里|中|上)"
                       # 按邢树纲的说法, 在崔晓飞看来, 仇景锐口中的, 孙琥峰讲的
                       r"|(?:的)?(说法|看来|口中|讲的|谈的)")


def framing(q) -> tuple[str, str] | None:
    """The person a Chinese question frames its ask with and the words that frame it
    (仇景锐介绍的去年成绩单里… -> 仇景锐, 仇景锐介绍; 据邢树纲在采访中介绍 -> 邢树纲, 据邢树纲在采访中
    介绍; 仇景锐那篇采访里 -> 仇景锐, 仇景锐那篇采访里): words that the speaker's section supplies rather than the sentence giving the
    answer. None when the question names nobody so."""
    if q.english:
        return None
    for p in persons(q.text):
        at = q.text.find(p.name, p.start)
        m = FRAMED_RE.match(q.text, at + len(p.name))
        if len(p.name) >= 2 and m and at >= 0:
            lead = re.search(r"(?:据|按照?|根据)$", q.text[:at])
            return p.name, q.text[lead.start() if lead else at : m.end()]
    return None


ATTRIBUTION_LINE_RE = re.compile(r"(?:" + SPEECH_VERBS + r")[。：:]?$")


def attribution_line(text: str) -> bool:
    """Is the sentence only an attribution (区长甲在接受记者采访时表示。, 主任乙说：): it names who
    speaks and says nothing; its 、 joins the speaker's titles, and his words are other sentences."""
    text = text.strip()
    return bool(ATTRIBUTION_LINE_RE.search(text)) and any(len(p.name) >= 2 for p in persons(text))


def speaker_line(text: str) -> bool:
    """Does the sentence only name who speaks: an attribution (`attribution_line`) or an interview's heading
    (——访市人大代表、乙区区长 丙)? Its 、 joins the speaker's titles; what he says is in other sentences."""
    return attribution_line(text) or bool(interviewee(text.strip()))


def speaker_of(s) -> str:
    """Whose words `s` are: the last attribution up to its end (仇景锐说，2023年…。…地方级财政收入
    完成1.7亿元), or, none there, the interviewee of its interview's heading; '' when neither names one."""
    lo = max(0, s.a - SPEAKER_REACH)
    said = attributed(s.chunk.text[lo : s.b])
    return said.name if said is not None else interviewee(s.chunk.title)


def words_of(s, name: str) -> bool:
    """Are `s`'s words `name`'s (`speaker_of`)?"""
    return speaker_of(s) == name
