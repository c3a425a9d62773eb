"""An English question's period in Chinese (query/english_periods.py), on made-up questions,
and the period checks it reaches (subject_names.period_disagreement, figure_scope)."""

from __future__ import annotations

from assistant.answer import figure_scope, subject_names
from assistant.query.english_periods import period_text
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import periods, quantities


def test_years_halves_quarters_and_months_read_as_a_chinese_text_writes_them():
    assert period_text("How much did Qingxi export in the first half of 2024?") == "2024年上半年"
    assert period_text("What was Xinghe's revenue in Q3?") == "第三季度"
    assert period_text("What was Xinghe's revenue in its fiscal third quarter?") == "第三季度"
    assert period_text("How many cars did Xinghe sell from January to July this year?") == "今年1-7月"
    assert period_text("How many cars did Xinghe sell in January-July 2023?") == "2023年1-7月"
    assert period_text("How many cars did Xinghe sell in the first seven months of 2023?") == "2023年前7个月"
    assert period_text("What were Xinghe's sales in H2 2023?") == "2023年下半年"
    assert period_text("How many cars did Xinghe deliver in July last year?") == "去年7月"
    assert period_text("How many cars did Xinghe sell last year?") == "去年"


def test_a_day_or_a_part_of_a_month_is_no_months_period():
    assert period_text("What did Qingxi announce on August 1?") == "8月1日"
    assert period_text("What was the stock at the end of July?") == "7月末"
    for text in ("8月1日", "7月末"):
        assert periods.spans(text) == set(), text


def test_may_is_a_month_only_when_it_is_one():
    assert period_text("How many cars did Xinghe sell in May?") == "5月"
    assert period_text("May I ask how many cars Xinghe may sell?") == ""
    assert period_text("How much did the Marvel film earn?") == ""


def test_a_chinese_question_is_its_own_period_text():
    assert period_text("星河7月销量是多少？") == "星河7月销量是多少？"


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _period(question: str, sentence: str):
    return subject_names.period_disagreement(analyse(question), _chunk(sentence), 0, len(sentence))


def test_an_english_questions_period_agrees_or_disagrees_as_a_chinese_ones_does():
    asked = "How many cars did Xinghe sell from January to July this year?"
    found = _period(asked, "星河上半年销量为50万辆。")
    assert found is not None and found.kind == "period"
    assert _period(asked, "今年1-7月，星河累计销量为60万辆。") is None
    assert _period("How many cars did Xinghe sell in July?", "星河6月销量为8万辆。") is not None
    assert _period("How many cars did Xinghe sell in July?", "星河7月份销量为9万辆。") is None
    assert _period("How many cars did Xinghe sell?", "星河6月销量为8万辆。") is None


def test_an_english_questions_quarter_reaches_a_figures_own_period():
    text = "星河3月的销量为1.2万辆，7月的销量为2万辆。"
    figure = next(f for f in quantities.find_quantities(text) if f.text == "2万辆")
    quarter = analyse("How many cars did Xinghe sell in the first quarter?")
    assert figure_scope.own_period_disagreement(quarter, text, figure) == "it is the figure of 7月"
    assert figure_scope.own_period_disagreement(analyse("How many cars did Xinghe sell in July?"), text, figure) == ""


def test_the_quarter_before_and_this_one_are_written_as_a_chinese_text_writes_them():
    assert period_text("What was the failure rate in the previous quarter?") == "上季度"
    assert period_text("How many drives failed this quarter?") == "本季度"
    assert period_text("What did the firm earn in the last quarter of 2023?") == "2023年"  # the fourth, not the one before
