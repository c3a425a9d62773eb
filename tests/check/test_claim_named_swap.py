"""A claim written as the source writes it but for one name put in another's slot (a place, with its
direction; a person; an organisation; a brand) is refuted, when the rest agrees with the source's name
put in; a name opening its clause is the claim's subject (another place's plan says nothing of it), and
a short form of the same name (证监会 / 中国证监会) is no other. Made-up sentences, no model."""

from __future__ import annotations

import pytest

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.swapped import named_swaps


def test_a_place_in_the_same_slot():
    text = "据悉，青禾S9将在杭州车展上正式亮相。"
    assert named_swaps("青禾S9将在南京车展上正式亮相。", text)[0][:2] == ("南京", "杭州")
    assert named_swaps("青禾S9将在杭州车展上正式亮相。", text) == []
    text = "统筹采煤沉陷区生态修复,综合治理北部新区环境。"
    assert named_swaps("要综合治理南部新城环境。", text)[0][:2] == ("南部新城", "北部新区")


def test_a_person_in_the_same_slot():
    assert named_swaps("会议由张伟主持召开。", "会议由李强主持召开。")[0][:2] == ("张伟", "李强")


def test_no_swap_of_the_claims_subject_nor_of_a_short_form():
    assert named_swaps("西安区举办了袜业博览会。", "东丰县举办了袜业博览会。") == []
    assert named_swaps("该公司与中国证监会沟通。", "该公司与证监会沟通。") == []


def test_the_swapped_place_refutes():
    hits = made_hits("青禾汽车近日公布了新车官图。据悉，青禾S9将在杭州车展上正式亮相。")
    found = check("青禾S9将在南京车展上正式亮相。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("杭州",)
    assert check("青禾S9将在杭州车展上正式亮相。", hits, flat_idf, 0.43).verdict == "supported"


def test_beside_a_figure_another_name_says_nothing_of_the_claims():
    hits = made_hits("29日17时，最大小时雨强出现在青州城关，为86毫米。")
    assert check("29日17时，最大小时雨强出现在青州城关，为86毫米。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("29日17时，最大小时雨强出现在沧州城关，为86毫米。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_an_organisation_named_by_its_suffix_in_the_same_frame():
    # jieba cuts 华康集团 into common nouns: the suffix says it names an organisation
    text = "青溪区要加快项目建设；加强与远山生物控股集团洽商合作，打造生物产业园新高地。"
    assert named_swaps("青溪区要加强与华康集团洽商合作，打造生物产业园新高地。", text)[0][:2] == (
        "华康集团", "远山生物控股集团")
    assert named_swaps("青溪区要加强与远山生物集团洽商合作。", text) == []  # its short form


def test_the_swapped_partner_refutes_only_in_the_same_act():
    hits = made_hits("青溪区要加快项目建设；加强与远山生物控股集团洽商合作，打造生物产业园新高地。")
    found = check("青溪区要加强与华康集团洽商合作，打造生物产业园新高地。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("远山生物控股集团",)
    # another organisation in a sentence of another act decides nothing
    hits = made_hits("青溪区支持远山生物控股集团落户园区。")
    assert check("青溪区要加强与华康集团洽商合作。", hits, flat_idf, 0.43).verdict == "not_enough_info"


# 与X的战略合作 and 与Y战略合作 frame the same slot: the 的 is read either way; the claim's 龙山区 is in the
# sentence, but where the claim writes it the sentence writes 高新区
SWAPPED_IN_SLOT = [
    ("积极推进与青山集团战略合作,推动园区绿色发展。", "青溪区加快转型。", "要积极推进与{}的战略合作，推动园区绿色发展。", "远帆集团", "青山集团"),
    ("加快高新区化工园区建设,全力创建省级化药基地,支持远山药业落户龙山区。", "青溪市推动医药产业发展。",
     "要加快{}化工园区建设，全力创建省级化药基地。", "龙山区", "高新区"),
]


@pytest.mark.parametrize("text, before, claim, mine, theirs", SWAPPED_IN_SLOT)
def test_a_name_the_source_writes_otherwise_in_the_claims_slot(text, before, claim, mine, theirs):
    assert named_swaps(claim.format(mine), text)[0][:2] == (mine, theirs)
    hits = made_hits(before + text)
    found = check("报告提出，" + claim.format(mine), hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == (theirs,)
    assert check("报告提出，" + claim.format(theirs), hits, flat_idf, 0.43).verdict == "supported"
    # written where the claim writes it too: no swap
    assert named_swaps("要支持远山药业落户龙山区。", text) == []
