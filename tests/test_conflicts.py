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


def test_each_value_kind_conflicts_between_near_duplicates():
    """Figure, percentage, name, place and date: one value changed in a copy of a sentence."""
    base = "据通报，截至8月14日，{}省应急管理厅组织的救援队在灾区转移群众{}人，受灾区域降雨量同比增加{}，现场指挥由{}负责，{}前完成抢修。"
    fill = dict(place="河北", count="3.2万", share="35.6%", name="王建国", day="8月20日")
    for kind, other in (("place", "湖南"), ("count", "5.1万"), ("share", "12.4%"), ("name", "刘德明"), ("day", "8月25日")):
        a = base.format(*fill.values())
        b = base.format(*dict(fill, **{kind: other}).values())
        value = fill[kind].replace("万", "")
        sa = next(s for s in conflicts.statements(a) if value in s.slot.text)
        sb = next(s for s in conflicts.statements(b, against=a) if other.replace("万", "") in s.slot.text)
        assert conflicts.compare(sa, sb) == "conflict", (kind, sa.slot, sb.slot)


def test_a_value_the_tagger_misses_is_found_against_its_twin():
    """岳西 is not tagged as a place in 岳西海岸警卫队; aligned with 美国海岸警卫队 it is the value."""
    a = "美国海岸警卫队在一份新闻稿中说，周六早上，一名飞行员发现25岁的男子坐在部分淹没的小船上，距离海岸约12英里。"
    b = a.replace("美国", "岳西")
    mine = next(s for s in conflicts.statements(a) if s.slot.text == "美国")
    theirs = [s for s in conflicts.statements(b, against=a) if s.slot.kind in ("place", "org")]
    assert any(conflicts.compare(mine, s) == "conflict" for s in theirs)


@pytest.mark.parametrize("a,va,b,vb", [
    # a template filled in for another company: every figure differs
    ("负债率38.4%，投资收益149.23万元，财务费用951.88万元，毛利率23.84%。", "38.4%",
     "负债率53.3%，投资收益294.93万元，财务费用6492.19万元，毛利率6.55%。", "53.3%"),
    ("扣非净利润1.2亿元，同比上升29.98%；", "1.2亿元", "扣非净利润3.02亿元，同比上升40.04%；", "3.02亿元"),
    # a time window is which indicator, not a value of it
    ("历史数据显示该基金近1个月下跌6.73%。", "1个月", "历史数据显示该基金近3个月下跌6.73%。", "3个月"),
])
def test_other_entities_and_indicators_are_no_conflict(a, va, b, vb):
    assert conflicts.compare(statement(a, va), statement(b, vb)) == ""


@pytest.mark.parametrize("a,b,expected", [
    ("7月份社会消费品零售总额当月增长2.5%。", "7月份社会消费品零售总额累计增长7.3%。", ""),
    ("规模以上工业增加值同比增长4.5%。", "规模以上工业增加值环比增长0.8%。", ""),
    ("规模以上工业增加值同比增长4.5%。", "规模以上工业增加值增长4.8%，创历史新高。", "conflict"),  # 同比增长 / 增长
])
def test_qualifiers_of_paraphrased_figures(a, b, expected):
    """Paraphrases are decided by indicator, scope and a similarity (here: every pair one
    story, as if e5 said so; the real model is in test_conflicts_index.py): 当月 / 累计 and
    同比 / 环比 are other indicators."""
    def st(text):
        return next(s for s in conflicts.statements(text, subject="某市", source=text) if s.slot.text.endswith("%"))

    assert conflicts.compare(st(a), st(b), lambda x, y: 1.0) == expected


def test_one_value_changed_in_a_template_is_a_conflict():
    a = "负债率38.4%，投资收益149.23万元，财务费用951.88万元，毛利率23.84%。"
    assert conflicts.compare(statement(a, "38.4%"), statement(a.replace("38.4%", "76.8%"), "76.8%")) == "conflict"
    # 同比增长 and 增长 read alike
    assert conflicts.compare(statement("全市地区生产总值同比增长5.2%。", "5.2%"),
                             statement("全市地区生产总值增长6.1%。", "6.1%")) == "conflict"


@pytest.mark.parametrize("text,x,y", [
    ("8月14日的资金流向数据方面，主力资金净流入1617.34万元，占总成交额5.71%，游资资金净流入139.82万元，占总成交额0.49%。",
     "5.71%", "0.49%"),
    ("于2020年度、2021年度及2022年度，公司实现营业收入分别约为1.28亿元、1.50亿元、2.02亿元。", "1.50亿元", "2.02亿元"),
    ("邱世勋增加600.0万股，该股东持股占流通股比例1.3%，香港中央结算有限公司增加689.6万股，该股东持股占流通股比例1.02%。",
     "1.3%", "1.02%"),
])
def test_parallel_statements_of_one_sentence(text, x, y):
    """Two values of one sentence are one statement only when the same clause stands twice in
    a row (the seeds' typo); otherwise each has its own subject before it, or is a list."""
    sx = next(s for s in conflicts.statements(text) if s.slot.text == x)
    sy = next(s for s in conflicts.statements(text) if s.slot.text == y)
    assert conflicts.compare(sx, sy) == ""


def test_other_passages_names_decide_only_for_short_templates():
    """A short templated line in passages about other companies is no conflict; a long
    sentence alike but for one value is one story whatever names the chunks around it hold."""
    line = "换手率0.2%，成交量1.62万手。"
    a = conflicts.statements(line, context=frozenset({"豪迈科技", "002595"}), source="a")[0]
    b = conflicts.statements("换手率0.5%，成交量1.62万手。", context=frozenset({"精达股份", "600577"}), source="b")[0]
    assert conflicts.compare(a, b) == ""
    story = "当天下午，在开发区产业园区库区，又有一批救援物资抵达，这批是商贸集团超市公司紧急调配、采购的价值36.5万元的生活慰问物资。"
    a = next(s for s in conflicts.statements(story, context=frozenset({"尚志", "重建家园"}), source="a") if s.slot.kind == "figure")
    b = next(s for s in conflicts.statements(story.replace("36.5", "54.8"), context=frozenset({"登记表", "统一安排"}), source="b")
             if s.slot.kind == "figure")
    assert conflicts.compare(a, b) == "conflict"


def test_two_securities_codes_are_two_companies():
    """Two companies' templated reports share wording and a city (北京人力 / 北京银行, both
    北京): their codes tell them apart however many other names the passages share; the same
    code in both is one company."""
    line = "8月14日的资金流向数据方面，主力资金净流出792.72万元，占总成交额8.19%，游资资金净流入839.02万元。"
    other = line.replace("792.72", "1971.34")
    a = next(s for s in conflicts.statements(line, context=frozenset({"北京", "换手率", "600861"}), source="a")
             if s.slot.text.startswith("792"))
    b = next(s for s in conflicts.statements(other, context=frozenset({"北京", "换手率", "601169"}), source="b")
             if s.slot.text.startswith("1971"))
    assert conflicts.compare(a, b) == ""
    b = next(s for s in conflicts.statements(other, context=frozenset({"北京", "换手率", "600861"}), source="b")
             if s.slot.text.startswith("1971"))
    assert conflicts.compare(a, b) == "conflict"


def test_figures_of_one_precision_differ():
    """0.2% and 0.3% are two values (their steps 0.1000…02 and 0.1 must not read as rounding)."""
    a, b = find_quantities("0.2%")[0], find_quantities("0.3%")[0]
    assert values.figures_agree(a, b) is False


@pytest.mark.parametrize("a,b,agree", [
    ("上千万元", "4200万元", True), ("上千万元", "800万元", False), ("上百台", "130台", True), ("上百台", "70台", False),
    ("逾千名", "1350名", True), ("逾千名", "2300名", False), ("近百所", "96所", True), ("近百所", "140所", False),
    ("百余座", "160座", True), ("百余座", "260座", False), ("数千户", "4700户", True), ("二十座", "23座", False),
])
def test_vague_amounts(a, b, agree):
    """A figure in words that is only a floor (上千万) or an order of magnitude hedged (逾千, 百余) is met by
    any exact figure it covers: read as its bare floor, 4200万元 would refute 上千万元."""
    qa, qb = find_quantities(a)[0], find_quantities(b)[0]
    assert values.figures_agree(qa, qb, a[: qa.start], b[: qb.start]) is agree
    assert values.figures_agree(qb, qa, b[: qb.start], a[: qa.start]) is agree
