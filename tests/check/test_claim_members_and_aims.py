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


def test_a_month_figure_is_not_refuted_by_the_total_beside_it():
    hits = made_hits("此外，星河S5的6月销量为9673辆，上市第二个月即实现破万，总销量达到19731辆。")
    found = check("星河S5在6月份的销量为9763辆。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("9673辆",)
    assert check("星河S5在6月份的销量为9673辆。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_company_speaks_through_its_officer():
    hits = made_hits("蓝星公司首席执行官迈克尔?林登在一份声明中表示：“公司将在2026年交付用于商业服务的新一代宇宙飞船。”")
    assert check("蓝星公司表示要在2026年交付用于商业服务的新一代飞船。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("蓝星公司表示要在2027年交付用于商业服务的新一代飞船。", hits, flat_idf, 0.43).verdict == "refuted"


def test_this_session_is_the_one_its_article_names():
    hits = made_hits("第四届星河博览会将于9月6日至10日举办。据介绍，本届星河博览会主展面积达9.2万平方米。")
    assert check("第四届星河博览会主展面积达9.2万平方米。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("第四届星河博览会主展面积达8.2万平方米。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("第五届星河博览会主展面积达9.2万平方米。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_partner_in_a_sibling_city_of_the_sources_refutes():
    hits = made_hits("辽源市大力支持北方纺织集团与威海海光乒乓基地合作,打造自主品牌。")
    found = check("辽源支持北方纺织集团与青岛海光乒乓基地合作，打造自主品牌。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("威海",)
    assert check("辽源支持北方纺织集团与威海海光乒乓基地合作，打造自主品牌。", hits, flat_idf, 0.43).verdict == "supported"
