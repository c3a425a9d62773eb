"""Numerals as written: Arabic (1,200) and Chinese (三千五百万), read to one number by cn2an."""

from __future__ import annotations

import re
from functools import lru_cache

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"


def chinese_to_number(text: str) -> float | None:
    """三千五百万 -> 35000000, 十二 -> 12, 一点五 -> 1.5, 二〇二四 -> 2024, 百万 -> 1000000; None
    for what is no one number: 十四五 (a plan's name), 二三十 (an estimate), 千千."""
    if not text:
        return None
    value = _cn2an(("一" + text) if text[0] in "百千" else text)  # 百万 is 一百万, as 十二 is 一十二
    if value is None and re.fullmatch(r".+亿[^万亿]*[千百]", text):
        value = _cn2an(text + "万")  # 六亿七千(多万): the 万 after 亿 is left unsaid
    return value


@lru_cache(maxsize=4096)
def _cn2an(text: str) -> float | None:
    import cn2an  # the library reads numerals; imported once, on first use

    try:
        return float(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError):
        return None


def numeral(n: int) -> str:
    """23 -> 二十三, 105 -> 一百零五: a whole number as Chinese text writes it."""
    import cn2an

    return cn2an.an2cn(n)


def to_number(raw: str) -> float | None:
    """A numeral as written, Arabic (1,200) or Chinese (一千二百); None when it is no one number."""
    if re.fullmatch(ARABIC, raw):
        return float(raw.replace(",", ""))
    return chinese_to_number(raw)
