"""除了甲和乙，还…谁 (answer/excepted.py), on made-up sentences: the other item of the list that writes those set aside."""

from __future__ import annotations

from assistant.answer import excepted
from assistant.query.question import analyse

Q = "除了专家评审和群众评议，青河县还会主动接受谁的评议？"


def _clause(question: str, text: str) -> str:
    span = excepted.other_clause(analyse(question), text)
    return text[span[0] : span[1]] if span else ""


def test_the_items_set_aside_and_the_asking_clause_are_read():
    items, asked = excepted.set_aside(analyse(Q))
    assert items == ["专家评审", "群众评议"] and "主动" in asked and "接受" in asked


def test_the_other_clause_of_the_list_answers():
    text = "依法接受县专家委员会评审,自觉接受群众评议,主动接受新闻媒体评议。"
    assert _clause(Q, text) == "主动接受新闻媒体评议"


def test_a_sentence_missing_an_item_set_aside_or_the_parallel_clause_answers_nothing():
    assert _clause(Q, "自觉接受群众评议,主动接受新闻媒体评议。") == ""  # 专家评审 not written: another list
    assert _clause(Q, "依法接受县专家委员会评审,自觉接受群众评议。") == ""  # no other item
    assert _clause(Q, "依法接受县专家委员会评审,自觉接受群众评议,全力推动发展。") == ""  # not in parallel
    assert excepted.set_aside(analyse("青河县主动接受谁的评议？")) == ([], [])
    # the sentence writes the question's own frame: what follows it is no parallel item
    framed = "除了能在河边散步，一些居民已树立了榜样，借由清扫步道的活动。"
    assert _clause("除了能在河边散步，居民还树立了什么榜样？", framed) == ""


def test_the_other_item_is_of_the_kind_asked_and_may_share_a_clause_with_those_set_aside():
    # 哪种效应: items joined by 、 are read apart; a parallel clause naming no 效应 is no item of the list
    q = "除了虹吸效应，报告认为省里出台的政策还会带来哪种效应？"
    text = ("全面释放座谈会带来的东风效应,主动对接省里政策带来的带动效应、社会预期提振带来的虹吸效应,"
            "主动对接省里推动振兴的若干政策。")
    assert excepted.asked_noun(analyse(q)) == "效应"
    assert _clause(q, text) == "主动对接省里政策带来的带动效应"


def test_a_figure_asked_of_the_other_item_is_its_own_clauses_figure():
    # no 还: the asking clause names the other item itself; 多少个 wants a figure of that measure beside it
    q = "河西片区除了新建停车棚，充电桩要装多少个？"
    text = "全面推进片区改造，新建停车棚320个、充电桩85个。"
    assert _clause(q, text) == "充电桩85个"
    # a clause of more asked words with a figure of another measure is no answer (多少项, not 2.5亿元)
    q = "除了设立扶持基金，青河县为帮扶农户又出台过多少项措施？"
    text = "设立扶持基金，拨付资金2.5亿元帮扶农户发展，出台9项措施。"
    assert _clause(q, text) == "出台9项措施"
