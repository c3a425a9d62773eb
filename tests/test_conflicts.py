"""Conflicting sources: the pairwise decision (`answer/conflicts.py`, `answer/values.py`) on
real counterfactual news pairs and hand-made cases; the real-model parts are in
test_conflicts_index.py."""

from __future__ import annotations

import json

import pytest

from assistant.answer import conflicts, values
from assistant.text.quantities import find_quantities
from support import ROOT

ITEMS = [json.loads(line) for line in (ROOT / "tests" / "data" / "counterfactual.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
CONFLICT_KINDS = ("figure", "percent", "name", "place", "date")
SAFE_KINDS = ("year", "other_place", "indicator", "rounded")


def statement(text: str, value: str) -> conflicts.Statement:
    found = [s for s in conflicts.statements(text) if s.slot.text in value or value in s.slot.text]
    assert found, (text, value)
    return found[0]


def test_the_sample_covers_every_kind():
    kinds = {i["kind"] for i in ITEMS}
    assert kinds == set(CONFLICT_KINDS + SAFE_KINDS)
    assert all(i["conflict"] == (i["kind"] in CONFLICT_KINDS) for i in ITEMS)


def changed_statements(item) -> tuple[conflicts.Statement, conflicts.Statement]:
    """The statements of the original and of the copy at the changed value (after a 约 the
    copy has put before it)."""
    def at(text, pos):
        return next(s for s in conflicts.statements(text) if s.slot.start <= pos < s.slot.end or pos < s.slot.start <= pos + 2)

    return at(item["sentence"], item["at"]), at(item["changed_sentence"], item["changed_at"])


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i["id"])
def test_counterfactual_pair(item):
    """A copy with one value changed conflicts with the original; a copy that also changed
    the year, the place or the indicator, or only rounded the figure, does not."""
    a, b = changed_statements(item)
    assert a.slot.text in item["value"] and b.slot.text in item["changed"]
    assert (conflicts.compare(a, b) == "conflict") == item["conflict"]
    if item["kind"] == "rounded":
        assert conflicts.compare(a, b) == "agree"


@pytest.mark.parametrize("a,va,b,vb,expected", [
    ("冠军是中国队的李强。", "李强", "冠军是中国队的张伟。", "张伟", "conflict"),
    ("第19届亚运会在杭州举行。", "杭州", "第19届亚运会在广州举行。", "广州", "conflict"),
    ("会议于8月14日在北京召开。", "8月14日", "会议于8月16日在北京召开。", "8月16日", "conflict"),
    ("该党在议会选举中获得70个议席。", "70个", "该党在议会选举中获得170个议席。", "170个", "conflict"),
    ("2022年全省地区生产总值增长3%。", "3%", "2023年全省地区生产总值增长5%。", "5%", ""),
    ("北京市地区生产总值增长5.2%。", "5.2%", "上海市地区生产总值增长6.1%。", "6.1%", ""),
    ("7月份社会消费品零售总额同比增长2.5%。", "2.5%", "7月份规模以上工业增加值同比增长3.7%。", "3.7%", ""),
    ("每吨汽油上调240元。", "240元", "每吨柴油上调230元。", "230元", ""),
    ("全年营业收入304.27亿元。", "304.27亿元", "全年营业收入约304亿元。", "304亿元", "agree"),
    ("车上7人均已遇难。", "7人", "车上7人均已遇难。", "7人", "agree"),
])
def test_hand_made_pairs(a, va, b, vb, expected):
    assert conflicts.compare(statement(a, va), statement(b, vb)) == expected


def test_two_values_of_one_sentence():
    """The seeds' typo: the same clause twice with 6% and 8% is a conflict; two indicators
    in one sentence are not."""
    text = "主要预期目标是:全年地区生产总值增长6.5%左右,规模以上工业增加值增长6%以上,规模以上工业增加值增长8%以上,固定资产投资增长5%左右。"
    gdp, six, eight, invest = [s for s in conflicts.statements(text) if s.slot.kind == "figure"]
    assert conflicts.compare(six, eight) == "conflict"
    assert conflicts.compare(gdp, six) == "" and conflicts.compare(six, invest) == ""


@pytest.mark.parametrize("a,b,agree", [
    ("304.27亿元", "约304亿元", True), ("304.27亿元", "超300亿元", True), ("304.27亿元", "约310亿元", False),
    ("960家", "近1000家", True), ("400家", "近1000家", False), ("100%", "50%", False), ("16%", "10%", False),
    ("7579艘", "约7600艘", True), ("81.6亿元", "816000万元", True), ("160亿元", "255.4亿元", False),
])
def test_rounding(a, b, agree):
    qa, qb = find_quantities(a)[0], find_quantities(b)[0]
    assert values.figures_agree(qa, qb, a[: qa.start], b[: qb.start]) is agree


@pytest.mark.parametrize("a,va,b,vb,same", [
    ("上半年全国居民人均可支配收入同比增长6.5%", "6.5%", "全国居民人均可支配收入比上年增长6.5%", "6.5%", True),
    ("该党获得70个议席", "70个", "该党赢得70个席位", "70个", True),
    ("签约额达160亿元", "160亿元", "签约项目34个,签约额255.4亿元", "255.4亿元", True),
    ("签约额达160亿元", "160亿元", "合同引资额312.285亿元", "312.285亿元", False),
    ("固定资产投资完成17.3亿元", "17.3亿元", "亿元以上项目26个，总投资265亿元", "265亿元", False),
])
def test_indicator(a, va, b, vb, same):
    assert conflicts.same_indicator(statement(a, va), statement(b, vb)) is same


def test_ordinals_are_not_amounts():
    assert not [s for s in values.slots("深入贯彻市委八届五次全会精神，第19届亚运会") if s.kind == "figure"]
