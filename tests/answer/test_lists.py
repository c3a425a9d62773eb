"""哪些 questions: an enumeration is read to its end, across sentences."""

from assistant.answer import lists

NUMBERED = ["全县重点发展三类产业：", "一是鹿业，年产值超过80亿元。", "二是食用菌，种植规模扩大到2万亩。",
            "三是新能源，引进项目5个。", "全县还新建公路30公里。"]


def test_a_numbered_list_runs_to_its_last_item():
    assert lists.extent(NUMBERED, 0) == (0, 4)
    # found at its second item: read back to the introduction, on to the last item
    assert lists.extent(NUMBERED, 2) == (0, 4)


def test_a_counted_list_continues_into_the_next_sentence():
    texts = ["该市着力打造五大支柱产业，分别是钢铁、医药、食品。", "此外还有包装、汽车零部件两大产业。", "全市新增就业5000人。"]
    assert lists.extent(texts, 0, count=5) == (0, 2)
    assert lists.extent(texts, 0, count=3) == (0, 1)  # three asked, three given


def test_a_sentence_that_is_not_a_list_stays_alone():
    texts = ["该县今年新建公路30公里。", "二是加强管理。", "全县新增就业5000人。"]
    assert lists.extent(texts, 0) == (0, 1)


def test_items_and_markers():
    assert lists.items("该市打造钢铁、医药和食品三大产业。") == ["钢铁", "医药", "食品"]
    assert lists.items("全年新建公路30公里。") == []
    assert lists.items("重点打造“钢铁+冶金”“梅花鹿+医药”两大产业") == ["钢铁+冶金", "梅花鹿+医药"]
    assert lists.ordinal("（三）加快发展") == ("paren", 3)
    assert lists.ordinal("其次，完善制度") == ("sequence", 2)
    assert lists.ordinal("第二，加强管理") == ("di", 2)
    assert lists.ordinal("今年以来") is None
    assert lists.introduces("主要做法如下：")


def test_a_list_announced_without_a_colon_keeps_its_items_not_their_elaboration():
    # the sentence before 一是 announces the list; each item is followed by a sentence about it
    texts = ["该县过去一年实现三个显著跃升。", "一是经济实力显著跃升。", "全年增速领跑全市。",
             "二是发展活力显著跃升。", "实施重点项目86个；", "成功举办产业大会。",
             "三是民生事业显著跃升。", "老旧小区改造走在前列。", "今年要抓好四项工作。"]
    assert lists.extent(texts, 0, count=3) == (0, 7)
    assert lists.numbered(texts[0:7]) == [1, 3, 6]
    # without a first item right after it, a plain sentence opens nothing
    assert lists.extent(["该县实现三个显著跃升。", "全年增速领跑全市。", "二是发展活力显著跃升。"], 0) == (0, 1)


def test_a_list_of_subjects_one_sentence_each_runs_on_with_their_details():
    texts = ["甲城区在重点商圈开展美食活动；", "8月中旬在城墙下开展啤酒节。", "此外，乙山区将举办美食节。",
             "丙河区将开展夏日活动。", "全区掀起消费热潮。"]
    assert lists.extent(texts, 0) == (0, 4)
    # a sentence about the same subject, or about everyone (全区), is no further item
    assert lists.extent(["甲城区开展美食活动。", "甲城区还将举办啤酒节。"], 0) == (0, 1)
    assert not lists.parallel("甲城区开展美食活动。", "全区掀起消费热潮。")
    assert lists.parallel("星河公司营收增长。", "另外，月亮公司营收下降。")
