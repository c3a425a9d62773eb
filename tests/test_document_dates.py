"""A document's date read from its head (`document_dates.find_date`): news-feed heads with a
clock time, datelines, date lines; a date further down is the story's, not the paper's."""

from __future__ import annotations

import pytest

from assistant import document_dates


@pytest.mark.parametrize("head, expected", [
    # the raw news feed's head: date, clock time, then the text
    ("2023-08-13 14:14，正文：近日，某市召开会议。", "2023-08-13"),
    ("  2023-8-3 9:05，正文：某县发布通知。", "2023-08-03"),
    ("某县召开大会\n2023年8月13日 14:14 来源：新华网\n正文。", "2023-08-13"),
    ("2023年8月13日，正文：某市发布通知。", "2023-08-13"),
    ("2023/08/13 来源：人民网\n正文。", "2023-08-13"),
    # datelines
    ("新华社北京2024年3月5日电 记者从会上获悉。", "2024-03-05"),
    ("本报2023年8月13日讯 记者从会上获悉。", "2023-08-13"),
    # a date with a clock time deep in the text is when something happens, not the paper's date
    ("标题\n第一段。\n第二段。\n第三段。\n2023年9月1日 9:00 开幕。", None),
    ("会议于2023-08-20 09:30在北京召开。", None),
    ("2023-02-30 14:14，正文：", None),  # not a day
    ("8-15 08:21，正文：没有年份的头。", None),  # no year: not guessed
])
def test_news_heads(head, expected):
    assert document_dates.find_date(head) == expected
