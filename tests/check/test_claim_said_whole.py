"""A figure claim the figure check leaves open, decided by a sentence writing it whole
(check/said_whole.py): the same figure put in another year, month, quarter or half than the
source's is refuted; a period the source leaves open, or names otherwise, decides nothing.
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import draft, said_whole
from assistant.check.claims import check

SOURCE = "2023年，远航汽车营业收入达到200亿元，同比增长12%。"


def _check(claim: str, source: str):
    return check(claim, made_hits(source), flat_idf, 0.43)


def test_the_same_figure_in_another_year_is_refuted_by_the_year_the_source_gives_it():
    found = _check("2021年，远航汽车营业收入达200亿元。", SOURCE)
    assert (found.verdict, found.sources_say, found.claimed) == ("refuted", ("2023年",), ("2021年",))
    assert _check("2023年，远航汽车营业收入达200亿元。", SOURCE).verdict == "supported"
    # a hedge is how near the figure is, no word of what it measures
    source = "公告显示，截至2022年12月31日，星辰汽车年度亏损达到276.64亿元。"
    assert _check("截至2020年12月31日，星辰汽车年度亏损逾276亿元。", source).verdict == "refuted"


def test_the_same_figure_in_another_part_of_the_year_is_refuted():
    found = _check("远航汽车一季度营收为120亿元。", "远航汽车上半年营收为120亿元，其中二季度营收为70亿元。")
    assert (found.verdict, found.sources_say) == ("refuted", ("上半年",))
    assert _check("远航汽车5月出口汽车3.2万辆。", "远航汽车7月出口汽车3.2万辆。").verdict == "refuted"


def test_the_figure_of_a_measure_the_claim_does_not_name_decides_nothing():
    source = "2023年，远航汽车营业收入达到200亿元，净利润20亿元。"
    assert _check("2021年，远航汽车净利润达200亿元。", source).verdict == "not_enough_info"
    # nor a sentence that leaves out a word of the claim's statement
    assert _check("2021年，远航汽车海外营业收入达200亿元。", SOURCE).verdict == "not_enough_info"


def _decide(claim: str, source: str, figure: str = ""):
    (part,) = [c for c in draft.claims_of(claim, 0, len(claim))
               if c.kind == "figure" and figure in c.figure.text]
    return said_whole.decide(part, made_hits(source))


def test_a_period_the_source_leaves_open_or_names_otherwise_decides_nothing():
    assert _decide("2021年，远航汽车营业收入达200亿元。", SOURCE).verdict == "refuted"
    assert _decide("2021年，远航汽车营业收入达200亿元。", "远航汽车营业收入达到200亿元。") is None
    # 去年 against 2023年: no year to compare
    assert _decide("去年远航汽车营业收入达200亿元。", SOURCE) is None
    source = "截至9月3日，全县受灾人数5210人。"
    assert _decide("截至9月1日，全县受灾人数5210人。", source) is None
    assert _decide("截至9月3日，全县受灾人数5210人。", source).verdict == "supported"


def test_the_year_a_change_is_counted_from_is_no_period_of_the_claim():
    source = "报告指出，2022年德国游戏公司数量同比增长15.5%。"
    assert _check("报告指出，2019年德国游戏公司数量比去年同期增长15.5%。", source).verdict == "refuted"


def test_periods_compare_only_as_both_write_them():
    def period(text: str, figure: str, of=said_whole.period_of) -> said_whole.Period:
        return of(text, next(g for g in draft.figures(text) if g.text == figure))

    claim = period("2021年上半年营收为120亿元", "120亿元", said_whole.claim_period)
    assert said_whole.compare_periods(claim, period("2023年上半年营收为120亿元", "120亿元")) == "other"
    assert said_whole.compare_periods(claim, period("2021年一季度营收为120亿元", "120亿元")) == "other"
    assert said_whole.compare_periods(claim, period("2021年1-6月营收为120亿元", "120亿元")) == "same"
    assert said_whole.compare_periods(claim, period("营收为120亿元", "120亿元")) == ""
    assert said_whole.compare_periods(period("营收为120亿元", "120亿元", said_whole.claim_period), claim) == "same"


def test_a_figure_whose_own_words_name_nothing_is_no_reading_of_the_claim():
    # 各8个小时 counts hours, not the claim's 三个时段: its clause names nothing of its own
    source = "湖南居民充电的峰谷时段按每日24小时分为高峰、平段、低谷3段，各8个小时。"
    assert _decide("湖南居民充电把一天24小时分成高峰、平段、低谷三个时段。", source, "三个") is None
