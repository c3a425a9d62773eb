"""A figure claim is decided only by a source about the same product, model and period
(check/figures.py with answer/subject.py), and a year-on-year change is not a
month-on-month one (text/indicators.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.text.indicators import basis, same_indicator


def test_another_models_figure_leaves_a_claim_unverified():
    hits = made_hits("在尺寸方面，星光汽车LBX长4190毫米，宽1825毫米，轴距为2580毫米。")
    assert check("星光汽车UX的轴距为2580毫米。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("星光汽车LBX的轴距为2580毫米。", hits, flat_idf, 0.43).verdict == "supported"


def test_another_model_codes_figure_leaves_a_claim_unverified():
    hits = made_hits("在三个速度档位上，Codec266在15项关键指标中赢得了12项第一。")
    assert check("x265编码器在15项关键指标中赢得了12项第一。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("Codec266在15项关键指标中赢得了12项第一。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_month_on_month_change_does_not_refute_a_year_on_year_claim():
    hits = made_hits("7月份，全市工业增加值同比实际增长3.7%。从环比看，7月份，全市工业增加值比上月增长0.01%。")
    assert check("7月份全市工业增加值同比增长3.7%。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("7月份全市工业增加值同比增长5.2%。", hits, flat_idf, 0.43).verdict == "refuted"


def test_comparison_basis():
    assert basis("同比实际增长") == "year" and basis("比上月增长") == "month" and basis("增长") == ""
    assert same_indicator("工业增加值同比实际", "规模以上工业增加值", loose=True)
    assert not same_indicator("工业增加值同比", "工业增加值比上月", loose=True)


def test_a_count_before_what_it_counts_leaves_the_subject_whole():
    # 等11家美国大型银行 without its figure is 美国大型银行, not 等美国大型银行 against 家美国大型银行
    source = "此外，评级机构将甲银行、乙银行等11家美国大型银行的展望评级降为负面。"
    claim = "评级机构将甲银行、乙银行等{}家美国大型银行的展望评级降为负面。"
    assert check(claim.format("十一"), made_hits(source), flat_idf, 0.43).verdict == "supported"
    assert check(claim.format("十三"), made_hits(source), flat_idf, 0.43).verdict == "refuted"
