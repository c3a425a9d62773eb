"""A question's word is matched by the word its answer's sentence writes for it
(text/paraphrases.py), in the sentence's support; made-up sentences."""

from __future__ import annotations

from assistant.text import paraphrases
from support import flat_coverage


def test_a_word_and_its_paraphrases():
    assert paraphrases.of("卖") == ("卖", "销量", "售价", "销售", "售")
    # one way only: 销量 asked is not answered by 卖; nor by 售出/销售量, which let a sentence without the
    # question's brand or fuel (哈弗新能源销售10105辆 for 欧拉新能源的销量) hold it (news_check6 n6-52, n6-53)
    assert paraphrases.of("销量") == ("销量",)


def test_a_sentence_writing_the_paraphrase_supports_the_question():
    question = "青溪牌手机上个月卖了多少台？"
    assert flat_coverage(question, "青溪牌手机上个月销量为3万台。") > flat_coverage(question, "青溪牌手机上个月出口为3万台。")
    question = "青溪县今年要建成的高标准农田不少于多少亩？"
    assert flat_coverage(question, "青溪县建设高标准农田60万亩以上。") > flat_coverage(question, "青溪县建设高标准农田60万亩。")



def test_a_verb_with_a_result_complement_reads_as_the_verb():
    assert paraphrases.of("卖出") == ("卖出", "销量", "售价", "销售", "售")
    assert paraphrases.of("卖掉")[1:] == paraphrases.of("卖")[1:]
    assert paraphrases.of("提出") == ("提出",)  # 提 has no paraphrases of its own


def test_a_growth_asked_is_found_in_an_increase():
    question = "青溪县去年的用水量同比增长了多少？"
    assert flat_coverage(question, "青溪县去年用水量同比增加了12%。") > flat_coverage(question, "青溪县去年用水量同比为12%。")


def test_a_sum_of_money_asked_is_written_by_its_deal_and_e():
    # 签约金额 / 多少钱的项目 asked, 签约额 written: 额 is the measure word of a sum
    assert "额" in paraphrases.of("金额") and "额" in paraphrases.of("钱")
    text = "青溪县举办招商大会，签约额达12亿元。"
    assert flat_coverage("青溪县招商大会签下了多少金额的项目？", text) > flat_coverage("青溪县招商大会签下了多少台机器？", text)


def test_a_sum_asked_makes_the_money_figure_next_to_its_e_relevant():
    from support import figure_picks
    picks = figure_picks("青溪县招商大会签下了多少金额的项目？", "青溪县招商大会签约项目34个，签约额12亿元。")
    assert picks["12亿元"].factors["adjacent"] == 1.0 and picks["12亿元"].score > picks["34个"].score


def test_what_concerns_a_thing_is_written_she_and_its_short_form():
    # 甲X相关产业的产值 is the sentence's 涉X产值: the short form is the thing's first or last character
    q = "抚松人参相关产业的产值有多少？"
    assert paraphrases.concerning("相关", q) == ("涉人", "涉参")
    assert paraphrases.concerning("产业", q) == ("涉人", "涉参")
    assert paraphrases.concerning("产值", q) == ()
    assert paraphrases.concerning("有关", "与企业有关的收费有多少？") == ("涉企", "涉业")
    assert flat_coverage(q, "全县涉参产值12亿元。") > flat_coverage(q, "全县产值12亿元。")


def test_a_total_to_date_asked_is_held_by_a_running_total():
    # 到现在为止累计 asked, 截至目前 written: the sentence of the total to date, not of one event's count
    q = "青溪县到现在为止累计签约了几个项目？"
    assert "截至" in paraphrases.in_context("为止", q) and "截至" in paraphrases.in_context("累计", q)
    assert flat_coverage(q, "截至目前，青溪县签约项目40个。") > flat_coverage(q, "青溪县举办招商大会，签约项目12个。")
    assert paraphrases.to_date("签约", q) == () and paraphrases.to_date("为止", "青溪县今年签约了几个项目？") == ()


def test_an_economys_growth_asked_with_words_between_is_its_output():
    # 经济 and its growth a few words apart in one clause (甲市经济定的增长目标) still ask 地区生产总值
    assert "地区生产总值" in paraphrases.in_context("经济", "甲市给全市经济定的增长目标是多少？")
    assert "地区生产总值" in paraphrases.in_context("经济", "乙县经济的增速是多少？")
    # another clause's growth is not the economy's (数字经济规模多大，增长多少 asks nothing of the output)
    assert "地区生产总值" not in paraphrases.in_context("经济", "丙市数字经济规模多大，增长多少？")
    assert paraphrases.searched_as("甲市给全市经济定的增长目标是多少？") == "甲市给全市经济定的增长目标是多少？ 地区生产总值"
    assert paraphrases.searched_as("甲市地区生产总值增长多少？") == "甲市地区生产总值增长多少？"
    assert paraphrases.searched_as("What was the GDP growth?") == "What was the GDP growth?"
