"""A claim's change from one level to another whose source gives the end first (每月为48元，此前为
38元), and a claim naming its subject by a demonstrative (该平台的…). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claim_words import _without_referred
from assistant.check.claims import check


def test_a_noun_after_a_demonstrative_is_no_measure_word():
    assert _without_referred("该平台的学生订阅方案从每月") == "该的学生订阅方案从每月"
    assert _without_referred("学生订阅方案") == "学生订阅方案"


def test_the_end_level_is_no_rival_of_the_start():
    hits = made_hits("8月6日，某视频分享平台的订阅服务价格有所上涨。学生订阅方案每月为48元，此前为38元。")
    assert check("该平台的学生订阅方案从每月38元涨到了48元。", hits, flat_idf, 0.43).verdict == "supported"
    found = check("该平台的学生订阅方案从每月28元涨到了48元。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and "38元" in found.sources_say
    assert check("该平台的学生订阅方案从每月38元涨到了58元。", hits, flat_idf, 0.43).verdict == "refuted"
