"""What kind of piece an article is, as its title, its opening and its own words show: a news story,
an interview, or neither (a report, a plan, a notice: a document writing its own text).

A question naming a kind of source (报告中…, the work report says…, in the interview…) is answered
from a piece of that kind (answer/named_source.py). In a store of many documents the sentence that
shares most words may sit in a story about something else (a games studio's 发展方向 for a
question about a policy's 方向); a report is not a news story, and a story that never writes the report's name is not
about it either.

- a news story: its title names a news collection (…新闻汇编, 快讯), its opening is a news lead
  (a dateline 某某社甲地8月1日电, 本报讯, 原标题：…, 据报道, 近日，…), or the sentence itself is
  reported (据报道，…, 报道称…);
- an interview: its heading names its interviewee (——访…) or its text writes the interview (采访).
The article's other passages are read from the store when one is open (article_store.py); else the
passage retrieved stands for its article.
"""

from __future__ import annotations

import re

from assistant.answer import said
from assistant.answer.article_store import article_chunks

NEWS_TITLE_RE = re.compile(r"新闻|快讯|简讯|资讯|要闻")
# a news lead: a dateline (某社甲地8月1日电, 某网8月1日讯), a paper's or a station's lead, a story reprinted
# under its own headline, a story that says where it heard its news or opens on 近日
NEWS_LEAD_RE = re.compile(r"(?:社|网|报|台|端)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)"
                          r"|本报讯|本台消息|网消息|原标题[:：]"
                          r"|(?:^|[，,。\n])据(?:外媒|媒体|报道|悉|了解|[\u4e00-\u9fff]{1,10}(?:报道|消息))"
                          r"|报道称|(?:^|\n)(?:近日|日前|近期)[，,]")
REPORTED_RE = re.compile(r"^(?:\d{1,2}月\d{1,2}日[，,])?(?:据(?:外媒|媒体|报道|悉)|报道称|消息称)")
OPENING = 160  # the characters of an article's first passage read as its opening


def _passages(chunk) -> list:
    """The article's passages in order (its first is its opening); the passage itself when none is read."""
    return article_chunks(chunk.source, chunk.article) or [chunk]


def writes(s, words: tuple[str, ...]) -> bool:
    """Does the sentence's article (its title or any passage) write one of `words`?"""
    return any(w in t for t in [s.chunk.title] + [c.text for c in _passages(s.chunk)] for w in words)


def news_article(chunk) -> bool:
    """Is the passage's article a news story (a news collection's title, a news lead opening it)?"""
    return bool(NEWS_TITLE_RE.search(chunk.title or "") or NEWS_LEAD_RE.search(_passages(chunk)[0].text[:OPENING]))


def news(s) -> bool:
    """Is the sentence reported news, or its article a news story (see the module's doc)?"""
    return bool(REPORTED_RE.search(s.text.strip())) or news_article(s.chunk)


def interview(s) -> bool:
    """Is the sentence's article an interview (its heading names its interviewee, or it writes the interview)?"""
    return bool(said.interviewee(s.chunk.title)) or writes(s, ("采访", "专访", "访谈", "受访"))
