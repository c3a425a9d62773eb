"""Claims a sentence says with its list or its paragraph's aim, and a figure decided by the one
whose measure the claim names most fully (check/members.py, check/narrower.best_named).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.members import members


def test_members_of_a_claim():
    assert members("星河县谋划的园区中包括蓝鹿创投园和果蔬加工园。") == ("星河县谋划的园区", ["蓝鹿创投园", "果蔬加工园"])
    assert members("星河县今年新建了三座公园。") == ("", [])
    assert members("包括蓝鹿创投园和果蔬加工园在内的8个园区已开工。")[1] == ["蓝鹿创投园", "果蔬加工园"]


def test_a_membership_claim_is_said_by_a_list_naming_each_member():
    hits = made_hits("星河县谋划实施了“蓝鹿创投园”“松果产业园”“果蔬加工园”等六大产业园区。")
    assert check("星河县谋划实施的产业园区中包括蓝鹿创投园和果蔬加工园。", hits, flat_idf, 0.43).verdict == "supported"
    # a member the list does not name, or another county: unsaid
    assert check("星河县谋划实施的产业园区中包括蓝鹿创投园和汽车零部件园。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("月湖县谋划实施的产业园区中包括蓝鹿创投园和果蔬加工园。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_an_action_may_be_the_paragraph_aim_opening_it():
    hits = made_hits("以更高水平深化开放合作。星河市将用好东方博览会、远山商会大会等平台,力争承接产业项目200个。")
    assert check("星河市将用好东方博览会、远山商会大会等平台深化开放合作。", hits, flat_idf, 0.43).verdict == "supported"
    # the things of the claim must still be in the sentence
    assert check("星河市将用好东方博览会、西岭商会大会等平台深化开放合作。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_figure_is_decided_by_the_one_whose_measure_the_claim_names():
    hits = made_hits("重点培育高新技术企业2户,新认定省级中小企业10户以上,过评国家科技型中小企业20户。")
    found = check("星河市今年的目标是有30户企业过评国家科技型中小企业。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("20户",)
    assert check("星河市今年的目标是有20户企业过评国家科技型中小企业。", hits, flat_idf, 0.43).verdict == "supported"
