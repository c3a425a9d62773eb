"""A 什么 question's premise written again is no answer (answer/thing_asked.restates_premise). Made-up sentences."""

from __future__ import annotations

from assistant.answer.thing_asked import restates_premise
from assistant.query.question import analyse

Q = "按甲报的说法，乙镇等地温泉旅游能火，先天条件是什么？"


def test_a_sentence_writing_the_premise_again_and_nothing_asked_is_no_answer():
    assert restates_premise(analyse(Q), "这个冬天，乙镇等地温泉旅游“火”了，让人们明白了一个道理")
    assert restates_premise(analyse("长沙的夜间经济发展很快，主要动力是什么？"), "今年长沙夜间经济发展很快，游客越来越多")


def test_a_sentence_writing_the_asked_words_a_cause_or_something_else_may_answer():
    q = analyse(Q)
    assert not restates_premise(q, "乙镇等地温泉旅游火了，先天条件是地热资源丰富")
    assert not restates_premise(q, "乙镇温泉旅游能火，得益于地热资源丰富")
    assert not restates_premise(q, "首先是地热资源得天独厚")  # no clause of the premise: other checks read it
    assert not restates_premise(analyse("乙镇温泉旅游的先天条件是什么？"), "乙镇等地温泉旅游“火”了")  # no premise set
    assert not restates_premise(analyse("What made the town's spa tourism popular?"), "乙镇等地温泉旅游“火”了")
