"""Months, quarters and half years as spans of months (text/periods.py)."""

import pytest

from assistant.text import periods, quantities
from assistant.text.periods import says, spans


@pytest.mark.parametrize("text, expected", [
    ("美国6月CPI年率是多少？", {(6, 6)}),
    ("7月份销量为5万辆", {(7, 7)}),
    ("十二月", {(12, 12)}),
    ("今年1—7月，开行超万列", {(1, 7)}),
    ("前7个月累计开行", {(1, 7)}),
    ("第二季度营收", {(4, 6)}),
    ("二季度营收", {(4, 6)}),
    ("第三财季", {(7, 9)}),
    ("Q2 revenue", {(4, 6)}),
    ("前三季度", {(1, 9)}),
    ("上半年", {(1, 6)}),
    ("下半年", {(7, 12)}),
    ("公司2023半年营收11亿元", {(1, 6)}),  # a company's 半年 is its first half
    ("据半年报显示", {(1, 6)}),
    ("7月1日至31日，零售量为173万辆", {(7, 7)}),  # a whole month written as its days
    ("8月1日—8月31日", {(8, 8)}),
])
def test_periods_as_month_spans(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "新华社北京8月14日电",  # a date, not a period
    "近3个月",  # a length of time
    "是2021年10月以来的最低水平",  # a point counted from
    "比6月增长3%",  # a period compared with
    "一年四季",
    "近半年来销量回升",  # the last six months, no half of a year
    "半年内完成",
    "7月1日至8月15日",  # days of two months
    "7月1日至15日",  # half a month
])
def test_no_period(text):
    assert spans(text) == set()


def test_a_sentence_with_two_months_names_both():
    assert spans("7月份销量为5万辆，6月份为6万辆") == {(6, 6), (7, 7)}


@pytest.mark.parametrize("text, word", [("今年1-6月销量增长", "上半年"), ("前6个月出口增长", "上半年"),
                                        ("7月销量12万辆", "7月份"), ("1至7月累计交付", "前7个月"),
                                        ("第二季度营收", "二季度"), ("今年暑期接待游客", "暑假"), ("年末存款", "年底")])
def test_a_period_said_another_way_is_said(text, word):
    assert says(text, word)


@pytest.mark.parametrize("text, word", [("下半年销量增长", "上半年"), ("1-7月累计交付", "7月份"),
                                        ("8月14日发布", "8月份"), ("第三季度营收", "二季度"), ("寒假", "暑假")])
def test_another_period_or_a_date_does_not_say_it(text, word):
    assert not says(text, word)


def test_a_period_compared_against_is_not_the_one_spoken_of():
    assert spans("本季度生产了2100辆，但与第一季度相比略有下降") == set()
    assert spans("第二季度生产了2100辆，与第一季度相比略有下降") == {(4, 6)}


@pytest.mark.parametrize("text", ["三星在这一季度的出货量达到500万台", "去年同一季度的营收", "每一季度发布一次",
                                  "该一季度", "单一季度亏损"])
def test_this_same_or_each_quarter_is_no_first_quarter(text):
    assert spans(text) == set()


@pytest.mark.parametrize("text", ["销量相比今年第一季度也有较大增长", "较上年一季度增长5%", "比2022年6月提高"])
def test_a_period_compared_against_may_carry_its_year(text):
    assert spans(text) == set()


def test_a_quarter_and_its_year_are_still_a_period():
    assert spans("2023年第一季度营收增长") == {(1, 3)}
    assert spans("一季度营收增长") == {(1, 3)}


def test_a_run_of_months_is_no_figure():
    for text, part in (("2023年前7个月，青溪出口额为22.08亿元。", "7个月"), ("1-7月，青溪销量为6193辆。", "1")):
        figures = {f.text: f for f in quantities.find_quantities(text)}
        assert periods.figure_disagreement(text, figures[part]), text
        assert not periods.figure_disagreement(text, next(f for f in figures.values() if f.unit in ("元", "辆"))), text
    # a length of time is a figure
    text = "青溪大桥工期为7个月。"
    assert periods.figure_disagreement(text, quantities.find_quantities(text)[0]) == ""
