"""A figure claim about a period is decided only by a figure of that period
(check/figures.py `same_period`): a figure as of another day, or one whose article states
no year at all, leaves the claim unverified. Made-up
sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check


def test_a_figure_with_no_stated_year_does_not_decide_a_claim_about_a_year():
    hits = made_hits("眼下，青溪区建有5个中央厨房、88个助餐点，日均为2100多名老人提供助餐服务。")
    assert check("2019年青溪区建有5个中央厨房。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("2019年青溪区建有7个中央厨房。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("青溪区建有5个中央厨房。", hits, flat_idf, 0.43).verdict == "supported"


def test_another_days_figure_does_not_decide_a_claim_about_a_day():
    hits = made_hits("据统计，截至9月3日上午10时，全县受灾人数5210人。")
    assert check("截至9月1日，全县受灾人数5210人。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("截至9月1日，全县受灾人数6000人。", hits, flat_idf, 0.43).verdict == "not_enough_info"
    assert check("截至9月3日，全县受灾人数5210人。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_period_of_a_claims_figures_is_no_statement_of_its_own():
    from assistant.check.draft import claims_of, figure_setting

    assert figure_setting("截至2020年12月31日，") and figure_setting("从营收构成来看，2021年第三财季，")
    assert not figure_setting("2023年7月，星辰公司在上海发布了新品，")
    claim = "截至2020年12月31日，星辰汽车年度亏损逾276亿元。"
    assert [c.kind for c in claims_of(claim, 0, len(claim))] == ["figure"]
    # another year's source of the same figure refutes it by its year (check/said_whole.py)
    source = "公告显示，截至2022年12月31日，星辰汽车年度亏损达到276.64亿元。"
    assert check(claim, made_hits(source), flat_idf, 0.43).sources_say == ("2022年",)


def test_a_month_written_7_月份_is_no_word_of_the_measure():
    source = "星辰汽车公布了其7月份的销售数据，显示其在7月份共交付新车20,462台，同比增长103.6%，环比增长91.1%。"
    refuted = check("星辰汽车7月交付新车同比增长91.1%。", made_hits(source), flat_idf, 0.43)
    assert (refuted.verdict, refuted.sources_say) == ("refuted", ("103.6%",))
    assert check("星辰汽车7月交付新车同比增长103.6%。", made_hits(source), flat_idf, 0.43).verdict == "supported"


def test_the_year_in_force_passes_over_the_year_compared_with():
    hits = made_hits("最近，青禾发布了2023年第二季度财报。净利润为3亿元，而2022年同期净亏损2亿元。第二季度，青禾还首次实现运营利润。")
    assert check("青禾在2023年第二季度首次实现了运营利润。", hits, flat_idf, 0.43).verdict == "supported"
