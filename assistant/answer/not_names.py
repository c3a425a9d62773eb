"""What a naming check must not read as a name's piece: a figure's unit or a hyphenated code in Latin letters
(400kW, EM-P), and an organisation's last character that jieba reads as a verb or as the opening of a longer word
(将会上市, 处理器). Read by asked_kind, which asks whether a sentence names a firm, a body or a place."""

from __future__ import annotations

import re

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


def word_ends(text: str, tail: str) -> str:
    """`text` with each match of `tail` blanked (·) where jieba reads it as a word of its own that is a verb or a
    function word (将会上市), or as the first character of a word of three or more (处理器); a name's last
    character (委员会, 办事处) is left."""
    out, at = list(text), 0
    for word, flag in words.tagged(text):
        start = text.find(word, at)
        if start < 0:
            continue
        at = start + len(word)
        if len(word) == 1 and flag.startswith(NOT_A_TAIL_FLAGS) and re.fullmatch(tail, word):
            out[start] = "·"
        elif len(word) >= 3 and re.match(tail, word) and not re.fullmatch(tail, word[:2]):
            out[start] = "·"  # 处理器 opens with 处: a word of its own, no name's end (会议 may end one: 安全会议)
    return "".join(out)
