"""The standard abbreviations of statistical indicators, spelled out in a question.

Chinese news and everyday speech shorten the indicators every government work report and
statistical bulletin names (国家统计局's 统计公报 and the reports' own 主要预期目标): 固投 for
固定资产投资, 社零 for 社会消费品零售(总)额. The reports themselves write the long form, so
a question writing the short one is read as if it wrote the long one: keyword search, the
topic words, the support and the figure checks all see the indicator the sentence names.

Only abbreviations that are no word of their own and that no report writes for anything else
are here; 规上 (规模以上) is read by `words.writes` (a shortened word's characters in order),
which the gap in 固(定资产)投(资) and 社(会消费品)零(售) is too long for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import words

# the short form -> the long form (a following 额 or 总额 stays: 社零额 -> 社会消费品零售额)
STATISTICAL = {
    "固投": "固定资产投资",
    "社零": "社会消费品零售",
}
_SHORT_RE = re.compile("|".join(sorted(STATISTICAL, key=len, reverse=True)))


# 同比涨了几个点: speech shortens 百分点 to 点, and of a measure's growth it means the percent (增长8.3%); asked
# as 百分之几 it is read so (a rate's change in 个百分点 is then no answer: a refusal, never another figure).
# Not 点位, 点击, 点赞, 点子 (things counted)
POINTS_RE = re.compile(r"(几|多少)个点(?![位击赞评子])")


# 地区生产总值增长几个百分点: said of a measure that is no rate, 百分点 is spoken for the percent of its growth (增长6.5%),
# as 几个点 is; of a rate (增速, 失业率, 占比提高几个百分点) it is the rate's change, written in 个百分点
PERCENTAGE_POINTS_RE = re.compile(r"(几|多少)个?百分点")
RATE_NAMED_RE = re.compile(r"率|增速|增幅|涨幅|降幅|跌幅|幅度|比重|占比|份额|比例|百分比|指数")


def spelled_out(text: str) -> str:
    """`text` with each standard abbreviation of an indicator written in full, and a spoken 几个点 as
    百分之几 (几个百分点 too, of a measure that is no rate)."""
    text = POINTS_RE.sub(r"百分之\1", _SHORT_RE.sub(lambda m: STATISTICAL[m.group()], text))
    return text if RATE_NAMED_RE.search(text) else PERCENTAGE_POINTS_RE.sub(r"百分之\1", text)


# 农村厕所 -> 农厕, 文化旅游 -> 文旅, 工业企业 -> 工企: a compound of two nouns is shortened to one character of each, in
# order: the first of each, or the last (大棚温室 -> 棚室: each noun's head, 大棚's 棚 and 温室's 室). The reverse reading (a
# question's 农厕, a sentence's 农村厕所) is words.writes'. A word of the question is a part of a compound when it is a noun
# (a verb's noun too: 旅游 vn) or a fixed phrase of two characters or more standing right beside another; a verb beside its
# object (改造|农村) forms none.
PART_FLAGS = ("n", "vn", "l")
NAMES = ("nr", "ns")  # a person's or a place's name is shortened its own way (亚太地区 is no part of 亚形)


class ShortForm(str):
    """A shortened form of a question's compound, held by a sentence that writes it as a word of its own (改造农厕800户,
    新建棚室800亩): two characters of a sentence's longer words (产业集群's 业群, 铝合金材料's 金材) say no compound."""

    def held(self, text: str) -> bool:
        return self in text and any(w == self for w, _ in words.tagged(text))


def written(term: str, text: str) -> bool:
    """Does `text` write `term`: a short form as a word of its own, any other term anywhere."""
    return term.held(text) if isinstance(term, ShortForm) else term in text


def match(term: str, text: str) -> float:
    """`words.match` of a topic word, a short form held only as a word of its own (`written`)."""
    return float(term.held(text)) if isinstance(term, ShortForm) else words.match(term, text)


def _part(word: str, flag: str) -> bool:
    return len(word) >= 2 and flag.startswith(PART_FLAGS) and not flag.startswith(NAMES) \
        and words.chinese_word(word)


@lru_cache(maxsize=4096)
def _initialisms(question: str) -> dict[str, tuple[str, ...]]:
    tags = words.tagged(question)
    out: dict[str, tuple[str, ...]] = {}
    for (a, fa), (b, fb) in zip(tags, tags[1:]):
        if not (_part(a, fa) and _part(b, fb)):
            continue
        # only a form that is no word of its own (政工 is a word, not 政府工作): one jieba reads as
        # a shortened word (农厕, 科创), so a sentence writing it says the compound
        for short in dict.fromkeys((a[0] + b[0], a[-1] + b[-1])):
            if words.shortened(short):
                for w in (a, b):
                    out[w] = out.get(w, ()) + (ShortForm(short),)
    return out


def initialisms(word: str, question: str) -> tuple[str, ...]:
    """The shortened forms a sentence may write for the compound the question's `word` is a part of
    (农村 or 厕所 of 农村厕所 -> 农厕; 大棚 or 温室 of 大棚温室 -> 棚室); () for a word in no such compound."""
    return _initialisms(question).get(word, ())
