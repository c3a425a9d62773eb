"""How long: a question asking a span of time (多久, 多长时间) is answered by a sentence that
writes one (18个月内, 两小时, 46亿年, 至今); a sentence writing none speaks of something else
(what the thing is, or the day it was shown: 8月1日).

Over DRCD's 39 多久 / 多长时间 questions (train and dev) the gold sentence of 38 writes a span;
the other asks how often (多久一次: 每9局), which is not read as asking a span. CMRC trial: 2 of 2.

An English question asks the same in its own words (`english_disagreement`: a result's time, a period, how many
days; in what year; on what date). On tests/data/english_train's train half it took away two confidently wrong
answers to a race's time (sentences writing none); with asked_slot's when check read for English too (until when
asks a time) a third became right. No right answer of the English items of any set was lost (session 56).
"""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk

# 多久一次, 多久开展一次, 多长时间检查一回: how often, answered by 每年1次 (no span written)
ASKED_RE = re.compile(r"(?:多久|多长时间)(?![^，。？！,?]{0,6}?[一1](?:次|回|趟))")
# a number of units of time, not a date (8月1日), a month's name (8月) nor a year (2023年; but
# 2500年前, 前1500年: how long ago); a run of months (花期1-3月)
_NUMBER = r"(?<![月0-9.])(?!(?:19|20)[0-9]{2}年(?!前))(?:[0-9]{1,4}(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千半数几多]+)[万亿]*"
SPAN_RE = re.compile(rf"{_NUMBER}\s*(?:多|余)?\s*(?:个月|个?(?:年(?![级代])|周|星期|礼拜|天|日|夜|小时|钟头|分钟|秒|世纪|旬|载))"
                     r"|[0-9]{1,2}\s*[-~～至到]\s*[0-9]{1,2}月|一辈子|终身|永久|长期|短期|至今|以来|半年|半天|片刻|瞬间")


def asks_span(question: str) -> bool:
    return bool(ASKED_RE.search(question))


def writes_span(text: str) -> bool:
    """Does `text` write a span of time (not a date: 8月1日 says when, not how long)?"""
    return bool(SPAN_RE.search(text))


def span_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A sentence writing no span of time, for a question asking one (`subject.disagreement`
    runs it: the rules' and the selector's candidates both pass there); one writing no year
    for a question asking which year, no day for one asking which day."""
    text = chunk.text[a:b]
    if q.english:
        return english_disagreement(q.text, text, tuple(t for g in q.groups for t in g))
    for asked_re, written_re in ((ASKED_RE, SPAN_RE), (YEAR_ASKED_RE, YEAR_WRITTEN_RE), (DAY_ASKED_RE, DAY_WRITTEN_RE)):
        asked = asked_re.search(q.text)
        if asked and not written_re.search(text):
            return Disagreement("span" if asked_re is ASKED_RE else "date", asked.group(0), "")
    return None


# 哪一年 is answered by a year (1977年, 民国十九年, 同年, 次年, 八十年代), 哪一天 by a day (8月1日, 初五,
# 次日, 国庆节)
YEAR_ASKED_RE = re.compile(r"哪一年|哪年|何年")
YEAR_WRITTEN_RE = re.compile(r"[0-9０-９]{1,4}\s*年|[〇零一二三四五六七八九十百千两元]{1,4}年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
                             r"|[同次翌当前去今明上本该隔]年|年代|年间|世纪")
DAY_ASKED_RE = re.compile(r"哪一?天|哪一日|几月几[日号]|几号")
DAY_WRITTEN_RE = re.compile(r"[0-9０-９]{1,2}\s*[日号]|月[初]?[0-9０-９一二三四五六七八九十廿卅]|[一二三四五六七八九十廿卅]{1,3}[日号]|初[一二三四五六七八九十]"
                            r"|[同次翌当前昨今明后隔]天|[同次翌当前昨今明后隔]日|节|除夕|元旦|周[一二三四五六日末]|星期|礼拜|晚|早|上午|下午|凌晨")


# The same asked in English. A result's time or a period (What was Wang Wu's time in the relay, what was the finishing
# time, what is the period of a comet's orbit) is a span (a time may be a clock time too: the start time); how many years,
# days or hours counts a span; in what year asks a year, on what day or date a day.
SPAN_ASKED_EN = re.compile(
    r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the|its|their|his|her|(?:[A-Z][\w.-]*\s+)*[A-Za-z][\w.-]*['’]s)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:(?P<time>time)|duration|period)\b(?!\s+(?:when|that|during)\b)"
    r"|\bhow many (?:more |fewer )?(?:years|months|weeks|days|hours|minutes|seconds)\b", re.IGNORECASE)
YEAR_ASKED_EN = re.compile(r"\b(?:what|which)\s+year\b", re.IGNORECASE)
DAY_ASKED_EN = re.compile(r"\b(?:what|which)\s+(?:day|date)\b", re.IGNORECASE)
# spans shorter than a second (响应时间仅3毫秒), and a clock time (9时30分, 10点) for a time asked
SUBSECOND_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:微秒|毫秒|纳秒)")
CLOCK_RE = re.compile(r"[0-9]{1,2}\s*[点时:：]\s*[0-9]{0,2}")


# a span's measure named right before it (某设备的响应时间仅3毫秒, 巡检周期为2天): the two characters before the
# time word name what the span is the time of
SPAN_LEAD_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:时间|时长|周期|用时|耗时|历时)(?:[为是达约仅近超过高长至了]{0,3})$")
LEAD_SPAN = 12  # characters before a span searched for its measure


def _spans(text: str) -> list[re.Match]:
    return [m for r in (SPAN_RE, SUBSECOND_RE) for m in r.finditer(text)]


def other_time(text: str, terms: tuple[str, ...]) -> str:
    """What every span of `text` is the time of, when each is led by a time measure (采样时间为5秒) whose first
    word is no translation of the question's (`terms`): a sampling time or a build time answers no question
    about a period of something else. '' when a span is led by none, or by one the question names."""
    others = []
    for m in _spans(text):
        lead = SPAN_LEAD_RE.search(text[max(0, m.start() - LEAD_SPAN) : m.start()])
        if not lead or any(len(t) > 1 and (t in lead.group(1) or lead.group(1) in t) for t in terms):
            return ""
        others.append(lead.group(1))
    return others[0] if others else ""


# a round age before the noun it describes (千年古镇, 百年老店: a thousand-year-old town) counts no span of an event
ROUND_AGE_RE = re.compile(r"(?<![0-9零〇一二两三四五六七八九十几数多])[百千万]年(?=[\u4e00-\u9fff])(?![来以之前后间中内里多余])")


def english_disagreement(question: str, text: str, terms: tuple[str, ...] = ()) -> Disagreement | None:
    """`span_disagreement` for an English question: a span asked (`SPAN_ASKED_EN`) and a text writing none, or
    (given the question's translated `terms`) only spans of another thing's time (`other_time`); a year asked and
    none written, a day asked and none written."""
    m = SPAN_ASKED_EN.search(question)
    text = ROUND_AGE_RE.sub("", text) if m else text
    if m and not (SPAN_RE.search(text) or SUBSECOND_RE.search(text) or (m.group("time") and CLOCK_RE.search(text))):
        return Disagreement("span", m.group(0).strip(), "")
    if m and terms and (other := other_time(text, terms)):
        return Disagreement("span", m.group(0).strip(), other)
    for asked_re, written_re in ((YEAR_ASKED_EN, YEAR_WRITTEN_RE), (DAY_ASKED_EN, DAY_WRITTEN_RE)):
        asked = asked_re.search(question)
        if asked and not written_re.search(text):
            return Disagreement("date", asked.group(0), "")
    return None
