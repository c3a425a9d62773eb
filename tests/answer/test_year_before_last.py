"""前年 asked (the year before last): a figure of a sentence naming no such year is of another year
(answer/measure_nature.before_last_disagreement); made-up sentences."""

from __future__ import annotations

from support import figure_picks


def test_a_sentence_naming_no_year_does_not_give_the_year_before_last():
    picks = figure_picks("青溪区前年的地方财政收入是多少？", "青溪区地方级财政收入完成2.4亿元，增长12%。")
    assert picks["2.4亿元"].factors["veto"]


def test_a_sentence_naming_the_year_may():
    assert not figure_picks("青溪区前年的地方财政收入是多少？", "前年青溪区地方级财政收入完成2.4亿元。")["2.4亿元"].factors["veto"]
    assert not figure_picks("青溪区前年的地方财政收入是多少？", "2022年青溪区地方级财政收入完成2.4亿元。")["2.4亿元"].factors["veto"]
    # a comparison with the year before last is no year asked
    picks = figure_picks("青溪区财政收入比前年增长了多少？", "青溪区地方级财政收入完成2.4亿元，增长12%。")
    assert not picks["12%"].factors["veto"]
