"""Questions a clause answers though it says the asked thing in words of its own (session 42, f10): a change
asked 变化了多少 and written by its direction, 与上月相比 written 环比, 没有变化 written 保持不变, a model named by its
maker's name and its own, a screen's size in 英寸, an amount in words (上亿的成本). Made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks
from support import drafted_shown, flat_coverage, made_hits

from assistant.answer.asked_kind import kind_disagreement, names_model
from assistant.answer.measure_nature import change_spellings
from assistant.query.question import analyse
from assistant.text import paraphrases


def test_a_change_asked_by_its_generic_word_is_written_by_its_direction():
    q = analyse("青溪县9月生猪出栏量变化了多少？")
    assert q.change and "下降" in change_spellings("变化", q) and "增长" in change_spellings("变化", q)
    assert flat_coverage(q.text, "青溪县9月生猪出栏量为3万头，下降4%。") > flat_coverage(q.text, "青溪县9月生猪出栏量为3万头。")
    # not a change asked (有什么变化 asks what changed, not by how much): no direction holds it
    assert change_spellings("变化", analyse("青溪县生猪养殖有什么变化？")) == ()


def test_the_basis_said_in_words_is_written_as_the_basis():
    q = analyse("与8月相比，青溪县9月生猪出栏量变化了多少？")
    assert "环比" in change_spellings("相比", q)
    assert flat_coverage(q.text, "青溪县9月生猪出栏量3万头，环比下降4%。") \
        > flat_coverage(q.text, "青溪县9月生猪出栏量3万头，下降4%。")
    assert "同比" in change_spellings("相比", analyse("与去年同期相比，青溪县生猪出栏量变化了多少？"))
    # a month compared with that is not the one before names no basis
    assert change_spellings("相比", analyse("与3月相比，青溪县9月生猪出栏量变化了多少？")) == ()


def test_the_month_on_month_change_is_the_clause_shown():
    made, shown = drafted_shown("与8月相比，9月青溪县汽车销量变化了多少？", "9月，青溪县汽车市场共售出3.2万辆，同比下降5%，环比下降8%。")
    assert "环比下降8%" in shown and made.support > 0.43


def test_nothing_changed_is_written_in_the_sentence_s_own_words():
    question = "青溪商场哪款冰箱的售价没有变化？"
    assert paraphrases.unchanged("没有", question) and paraphrases.unchanged("变化", question)
    assert paraphrases.unchanged("售价", question) == ()
    assert flat_coverage(question, "而青溪牌冰箱的售价保持不变。") > flat_coverage(question, "而青溪牌冰箱的售价下调了200元。")
    assert paraphrases.unchanged("变化", "青溪商场的售价有什么变化？") == ()


def test_a_model_is_named_by_its_maker_and_its_own_name():
    q = analyse("这次促销里，哪款青溪车型的售价没有变化？")
    assert names_model(q.text, "而青溪白鹭的售价则保持不变。")
    assert kind_disagreement(q, made_hits("而青溪白鹭的售价则保持不变。")[0].chunk, 0, 14) is None
    # the maker's own common nouns name no model
    assert not names_model(q.text, "青溪汽车近日发布了新的促销政策。")
    assert kind_disagreement(q, made_hits("青溪汽车近日发布了新的促销政策。")[0].chunk, 0, 16) is not None


def test_a_screen_s_size_is_asked_in_inches():
    q = analyse("青溪X1显示器的屏幕有多大？")
    assert q.unit == "英寸"
    assert analyse("青溪X1显示器的刷新率是多少？").unit == ""
    picks = _picks("青溪X1显示器的屏幕有多大？", "这款产品配备了27英寸的防眩光面板，刷新率为165Hz。")
    assert picks["27英寸"].score > picks["165Hz"].score
    assert picks["27英寸"].factors["adjacent"] == 1.0 and picks["27英寸"].factors["veto"] == 0.0


def test_an_amount_in_words_takes_its_unit_from_the_noun_asked():
    picks = _picks("青溪公司新建产线需要额外付出多少成本？", "青溪公司表示，新建产线需要额外付出上亿的成本。")
    assert picks["上亿"].factors["unit"] == 1.0 and picks["上亿"].score > 0.43
    # a bare figure followed by another noun stays without a unit
    assert _picks("青溪公司新建产线需要额外付出多少成本？", "青溪公司新建产线，上亿的投资者关注。")["上亿"].factors["unit"] == 0.3


def test_exactly_there_is_written_without_its_zheng():
    assert paraphrases.of("正中间") == ("正中间", "中间")
    assert paraphrases.of("正常") == ("正常",)  # 正 before no place word is part of the word
    question = "青溪人家的饭桌正中间摆着什么？"
    assert flat_coverage(question, "饭桌的中间摆着一盆青溪鱼。") > flat_coverage(question, "饭桌的一角摆着一盆青溪鱼。")
