"""Sentences that fill a 什么X / X的N是什么 slot, a demonstrative that names no organisation, and
a counted list question's sentence that enumerates nothing."""

from __future__ import annotations

from assistant.answer import evidence, named_things, organisations, topic_coverage
from assistant.query.question import analyse


def test_light_words_between_the_verb_and_the_asking_word():
    q = analyse("青溪市经济运行要保持在一个什么样的区间？")
    assert named_things.slot_filled(q, "突出抓好改善民生等工作,保持经济运行在合理区间和社会大局稳定") == "保持经济运行在合理区间"
    assert named_things.slot_filled(q, "做好今年工作的总体要求是:坚持稳中求进") == ""


def test_the_description_asked_is_written_before_the_answer():
    q = analyse("天赐良机之外更重要的因素是什么？")
    assert named_things.slot_filled(q, "更重要的是当地多年精耕细作形成的厚积薄发。").startswith("更重要的是当地")
    assert named_things.slot_filled(q, "首先是天赐良机，有自然禀赋。") == ""
    q = analyse("这座城市最大的优势是什么？")
    assert named_things.slot_filled(q, "该市最大的优势是区位。") == "市最大的优势是区位"
    assert named_things.slot_filled(q, "最大的优势是什么，大家都在讨论。") == ""


def test_a_demonstrative_is_no_part_of_an_organisation_name():
    assert organisations.organisations("记者提到的那份白鹭医院原始资料") == ("白鹭医院",)


def test_a_counted_list_needs_a_sentence_that_enumerates():
    q = analyse("领投这轮融资的是哪两家机构？")
    assert evidence.type_factor(q, "星河资本和红湾集团领投了这轮融资。") == 1.0
    assert evidence.type_factor(q, "一是星河资本。") == 0.7  # opens one item of several
    assert evidence.type_factor(q, "公司成功获得了23亿美元的债务融资。") == evidence.COUNTED_ALONE
    assert evidence.type_factor(analyse("领投这轮融资的有哪些机构？"), "公司获得了债务融资。") == 0.7


def test_a_sentence_writing_only_the_names_asked_about_says_nothing_of_the_question():
    from assistant.answer import names_only

    q = analyse("白鹭在被软禁在青溪期间完成哪本著作，总结他过去的一切工作?")
    groups = names_only.predicate(q, topic_coverage.term_weights(q, lambda t: 3.0))
    assert groups[0] and names_only.factor(groups, "白鹭于1634年回到青溪的小宅。") == names_only.NAMES_ONLY
    assert names_only.factor(groups, "软禁在家时，他完成了著作《新科学》。") == 1.0
    assert names_only.factor(groups, "他于1634年回到小宅。") == 1.0  # no name: perhaps other words
    # a figure question has its own check
    assert names_only.predicate(analyse("白鹭在青溪完成了多少本著作？"), {("著作",): 1.0})[0] == ()



def test_a_role_written_by_the_name_answers_an_office_question():
    from assistant.answer import names_only

    q = analyse("在会上发言的白鹭在星河公司担任什么职务？")
    asked = names_only.predicate(q, {("发言",): 1.0, ("白鹭",): 1.0, ("星河公司",): 1.0, ("担任",): 1.0, ("职务",): 1.0, ("会上",): 1.0})
    assert asked[0]
    assert names_only.factor(asked, "星河公司华东区销售事业部总经理白鹭表示，将继续投入。") == 1.0
    # the names alone, with no role: still half supported
    assert names_only.factor(asked, "白鹭推进教育信息化，成效明显。") == names_only.NAMES_ONLY
