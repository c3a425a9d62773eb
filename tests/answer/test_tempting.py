"""Tempting unanswerable questions (learn/tempting.py): one qualifier of a generated
question changed to a word its article never writes, on made-up articles."""

import random

from assistant.bench.squad import Paragraph, Question
from assistant.learn import tempting

ARTICLE = "今年上半年，苏州拥有15个中国历史文化名镇，第二批示范区共有30个，2023年5月出口增长8%。"


def test_the_period_moves_to_a_neighbour_the_article_does_not_name():
    assert tempting.tempt("今年上半年苏州接待游客多少人次？", ARTICLE, "period") == "去年上半年苏州接待游客多少人次？"
    assert tempting.tempt("2023年5月出口增长多少？", ARTICLE, "period") == "2022年5月出口增长多少？"
    # the neighbour is in the article: the year moves no further, the month does
    assert tempting.tempt("2023年5月出口增长多少？", ARTICLE + "2022年", "period") == "2023年6月出口增长多少？"


def test_a_question_naming_no_period_is_sometimes_given_last_year():
    made = {tempting.tempt("苏州拥有多少个名镇？", ARTICLE, "period", rng=random.Random(s)) for s in range(40)}
    assert made == {None, "去年苏州拥有多少个名镇？"}
    assert tempting.tempt("苏州拥有多少个名镇？", ARTICLE + "去年", "period", rng=random.Random(0)) is None


def test_ordinal_sibling_and_place():
    assert tempting.tempt("第二批示范区有多少个？", ARTICLE, "ordinal") == "第三批示范区有多少个？"
    assert tempting.tempt("第二批示范区有多少个？", ARTICLE + "第三批", "ordinal") is None
    assert tempting.tempt("苏州拥有多少个中国历史文化名镇？", ARTICLE, "sibling") == "苏州拥有多少个中国历史文化名村？"
    assert tempting.tempt("示范区有多少个？", ARTICLE, "sibling") is None
    changed = tempting.tempt("苏州市拥有多少个名镇？", ARTICLE, "place", places=["苏州市", "无锡市", "江阴"])
    assert changed == "无锡市拥有多少个名镇？"


def test_questions_have_no_answer_and_say_their_change():
    paragraphs = [Paragraph("p1", "", ARTICLE + "去年")]  # no period to give the first: its ordinal changes
    qs = [Question("p1-q", "第二批示范区有多少个？", "p1", ("30个",)),
          Question("p2-q", "苏州拥有多少个中国历史文化名镇？", "p1", ("15个",))]
    made = tempting.questions(qs, paragraphs)
    assert [q.id for q in made] == ["p1-q-t-ordinal", "p2-q-t-sibling"]
    assert all(q.answers == () and q.paragraph == "p1" for q in made)
