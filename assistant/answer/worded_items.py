"""Lists asked by the form of their items: 用了哪几个四字词, 哪几个四字短语. A sentence enumerating words of exactly
that length (要坚定信心、笃行不怠，自我加压、持续奋斗，…) gives the items in the form asked, which says it is the list
more surely than the few other words it shares with the question. Pure functions on texts.
"""

from __future__ import annotations

import re

from assistant.text import quantities

# 四字词, 四个字的词语, 三字短语: the length of each item asked
LENGTH_ASKED_RE = re.compile(r"([两二三四五六七八])(?:个)?字(?:的)?(?:词语|词|短语|口号)")
PIECE_RE = re.compile(r"([^，,；;、。！？!?]*)([，,；;、。！？!?]|$)")
CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_ITEMS = 3  # two words of a length often stand together by chance (报告指出，今年要…); three are a list
WORDED_LIFT = 1.5  # the support of a sentence giving the items in the form asked


def length_asked(question: str) -> int:
    """The number of characters a question asks each item to have (哪几个四字词 -> 4), else 0."""
    m = LENGTH_ASKED_RE.search(question)
    return int(quantities.chinese_to_number(m.group(1)) or 0) if m else 0


def worded_run(text: str, length: int) -> list[str]:
    """The longest run of consecutive pieces (between 、 and commas) each `length` Chinese characters, at least one
    joined to the next by 、 (an enumeration, not clauses that happen to be short): 坚定信心、笃行不怠，自我加压、持续
    奋斗. A run's first piece may carry a lead before its item (2024年要坚定信心、) when 、 follows it."""
    pieces = [(m.group(1).strip(), m.group(2)) for m in PIECE_RE.finditer(text) if m.group(1).strip()]
    best: list[str] = []
    run: list[str] = []
    joined = False
    for piece, mark in pieces:
        whole = len(piece) == length and CJK_RE.fullmatch(piece) is not None
        led = not whole and mark == "、" and CJK_RE.fullmatch(piece[-length:] or "") is not None
        if whole and run:
            run.append(piece)
        elif whole or led:  # a lead before the item opens a new run
            run, joined = [piece[-length:]], False
        else:
            run, joined = [], False
        joined = joined or (bool(run) and mark == "、")
        if joined and len(run) > len(best):
            best = list(run)
    return best


def lifted(question: str, draft) -> float:
    """The support of a list draft whose first sentence gives, in the form the question asks (四字词), at least
    MIN_ITEMS items; the draft's own support otherwise."""
    length = length_asked(question)
    if not length or draft is None or not draft.parts:
        return draft.support if draft is not None else 0.0
    first = draft.parts[0]
    if len(worded_run(first.sentence.chunk.text[first.a : first.b], length)) < MIN_ITEMS:
        return draft.support
    return min(1.0, draft.support * WORDED_LIFT)
