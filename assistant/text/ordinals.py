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


# 第四届|国际琵琶艺术节: the name of what an ordinal numbers, up to a word that ends it
SERIES_NAME_RE = re.compile(r"[“「《]?([\u4e00-\u9fff]{2,12}?)(?=[的是在于将已和与及了为由把被，。；、：！？“”「」《》\s]|$)")
GENERIC_CHARS = set("第届期批轮次年度中国全大会")


def other_series(question: str, sentence: str) -> str:
    """The ordinal phrase with its name (第四届黑客马拉松) when `sentence` writes the session the
    question asks only before the name of another event: no character of the asked name
    (第四届国际琵琶艺术节) but the generic ones (中, 国, 会) in it; '' when any agrees or either is
    unnamed. Only 届 numbers named events; a batch or a phase goes on with a common noun (第二批名单)."""
    asked = {(1 if m.group(2) else _number(m.group(1)), m.group(3)): SERIES_NAME_RE.match(question, m.end())
             for m in ORDINAL_RE.finditer(question) if m.group(3) == "届"}
    found = ""
    for m in ORDINAL_RE.finditer(sentence):
        key = (1 if m.group(2) else _number(m.group(1)), m.group(3))
        want, own = asked.get(key), SERIES_NAME_RE.match(sentence, m.end())
        if not want or not own or min(len(want.group(1)), len(own.group(1))) < 3:
            continue
        if (set(want.group(1)) & set(own.group(1))) - GENERIC_CHARS:
            return ""
        found = found or m.group(0) + own.group(1)
    return found


# 排名第二, 位居第3, 名列第一位, 第二名, 全国第二大, 位居榜首: a place in a ranking (not 第二批, 第二季度: a series
# or a period; not 前三: a bracket of places)
_NOT_RANK = r"(?![批期届轮次季章条款项个天年])"
RANK_RE = re.compile(rf"(?:排名|排行|排在|排|位居|位列|名列|并列|居)(?:全[国省市县区球]|世界|国内|行业|同类)?第({_N}){_NOT_RANK}"
                     rf"|第({_N})[名大]|(?:全[国省市县区球]|全美|世界)第({_N}){_NOT_RANK}|(榜首|居首|首位)")


def ranks(text: str) -> set[int]:
    """The places in a ranking `text` states: 排名第二 -> {2}, 位居榜首 -> {1}."""
    found = set()
    for m in RANK_RE.finditer(text):
        numeral = m.group(1) or m.group(2) or m.group(3)
        found.add(_number(numeral) if numeral else 1)
    return found - {0}
