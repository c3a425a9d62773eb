"""Traditional and simplified Chinese compared as one script (OpenCC t2s), for matching only.

Users type simplified Chinese; a Taiwanese or Hong Kong document is traditional. Every
comparison of question words with text (keyword tokens, the answer step's support, figure
and place checks) reads both sides through `to_simplified`. Its output has exactly the
length of its input, character for character, so an offset into the simplified form is an
offset into the original: quotes and citations are always cut from the original text.
"""

from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _converter():
    import opencc  # dictionaries ship inside the wheel: nothing is downloaded

    return opencc.OpenCC("t2s")


def _convert(text: str) -> str:
    with _lock:  # one converter object shared by the chat's threads
        return _converter().convert(text)


@lru_cache(maxsize=1)
def traditional_characters() -> frozenset[str]:
    """Every character t2s changes on its own (about 4,200): a cheap test of whether a
    text needs converting at all."""
    chars = [chr(c) for r in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)) for c in range(*r)]
    out = _convert("\n".join(chars)).split("\n")
    return frozenset(a for a, b in zip(chars, out) if a != b)


@lru_cache(maxsize=65536)
def _one(ch: str) -> str:
    converted = _convert(ch)
    return converted if len(converted) == 1 else ch


@lru_cache(maxsize=8192)
def to_simplified(text: str) -> str:
    """`text` in simplified characters, of the same length. t2s works on phrases and may
    in rare cases change a length (one character for two); then the text is converted
    character by character, keeping any character that would not stay one character.
    Text without a traditional character is returned as it is: faster, and t2s's phrase
    table would otherwise rewrite a few simplified words (打坏 -> 打坯)."""
    if traditional_characters().isdisjoint(text):
        return text
    converted = _convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_one(ch) for ch in text)
