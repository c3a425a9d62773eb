"""Claims reworded as a reader would (assistant/learn/claim_rewording.py), on made-up sentences."""

import random

from assistant.learn import claim_questions as cq
from assistant.learn import claim_rewording as cr
from assistant.text import quantities


def _figure(text: str) -> quantities.Quantity:
    return [f for f in quantities.find_quantities(text) if f.unit][-1]


def test_numerals():
    assert [cr.numeral(n) for n in (3, 10, 23, 105, 2010)] == ["三", "十", "二十三", "一百零五", "二千零一十"]


def test_a_figure_written_another_way_keeps_its_value():
    rng = random.Random(0)
    assert cr.figure_otherwise(_figure("交付23000辆"), rng) == "2.3万辆"
    assert cr.figure_otherwise(_figure("交付34134辆"), rng) in ("3.4万余辆", "近3.5万辆")
    assert cr.figure_otherwise(_figure("营收12000万元"), rng) == "1.2亿元"
    assert cr.figure_otherwise(_figure("共有23个项目"), rng) == "二十三个"
    assert cr.figure_otherwise(_figure("增长50%"), rng) in ("一半", "五成")
    for _ in range(5):
        assert cr.figure_otherwise(_figure("增长19.48%"), rng) in ("近两成", "近20%", "超过19%")
    assert cr.figure_otherwise(_figure("增长0.4%"), rng) is None  # no 超过0%
    assert cr.figure_otherwise(_figure("约有23个"), rng) is not None
    assert cr.figure_otherwise(_figure("超过23个"), rng) is None  # a hedged figure is left as it is


def test_an_exact_rewording_has_no_hedge():
    # a refuted claim may not say 超一成 for 11%: 超一成 is true of 16% too
    for seed in range(10):
        new = cr.figure_otherwise(_figure("增长11.2%"), random.Random(seed), exact=True)
        assert new is None or not new.startswith(("近", "超", "约", "逾"))


def test_the_period_moves_after_the_subject_and_verbs_are_said_otherwise():
    assert cr.reordered("2023年上半年，毕节市接待游客4010.6万人次") == "毕节市2023年上半年接待游客4010.6万人次"
    assert cr.reordered("毕节市接待游客4010.6万人次") == "毕节市接待游客4010.6万人次"
    assert cr.other_wording("产量增长5%", random.Random(0)) == "产量增加5%"
    assert cr.other_wording("增长率为5%", random.Random(0)) == "增长率为5%"  # 增长率 names a measure
    assert cr.dropped("我国累计零售1125.9万辆") == "零售1125.9万辆"


def test_a_hard_claim_names_its_steps():
    said, steps = cr.harder("2023年上半年，毕节市累计接待游客4010.6万人次", _figure("4010.6万人次"), random.Random(3))
    assert "figure" in steps and "drop" in steps and "order" in steps
    assert said.startswith("毕节市2023年上半年") and "4010.6" not in said


def test_hard_article_claims_are_reworded():
    from test_claim_questions import ARTICLE

    items = cq.article_claims("made", ARTICLE.replace("\n", ""), hard=True)
    assert {i["verdict"] for i in items} >= {"supported", "refuted"} and all(i["rewording"] for i in items)
    assert all(i["question"][:-1] not in ARTICLE for i in items)
    refuted = next(i for i in items if i["verdict"] == "refuted")
    assert refuted["answers"][0] in ARTICLE
