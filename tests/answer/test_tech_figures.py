"""Figures of technology and car news on made-up sentences: units the news writes (核, 线程, GT/s),
a duration asked by 时间是多少, a dimension word left to the unit (续航能力 for 续航里程), a fall
written by its size (暴跌), a series code (RX 7700) and a relative clause's verb (瞄准的)."""

from __future__ import annotations

from assistant.answer import dimensions, indicator_match, rival_words, unit_nouns
from assistant.query.question import analyse
from assistant.text import paraphrases, quantities
from support import figure_named


def test_cores_threads_and_transfer_rates_are_units():
    found = {f.text: f.unit for f in quantities.find_quantities("青石X9处理器共计16核24线程，接口速率为64GT/s，网口10Gbps。")}
    assert found == {"16核": "核", "24线程": "线程", "64GT/s": "GT/s", "10Gbps": "Gbps"}


def test_a_unit_that_begins_the_noun_counted_with_ge():
    q = analyse("青石X9处理器一共有多少个核心和线程？")
    text = "青石X9处理器共计16核24线程。"
    assert unit_nouns.unit_names_noun(q, figure_named(text, "16核")) and unit_nouns.unit_names_noun(q, figure_named(text, "24线程"))
    # a classifier counts with its own word: 300家 is no count of 家庭 for that
    homes = analyse("青溪县有多少个家庭？")
    assert not unit_nouns.unit_names_noun(homes, figure_named("帮扶300家企业。", "300家"))


def test_a_duration_asked_by_its_time_word_is_a_quantity():
    assert analyse("青鸟S7的0-100km/h加速时间是多少？").kind == "quantity"
    assert analyse("青溪大桥通车的时间是什么时候？").kind == "time"


def test_a_dimension_left_to_the_unit_is_named_by_its_modifier():
    question = "青鸟S7的综合续航里程有多少？"
    text = "纯电续航能力为200公里，综合续航能力为1000公里。"
    assert dimensions.modifier_written(question, "里程", figure_named(text, "1000公里"), "综合续航能力为")
    assert not dimensions.modifier_written(question, "里程", figure_named(text, "1000公里"), "电池容量为")  # modifier not before it
    assert not dimensions.modifier_written(question, "里程", figure_named("重量为1000公斤", "1000公斤"), "续航能力为")  # no length


def test_a_fall_written_by_its_size():
    assert "跌" in paraphrases.of("下滑") and "下滑" in paraphrases.of("下降")


def test_a_series_code_the_sentence_never_writes_is_another_version():
    q = analyse("青石RX 7700显卡有多少组CU单元？")
    text = "其中，RX 7900的CU单元是70组，而RX 7900 XT是84组。"
    assert rival_words.code_disagreement(q, text, figure_named(text, "70组")) == "it is of another version than RX 7700"
    own = "青石RX 7700的CU单元是54组。"
    assert rival_words.code_disagreement(q, own, figure_named(own, "54组")) == ""
    # a statistic's figure after its letters is no code (GDP 5%)
    assert rival_words.code_disagreement(analyse("青溪GDP 5%的增长靠什么？"), "GDP 6%的增长", figure_named("GDP 6%的增长", "6%")) == ""


def test_the_subject_of_a_relative_clause_narrows_not_its_verb():
    q = analyse("青鸟7.0规范瞄准的数据速率是多少？")
    assert indicator_match.modifier(q) == ("规范", "数据速率")
    text = "工作组将朝着青鸟7.0规范中的128GT/s数据速率迈进。"
    assert indicator_match.indicator_disagreement(q, text, figure_named(text, "128GT/s")) == ""
    # a named subject is the subject checks': no narrower
    assert indicator_match.modifier(analyse("青鸟公司发布的营业收入是多少？"))[0] in ("", "公司")


def test_codes_the_question_lists_together_are_all_asked():
    q = analyse("已交付的青鸟L9、L8、L7中，配备空气悬架的占多少？")
    text = "在所有已交付的青鸟L9、青鸟L8、青鸟L7中，有90%的车型配备了空气悬架。"
    assert rival_words.code_disagreement(q, text, figure_named(text, "90%")) == ""
    one = analyse("青鸟L9中配备空气悬架的占多少？")
    assert rival_words.code_disagreement(one, text, figure_named(text, "90%")) == "it is of L7, not L9"


def test_a_reporting_verb_with_its_subject_narrows_nothing():
    assert indicator_match.modifier(analyse("上半年全国重点项目完成的投资额有多少？")) == ("", "")


def test_a_figure_of_another_dimension_does_not_answer_a_duration():
    from assistant.answer import dimensions
    text = "新款显示器刷新率为165Hz，长0.6米，价格下调5%。"
    found = {f.text: f for f in quantities.find_quantities(text)}
    assert dimensions.unit_disagreement(("时间",), found["165Hz"]) == "165Hz states another dimension than 时间"
    assert dimensions.unit_disagreement(("时间",), found["0.6米"])
    assert dimensions.unit_disagreement(("价格",), found["5%"]) == ""  # a change is of any measure
    memory = quantities.find_quantities("显存容量提升到了192GB，电池容量5000mAh")
    assert all(dimensions.unit_disagreement(("容量",), f) == "" for f in memory)  # 容量 has senses of many units
    timed = "响应时间为0.5ms，续航12小时。"
    assert all(dimensions.unit_disagreement(("时间",), f) == "" for f in quantities.find_quantities(timed))
    assert [f.text for f in quantities.find_quantities(timed)] == ["0.5ms", "12小时"]


def test_general_classifiers_of_abstract_things_count_the_same_noun():
    # 多少条政策 asked, 出台12项政策措施 written: 条, 项, 件, 个 count a policy, a measure, a deed alike
    q = analyse("青溪县出台了多少条扶持企业的政策？")
    text = "青溪县出台12项政策措施，培育企业30家，拨付资金5000万元。"
    assert unit_nouns.counts_same_noun(q, text, figure_named(text, "12项"))
    assert unit_nouns.counts_same_noun(analyse("青溪县和高校达成了多少个合作？"), "达成合作20项。", figure_named("达成合作20项。", "20项"))
    # another noun's count (12项工程), or a specific classifier (30家企业), is no count of the policies asked
    assert not unit_nouns.counts_same_noun(q, "青溪县实施12项工程。", figure_named("青溪县实施12项工程。", "12项"))
    assert not unit_nouns.counts_same_noun(analyse("青溪县有多少个政策？"), "政策惠及30家。", figure_named("政策惠及30家。", "30家"))


def test_ge_stands_for_the_classifier_asked_when_the_noun_after_it_is_the_questions():
    # 添几家服务中心 asked, 新增2个…养老服务中心 written: the run after 2个 ends in the noun the question counts
    q = analyse("柳岸县今年添了几家服务中心？")
    text = "柳岸县今年新增2个嵌入式社区养老服务中心。"
    assert unit_nouns.counts_same_noun(q, text, figure_named(text, "2个"))
    # 多少条举措 asked, 14项政策举措 written: the question's head is the last word of the noun after the figure
    measures = analyse("白沙镇出台了多少条举措？")
    said = "白沙镇出台14项政策举措，支持民宿发展。"
    assert unit_nouns.counts_same_noun(measures, said, figure_named(said, "14项"))


def test_ge_of_another_noun_counts_no_thing_asked():
    q = analyse("柳岸县今年添了几家服务中心？")
    canteens = "柳岸县今年新增2个社区食堂。"
    assert not unit_nouns.counts_same_noun(q, canteens, figure_named(canteens, "2个"))
    works = "白沙镇实施14项工程。"
    assert not unit_nouns.counts_same_noun(analyse("白沙镇出台了多少条举措？"), works, figure_named(works, "14项"))


def test_a_count_in_another_general_classifier_is_picked():
    from support import figure_picks
    picks = figure_picks("青溪县出台了多少条扶持企业的政策？", "青溪县出台12项政策措施，拨付资金5000万元。")
    assert picks["12项"].factors["unit"] == 1.0 and picks["12项"].factors["adjacent"] == 1.0


def test_a_category_noun_is_named_by_what_comes_before_it():
    # 光伏产业的年产值: the sentence writes 光伏产值, the category noun 产业 dropped
    q = analyse("青溪光伏产业的年产值有多少？")
    text = "目前，全县光伏企业达到32家，光伏产值45.3亿元。"
    assert indicator_match.indicator_disagreement(q, text, figure_named(text, "45.3亿元")) == ""
    # another sector's figure is still not the one asked
    other = "目前，全县风电产值45.3亿元。"
    assert indicator_match.indicator_disagreement(q, other, figure_named(other, "45.3亿元")) != ""


def test_a_bare_sum_after_the_amount_measure_asked_is_that_measure():
    # 年产值近300亿: the currency dropped, the measure asked written right before the figure
    q = analyse("青河县的茶叶产业年产值有多大规模？")
    text = "青河县还培育出年产值近50亿的茶叶产业。"
    assert unit_nouns.amount_of_head(q, text, figure_named(text, "50亿"))
    other = "青河县有近50亿的存款。"  # no measure asked before it
    assert not unit_nouns.amount_of_head(q, other, figure_named(other, "50亿"))


def test_a_cost_or_a_lists_count_is_no_size_asked():
    q = analyse("青溪光伏储能项目配套的储能规模有多大？")
    heads = (q.head,) if q.head else q.head_group
    text = "全力推进甲集团总投资20亿元的光伏储能项目落地，实施乙储能项目等12个重点项目建设。"
    assert dimensions.size_disagreement(heads, q.text, text, figure_named(text, "20亿元")) == "20亿元 is a cost, not a size"
    assert dimensions.size_disagreement(heads, q.text, text, figure_named(text, "12个")) == "12个 counts a list, not a size"
    # a size stated, a cost asked, or no size asked are not read
    said = "项目配套储能规模200兆瓦时，总投资20亿元。"
    assert dimensions.size_disagreement(heads, q.text, said, figure_named(said, "200兆瓦时")) == ""
    cost = analyse("青溪储能项目的投资规模有多大？")
    assert dimensions.size_disagreement((cost.head,) if cost.head else cost.head_group, cost.text, text, figure_named(text, "20亿元")) == ""
    assert dimensions.size_disagreement(("产值",), "青溪产值是多少？", text, figure_named(text, "20亿元")) == ""
