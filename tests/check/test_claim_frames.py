"""A claim opening with a topic or purpose frame, and a claim joining two facts (check/frames.py):
the frame is no fact to verify, each joined fact is checked on its own. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import frames
from assistant.check.claims import check

SOURCE = ("二、今年工作安排。（三）办好民生实事。青溪县今年新建学校6所，新修乡村道路30公里。"
          "完成12个村卫生室改造。")


def _check(claim: str, *sources: str):
    return check(claim, made_hits(*(sources or (SOURCE,))), flat_idf, 0.43)


def test_a_topic_or_purpose_frame_is_read_off_and_the_rest_checked():
    assert frames.unframed("在教育方面，报告说要新建学校5所。") == "报告说要新建学校5所。"
    assert frames.unframed("民生部分，报告说要新建学校5所。") == "报告说要新建学校5所。"
    assert frames.unframed("为了改善交通，报告说要新修道路30公里。") == "报告说要新修道路30公里。"
    assert frames.unframed("报告说要新建学校5所。") == ""


def test_a_frame_naming_whose_fact_it_is_is_kept():
    assert frames.unframed("在青溪县方面，新建学校5所。") == ""
    assert frames.unframed("2023年部分，新建学校5所。") == ""


def test_two_joined_facts_are_read_apart_each_with_the_lead_it_leaves_unsaid():
    assert frames.joined("青溪县今年要新建学校6所，并新修乡村道路30公里。") == [
        "青溪县今年要新建学校6所。", "青溪县今年要新修乡村道路30公里。"]
    # what the document proposes is a target, though the fact says no aim of its own
    assert frames.joined("报告提出今年新建学校6所，同时完成12个村卫生室改造。")[1] == "报告提出今年要完成12个村卫生室改造。"
    # 并非 denies; it joins nothing
    assert frames.joined("青溪县并非新建学校6所。") == []
    assert frames.joined("青溪县今年新建学校6所。") == []


def test_each_joined_fact_must_hold():
    found = _check("报告提出青溪县今年新建学校6所，同时完成12个村卫生室改造。")
    assert found.verdict == "supported"
    assert "[1]" in found.text and "[2]" in found.text  # each fact's sentence numbered once across the claim
    found = _check("报告提出青溪县今年新建学校6所，同时完成15个村卫生室改造。")
    assert found.verdict == "refuted" and "12个" in found.text
    # one fact the sources do not speak of leaves the claim open
    assert _check("报告提出青溪县今年新建学校6所，同时新建冷库2座。").verdict == "not_enough_info"


def test_a_second_aim_after_a_plain_comma_is_a_fact_of_its_own():
    assert frames.joined("青溪县要新建学校6所，力争新修乡村道路30公里。") == [
        "青溪县要新建学校6所。", "青溪县力争新修乡村道路30公里。"]
    assert frames.unframed("谈到交通时，报告说要新修道路30公里。") == "报告说要新修道路30公里。"


def test_a_topic_narrows_where_the_fact_may_stand():
    assert frames.topic("在报告的教育部分，新建学校5所。") == "教育"
    assert frames.in_topic("民生实事", "（三）办好民生实事。青溪县今年新建学校6所。")
    assert not frames.in_topic("文化体育", "（三）办好民生实事。青溪县今年新建学校6所。")
    assert _check("民生实事部分，报告说青溪县今年要新建学校5所。").verdict == "refuted"
    assert _check("文化体育部分，报告说青溪县今年要新建学校6所。").verdict == "not_enough_info"
