"""A claim naming a counted list of places (长春、温州两市: these are all of them) one of which
the source names otherwise, in a closed list of as many places (长春、绍兴), is refuted
(check/other_place.listed); without its count the claim may name a place the source leaves out
(tests/data/drafts/substitutions.json: not_enough_info). The count (两市) is no thing the source
must repeat. A figure of another member of a series the
claim names (第三个工作日 for the claim's 第四个) decides nothing about it (series.other_instance).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import series
from assistant.check.claims import check


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


SOURCE = "南京今年将深化同苏州、无锡的对口合作，共建产业园区。"


def test_a_list_with_one_place_named_otherwise_refutes_the_claim():
    found = verdict("南京今年将深化同苏州、常州两市的对口合作。", SOURCE)
    assert found.verdict == "refuted"
    assert found.sources_say == ("无锡",) and found.claimed == ("常州",)


def test_the_same_list_supports_the_claim_with_or_without_its_count():
    assert verdict("南京今年将深化同苏州、无锡两市的对口合作。", SOURCE).verdict == "supported"
    assert verdict("南京今年将深化同苏州和无锡的对口合作。", SOURCE).verdict == "supported"


def test_an_open_or_longer_list_decides_nothing():
    # …等: the source's list is not all of them; three places for the claim's two
    assert verdict("南京今年将深化同苏州、常州两市的对口合作。",
                   "南京今年将深化同苏州、无锡等地的对口合作，共建产业园区。").verdict == "not_enough_info"
    longer = "南京今年将深化同苏州、无锡、扬州的对口合作，共建产业园区。"
    assert verdict("南京今年将深化同苏州、常州两市的对口合作。", longer).verdict == "not_enough_info"
    assert verdict("南京今年将深化同苏州、无锡两市的对口合作。", longer).verdict == "not_enough_info"


def test_a_list_sharing_no_place_or_without_its_count_decides_nothing():
    assert verdict("南京今年将深化同扬州、常州两市的对口合作。", SOURCE).verdict == "not_enough_info"
    assert verdict("南京今年将深化同苏州、常州的对口合作。", SOURCE).verdict == "not_enough_info"
    assert verdict("南京今年将深化同苏州、常州三市的对口合作。", SOURCE).verdict == "not_enough_info"


WORKDAYS = ("7月31日，第三个工作日，预计汽油上调180元/吨。", "8月1日，第四个工作日，预计汽油累计上调200元/吨。")


def test_a_figure_of_another_member_of_the_series_decides_nothing():
    found = verdict("截至第四个工作日，汽油预计累计上调180元/吨。", *WORKDAYS)
    assert found.verdict == "refuted" and found.sources_say == ("200元/吨",)
    assert verdict("第三个工作日汽油预计上调180元/吨。", *WORKDAYS).verdict == "supported"


def test_series_and_what_is_no_series():
    assert series.other_instance("第四个工作日上调180元", "第三个工作日上调180元")
    assert not series.other_instance("第四个工作日上调180元", "第三个工作日上调150元，第四个工作日上调180元")
    # a quarter is the period check's; 与第一季度相比 is a comparison's base
    assert not series.other_instance("第二季度交付1406辆", "第一季度交付1200辆")
    assert not series.other_instance("第二次交付1406辆", "本次交付1404辆，与第一次相比略有下降")
