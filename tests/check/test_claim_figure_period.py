"""A refuting figure must be of the claim's period and measure (check/figure_period.py,
narrower.best_named): a rate per another period, another relative year's figure in a sentence
giving several, or a figure of what was done against a claim of what will be, decides nothing;
among figures of the claim's measure, the one whose measure the claim names more fully and whose
sentence names the claim's places decides. Made-up sentences, no model."""

from __future__ import annotations

from support import figure_named, flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.figure_period import other_rate_period, other_relative_year, relative_year_of


def test_a_rate_per_another_period_is_another_measure():
    source = "用户可按天、按月或按年租用滑板车，费用分别为每天20元、每月300元、每年3200元。"
    claim = "青柚出行的滑板车按年租用的费用为3000元。"
    f = figure_named(claim, "3000元")
    assert other_rate_period(claim, f, source, figure_named(source, "20元"))
    assert other_rate_period(claim, f, source, figure_named(source, "300元"))
    assert not other_rate_period(claim, f, source, figure_named(source, "3200元"))
    # a figure of no stated period may be of either
    assert not other_rate_period("青柚出行的滑板车租金为3000元。", figure_named("租金为3000元", "3000元"), source,
                                 figure_named(source, "20元"))


def test_the_relative_year_of_each_figure_in_a_sentence_giving_several():
    text = "今年前三季度，白鹭电池国内份额为31.5%，而去年和前年的数据分别为35.2%和38.9%。"
    assert relative_year_of(text, figure_named(text, "31.5%")) == 0
    assert relative_year_of(text, figure_named(text, "35.2%")) == -1
    assert relative_year_of(text, figure_named(text, "38.9%")) == -2
    claim = "白鹭电池去年的国内份额为38.9%。"
    assert other_relative_year(claim, text, figure_named(text, "31.5%"))
    assert not other_relative_year(claim, text, figure_named(text, "35.2%"))
    # the basis of a change is no year of the figure's own
    change = "今年白鹭电池销量比去年同期增长12%，去年增长8%。"
    assert relative_year_of(change, figure_named(change, "12%")) == 0


def test_another_years_figure_does_not_refute_a_claim_of_last_year():
    source = "今年前三季度，白鹭电池国内份额为31.5%，而去年和前年的数据分别为35.2%和38.9%。"
    found = check("白鹭电池去年的国内份额为38.9%。", made_hits(source), flat_idf, 0.43)
    assert "31.5%" not in found.sources_say


def test_what_was_done_does_not_decide_a_plan():
    source = "星河S5于9月3日完成首次升级，此次升级在青州、白沙、临川三个城市开启了城区领航辅助。"
    found = check("星河S5首次升级后，城区领航辅助将在年底前扩展到全国30个城市。", made_hits(source), flat_idf, 0.43)
    assert found.verdict != "refuted"


def test_the_figure_whose_measure_the_claim_names_decides():
    hits = made_hits("此外，白鹭国和青禾国的玉米产量合计约占全球玉米出口总量的23%。此外，两国玉米出口的80%以上销往东亚国家。")
    found = check("白鹭国和青禾国的玉米约占全球玉米出口总量的18%。", hits, flat_idf, 0.43)
    assert (found.verdict, found.sources_say) == ("refuted", ("23%",))


def test_a_place_word_the_sources_article_never_writes_is_another_subject():
    # jieba cuts 东里古镇 as 东里|古镇, which the place reader does not read as a place
    source = "2022年，仅3.2平方公里的小村，实现接待游客60万人次。"
    found = check("东里古镇2022年接待游客超过400万人次。", made_hits(source), flat_idf, 0.43)
    assert found.verdict == "not_enough_info"
    assert check("东里古镇2022年接待游客超过400万人次。", made_hits("东里古镇" + source), flat_idf, 0.43
                 ).verdict == "refuted"
