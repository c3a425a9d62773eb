"""A figure claim is decided by the figure of the indicator it names: after 分别 the figure
of the item it names, and a figure whose own measure the claim names before one that only
shares the claim's other words (check/figures.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check


def test_a_respectively_figure_belongs_to_its_item():
    hits = made_hits("1-7月，星河省汽车销售和出口分别增长8.2%和56.7%。")
    assert check("1-7月星河省汽车出口增长56.7%。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("1-7月星河省汽车出口增长30%。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("1-7月星河省汽车销售增长56.7%。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("1-7月星河省汽车销售增长8.2%。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_named_measure_decides_before_a_neighbour_with_shared_words():
    hits = made_hits("7月，星河省空调销量增长9.1%，其中出口增长20.5%。")
    assert check("7月星河省空调出口增长9.1%。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("7月星河省空调出口增长20.5%。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("7月星河省空调销量增长9.1%。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_compound_of_two_indicators_gives_each_its_figure():
    hits = made_hits("1-8月，星河省汽车产销量分别完成120.5万辆和118.3万辆。")
    assert check("1-8月星河省汽车销量118.3万辆。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("1-8月星河省汽车销量120.5万辆。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("1-8月星河省汽车产量120.5万辆。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_change_of_the_amount_named_after_its_de():
    # 创造了68亿美元的收入，同比下降了7%: the 7% changes the 收入 the amount is, of the lead it shares
    from assistant.check.source_indicator import source_indicator
    from assistant.text import quantities
    from assistant.text.sentences import split_clauses

    text = "第三财季，星河公司平板业务创造了52亿元的收入，同比下降了6%。"
    f = next(q for q in quantities.find_quantities(text) if q.text == "6%")
    assert "收入" in source_indicator(split_clauses(text), text, f)
    hits = made_hits(text)
    assert check("星河公司第三财季平板收入同比下降了6%。", hits, flat_idf, 0.43).verdict == "supported"
    found = check("星河公司第三财季平板收入同比下降了16%。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("6%",)
