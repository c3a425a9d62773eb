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
