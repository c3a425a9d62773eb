"""Whose figure an English figure question's cut clause gives (answer/english_parts.py): the whole a part is taken
from, a list's joint total, a company's part. Made-up sentences."""

from __future__ import annotations

from assistant.answer import english_parts
from assistant.query.question import analyse


def _why(question: str, sentence: str, clause: str, groups=(), names=(), head=()) -> str:
    q = analyse(question)
    q.groups = groups or q.groups
    q.terms = tuple(t for g in q.groups for t in g)
    q.names, q.head_group = names, head
    a = sentence.index(clause)
    return english_parts.disagreement(q, sentence, a, a + len(clause))


def test_a_whole_whose_part_follows_without_a_figure_is_no_part():
    q = "Of the boats in the harbour, how many of those were rented?"
    sentence = "丙港停泊着约600艘游船，其中包括租赁游船。"
    assert "part" in _why(q, sentence, "丙港停泊着约600艘游船", (("游船",), ("租赁",)))
    # no part named after it: the figure is not read as a whole
    assert not _why(q, "丙港停泊着约600艘游船。", "丙港停泊着约600艘游船", (("游船",), ("租赁",)))


BRANDS = (("Zorbo", ("卓博",)),)
SOLD = (("卓博",), ("销售", "售出"), ("摩托车", "车"))


def test_a_list_total_is_not_one_members_figure():
    q = "How many motorcycles did Zorbo sell last year?"
    sentence = "去年，甲牌、乙兴和卓博品牌摩托车累计售出共35万辆，比上年多8%。"
    assert "together" in _why(q, sentence, "甲牌、乙兴和卓博品牌摩托车累计售出共35万辆", SOLD, BRANDS)
    # split by 分别, each member has its own figure
    split = "乙兴和卓博分别售出20万辆和15万辆。"
    assert not _why(q, split, "乙兴和卓博分别售出20万辆和15万辆", SOLD, BRANDS)
    # the name alone
    assert not _why(q, "卓博品牌摩托车售出15万辆。", "卓博品牌摩托车售出15万辆", SOLD, BRANDS)
    # a question asking them together names them or asks a total
    assert not _why("How many motorcycles did the brands sell combined?", sentence,
                    "甲牌、乙兴和卓博品牌摩托车累计售出共35万辆", SOLD, BRANDS)


REVENUE = (("营收", "收入"), ("丁科",), ("季度",))


def test_a_business_parts_figure_is_not_the_companys():
    q = "What revenue did Dingke report for the quarter?"
    head = ("营收", "收入")
    part = "本季度丁科云存储业务营收增长5%至20亿元，高于预期。"
    assert "part" in _why(q, part, "本季度丁科云存储业务营收增长5%至20亿元", REVENUE, head=head)
    # parts listed side by side, each under its own qualifier
    side = "丁科芯片营收30亿元，显示面板营收12亿元。"
    assert "part" in _why(q, side, "丁科芯片营收30亿元", REVENUE, head=head)
    # the company's own figure, its period between the two
    assert not _why(q, "丁科本季度营收增长5%至50亿元。", "丁科本季度营收增长5%至50亿元", REVENUE, head=head)
    assert not _why(q, side.replace("显示面板营收", "净利润"), "丁科芯片营收30亿元", REVENUE, head=head)


def test_a_figure_in_another_place_is_not_the_one_asked():
    q = "How many scooters did Zorbo recall in Brazil?"
    groups = (("卓博",), ("召回",), ("滑板车",), ("巴西",))
    assert "日本" in _why(q, "卓博此前在日本召回1200辆滑板车。", "卓博此前在日本召回1200辆滑板车", groups)
    assert not _why(q, "卓博此前在巴西召回1200辆滑板车。", "卓博此前在巴西召回1200辆滑板车", groups)
    # a question asking no place, or the world's, is not read
    assert not _why("How many scooters did Zorbo recall worldwide?", "卓博在日本召回1200辆滑板车。",
                    "卓博在日本召回1200辆滑板车", groups)


def test_the_place_asked_written_within_a_wider_one_is_the_place_asked():
    q = "How many stalls opened in Zorbotown's night market?"
    q_names = (("Zorbotown", ("卓博镇",)),)
    sentence = "在广东省卓博镇，夜市新开摊位320个。"
    assert not _why(q, sentence, "在广东省卓博镇，夜市新开摊位320个", (("摊位",), ("夜市",)), q_names)
    assert _why(q, sentence, "在广东省卓博镇，夜市新开摊位320个", (("摊位",), ("夜市",)))
