"""哪款车型的售价没有变化: a question asking which one did NOT change is answered only by a sentence saying that
something stayed as it was (保持不变, 维持, 持平: text/paraphrases.NO_CHANGE). A sentence of a price cut or a
discount (降3万元, 享有22000元的现金优惠) tells what changed; the one left unchanged is not in it, however many
of the question's words it shares. A yes-no question (有没有变化, 是否…没有变化) and one asking why (为什么没有
调整) are answered by other sentences, and are left alone, as are figures (kind quantity: 变化了多少)."""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import paraphrases

WHICH_RE = re.compile(r"哪|什么|谁")
NOT_WHICH_RE = re.compile(r"有没有|是否|为什么|为何|原因|吗[？?]?\s*$")


def asks_unchanged(q: Question) -> bool:
    """Does the question ask which one (哪款, 什么) did not change?"""
    if q.english or q.kind in ("quantity", "reason"):
        return False
    m = paraphrases.NO_CHANGE_ASKED.search(q.text)
    return bool(m) and bool(WHICH_RE.search(q.text)) and not NOT_WHICH_RE.search(q.text)


def answering(q: Question, scored: list) -> list:
    """The candidates (`evidence.Scored`) that may answer: for a question asking which one did not change, those
    whose sentence says something stayed as it was; all of them for any other question."""
    if not asks_unchanged(q):
        return scored
    return [sc for sc in scored if any(w in sc.sentence.text for w in paraphrases.NO_CHANGE)]


def unmet(q: Question, draft) -> bool:
    """Does a draft answering which one did not change quote no sentence saying something stayed as it was?"""
    return asks_unchanged(q) and not any(w in part.sentence.text for part in draft.parts for w in paraphrases.NO_CHANGE)
