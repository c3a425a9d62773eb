"""Words naming the piece a question asks from are no topic words (query/source_words.py,
read by retrieve/hybrid.py's article filter)."""

import pytest

from assistant.query.source_words import naming_words
from assistant.records import Chunk, Hit
from assistant.retrieve.articles import keep_asked_articles
from assistant.text import words


def named(text):
    return naming_words(text, words.search_tokens(text))


@pytest.mark.parametrize("text,expected", [
    # a written document named as where the fact stands, its genre words with it
    ("甲市政府工作报告给今年的投资定了多大增幅？", {"政府", "工作", "报告"}),
    ("乙县的绿化面积，报告怎么说？", {"报告"}),
    # the piece pointed at by its kind, the writing of it, the kind as the one saying
    ("写乡村振兴那篇报道的记者是谁？", {"写", "报道"}),
    ("报道称丁公司去年卖了多少辆车？", {"报道"}),
    # the whole of the place in force, and the bound of a target asked
    ("今年全县新建的大棚，底线是多少个？", {"全县", "底线"}),
])
def test_the_piece_asked_from_is_named(text, expected):
    assert named(text) - words.STOPWORDS == expected


@pytest.mark.parametrize("text", [
    "丁公司发布了什么报告？",           # the report is asked, not where the fact stands
    "甲县县长向人大作报告用了多久？",   # the act of reporting
    "甲县在坚持底线思维上有哪些做法？",  # 底线 is the topic, no bound asked
    "市政府今年给乙县拨了多少钱？",     # 政府 outside any document's name
])
def test_topic_words_stay(text):
    assert not named(text) & {"报告", "底线", "政府"}


def _hit(source, article, text):
    return Hit(Chunk(id=f"{source}{article}", source=source, title="", subject="", article=article, start=0, end=len(text),
                     text=text), 1.0, 1, 1, 0.5)


def test_a_section_of_the_report_is_kept_against_an_interview_about_it():
    """The report's section never writes 报告; the interview about the report does."""
    section = _hit("report", 3, "力争新签约亿元以上项目不低于50个")
    interview = _hit("paper", 2, "政府工作报告提出新签约亿元以上项目，守住底线")
    texts = {("report", 3): section.chunk.text, ("paper", 2): interview.chunk.text}
    question = "签约亿元以上项目，政府工作报告今年的底线是多少个？"
    groups = [(t,) for t in ("签约", "亿元", "项目", "政府", "工作", "报告", "底线")]
    idf = lambda t: 2.0
    assert keep_asked_articles([interview, section], groups, idf, texts) == [interview]
    kept = [g for g in groups if not set(g) <= named(question)]
    assert keep_asked_articles([interview, section], kept, idf, texts) == [interview, section]
