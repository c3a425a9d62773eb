"""A claim that says of another place what its source says (the same subject acting on a
sibling district, check/other_place.py) is refuted; one about another place's own plan is
not. A claim's change from one level to another (从100元降到了60元) is refuted by the level
it ends at, not by the one it starts from (check/from_to.py). A claim's word that abbreviates
the source's (销量 for 销售量) is no thing the source leaves out. Made-up sentences over real
district names (the gazetteer decides which places are siblings), no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import from_to
from assistant.check.claims import check
from assistant.check.draft import figures


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


SOURCE = "南京支持星光集团与江宁区合作，共建智能制造产业园。"


def test_the_same_act_for_a_sibling_district_refutes_the_claim():
    found = verdict("南京支持星光集团与浦口区合作，共建智能制造产业园。", SOURCE)
    assert found.verdict == "refuted"
    assert found.sources_say == ("江宁区",) and found.claimed == ("浦口区",)
    assert verdict("南京支持星光集团与江宁区合作，共建智能制造产业园。", SOURCE).verdict == "supported"


def test_a_claim_about_another_districts_own_act_stays_undecided():
    # the place is what the claim is about (no subject it shares with the source before it)
    assert verdict("浦口区与星光集团合作，共建智能制造产业园。", "江宁区与星光集团合作，共建智能制造产业园。"
                   ).verdict == "not_enough_info"


def test_a_place_the_source_names_in_other_words_or_elsewhere_decides_nothing():
    # 浦口区 written in the claim where the source's words around 江宁区 are not
    assert verdict("南京在浦口区支持星光集团建设智能制造产业园。", SOURCE).verdict == "not_enough_info"
    # not a sibling under the claim's subject: 杭州's 西湖区 is no district of 南京
    assert verdict("南京支持星光集团与西湖区合作，共建智能制造产业园。", SOURCE).verdict == "not_enough_info"


def test_a_sentence_of_the_claims_own_place_decides_before_a_siblings():
    other = "南京支持星光集团与浦口区合作，共建智能制造产业园。"
    assert verdict("南京支持星光集团与浦口区合作，共建智能制造产业园。", SOURCE, other).verdict == "supported"


def test_the_starting_level_of_a_change():
    claim = "景区把夜游门票从100元降到了60元。"
    f = figures(claim)
    assert from_to.start_of(claim, f[1]).text == "100元" and from_to.start_of(claim, f[0]) is None
    assert from_to.start_of("门票100元，讲解费60元。", figures("门票100元，讲解费60元。")[1]) is None
    assert from_to.naming_lead("景区把夜游门票从100元降到了", f[0]) == "景区把夜游门票从"


def test_a_change_is_refuted_by_where_it_ends_not_where_it_starts():
    said = ("景区负责人表示，今年5月的夜游门票为100元。", "景区负责人表示，网友质疑的100元夜游门票，目前已调整为50元，不含讲解。")
    found = verdict("景区把夜游门票从100元降到了60元。", *said)
    assert found.verdict == "refuted" and found.sources_say == ("50元",)
    # the source's starting level alone says nothing of where the claim's change ends
    assert verdict("景区把夜游门票从100元降到了60元。", said[0]).verdict == "not_enough_info"


def test_an_abbreviated_word_is_said_by_the_word_it_abbreviates():
    source = "数据显示，甲国去年新车销售量首次超过乙国，成为全球第三大市场。"
    assert verdict("甲国去年的新车销量首次超过乙国，成为全球第三大市场。", source).verdict == "supported"
    assert verdict("甲国去年的新车销量首次超过乙国，成为全球第二大市场。", source).verdict == "refuted"
    assert verdict("甲国去年的新车产量首次超过乙国，成为全球第三大市场。", source).verdict == "not_enough_info"


def in_section(heading: str, text: str):
    from support import made_chunk

    from assistant.records import Hit

    return [Hit(made_chunk(text, title=heading), 1.0)]


PLAN = ("二、2024年工作安排", "全面推进乡村振兴，新建棚室800亩以上，建设达标村屯227个。")
REVIEW = ("一、2023年工作回顾", "过去一年，全市新建棚室800亩以上，建设达标村屯227个。")


def test_a_plans_figure_decides_no_claim_of_what_was_done_last_year():
    assert check("星光市今年将新建800亩以上的棚室。", in_section(*PLAN), flat_idf, 0.43).verdict == "supported"
    assert check("星光市去年新建800亩以上的棚室。", in_section(*PLAN), flat_idf, 0.43).verdict == "not_enough_info"
    assert check("星光市去年新建800亩以上的棚室。", in_section(*REVIEW), flat_idf, 0.43).verdict == "supported"


def test_a_reviews_figure_decides_no_claim_of_this_year():
    assert check("星光市今年新建了800亩以上的棚室。", in_section(*REVIEW), flat_idf, 0.43).verdict == "not_enough_info"


def test_a_scope_is_read_beside_the_head_it_qualifies():
    from assistant.check.slots import scope_slot

    text = "青溪县夜市建设走在全省前列，社区调解工作经验入选全国“和美邻里”优秀案例。"
    assert scope_slot("社区调解工作经验入选了全省“和美邻里”优秀案例。", text) == ("全省", "全国")
    assert scope_slot("社区调解工作经验入选了全国“和美邻里”优秀案例。", text) == ("", "")
    # the head written without a scope, the claim's scope only in another clause: unsaid
    unscoped = "青溪县夜市建设走在全省前列，社区调解工作经验入选“和美邻里”优秀案例。"
    assert scope_slot("社区调解工作经验入选了全省“和美邻里”优秀案例。", unscoped) == ("全省", "")
    # a ranking (全省前列) is no scope; a head the source does not write decides nothing
    assert scope_slot("青溪县夜市建设走在全省前列。", text) == ("", "")
    assert scope_slot("青溪县入选全省文明城市名单。", text) == ("", "")


def test_a_scope_found_in_another_clause_supports_no_claim():
    hits = made_hits("青溪县夜市建设走在全省前列，社区调解工作经验入选全国“和美邻里”优秀案例。")
    found = check("青溪县社区调解工作经验入选了全省“和美邻里”优秀案例。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("全国",) and found.claimed == ("全省",)
    assert check("青溪县社区调解工作经验入选了全国“和美邻里”优秀案例。", hits, flat_idf, 0.43).verdict == "supported"
    hits = made_hits("青溪县夜市建设走在全省前列，社区调解工作经验入选“和美邻里”优秀案例。")
    assert check("青溪县社区调解工作经验入选了全省“和美邻里”优秀案例。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_level_is_a_scope_read_beside_its_head_too():
    from assistant.check.slots import scope_slot

    text = "青溪河城区段被评为市级“美丽河湖”，青溪湿地公园入选国家级生态示范区。"
    assert scope_slot("青溪湿地公园入选省级生态示范区。", text) == ("省级", "国家级")
    assert scope_slot("青溪湿地公园入选市级生态示范区。", text) == ("市级", "国家级")
    assert scope_slot("青溪湿地公园入选全国生态示范区。", text) == ("", "")  # 全国 and 国家级: one scope
    assert scope_slot("青溪河城区段被评为市级“美丽河湖”。", text) == ("", "")
