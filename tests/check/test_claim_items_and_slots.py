"""Which item of a sentence the claim's when belongs to (X将于9月停产，Y将于10月停产), and a place
named in the claim's very slot of its source (发挥X林业展厅 for 发挥Y林业展厅). Made-up
sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import slots
from assistant.check.claims import check


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


def test_months_and_days_without_the_other_are_read():
    assert slots.whens("今年10月，9月份，10月1日，22日，3个月，十二月") == {"month": {9.0, 10.0, 12.0}, "day": {22.0}}


def test_a_when_is_read_in_the_clause_naming_the_claims_item():
    source = "其中，青山X5插电版将于今年9月停产，青山X7将于今年10月停产，青山X3、X9将于今年11月停产。"
    found = check("青山X5插电版将于今年10月停产。", made_hits(source), flat_idf, 0.43)
    assert found.verdict == "refuted" and "资料中为 9月" in found.text and "说法为 10月" in found.text
    assert verdict("青山X5插电版将于今年9月停产。", source) == "supported"
    assert verdict("青山X7将于今年10月停产。", source) == "supported"
    assert verdict("青山X9将于今年10月停产。", source) == "refuted"


def test_a_when_of_another_clause_does_not_refute():
    # 11月 is when it was finished: the clause naming the start says 10月
    assert verdict("青山县10月启动了城区供热管网改造。", "青山县于10月启动了城区供热管网改造，11月完工。") == "supported"


def test_a_place_in_the_claims_very_slot_refutes_it():
    source = "辽源市将发挥绥芬河林业展厅窗口作用,扩大林业产品对外贸易。"
    found = check("辽源要发挥满洲里林业展厅的窗口作用，扩大林业产品对外贸易。", made_hits(source), flat_idf, 0.43)
    assert found.verdict == "refuted" and "绥芬河" in found.text
    assert verdict("辽源要发挥绥芬河林业展厅的窗口作用，扩大林业产品对外贸易。", source) == "supported"
    # the same words on one side only: not the claim's slot
    assert verdict("辽源要发挥满洲里展厅的窗口作用，扩大林业产品对外贸易。", source) == "not_enough_info"


def test_the_period_of_a_figure_is_no_when_of_its_own():
    assert slots.whens("公布2023年11月的汽车销量数据，1-10月累计") == {}
    source = "青山汽车近日公布了2023年7月的汽车销量数据，显示其销量为8969辆。"
    # (the same figure put in another month is refuted by the month the source gives it: said_whole.py)
    assert verdict("青山汽车近日公布2023年11月的汽车销量数据，显示其销量为0.9万辆。", source) == "refuted"
