"""Claims that word a share as tenths (近一成, 超两成) or as 一半, that negate only inside a
modifier (无法核实而交由警方调查的婴儿共24人), that give a change whose measure is the clause
before's (营收为6.44亿元，环比增长了19.48%), and sources whose figure is where a change starts
(从上一季度的27.0%下降到24.7%). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check, read_as_figures
from assistant.check.draft import claims_of
from assistant.check.source_indicator import source_indicator
from assistant.text import quantities
from assistant.text.sentences import split_clauses


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


def test_a_hedged_tenth_spans_the_shares_written_so():
    assert read_as_figures("出货量下降超一成") == "出货量下降10.0%-15.0%"
    assert read_as_figures("营收增长近两成") == "营收增长17.5%-20.0%"
    assert read_as_figures("占三成") == "占约30%"  # unhedged: as before
    source = "与笔记本部门类似，台式机产品出货量下降了{}。"
    assert verdict("台式机产品出货量下降超一成。", source.format("11%")) == "supported"
    assert verdict("台式机产品出货量下降超一成。", source.format("9.6%")) == "refuted"
    assert verdict("台式机产品出货量下降近一成。", source.format("9%")) == "supported"
    assert verdict("台式机产品出货量下降近一成。", source.format("5%")) == "refuted"


def test_a_refuted_tenth_is_shown_as_the_claim_wrote_it():
    found = check("台式机产品出货量下降超一成。", made_hits("台式机产品出货量下降了3%。"), flat_idf, 0.43)
    assert found.verdict == "refuted" and "而说法为 超一成" in found.text


def test_half_is_fifty_percent():
    assert read_as_figures("经手费标准降低一半") == "经手费标准降低50%"
    assert read_as_figures("一半的人去过") == "一半的人去过"  # who, not how much
    assert verdict("北交所将证券交易经手费标准降低一半。", "北交所再次将证券交易经手费标准降低50%。") == "supported"


def test_a_negation_inside_a_modifier_does_not_deny_the_figure():
    claim = "由于地方政府无法核实而交由警方调查的婴儿共24人"
    assert [c.negated for c in claims_of(claim, 0, len(claim)) if c.kind == "figure"] == [False]
    claim = "交由警方调查的婴儿没有超过24人"
    assert [c.negated for c in claims_of(claim, 0, len(claim)) if c.kind == "figure"] == [True]
    assert verdict(claim.replace("没有超过", "共") + "。", "由于地方政府无法核实而交由警方调查的婴儿共24人。") == "supported"


def test_a_bare_change_measures_what_the_clause_before_measures():
    text = "芯原股份的营收为6.44亿元，环比增长了19.48%。"
    f = quantities.find_quantities(text)[-1]
    assert "营收" in source_indicator(split_clauses(text), text, f)
    assert verdict("芯原股份第二季度营收环比增长近两成。", "第二季度，" + text) == "supported"


def test_where_a_change_starts_is_of_the_period_before():
    source = "2023年第一季度，海力士的DRAM市场份额从上一季度的27.0%下降到24.7%。"
    assert verdict("2023年第一季度海力士的DRAM市场份额降到了27.0%。", source) == "refuted"
    assert verdict("2023年第一季度海力士的DRAM市场份额降到了24.7%。", source) == "supported"


def test_a_change_after_the_level_of_the_period_before_measures_the_named_level():
    source = "远航基金Q2持仓总市值为9202亿美元，上一季度为8208亿美元，环比增长12%。"
    assert verdict("远航基金二季度持仓总市值为9202亿美元，环比增长12%。", source) == "supported"
    assert verdict("远航基金二季度持仓总市值环比增长15%。", source) == "refuted"
    # the period before's level is no level of the quarter the claim names
    assert verdict("远航基金二季度持仓总市值为8208亿美元。", source) == "refuted"


def test_a_bound_is_no_negation():
    for bound in ("不逾", "不超过", "不大于"):
        claim = f"电动车车主的日常出行半径通常{bound}50公里"
        assert [c.negated for c in claims_of(claim, 0, len(claim)) if c.kind == "figure"] == [False]


def test_a_claim_denying_a_figure_the_source_denies_too_is_supported():
    source = "他说，我不期待收益率上升50个基点。"
    assert verdict("我不期待收益率上升五十个基点。", source) == "supported"
    assert verdict("我期待收益率上升50个基点。", source) == "not_enough_info"  # a modifier may read as a denial
    assert verdict("我不期待收益率上升50个基点。", "他说，我期待收益率上升50个基点。") == "refuted"


def test_a_fraction_is_read_as_a_percentage_when_the_claim_is_otherwise_undecided():
    source = "据统计，星辰公司大约25%的员工都来自外省。"
    assert verdict("星辰公司大约四分之一的员工来自外省。", source) == "supported"
    assert verdict("星辰公司大约五分之一的员工来自外省。", source) == "refuted"
    found = check("星辰公司大约五分之一的员工来自外省。", made_hits(source), flat_idf, 0.43)
    assert "而说法为 五分之一" in found.text
    assert read_as_figures("占三分之二") == "占三分之二"  # as written first: a source may write it so
