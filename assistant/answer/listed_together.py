"""An item a sentence names only in a list with a sibling of the same head (北区园区、南区园区): a figure there is theirs together, not the item's."""

from __future__ import annotations

import os
import re

from assistant.text import words


LIST_SEP_RE = re.compile(r"[、和与及]")


def _shared_tail(x: str, y: str) -> int:
    return len(os.path.commonprefix([x[::-1], y[::-1]]))


def _sibling_before(item: str, text: str, i: int) -> str:
    """The item listed before the separator at `i` sharing a head with `item` or one of its
    beginnings (燃油汽车 for 新能源汽车销量), '' when none."""
    for cut in range(len(item), 2, -1):
        head = item[:cut]
        tail = _shared_tail(head, text[:i])
        if 2 <= tail < cut:
            return text[max(0, i - cut) : i]
    return ""


def _sibling_after(item: str, text: str, i: int) -> str:
    """The item listed after the separator at `i` ending like `item` (南区园区 after 北区园区)."""
    for size in range(len(item) - 1, 1, -1):
        at = text.find(item[-size:], i + 2, i + 1 + len(item) + 2)
        if at > i + 1:
            return text[i + 1 : at + size]
    return ""


def listed_together(question: str, text: str) -> tuple[str, str] | None:
    """(item asked, its sibling) when `text` names the question's item only in a list with a
    sibling of the same head (北区园区、南区园区 for 南区园区): the figures of such a
    sentence are theirs together, unless 分别 gives each its own."""
    if "分别" in text:
        return None
    for m in LIST_SEP_RE.finditer(text):
        i = m.start()
        for after in (True, False):
            for size in range(min(10, len(text) - i - 1 if after else i), 2, -1):
                item = text[i + 1 : i + 1 + size] if after else text[i - size : i]
                if not words.chinese_word(item) or item not in question:
                    continue
                sibling = _sibling_before(item, text, i) if after else _sibling_after(item, text, i)
                if sibling and sibling not in question and text.count(sibling) == 1:
                    return item, sibling
                break
    return None
