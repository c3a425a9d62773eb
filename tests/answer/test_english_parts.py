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


def test_the_whole_is_no_part_that_came_from_one_source():
    q = "How much of Zorbo's first-half deficit was caused by its Gull ferry arm?"
    sentence = "卓博集团上半年亏损3.1亿元，海鸥渡轮业务造成1.2亿元亏损。"
    names = (("Zorbo", ("卓博",)), ("Gull", ("海鸥",)))
    assert "source" in _why(q, sentence, "卓博集团上半年亏损3.1亿元", names=names)
    assert not _why(q, sentence, "海鸥渡轮业务造成1.2亿元亏损", names=names)
    assert not _why(q, "卓博公司今年海鸥渡轮亏损1.2亿元。", "卓博公司今年海鸥渡轮亏损1.2亿元", names=names)


def test_a_group_figure_is_not_one_member_figure():
    q = "What portion of the scooter trade in Made-up Land does Zorbo control?"
    names = (("Zorbo", ("卓博",)),)
    assert "group" in _why(q, "韩系品牌占据当地72%以上的份额。", "韩系品牌占据当地72%以上的份额", names=names)
    assert not _why(q, "卓博等韩系品牌占据当地72%以上的份额。", "卓博等韩系品牌占据当地72%以上的份额", names=names)
    # a group asked itself: its figure answers
    assert not _why("What portion of the scooter trade do Korean makers control?", "韩系品牌占据当地72%以上的份额。",
                    "韩系品牌占据当地72%以上的份额", names=names)


def test_a_figure_dated_to_another_year_is_not_the_year_asked():
    q = "How much tea, in tonnes, will the valley pick in 2031?"
    assert "2030" in _why(q, "2030年全谷采茶量将达到5万吨。", "2030年全谷采茶量将达到5万吨")
    assert not _why(q, "2031年全谷采茶量将达到5万吨。", "2031年全谷采茶量将达到5万吨")
    # a year compared with or counted from dates nothing
    assert not _why(q, "全谷采茶量将比2030年多出5万吨。", "全谷采茶量将比2030年多出5万吨")


def test_an_equivalent_is_not_the_measure_asked():
    q = "Over how long a span were fish kept in cold water in the made-up trial?"
    assert "equivalent" in _why(q, "这一效果相当于人类多活了8年。", "这一效果相当于人类多活了8年")
    assert not _why("What is that equivalent to in human years?", "这一效果相当于人类多活了8年。", "这一效果相当于人类多活了8年")
