"""A question's measure word written another way before a figure (answer/measure_glosses.py), on made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks

from assistant.answer.measure_glosses import same_measure


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
    assert held == 1.0 or held > plain
