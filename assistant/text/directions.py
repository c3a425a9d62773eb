"""Which way a figure changed, as the words of a rise and of a fall.

The claim checks read them next to a figure (check/claim_words: 同比下降38%, 16.4%的增长); the
figure pick reads a question's change word by them (answer/asked_head: 涨幅 asked is held by the
增长 of 增长93%, 扩多少 by the 新增 of 新增学位600个). One list, so both read the same words.
"""

from __future__ import annotations

import re

# 增加值 is a measure (value added), not a rise; 新增 an addition (重新增加 is no 新增)
UP_WORDS = ("增长", "增加", "新增", "上升", "提高", "提升", "上涨", "攀升", "扩大", "上调", "涨幅", "增幅", "大涨", "涨了", "涨")
DOWN_WORDS = ("下降", "减少", "降低", "下跌", "下滑", "回落", "缩小", "下调", "跌幅", "降幅", "大跌", "跌了", "萎缩", "跌")
_GUARDS = {"增加": "增加(?!值)", "新增": "(?<!重)新增", "涨": "(?<![下降减])涨", "跌": "(?<![上涨])跌"}
UP = "|".join(_GUARDS.get(w, w) for w in UP_WORDS)
DOWN = "|".join(_GUARDS.get(w, w) for w in DOWN_WORDS)
UP_RE, DOWN_RE = re.compile(UP), re.compile(DOWN)  # compiled once: read for each figure of each sentence


def listed(word: str) -> bool:
    """Whether `word` is itself one of the words of a rise or of a fall (涨, 下降; not 扩 of 扩大)."""
    return UP_RE.fullmatch(word) is not None or DOWN_RE.fullmatch(word) is not None


def of_word(word: str) -> int:
    """+1 for a word of a rise (涨幅, 增长), -1 for one of a fall (降幅), 0 for any other. A
    one-character verb goes the way of the two-character words of the lists it is part of (扩 of
    扩大, 降 of 下降 and 降低); 0 when those go both ways (大 of 大涨 and 大跌)."""
    if UP_RE.fullmatch(word):
        return 1
    if DOWN_RE.fullmatch(word):
        return -1
    if len(word) != 1:
        return 0
    ways = {way for way, listed in ((1, UP_WORDS), (-1, DOWN_WORDS)) for w in listed if len(w) == 2 and word in w}
    return ways.pop() if len(ways) == 1 else 0


def written(text: str, way: int) -> bool:
    """Whether `text` writes a word of a rise (`way` +1) or of a fall (-1)."""
    return way != 0 and (UP_RE if way > 0 else DOWN_RE).search(text) is not None
