"""What a naming check must not read as a name's piece: a figure's unit or a hyphenated code in Latin letters
(400kW, EM-P), an organisation's last character that jieba reads as a verb or as the opening of a longer word
(将会上市, 处理器), and a common word of the kind, or one only ending like it, written bare (，公司估值, ）布局).
Read by asked_kind, which asks whether a sentence names a firm, a body or a place."""

from __future__ import annotations

import re

from assistant.query.cedict import common_words
from assistant.text import words

# 400kW, 39.6kWh: Latin letters right after a figure are its unit; EM-P, RISC-V: letters joined by a hyphen to
# one more letter or digit are a technology's or a product's code. Neither names a firm, a body or a place.
CODE_AFTER_RE = re.compile(r"-[A-Za-z0-9](?![A-Za-z0-9])")


def latin_unit_or_code(text: str, start: int, word: str) -> bool:
    """Is the Latin `word` at `start` of `text` a figure's unit or a hyphenated code?"""
    unit = start > 0 and (text[start - 1].isdigit() or text[start - 1] in "%.")
    return unit or CODE_AFTER_RE.match(text, start + len(word)) is not None


# tags of a one-character word that is no name's last character: 将会上市 writes 会 as a verb, 由此 此 as a pronoun
NOT_A_TAIL_FLAGS = ("v", "d", "p", "c", "u", "r")
# what a name before a common noun of the kind ends in (星河公司), and the words after which it stands bare (的公司)
FUNCTION_FLAGS = ("p", "c", "u", "r")
NAME_END_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]$")


def word_ends(text: str, tail: str) -> str:
    """`text` with each match of `tail` blanked (·) where jieba reads it as a word of its own that is a verb or a
    function word (将会上市), as the first character of a word of three or more (处理器), or as the end of a common
    word standing bare (`bare_noun`); a name's last character (委员会, 办事处, 星河公司) is left."""
    out, at, before = list(text), 0, ("", "x")
    for word, flag in words.tagged(text):
        start = text.find(word, at)
        if start < 0:
            continue
        at = start + len(word)
        if bare_noun(word, tail, before):
            out[start + 1] = "·"
        elif len(word) == 1 and flag.startswith(NOT_A_TAIL_FLAGS) and re.fullmatch(tail, word):
            out[start] = "·"
        elif len(word) >= 3 and re.match(tail, word) and not re.fullmatch(tail, word[:2]):
            out[start] = "·"  # 处理器 opens with 处: a word of its own, no name's end (会议 may end one: 安全会议)
        before = (word, flag)
    return "".join(out)


def bare_noun(word: str, tail: str, before: tuple[str, str]) -> bool:
    """Is `word` a common two-character word ending like a body (公司, 机构, 布局) after no name: at a clause's
    opening, after a bracket or after a function word (，公司估值, 的机构, ）布局)? It names none."""
    if len(word) != 2 or not (re.fullmatch(tail, word) or re.fullmatch(tail, word[1])) or word not in common_words():
        return False
    return not NAME_END_RE.search(before[0]) or before[1].startswith(FUNCTION_FLAGS)
