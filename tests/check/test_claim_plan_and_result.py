"""A claim that something happened (增长了, 同比, 已) is not supported by a sentence that only plans or
targets it (力争, a plan's section or lead-in), nor a plan by what a review says was reached; a claim
saying neither keeps its reading. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk, made_hits

from assistant.check.claims import check
from assistant.check.stances import DONE, PLANNED, in_place, stance
from assistant.records import Hit
from assistant.text import quantities


def _figure(text: str, written: str):
    return next(f for f in quantities.find_quantities(text) if f.text == written)


def test_a_result_said_by_its_verb():
    claim = "甲县某产值增长了12%"
    assert stance(claim, _figure(claim, "12%")) == DONE
    said = "甲县某产值同比增长12%"
    assert stance(said, _figure(said, "12%")) == DONE
    assert stance("甲县某产值增长12%", _figure("甲县某产值增长12%", "12%")) == ""


def test_where_the_sentence_stands():
    text = "完成造林3.5万亩"
    f = _figure(text, "3.5万亩")
    assert in_place(text, f, "plan") == PLANNED  # a plan's 完成
    assert in_place("已完成造林3.5万亩", _figure("已完成造林3.5万亩", "3.5万亩"), "plan") == DONE
    plain = "某产值增长12%"
    assert in_place(plain, _figure(plain, "12%"), "review") == DONE
    assert in_place(plain, _figure(plain, "12%"), "") == ""


def test_a_target_does_not_support_a_result():
    hits = made_hits("甲县政府工作报告。今年，全县将力争某产值增长12%。")
    assert check("甲县某产值增长了12%。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("甲县力争某产值增长12%。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_plans_section_does_not_support_a_result():
    hits = [Hit(made_chunk("全县上下要奋力拼搏，某产值增长12%，新建公园3座。", title="二、2024年工作安排"), 1.0)]
    assert check("甲县某产值增长了12%。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_the_years_result_refutes_a_result_claim_the_plan_would_support():
    hits = made_hits("2023年，甲县某产值增长8%。2024年，力争某产值增长12%。")
    found = check("甲县2023年某产值增长了12%。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("8%",)
    assert check("甲县2024年某产值增长了12%。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_result_said_in_other_words_stays_supported():
    hits = made_hits("2023年，甲县某产值同比增长12%，新建公园3座。")
    assert check("甲县2023年某产值增长了12%。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("甲县2023年某产值比上年增长12%。", hits, flat_idf, 0.43).verdict == "supported"


def test_last_years_result_does_not_support_a_plan():
    hits = [Hit(make, 1.0) for make in [made_chunk("去年，全县某产值增长12%，新建公园3座。", title="甲县新闻")]]
    assert check("甲县力争某产值增长12%。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("甲县去年某产值增长12%。", hits, flat_idf, 0.43).verdict == "supported"


def test_last_year_as_a_basis_is_not_the_figures_year():
    from assistant.check.other_year import basis_for_last_year

    assert basis_for_last_year("甲县去年某产值增长12%", "全县某产值比去年增长12%")
    assert not basis_for_last_year("甲县去年某产值增长12%", "去年，全县某产值比上年增长12%")
    assert not basis_for_last_year("甲县某产值比去年增长12%", "全县某产值比去年增长12%")
    hits = [Hit(made_chunk("全县某产值比去年增长12%，新建公园3座。", title="甲县新闻"), 1.0)]
    assert check("甲县去年某产值增长12%。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_claims_own_plan_lead_reads_its_result_words_as_a_plans():
    hits = [Hit(made_chunk("推动某项技术等5个科技成果实现项目转化。", title="二、2024年工作安排"), 1.0)]
    assert check("报告提出，今年要推动某项技术等5个科技成果实现项目转化。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("甲县已推动某项技术等5个科技成果实现了项目转化。", hits, flat_idf, 0.43).verdict == "not_enough_info"
