"""Questions asking several figures at once: each measure is its own part (query/each_parts.py)."""

import pytest

from assistant.query.each_parts import listed_count, measured_changes
from assistant.query.question import ASKING_RE, QUESTION_WORD_RE, analyse


@pytest.mark.parametrize("text,parts", [
    # measures named whole after a stop: each keeps the setting before it
    ("甲县养牛业有多大：存栏量、牛肉年产量和涉牛产值各是多少？",
     ["甲县养牛业有多大：存栏量是多少？", "甲县养牛业有多大：牛肉年产量是多少？", "甲县养牛业有多大：涉牛产值是多少？"]),
    # the setting ends at the first measure's 的
    ("甲县肉牛的存栏量、出栏量和涉牛产值各为多少？", ["甲县肉牛的存栏量为多少？", "甲县肉牛的出栏量为多少？", "甲县肉牛的涉牛产值为多少？"]),
    # with no stop, the first segment is the first measure's
    ("乙市营业收入和净利润分别是多少？", ["乙市营业收入是多少？", "净利润是多少？"]),
    ("收入和支出分别是多少？", ["收入是多少？", "支出是多少？"]),
    # not measures: the earlier readings stand
    ("甲市和乙县GDP分别是多少", ["甲市GDP是多少", "乙县GDP是多少"]),
    ("出口和进口分别增长多少", ["出口增长多少", "进口增长多少"]),
    ("工业和信息化部和财政部分别拨付多少资金", []),
])
def test_measures_listed_are_each_a_part(text, parts):
    assert [p.text for p in analyse(text).parts] == parts


def test_a_bare_change_asks_the_change_of_the_figure_before_it():
    q = analyse("甲县去年税收收入是多少，比上年增长多少？")
    assert [p.text for p in q.parts] == ["甲县去年税收收入是多少", "甲县去年税收收入比上年增长多少？"]
    assert q.parts[1].change and "税收收入" in q.parts[1].terms
    assert measured_changes(["乙市工业产值为多少", "增幅是多少？"], ASKING_RE)[1] == "乙市工业产值增幅是多少？"


def test_a_change_with_its_own_measure_is_left_alone_and_a_figure_named_after_its_asking_word_is_kept():
    assert measured_changes(["丙区实施多少个项目", "总投资多少？"], ASKING_RE)[1] == "总投资多少？"
    assert measured_changes(["某品牌上半年卖了多少辆车", "同比增长多少？"], ASKING_RE)[1] == "某品牌上半年卖了辆车同比增长多少？"


@pytest.mark.parametrize("text,count", [
    ("苹果、梨和桃分别是多少？", 3),
    ("丁公司的营收和利润分别是多少？", 2),
    ("建设美丽乡村，今年要创建哪几类村庄，各多少个？", 0),  # the list is not in the asking clause
    ("今年力争新增的畜禽各是多少？", 0),
    ("全市各类企业有多少家", 0),
])
def test_the_items_a_respective_question_lists(text, count):
    assert listed_count(text, QUESTION_WORD_RE) == count


def test_a_change_listed_with_a_measure_or_asked_in_its_own_sentence_is_that_measures():
    assert [p.text for p in analyse("乙市工业产值和同比增幅分别是多少？").parts] == ["乙市工业产值是多少？", "乙市工业产值同比增幅是多少？"]
    assert [p.text for p in analyse("甲县税收收入及其增速各是多少？").parts] == ["甲县税收收入是多少？", "甲县税收收入增速是多少？"]
    q = analyse("甲县去年税收收入是多少？比上年增长多少？")
    assert [p.text for p in q.parts] == ["甲县去年税收收入是多少", "甲县去年税收收入比上年增长多少？"]
    # a second question of its own (not a bare change) is not cut at its question mark by this reading
    assert analyse("丙项目到底投多少钱？两份材料里的数字是多少？").parts == []


@pytest.mark.parametrize("change", ["比2022年增长多少？", "较上年同期增长了几个百分点？", "增速是多少", "增长率是多少？", "同比下降多少",
                                    "比上年增加了多少万人？", "增长了几个百分点"])
def test_bare_changes(change):
    assert measured_changes(["丁县粮食产量是多少", change], ASKING_RE)[1] == "丁县粮食产量" + change


@pytest.mark.parametrize("text,parts", [
    # two asks joined by 、, each its own verb and question word; the piece before them is each one's setting
    ("规划里交通这块，今年要修多少公里路、建多少座桥？", ["规划里交通这块，今年要修多少公里路", "规划里交通这块，建多少座桥？"]),
    ("乙县明年计划新建多少所学校、改造几家医院？", ["乙县明年计划新建多少所学校", "改造几家医院？"]),
    # a bare change after a setting is still the change of the figure before it
    ("甲县，税收收入是多少，增长多少？", ["甲县，税收收入是多少", "甲县，税收收入增长多少？"]),
    # one ask listing things with 、 is one question
    ("甲县种植水稻、玉米多少亩？", []),
    ("说说甲县的情况，粮食产量是多少？", []),
])
def test_asks_after_a_setting_or_joined_by_a_pause_are_parts(text, parts):
    assert [p.text for p in analyse(text).parts] == parts


def test_a_part_naming_its_thing_by_a_de_alone_counts_the_thing_before():
    q = analyse("青溪县去年开工的工业项目一共几个，投资十亿元以上的有几个？")
    assert q.parts[0].text == "青溪县去年开工的工业项目一共几个"
    assert q.parts[1].text.startswith("投资十亿元以上的") and q.parts[1].text.endswith("项目有几个？")
    assert q.parts[1].places == q.parts[0].places != ()
    q = analyse("乙市有多少家企业，其中外资的有多少？")
    assert q.parts[1].text == "其中外资的企业有多少？"


def test_each_asked_after_a_question_is_not_a_part_of_its_own():
    q = analyse("青溪大桥该写花了多少钱？市里通报和区长说的不是一个数，各是多少？")
    assert all(p.text.strip("？") not in ("各是多少", "") for p in q.parts)


@pytest.mark.parametrize("text", [
    "乙县居民最多能领几张、合计多少元的消费券？",  # one thing after both asks: one question
    "局长提到，占比九成的小企业，其营收在多少以下？",  # one figure asked after its setting
])
def test_asks_sharing_their_thing_or_one_figure_after_a_setting_stay_one_question(text):
    assert analyse(text).parts == []


@pytest.mark.parametrize("text", [
    "甲局长说的那几个工作重点，分别怎么表述的？",
    "乙县今年的两大任务分别指什么？",
    "报告提出的三项改革各自是什么",
    "丙区那四个目标分别指的是什么？",
    "丁市的五个突破分别如何概括？",
    "己局的两项新规各自是啥",
    "庚区那三个目标怎么概括？",  # how they are worded: their items
])
def test_things_counted_then_each_asked_what_is_a_list(text):
    assert analyse(text).kind == "list"


@pytest.mark.parametrize("text,kind", [
    ("那几个项目分别投资多少？", "quantity"),  # a figure of each
    ("两个项目分别是什么时候开工的？", "time"),
    ("这三家企业分别是谁投资的？", "person"),
    ("丙县有几个重点项目？", "quantity"),
    ("第三个项目是什么？", "generic"),  # an ordinal: one of them
    ("戊县的两个核心是什么？", "generic"),  # no 分别: the sentence stating the count answers it
    ("甲和乙两款车分别主打什么价位？", "generic"),  # what each is: an attribute of each, not their items
    ("甲市九届人大三次会议被定性为一次什么样的会议？", "generic"),  # 九届: an ordinal
])
def test_a_figure_time_or_person_of_each_is_still_asked_as_such(text, kind):
    assert analyse(text).kind == kind


@pytest.mark.parametrize("text,parts", [
    # a phrase ending in its 的 leaves the noun to the last phrase, which both share
    ("甲厂的产能：报告里写的和厂长说的年产量分别是多少？",
     ["甲厂的产能：报告里写的年产量是多少？", "甲厂的产能：厂长说的年产量是多少？"]),
    # jieba glues the 的 to the verb (投的): still a phrase ending in its 的
    ("乙项目的投资：公报要求今年投的和局长说的总投资各是多少？",
     ["乙项目的投资：公报要求今年投的总投资是多少？", "乙项目的投资：局长说的总投资是多少？"]),
    ("报告里写的和县长说的各是多少？", ["报告里写的是多少？", "县长说的是多少？"]),
    # a phrase ending in where the words stand (报告里) shares the 的 and the noun
    ("公报里和局长采访中的乙项目投资分别是多少？", ["公报里的乙项目投资是多少？", "局长采访中的乙项目投资是多少？"]),
])
def test_phrases_ending_in_de_share_the_last_ones_noun(text, parts):
    q = analyse(text)
    assert [p.text for p in q.parts] == parts


def test_things_counted_then_each_asked_after_a_comma_is_one_list_not_a_count_and_a_part():
    q = analyse("甲局长提的那几个工作重点，分别是什么？")
    assert q.kind == "list" and q.parts == []


def test_how_the_items_are_asked_for_is_no_topic_word_of_a_list():
    assert "表述" not in analyse("甲局长说的那几个工作重点，分别怎么表述的？").terms
    assert "指" not in analyse("乙县今年的两大任务分别指什么？").terms
    assert "指标" in analyse("丙县的几个考核指标分别是什么？").terms


@pytest.mark.parametrize("text,parts", [
    # the words before a colon set every ask after it, not the first alone
    ("核对甲项目的投资额：报告要求年内完成多少，乙县长口中的总投资又是多少？",
     ["核对甲项目的投资额，报告要求年内完成多少", "核对甲项目的投资额，乙县长口中的总投资又是多少？"]),
    # two sentences, each naming where its figure was said and asking it: two parts
    ("甲项目的投资额，报告中要求年内完成多少？县长口中的总投资是多少？",
     ["甲项目的投资额，报告中要求年内完成多少", "甲项目的投资额，县长口中的总投资是多少？"]),
])
def test_each_source_asked_its_figure_is_a_part(text, parts):
    assert [p.text for p in analyse(text).parts] == parts


@pytest.mark.parametrize("text", [
    "甲县去年粮食产量是多少？为什么比前年少？",  # the second asks about the first's figure
    "甲项目到底投多少钱？报告和县长说的数字分别是多少？",  # the first names no source: the whole asks the two
    "核对甲项目：总投资是多少？",  # one ask after the colon
])
def test_other_questions_with_a_colon_or_two_sentences_keep_their_reading(text):
    from assistant.query.each_parts import sources_asked_apart

    assert sources_asked_apart(text) == text


def test_one_ask_after_a_colon_is_one_question():
    assert analyse("核对甲项目：总投资是多少？").parts == []


@pytest.mark.parametrize("text,parts", [
    # modifiers ending in one character share the noun written after the last of them
    ("今年大型、中型和小型水库分别要建多少座？", ["今年大型水库要建多少座？", "中型水库要建多少座？", "小型水库要建多少座？"]),
    ("国家级、省级和市级示范村各有多少个？", ["国家级示范村有多少个？", "省级示范村有多少个？", "市级示范村有多少个？"]),
    ("男性和女性就业人数分别是多少？", ["男性就业人数是多少？", "女性就业人数是多少？"]),
    # no noun after the last, or modifiers not ending alike: one question
    ("小学、初中和高中学校分别有多少所？", []),
])
def test_modifiers_sharing_one_noun_are_each_a_part(text, parts):
    assert [p.text for p in analyse(text).parts] == parts
