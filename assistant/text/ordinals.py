"""Ordinals of a series: 第三批, 第7届, 首期, 第十一轮, 第2次.

A batch, session, issue or round is one member of a series, and its figures are not its
siblings' (the third batch's count is not the second's). Each ordinal is read as (number,
series word), so 第7届 and 第七届 are the same and 首批 is 第一批. A reference to the one
in force (本届, 今批, 此次) names no number; `subject` reads it from the article.
"""

from __future__ import annotations

import re

from assistant.text.quantities import chinese_to_number

SERIES = "批期届轮次"
_N = r"[0-9一二三四五六七八九十百零〇两]+"
# 第三批, 第7届, 首期; not 第一季度 (a period), nor 三批 alone (a count of batches)
ORDINAL_RE = re.compile(rf"(?:第({_N})|(首))([{SERIES}])")


# 十四届全国人大二次会议: an ordinal written without 第, which may as well be a count (三批项目)
BARE_RE = re.compile(rf"(?<![第0-9一二三四五六七八九十百零〇两])({_N})([{SERIES}])")


def _number(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else int(chinese_to_number(numeral) or 0)


# 第一次播出, 首次发布: 次 is mostly "time" (for the first time), a series only of meetings,
# sessions and censuses (第二次会议, 第七次全国人口普查)
SERIES_OF_TIMES_RE = re.compile(r"[^，。；]{0,8}?(?:会议|全会|大会|代表大会|普查|谈判|会谈|会晤|峰会|论坛)")


def ordinals(text: str) -> set[tuple[int, str]]:
    """The ordinals `text` names, each as (number, series word)."""
    found = {(1 if m.group(2) else _number(m.group(1)), m.group(3)) for m in ORDINAL_RE.finditer(text)
             if m.group(3) != "次" or SERIES_OF_TIMES_RE.match(text, m.end())}
    return {(n, w) for n, w in found if n > 0}


def bare(text: str) -> set[tuple[int, str]]:
    """Numbers written before a series word without 第 (十四届, 二次): the asked ordinal when
    it is one, never another one's (三批 may count batches)."""
    return {(_number(m.group(1)), m.group(2)) for m in BARE_RE.finditer(text)}


def series(found: set[tuple[int, str]], word: str) -> set[int]:
    """The numbers of one series word among `found`."""
    return {n for n, w in found if w == word}


def phrases(text: str) -> list[str]:
    """The ordinals `text` writes as written (第三届), to be found in an article."""
    return [m.group(0) for m in ORDINAL_RE.finditer(text)]
