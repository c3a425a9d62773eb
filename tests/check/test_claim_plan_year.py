"""A plan's 年内 or 今年, in a sentence with no year written before it, is no later year than the one
its article plans for (2024年力争…, written later): a claim naming a later year is refuted, one naming
that year is not supported by it (the plan year may be a later milestone); an article writing only a
past year (2023年，…完成) or two plan years leaves it undecided. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.plan_year import plan_year, this_year

PLANS = "青溪区将推动远山科技年内完成新一批创建，出台激励政策。2024年力争引进亿元以上项目10个。"


def test_the_articles_one_plan_year():
    assert plan_year(PLANS) == "2024"
    assert this_year("推动远山科技年内完成新一批创建", PLANS) == ("年内", "2024")
    assert plan_year("2023年，青溪区完成投资50亿元。今年，青溪区将聚焦项目建设。") == ""  # results only
    assert plan_year("到2025年建成示范区。2024年要新建公园3座。") == "2024"  # a target's end is no plan year
    assert plan_year("2024年要新建公园3座，2025年力争建成示范区。") == ""
    assert plan_year("2019年，远山汽车将此前的价格下调。2023年是重要的一年。") == ""  # 将 of 把, 重要


def test_a_year_other_than_the_plans_is_refuted():
    hits = made_hits(PLANS)
    found = check("青溪区将推动远山科技在2025年完成新一批创建。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("年内（2024年）",)
    assert check("青溪区将推动远山科技在2024年完成新一批创建。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("青溪区将推动远山科技在2023年完成新一批创建。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_no_plan_year_leaves_it_undecided():
    hits = made_hits("2023年，青溪区完成投资50亿元。今年，青溪区将推动远山科技完成新一批创建。")
    assert check("青溪区将推动远山科技在2025年完成新一批创建。", hits, flat_idf, 0.43).verdict == "not_enough_info"
