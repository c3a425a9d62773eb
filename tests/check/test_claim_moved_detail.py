"""A claim that is a source's sentence with one detail moved (another partner, another year, another place
in the slot of the act) is refuted with the source's detail; a source silent on the slot, a detail named in
a list, a place that is the claim's subject or says whose figure it is, and a result checked against a
plan's year leave it undecided. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import draft, moved_detail
from assistant.check.draft_check import decide
from assistant.check.claims import check


def test_the_details_of_a_text():
    found = dict(moved_detail.details("推动青溪产业园与某乙集团合作，2024年力争投产。"))
    assert found["2024年"] == "year" and found["某乙集团"] == "partner"
    assert moved_detail.partners("青溪产业园今年牵手远山食品") == ["远山食品"]


def test_another_partner_in_the_claim_own_words_is_refuted():
    hits = made_hits("二、2024年工作安排。推动青溪坚果加工园与远山食品合作，做大坚果品牌。")
    found = check("报告提出，青溪的坚果加工园今年要牵手白云食品。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("远山食品",)
    assert check("报告提出，青溪的坚果加工园今年要牵手远山食品。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_source_silent_on_the_partner_leaves_it_open():
    hits = made_hits("二、2024年工作安排。推动青溪坚果加工园扩能升级，做大坚果品牌。")
    assert check("报告提出，青溪的坚果加工园今年要牵手白云食品。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_another_year_for_the_same_plan_is_refuted():
    hits = made_hits("优化营商服务，2024年力争落地千万元以上项目12个。")
    text = "2026年要落地12个千万元以上项目。"
    part = draft.claims_of(text, 0, len(text))[0]
    undecided = decide(part, [], flat_idf, 0.43)
    found = moved_detail.refute(part, undecided, hits, flat_idf, lambda p, hs: decide(p, hs, flat_idf, 0.43))
    assert found.verdict == "refuted" and found.sources_say == ("2024年",) and found.claimed == "2026年"
    assert check("2024年要落地12个千万元以上项目。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_result_against_a_plans_year_stays_open():
    hits = made_hits("二、2024年工作安排。着力扩大开放，确保外资到位额增长35%。")
    assert check("青溪县2023年外资到位额增长了35%。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_place_in_the_acts_slot_is_refuted_but_not_the_subject():
    text = "健全白水县农机装备产业园配套功能，力争新引进12户企业。"
    found = check("报告要健全澄城县农机装备产业园的配套功能，争取新引进12户企业。", made_hits(text), flat_idf, 0.43)
    assert found.verdict == "refuted" and set(found.sources_say) == {"白水县"} and found.text.count("白水县，") == 1
    hits = made_hits("白水县打算添置数控机床300台。")
    assert check("澄城县打算添置数控机床300台。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_scope_the_sentence_does_not_name_stays_open():
    hits = made_hits("2023年，远航汽车营业收入达到200亿元，同比增长12%。")
    assert check("2021年，远航汽车海外营业收入达200亿元。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_place_named_in_a_list_stays_open():
    hits = made_hits("青溪县成功举办广州、深圳茶叶经贸洽谈会，签约项目12个。")
    assert check("青溪县到成都办了茶叶经贸洽谈会。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_the_slot_guards():
    from support import made_chunk

    from assistant.answer.evidence import Sentence

    text = "着力扩大开放，确保外资到位额增长35%。"
    plan = Sentence(0, made_chunk(text, title="二、2024年工作安排 （青溪县）", subject="青溪县"), 0, len(text))
    assert not moved_detail._same_standing("青溪县2023年外资到位额增长了35%。", plan)  # a result, a plan's sentence
    assert moved_detail._same_standing("青溪县2025年要确保外资到位额增长35%。", plan)
    assert moved_detail._listed("天津", "成功举办北京、天津招商推介会")
    assert not moved_detail._listed("天津", "成功举办天津招商推介会")
    assert moved_detail._framed("乙县", "完善乙县农机园的功能", "甲县", "完善甲县农机园功能")
    assert not moved_detail._framed("乙地", "发挥乙地展厅作用", "甲地", "发挥甲地林业展厅作用")
