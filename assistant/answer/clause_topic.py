"""A later clause's topic: the words its sentence states before its first figure.

上海的共享充电宝价格普遍在3-5元/小时，…，酒吧内的价格更是高达8元/小时 for 在上海的酒吧里共享充电宝每小时收费
多少: the bar's clause names only the bar, yet speaks of Shanghai's power banks as the first clause does.
A clause is read so only when it alone writes the question's words the topic lacks (酒吧), and no other
clause writes other such words: then the question asks of it, and the topic is its subject too.
"""

from __future__ import annotations

from assistant.query.question import Question


def inherited(q: Question, text: str, ca: int, cb: int, first: int) -> str:
    """The words before the sentence's first figure (at `first`) when clause text[ca:cb], a later one,
    is the one clause naming what the question asks beyond them; else ''."""
    topic = text[:first]
    if ca <= first or not topic.strip():
        return ""
    clause, rest = text[ca:cb], text[first:ca] + "\n" + text[cb:]
    own = [t for t in q.terms if len(t) > 1 and t not in topic and t != q.unit_text]
    mine = [t for t in own if t in clause and t not in rest]
    others = [t for t in own if t in rest and t not in clause]
    return topic if mine and not others else ""
