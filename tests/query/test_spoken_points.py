"""同比涨了几个点: speech's 点 for 百分点, read as the percent asked (text/abbreviations.spelled_out);
made-up sentences."""

from __future__ import annotations

from support import figure_picks

from assistant.query.question import analyse
from assistant.text import abbreviations


def test_a_spoken_point_is_read_as_a_percent():
    assert abbreviations.spelled_out("青溪县产值同比涨了几个点？") == "青溪县产值同比涨了百分之几？"
    assert analyse("青溪县产值同比涨了多少个点？").unit == "%"
    # points of a place, clicks: things counted
    assert analyse("青溪县设置了几个点位？").unit == "个"


def test_the_growth_in_percent_answers_it():
    picks = figure_picks("青溪县规上工业总产值去年同比涨了几个点？", "青溪县规上工业总产值完成42.3亿元，增长8.3%。")
    assert picks["8.3%"].score > 0.5 and picks["42.3亿元"].factors["veto"]
