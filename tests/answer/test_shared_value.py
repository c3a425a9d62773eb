"""A 哪些 question stating a value its items share: every clause holding it, one item each (answer/shared_value.py)."""

from support import made_chunk

from assistant.answer import shared_value
from assistant.query.question import analyse
from assistant.records import Hit

REPORT = ("主要预期目标是:全年粮食产量增长3%左右,农民收入增长7%以上,社会消费品零售总额增长3%左右。"
          "加快危房改造,完成600户农村危房改造、600户厕所改造。"
          "全年化肥用量完成12万吨，下降8%；良种覆盖率增长46%，农机总动力完成90万千瓦，增长38%。"
          "持续推进税费征管,“应收尽收”出让收入。确保欠薪企业保持应收尽收。")


def _shown(draft) -> list[str]:
    return [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]


def _draft(question: str, text: str = REPORT):
    hits = [Hit(made_chunk(text, title="一、工作安排"), 1.0)]
    return shared_value.draft(analyse(question), hits, lambda t: 2.0)


def test_the_value_stated_is_read_with_how_it_is_compared():
    c = shared_value.stated("今年预期增长3%左右的是哪两项指标？")
    assert (c.figure.value, c.compare, c.change) == (3.0, "=", "up")
    c = shared_value.stated("去年哪几项指标的增幅超过了25%？")
    assert (c.figure.value, c.compare, c.change) == (25.0, ">", "up")
    assert shared_value.stated("要求做到“应收尽收”的有哪些？").phrase == "应收尽收"


def test_a_bound_is_read_on_the_measure_it_is_set_on():
    bound = shared_value.stated("售价低于10万元的车型有哪些？")
    assert (bound.compare, bound.measured) == ("<", "售价")
    assert shared_value.items_of(bound, "甲车售价8万元，购置补贴5000元。") == [(0, 7, "甲车售价")]  # not 补贴
    assert shared_value.stated("低于10万元的有哪些？") is None  # a bound on no measure named


def test_a_figure_naming_the_group_or_a_phrase_merely_spoken_of_is_no_condition():
    assert shared_value.stated("那52公里管网具体包括哪几类？") is None  # the whole the items make up
    assert shared_value.stated("哪几个县的10个项目开工了？") is None
    assert shared_value.stated("至1299年，由哪两位可汗掌管？") is None  # a year, when
    assert shared_value.stated("哪几位县长谈到了“暖心实事”？") is None  # spoken of, not a status
    assert shared_value.stated("“滋补三宝”产品体系包括哪些？") is None  # a list's name


def test_every_clause_holding_the_value_is_an_item_the_hedged_one_only_alike():
    shown = _shown(_draft("预期增长3%左右的是哪两项指标？"))
    assert shown == ["全年粮食产量增长3%左右", "社会消费品零售总额增长3%左右"]  # not 增长7%以上


def test_the_counted_thing_after_a_count_is_the_item():
    assert _shown(_draft("哪几项任务的量都是600户？")) == ["完成600户农村危房改造", "600户厕所改造"]


def test_a_rise_above_a_figure_reads_the_clause_before_for_what_rose():
    shown = _shown(_draft("哪几项指标的增幅超过了25%？"))
    assert shown == ["良种覆盖率增长46%", "农机总动力完成90万千瓦，增长38%"]  # not 下降8%


def test_a_phrase_names_its_thing_before_or_after_it():
    assert _shown(_draft("报告里要求做到“应收尽收”的有哪些？")) == ["“应收尽收”出让收入", "欠薪企业保持应收尽收"]


def test_a_count_not_met_refuses_and_one_clause_is_left_to_the_other_readers():
    assert _draft("预期增长3%左右的是哪三项指标？").support == 0.0
    assert _draft("哪几项指标下降了8%？") is None  # one clause: no list gathered


def test_a_clause_whose_thing_cannot_be_read_refuses():
    assert shared_value.items_of(shared_value.stated("哪两项增长6%左右？"), "增长6%左右。") is None
    assert _draft("预期增长6%左右的是哪两项指标？", "增长6%左右。工业产值增长6%左右。").support == 0.0
