"""How long: a question asking a span of time (多久, 多长时间) is answered by a sentence that
writes one (18个月内, 两小时, 46亿年, 至今); a sentence writing none speaks of something else
(what the thing is, or the day it was shown: 8月1日).

Over DRCD's 39 多久 / 多长时间 questions (train and dev) the gold sentence of 38 writes a span;
the other asks how often (多久一次: 每9局), which is not read as asking a span. CMRC trial: 2 of 2.
"""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk

ASKED_RE = re.compile(r"(?:多久|多长时间)(?!一次)")
# a number of units of time, not a date (8月1日), a month's name (8月) nor a year (2023年; but
# 2500年前, 前1500年: how long ago); a run of months (花期1-3月)
_NUMBER = r"(?<![月0-9.])(?!(?:19|20)[0-9]{2}年(?!前))(?:[0-9]{1,4}(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千半数几多]+)[万亿]*"
SPAN_RE = re.compile(rf"{_NUMBER}\s*(?:多|余)?\s*(?:个月|个?(?:年(?![级代])|周|星期|礼拜|天|日|夜|小时|钟头|分钟|秒|世纪|旬|载))"
                     r"|[0-9]{1,2}\s*[-~～至到]\s*[0-9]{1,2}月|一辈子|终身|永久|长期|短期|至今|以来|半年|半天|片刻|瞬间")


def asks_span(question: str) -> bool:
    return bool(ASKED_RE.search(question))


def writes_span(text: str) -> bool:
    """Does `text` write a span of time (not a date: 8月1日 says when, not how long)?"""
    return bool(SPAN_RE.search(text))


def span_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A sentence writing no span of time, for a question asking one (`subject.disagreement`
    runs it: the rules' and the selector's candidates both pass there)."""
    if q.english or not asks_span(q.text) or writes_span(chunk.text[a:b]):
        return None
    return Disagreement("span", ASKED_RE.search(q.text).group(0), "")
