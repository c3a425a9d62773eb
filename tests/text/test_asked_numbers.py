"""Counts and ranks a question asks for, read where a sentence writes them without a unit."""

from assistant.text.asked_numbers import asked_count, asked_rank, counted, figures
from assistant.text.quantities import find_quantities


def test_the_noun_a_question_counts():
    assert asked_count("新的一年，某区要重点抓好几个方面的工作？") == ("个", "方面")
    assert asked_count("该协作区一共涉及几个市？") == ("个", "市")
    assert asked_count("该县谋划实施了几大产业园区？") == ("大", "产业")
    assert asked_count("全区有几所中学？") is None  # 所 is a unit: 三所 is read already
    assert asked_count("产值是多少亿元？") is None
    assert asked_count("他几乎每天都去吗？") is None


def test_a_count_written_with_the_noun_alone_is_a_figure():
    [f] = counted("某区要重点抓好几个方面的工作？", "某区将重点抓好六方面工作。")
    assert (f.value, f.unit) == (6, "个")
    [f] = counted("一共涉及几个市？", "加强甲乙丙丁六市产业协作,力争承接项目200个")
    assert f.value == 6
    [f] = counted("谋划实施了几大产业园区？", "打造五大支柱产业,谋划实施了甲园、乙园等八大产业园区。")
    assert f.value == 8  # 五大支柱产业 counts another noun


def test_one_side_and_longer_numerals_are_no_count():
    assert counted("要抓好几个方面？", "一方面要稳增长，另一方面要调结构。") == []
    assert counted("一共涉及几个市？", "第六市场监管所") == []
    assert counted("清初增为内地十八省，后增为几省？", "清初增为内地十八省") == []  # the question's own figure


def test_without_the_question_the_reader_is_unchanged():
    assert find_quantities("某区将重点抓好六方面工作。") == []
    assert figures("今年产值是多少？", "产值81.6亿元。") == find_quantities("产值81.6亿元。")


def test_the_rank_a_question_asks():
    assert asked_rank("固定资产投资总量在全市排第几？") == ""
    assert asked_rank("它是全球第几大证券交易所？") == "大"
    assert asked_rank("它是第几代机车？") is None  # which member of a series, no rank
    assert asked_rank("产值是多少？") is None


def test_a_rank_is_read_and_ordinals_of_other_things_are_not():
    [f] = counted("总量在全市排第几？", "固定资产投资总量全市第一，项目建设位全市前列；")
    assert (f.text, f.value, f.unit) == ("一", 1, "名")
    [f] = counted("考核排第几？", "县域经济考核位列全省第十名。")
    assert (f.text, f.value) == ("十名", 10)
    assert counted("排第几？", "第一季度产值增长，第一书记到任，第一次开会。") == []
    [f] = counted("是全球第几大交易所？", "它是全球第二大证券交易所，第一批上市。")
    assert f.value == 2


def test_a_bare_number_before_the_asked_noun_is_the_count_asked():
    # 几色眼影 / 8色眼影: the reader finds a bare 8; the asked noun after it makes it the count
    found = figures("这款眼影盘有几色眼影？", "打开盖子后可以看到8色眼影。")
    assert [(f.text, f.unit) for f in found] == [("8", "个")]


def test_a_bare_number_before_a_counted_word_stays_bare():
    # 几世纪 / 公元1世纪: 世纪 is a word a bare number dates as often as it counts
    assert [(f.text, f.unit) for f in figures("青溪古城建于几世纪？", "青溪古城建于公元3世纪。")] == [("3", "")]


def test_a_scaled_unit_the_reader_does_not_know_is_no_classifier():
    # 多少兆焦耳 / 2.05兆焦耳: 兆 scales a unit; the bare number is no count of 兆
    assert [(f.text, f.unit) for f in figures("激光传递了多少兆焦耳的能量？", "激光将2.05兆焦耳能量传递给目标。")] == [("2.05", "")]


def test_an_english_question_asking_where_a_thing_ranks_reads_a_bare_ordinal():
    assert asked_rank("Where did the county rank in the provincial review?") == ""
    assert asked_rank("How many new plants did the county build?") is None
    text = "该县营商环境全省排名第四，第一季度新增企业300家。"
    ranks = [f.text for f in counted("Where did the county rank for its business climate?", text)]
    assert ranks == ["四"], "第四 is the rank; 第一季度 is the first quarter"
