"""Claims made by rule from news sentences (assistant/learn/claim_questions.py), on made-up articles."""

from assistant.learn import claim_questions as cq
from assistant.text import quantities
from support import figure_named

ARTICLE = ("原标题：远航汽车7月交付新车\n远航汽车发布7月交付数据。据公司介绍，当月共计交付新车34134辆，同比增长20%。"
           "数据显示，该公司上半年营业收入达到200亿元。其中，海外市场的销售额为30亿元。"
           "远航汽车在北京的门店数量为120家。2023年上半年，远航汽车出口汽车8.2万辆。这是公司连续第三个月交付量超过3万辆。")


def test_a_claim_drops_who_reports_it_and_names_the_subject_and_month():
    sentence = "据公司介绍，当月共计交付新车34134辆，同比增长20%。"
    claim = cq.base_claim(sentence, figure_named(sentence, "34134辆"), "远航汽车", "7月")
    assert claim == "7月共计交付新车34134辆"
    sentence = "数据显示，该公司上半年营业收入达到200亿元。"
    assert cq.base_claim(sentence, figure_named(sentence, "200亿元"), "远航汽车") == "远航汽车上半年营业收入达到200亿元"
    # no subject to say for the pronoun: no claim
    assert cq.base_claim(sentence, figure_named(sentence, "200亿元"), "") is None


def test_no_claim_from_a_clause_that_does_not_name_what_it_counts():
    sentence = "这是公司连续第三个月交付量超过3万辆。"
    assert cq.base_claim(sentence, figure_named(sentence, "3万辆")) is None


def test_refuted_and_undecided_claims_change_what_the_article_does_not_say():
    items = cq.article_claims("made", ARTICLE.replace("\n", ""))
    verdicts = [i["verdict"] for i in items]
    assert sorted(verdicts) == ["not_enough_info", "refuted", "supported"]
    for item in items:
        if item["verdict"] == "refuted":
            assert item["answers"][0] in ARTICLE and item["question"][:-1] not in ARTICLE
        if item["verdict"] == "not_enough_info":
            assert item["question"] != item["evidence"][0]


def test_another_period_is_one_the_article_never_gives():
    import random

    changed, stated = cq.other_period("2023年7月交付新车34134辆", "2023年7月交付新车34134辆。", random.Random(1))
    assert "7月" not in changed.replace("2023年", "") and stated == "7月"
    assert cq.other_period("交付新车34134辆", "交付新车34134辆。", random.Random(1)) is None


def test_the_figure_put_in_another_period_is_refuted_by_the_period_the_sentence_states():
    article = ("远航汽车发布2023年业绩。2023年，远航汽车营业收入达到200亿元。远航汽车2023年净利润为30亿元。"
               "远航汽车在北京的门店数量为120家。远航汽车2023年出口汽车8.2万辆。远航汽车2023年研发投入为12亿元。")
    items = cq.article_claims("made", article)
    moved = [i for i in items if i["answers"] == ["2023年"]]
    assert len(moved) == 1 and moved[0]["verdict"] == "refuted"
    claim = moved[0]["question"]
    assert "2023年" not in claim and any(y in claim for y in ("2021年", "2020年"))
    assert quantities.find_quantities(claim)[-1].text in moved[0]["evidence"][0]  # the figure kept
    assert [i["verdict"] for i in items].count("not_enough_info") == 1


def test_a_changed_figure_keeps_its_unit_and_decimals():
    import random
    import re

    f = quantities.find_quantities("增长3.7%")[0]
    new = cq.changed_figure(f, random.Random(3))
    assert re.fullmatch(r"\d+\.\d%", new) and new != "3.7%"
