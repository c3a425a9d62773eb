"""Figure questions asked in spoken words: a change by 往上/往下 and a verb (往上提多少), how many more by 多 and
a verb (多养多少只), a level held by 稳住, a capacity by 产能; a lead clause saying what is being done
(渔业扩量，…) frames the question and narrows no measure; the verb before an enumeration's first item
moves every item listed. Made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks

from assistant.answer import asked_head, figure_kind
from assistant.answer.asked_head import asked_direction
from assistant.answer.indicator_match import modifier
from assistant.query.question import analyse
from assistant.text import paraphrases


def test_up_or_down_and_a_verb_before_the_asking_word_ask_a_change():
    assert analyse("青溪厂今年市场份额要往上提多少？").change
    assert analyse("青溪县房价往下调了几个点？").change
    assert figure_kind.wanted(analyse("青溪厂今年市场份额要往上提多少？")) == figure_kind.CHANGE
    # 往上提的目标 states no change asked: the target is a level
    assert not analyse("青溪厂往上提的目标是多少？").change


def test_spoken_change_heads_go_their_way():
    assert asked_direction("往上提", "青溪厂今年份额要往上提多少？") == 1
    assert asked_direction("往下压", "青溪厂成本往下压了多少？") == -1
    assert asked_direction("多养", "青溪县今年准备多养多少头牛？") == 1
    assert asked_direction("少排", "青溪厂明年少排多少吨？") == -1
    # 多大 asks a size, no direction; 多养 elsewhere than before the asking word asks nothing of it
    assert asked_direction("多大", "青溪厂多大多少？") == 0
    assert asked_direction("多养", "多养的牛卖了多少钱？") == 0


def test_a_share_moved_up_is_answered_by_its_rise():
    picks = _picks("青溪厂给车企做配套，今年份额要往上提多少？", "青溪厂与车企配套份额增长15%以上，承接项目30个。")
    assert picks["15%以上"].score > 0 and picks["15%以上"].factors["relevant"] == 1.0
    assert picks["30个"].score == 0.0


def test_holding_and_capacity_are_written_as_plans_write_them():
    assert "稳定" in paraphrases.in_context("稳住", "种菜面积方面，青溪县今年稳住多少亩？")
    assert "年产" in paraphrases.of("产能")
    picks = _picks("种菜面积方面，青溪县今年稳住多少亩？", "青溪县蔬菜播种面积稳定在12万亩以上。")
    assert picks["12万亩以上"].factors["relevant"] == 1.0
    picks = _picks("青溪钢厂的冷轧项目，设计年产能多大？", "加快青溪钢厂年产80万吨冷轧板项目建设。")
    assert picks["80万吨"].factors["relevant"] == 1.0


def test_a_level_held_is_read_only_where_a_figure_is_asked():
    # 想要稳住的是什么 asks what is held firm, not a level 稳定在 some figure
    question = "青溪县说以工业引领农业，想要稳住的是什么？"
    assert "稳定" not in paraphrases.of("稳住") + paraphrases.in_context("稳住", question)
    assert not asked_head.head_written("稳住", "青溪县就业保持稳定。", question)
    assert asked_head.head_written("稳住", "青溪县粮食面积稳定在30万亩以上。", "青溪县粮食面积稳住多少亩？")
    picks = _picks("青溪县今年要保住多少亩耕地？", "青溪县耕地面积保持在30万亩以上。")
    assert picks["30万亩以上"].factors["relevant"] == 1.0


def test_a_lead_clause_verb_narrows_no_measure():
    # 扩量 ends as a measure does, but it is what the lead clause says is being done
    assert modifier(analyse("种植业扩量，青溪县今年蔬菜准备多种多少亩？")) == ("", "")
    assert modifier(analyse("畜牧业扩量，青溪县今年肉牛准备多养多少头？")) == ("", "")
    # a measure of the asking clause still narrows: 产品 of 营业收入
    assert modifier(analyse("乳业扩量，青溪县消费产品的营业收入是多少？")) == ("产品", "营业收入")


def test_the_verb_before_an_enumeration_moves_every_item():
    picks = _picks("养殖扩量，青溪县蛋鸡今年准备多养多少只？", "力争新增肉牛2万头、蛋鸡150万只、生猪8万头。")
    assert picks["150万只"].score > 0 and picks["150万只"].factors["relevant"] == 1.0
    assert picks["2万头"].score < picks["150万只"].score
    # an enumeration the verb of a fall opens is not how many more
    picks = _picks("养殖扩量，青溪县蛋鸡今年准备多养多少只？", "力争减少肉牛2万头、蛋鸡150万只、生猪8万头。")
    assert picks["150万只"].factors["relevant"] < 1.0
