"""The asked quantity in everyday words (session 44, s2): a verb of reaching before the asking word
(做到了多少, 冲到多少) names no measure, 多大体量 / 多大的规模 ask the size of the noun after 多大 (any
amount, no duration), a dimension noun after the indicator (装机容量, 播种面积稳定在) keeps the figure next
to it, and 底线 is a lower bound (不低于). Made-up sentences."""

from __future__ import annotations

from support import figure_named, figure_picks as _picks, flat_weights
from support import drafted_shown

from assistant.answer.dimensions import unit_disagreement
from assistant.query.glued import reaching
from assistant.query.question import analyse
from assistant.text import paraphrases


def test_a_verb_of_reaching_is_no_head():
    assert analyse("青溪县规上工业产值做到了多少？").head == "工业产值"
    assert analyse("全县个体工商户要冲到多少户？").head == "工商户"  # jieba: 个体|工商户
    assert analyse("青溪牌冰箱的价格最低可以做到多少？").head == "价格"  # past the adverb of the verb too
    assert analyse("青溪县的税率降到了多少？").head == "降到"  # a verb of moving: which way is asked too
    assert reaching("做到", "产值做到了多少") and reaching("要冲", "要冲到多少户") and reaching("冲", "要冲到多少户")
    assert not reaching("会议", "会议多少次") and not reaching("做到", "做到这一点用了几年")  # a noun; no asking word after


def test_the_noun_after_how_large_is_asked():
    q = analyse("青溪县的竹木加工产业，县里想把它做到多大体量？")
    assert q.head == "体量" and "体量" in q.terms and "大体" not in q.terms
    assert analyse("青溪县物流产业要朝多大的规模迈进？").head == "规模"
    assert analyse("青溪公司很快会推出多大容量的硬盘？").head == "硬盘"  # a dimension of the thing asked about


def test_a_duration_is_no_size():
    text = "启动产业培育三年计划，推动竹木加工向50亿级目标迈进。"
    assert unit_disagreement(("规模",), figure_named(text, "三年"))
    assert not unit_disagreement(("规模",), figure_named(text, "50亿级"))
    assert not unit_disagreement(("工期",), figure_named(text, "三年"))


def test_a_floor_is_a_lower_bound():
    assert "不低于" in paraphrases.of("底线") and "以上" in paraphrases.of("起码")
    made, shown = drafted_shown("报告给今年油菜种植定的面积底线是多少？", "稳定油菜生产，油菜种植面积不低于8.5万亩，新建果园300亩以上。")
    assert "8.5万亩" in shown and made.support > 0.43


def test_the_planted_area_answers_how_many_mu_to_plant():
    made, shown = drafted_shown("今年全县油菜种多少亩？", "严格落实耕地保护，建设高标准农田6万亩以上，油菜播种面积稳定在34万亩以上。")
    assert "34万亩" in shown and made.support > 0.43


def test_a_target_reached_by_a_loose_verb():
    made, shown = drafted_shown("全县个体工商户要冲到多少户？", "优化营商环境，力争个体工商户突破3万户。")
    assert "3万户" in shown and made.support > 0.43


def test_a_dimension_noun_after_the_indicator_keeps_it_next_to_its_figure():
    picks = _picks("今年光伏装机打算增加多大规模？", "加快电网建设，年内新增光伏装机容量8万千瓦，打造绿电产业。")
    assert picks["8万千瓦"].factors["adjacent"] == 1.0 and picks["8万千瓦"].indicator == "装机"
    # another measure between them is no dimension noun: 装机 is not what 发电量 measures
    picks = _picks("今年光伏装机打算增加多少？", "年内新增光伏装机发电量8亿千瓦时。")
    assert picks["8亿千瓦时"].factors["adjacent"] == 0.0
    # nor a share: it is of a part the words before it name (another system's users)
    picks = _picks("调查中青溪系统的用户占比是多少？", "调查显示，采用白鹭系统的用户比例达到了1.96%。")
    assert picks["1.96%"].factors["adjacent"] == 0.0


def test_the_size_noun_of_how_large_is_not_held_against_a_sentence():
    from assistant.answer import topic_coverage

    q = analyse("竹木加工产业多大体量？")
    weights = topic_coverage.term_weights(q, lambda t: 3.0)
    assert ("体量",) in weights.optional
    assert topic_coverage.coverage(weights, "推动竹木加工产业向50亿级目标迈进。", "", {}) == 1.0
    # a size a sentence writes as its measure (饲养规模有多大) is still a word it must write
    assert ("规模",) not in flat_weights("青溪县梅花鹿饲养规模有多大？").optional
