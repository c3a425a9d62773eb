"""A question's measure word written another way before a figure (answer/measure_glosses.py), on made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks

from assistant.answer.measure_glosses import asked_measures, same_measure


def test_words_glossed_by_one_head_name_one_measure():
    assert same_measure("投入", "投资")  # both "invest"
    assert same_measure("花", "耗资")  # both "spend"


def test_opposite_or_other_measures_are_not_paired():
    assert not same_measure("进口", "出口")  # import / export
    assert not same_measure("销量", "产量")  # sales volume / output
    assert not same_measure("营收", "利润")  # revenue / profits
    assert not same_measure("收入", "支出")  # income / expenses
    assert not same_measure("投资", "投资额")  # one inside the other: the spellings' business


def test_a_sum_invested_in_other_words_is_next_to_its_figure():
    picks = _picks("某公司在甲县新建工厂要投入多少钱？", "据悉，某公司将投资10亿元在甲县建立一座新工厂。")
    assert picks["10亿元"].factors["adjacent"] == 1.0 and picks["10亿元"].indicator == "投入"


def test_a_figure_in_another_unit_is_not_lifted():
    # 投资 before a count of plants: the unit asked (money) is not the figure's
    picks = _picks("某公司在甲县要投入多少钱？", "某公司在甲县投资3座工厂，员工共2000人。")
    assert picks["3座"].factors["adjacent"] == 0.0


def test_the_sentence_holds_the_measure_asked():
    from assistant.answer import evidence
    from assistant.query.question import analyse
    from assistant.records import Hit
    from support import made_chunk

    hits = [Hit(made_chunk("据悉，某公司将投资10亿元在甲县建立一座新工厂。", title="青溪新闻", source="made/c1.txt"), 1.0, 1, 1, 0.9)]
    asked = analyse("某公司在甲县新建工厂要投入多少钱？")
    other = analyse("某公司在甲县新建工厂要花费多少钱？")
    held = evidence.score_sentences(asked, evidence.sentences_of(hits), lambda t: 2.0)[0].coverage
    plain = evidence.score_sentences(other, evidence.sentences_of(hits), lambda t: 2.0)[0].coverage
    assert held > plain


def test_the_measure_words_are_the_asking_phrase_s():
    assert asked_measures("某公司新建工厂要投入多少钱？") == ("投入",)
    assert "定下" in asked_measures("某公司本年定下的销量目标是多少？")
    # a purpose phrase's verb (为推动…提升) is not what is measured
    assert "提升" not in asked_measures("为推动甲县提升能级，某部门一共出台了多少条措施？")


def test_a_purpose_verb_is_not_read_as_the_measure():
    # 提升 (raise) and 提出 (raise an issue) share a gloss; only the asked 出台 is compared
    picks = _picks("为推动甲县提升能级，某部门一共出台了多少条措施？", "某部门提出了24条措施。")
    assert picks["24条"].indicator != "提升"


def test_a_verb_after_the_thing_counted_is_the_measure():
    # 造成多少人受伤: what is counted is those hurt, whatever the verb bringing it about is written as
    assert asked_measures("甲县的事故造成多少人受伤？") == ("受伤",)
