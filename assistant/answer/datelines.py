"""A question about where or when a news piece was filed (从哪里发的稿, 哪天发出的电稿, 电头是
哪里) is answered by the piece's dateline (新华社兰州1月13日电, 中新社纽约8月17日电, 央广网北京
8月15日消息): the line that says where and when the agency filed it. No sentence of the text
states it, so the sentence scorers answer with some place or date the text speaks of instead
(在少数地区), or refuse.

Only a question that asks of the filing is read so: an asking word for a place or a day
(哪里, 哪座城市, 哪天, 何时) or the agency (哪家通讯社) and, after it, the act of filing (发稿, 发的稿, 发出的电稿, 电头,
发自); 在哪里举行 or 哪天开幕 ask of an event the text reports, and stay with the other steps.
"""

from __future__ import annotations

import re

from assistant.answer.evidence import Sentence
from assistant.answer.extractive import Draft, make_part
from assistant.answer.headings import article_asked, article_chunks
from assistant.query.question import Question
from assistant.records import Hit

_WHERE = r"哪里|哪儿|何地|何处|哪座城市|哪个城市|哪个地方"
_WHEN = r"哪一?天|哪一日|何时|什么时候|什么时间|几月几日|几号|哪个日子"
# 哪家通讯社: the agency, which the dateline names first (新华社兰州1月13日电)
_WHO = r"(?:哪家|哪个|什么|哪一家)(?:通讯社|新闻社|媒体|报社|通讯机构)"
# the act of filing a piece: 发的稿, 发出的电稿, 发稿, 电头, 发自, 发来的消息, 播发
_FILED = r"(?:发|播发|拍发)(?:出|来|回)?的?(?:电?稿|电讯?|消息)|电头|发自"
_ASKS = re.compile(rf"(?:{_WHERE}|{_WHEN}|{_WHO})[^，,。？?；;]{{0,8}}?(?:{_FILED})|(?:{_FILED})[^，,。？?；;]{{0,6}}?(?:{_WHERE}|{_WHEN}|{_WHO})")
# 那篇评论是从哪座城市发出的: 从 where and 发, of a piece the question names
_FROM = re.compile(rf"从(?:{_WHERE})(?:发出|发来|发回|播发)的?(?![\u4e00-\u9fff])")
PIECE = re.compile(r"评论|社论|报道|稿|通讯|新闻|消息|文章|快讯")
# an agency, newspaper or site, the place it filed from, the day, and 电/讯/消息:
# 新华社兰州1月13日电, 中新网北京8月19日电, 央广网北京8月15日消息; 本报讯 names neither
DATELINE = re.compile(r"(?:新华社|中新社|中新网|[\u4e00-\u9fff]{1,4}(?:社|网|报|台))"
                      r"([\u4e00-\u9fff]{2,8}?)\s*(?:\d{4}年)?(\d{1,2}月)?(\d{1,2})日\s*(?:电|讯|消息)")
HEAD = 200  # characters: a dateline opens its article, after the title and a byline at most

SUPPORT = 1.0  # the line asked is the piece's own dateline: nothing to weigh it against


def asks_filing(question: str) -> bool:
    return bool(_ASKS.search(question) or (_FROM.search(question) and PIECE.search(question)))


def opening(hits: list[Hit], source: str, article: int) -> tuple[Sentence, re.Match] | None:
    """The dateline the article's passages among the hits open with, as a sentence of its chunk, and
    its match (the place and day it writes: check/dateline_claims.py weighs a claim against them)."""
    for rank, chunk in article_chunks(hits, source, article):
        m = DATELINE.search(chunk.text[:HEAD])
        if m:
            return Sentence(rank, chunk, m.start(), m.end()), m
    return None


def draft(q: Question, hits: list[Hit]) -> Draft | None:
    """The dateline of the piece the question names, cut where its passage writes it; None when
    the question asks no filing, or no passage of that piece among the hits holds its dateline."""
    if q.english or not hits or not asks_filing(q.text):
        return None
    top = article_asked(q, hits)
    if top is None:
        return None
    found = opening(hits, top.source, top.article)
    if found is None:
        return None
    sentence = found[0]
    part = make_part(sentence, sentence.a, sentence.b, SUPPORT)
    return Draft([part], SUPPORT, kind="dateline", joiner="")
