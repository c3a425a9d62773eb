"""A claim written as its source sentence but for one named thing is refuted with the source's thing: a
direction of a place after a list's 、 or any point of the compass for another (南部 / 北部, 东部 / 北部), a
partner firm jieba tags as a person where the source's is tagged a place, and who said it put last (提出要…的是
某县县长甲); the claim as the source writes it stays supported. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk, made_hits

from assistant.check import slots
from assistant.check.claims import check
from assistant.check.swapped import named_swaps, opposite_swaps
from assistant.records import Hit


def _check(claim: str, text: str):
    return check(claim, made_hits(text), flat_idf, 0.43)


WETLAND = "青溪市加快康养发展。要联动沿白鹭湖片区、北部森林公园康养设施建设，加快实施青溪古镇项目。"


def test_a_direction_after_a_lists_comma_is_compared():
    claim = "要联动沿白鹭湖片区、南部森林公园康养设施建设。"
    assert opposite_swaps(claim, WETLAND)[0][:2] == ("南部", "北部")
    found = _check("报告提出，" + claim, WETLAND)
    assert found.verdict == "refuted" and found.sources_say == ("北部",)
    assert _check("报告提出，要联动沿白鹭湖片区、北部森林公园康养设施建设。", WETLAND).verdict == "supported"


def test_any_other_point_of_the_compass_in_a_direction_word():
    found = _check("报告提出，要联动沿白鹭湖片区、西部森林公园康养设施建设。", WETLAND)
    assert found.verdict == "refuted" and found.sources_say == ("北部",)
    # a compass character of a name (东山) is no direction word: only its opposite is read
    assert opposite_swaps("要建设南山公园。", "要建设北山公园。")[0][:2] == ("南山", "北山")
    assert opposite_swaps("要建设南山公园。", "要建设东山公园。") == []


PARTNER = "青溪县要加快物流升级。推动与顺丰战略合作，建设县域仓储中心，带动特色果品外销。"


def test_a_partner_of_another_tagged_kind_in_the_same_slot():
    # jieba tags 华为 a person and 顺丰 a place: both are names of a partner
    claim = "青溪县要推动与华为战略合作，带动特色果品外销。"
    assert named_swaps(claim, PARTNER)[0][:2] == ("华为", "顺丰")
    found = _check(claim, PARTNER)
    assert found.verdict == "refuted" and found.sources_say == ("顺丰",)
    assert _check("青溪县要推动与顺丰战略合作，带动特色果品外销。", PARTNER).verdict == "supported"


def test_who_said_it_put_last_is_the_speaker():
    assert slots.split_speaker("在访谈中，提出要“全面提振夜间消费”的是青溪县县长赵明远。") == (
        "赵明远", "要“全面提振夜间消费”")
    assert slots.split_speaker("说要加快发展的是县长赵明远。")[0] == "赵明远"
    # the focus is no person, or the verb has its own speaker: read as written
    assert slots.split_speaker("提出要建设的是产业园。") == ("", "提出要建设的是产业园。")
    assert slots.split_speaker("报告指出，要做的是加快发展。")[0] == ""


def test_another_persons_words_put_last_are_refuted_with_him():
    hits = [Hit(made_chunk("钱立新说，要聚焦扩大需求。全面提振夜间消费，加快滨河步行街改造。",
                           title="——访市人大代表、红石区区长 钱立新", cid="c0", source="made/c0.txt"), 1.0)]
    found = check("在访谈中，提出要“全面提振夜间消费”的是青溪县县长赵明远。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("钱立新",)
    assert check("在访谈中，提出要“全面提振夜间消费”的是红石区区长钱立新。", hits, flat_idf, 0.43).verdict == "supported"
