"""A figure's standing, a plan's target or a review's result, read from its section and
paragraph as well as its sentence: answer/standing.py and measure_nature.standing_disagreement."""

import pytest

from assistant.answer import standing
from assistant.answer.measure_nature import nature_disagreement
from assistant.query.question import analyse
from assistant.text.quantities import find_quantities


def verdicts(question: str, text: str, where: str = "") -> dict[str, str]:
    q = analyse(question)
    return {f.text: nature_disagreement(q, text, f, where) for f in find_quantities(text)}


@pytest.mark.parametrize("headings, before, expected", [
    ("二、2024年工作安排 （某市） · (六)扎实推进乡村振兴", "提升粮食生产能力。", standing.PLAN),
    ("某市政府工作报告", "主要预期目标是:", standing.PLAN),
    ("访某区主任", "他说，今年，某区将聚力实现“五个新突破”。", standing.PLAN),
    ("一、2023年工作回顾", "", standing.REVIEW),
    ("二、2024年工作安排", "过去一年，全县上下攻坚克难。", standing.REVIEW),
    ("访某县县长", "他说，过去一年，某县经济实力显著跃升。今年，某县要抓好四项重点工作。", standing.PLAN),
    ("某县以新作为开创新局面", "加大产业扶持力度，全面启动产业发展。", ""),
    ("某公司财报", "去年公司营收300亿元。", ""),
    # 比去年 compares, 主要 holds no 要: neither says which part of a report this is
    ("某市新闻", "2023年全市主要经济指标比去年明显好转。", ""),
])
def test_the_nearest_words_before_else_the_headings_say_where_a_sentence_stands(headings, before, expected):
    assert standing.of_context(headings, before) == expected


def test_a_result_said_with_no_aim_does_not_answer_a_target():
    # 目前…达到 and …完成…增长 are results where nothing says a plan
    assert verdicts("某县今年饲养量的目标是多少万只？", "目前，全县饲养量达到28.2万只。")["28.2万只"]
    found = verdicts("今年某区地方级财政收入要增长多少？", "地方级财政收入完成1.7亿元，增长93%。")
    assert found["93%"] and found["1.7亿元"]


def test_a_plan_says_its_targets_in_the_same_words():
    assert not any(verdicts("某市今年要完成造林多少亩？", "完成造林3.5万亩。", standing.PLAN).values())
    assert not any(verdicts("某市供水工程比例的目标是多少？", "供水工程比例达到70%。", standing.PLAN).values())


def test_a_review_s_figure_is_a_result_however_it_is_said():
    assert verdicts("某区今年工业增加值的增长目标是多少？", "规上工业增加值增长12%。", standing.REVIEW)["12%"]
    # a bare figure where nothing says which part of a report it is in is not read
    assert not any(verdicts("某区今年工业增加值的增长目标是多少？", "规上工业增加值增长12%。").values())


def test_a_target_asked_with_yao_and_a_verb():
    assert verdicts("今年全市工业增加值要增长多少？", "工业增加值完成12.3亿元，增长12%。")["12%"]
    # 主要, 需要 ask no target
    assert not any(verdicts("全市主要增长了多少？", "工业增加值完成12.3亿元，增长12%。").values())


def test_a_plan_s_figure_does_not_answer_last_year():
    assert verdicts("去年某市社会消费品零售总额增长多少？", "社会消费品零售总额增长6%以上。", standing.PLAN)["6%以上"]
    assert verdicts("去年某市新增固定泊位多少个？", "力争新增固定泊位2000个。")["2000个"]
    assert not any(verdicts("去年某市社会消费品零售总额增长多少？", "社会消费品零售总额增长6%。", standing.REVIEW).values())


def test_a_review_s_figure_does_not_answer_this_year_unless_it_says_so():
    assert verdicts("今年某区社会消费品零售额增长多少？", "社会消费品零售额增长28%。", standing.REVIEW)["28%"]
    assert not any(verdicts("今年某区社会消费品零售额增长多少？", "今年以来社会消费品零售额增长28%。",
                            standing.REVIEW).values())
