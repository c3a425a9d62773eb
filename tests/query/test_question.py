import pytest

from assistant.errors import QuestionError
from assistant.query.english_question import english_head
from assistant.query.question import analyse, validate


@pytest.mark.parametrize("text,kind", [
    ("东丰县梅花鹿产值是多少？", "quantity"),
    ("东丰县县长是谁？", "person"),
    ("稿子里提到一家牧业公司也和院所合作，叫什么名字？", "generic"),
    ("巩固成果那几句，报告要让甲同哪项工作有效衔接？", "generic"),  # 那几句: those sentences, no count asked
    ("甲、乙这几项改革一起抓，是为了激发什么？", "generic"),
    ("甲县今年新建了几个公园？", "quantity"),  # an organisation's name, one of a kind
    ("稿子里提到一家公司的董事长，他叫什么名字？", "person"),  # 他: a person's (谁-less, but the 他 asked)
    ("乙市刚落成的那座科技展馆叫什么名字？", "generic"),  # a thing's name: written beside its kind, no person
    ("学校打算办一场叫什么名字的比赛？", "generic"),
    ("乙镇的党委委员叫什么名字？", "person"),  # a role's holder
    ("在山村支教的那位小伙子叫什么名字？", "person"),
    ("他的女儿叫什么名字？", "person"),
    ("工会要改善谁的什么待遇？", "generic"),  # a thing with its owner (职工住房待遇)
    ("辽源要着力打造哪两大产业集群？", "list"),
    ("长辽通高铁预计哪一年通车？", "time"),
    ("示范田的测产是在哪一天？", "time"),  # 在哪 would make it a place
    ("Who is the head of Longshan District?", "person"),
    ("What GDP growth does Liaoyuan expect for 2024?", "quantity"),
    ("What is the population of Liaoyuan?", "quantity"),
    ("How many pure electric buses will Liaoyuan buy?", "quantity"),
    ("东丰县为什么要发展梅花鹿产业", "reason"),
    ("Who is the president of the hospital?", "person"),
    ("Which official heads the county?", "person"),
    ("Which reporter interviewed the mayor?", "person"),
    ("Which staff reporter interviewed the mayor?", "person"),  # one word before the person noun
    ("What senior official visited the plant?", "person"),
    ("What did director Li say about the plan?", "generic"),  # a verb there: what was said is asked
    ("When will the railway open?", "time"),
    ("In what year was the museum built?", "time"),
    ("Where is the new airport?", "place"),
    ("Which city has the highest GDP?", "place"),
    ("How much did the county invest in roads?", "quantity"),
    ("How many people died in the flood?", "quantity"),
    ("What is the market share of the company?", "quantity"),
    # a preposition before the question word: the figure is still what is asked
    ("By what percentage did the county's investment grow?", "quantity"),
    ("To what range has the bank raised its interest rate?", "quantity"),
    ("With which university is the firm building a centre?", "generic"),
    ("Which industries will the city develop?", "list"),
    ("Which two industrial clusters will the city build?", "list"),
    ("Which brands were the top three by sales?", "list"),  # what is listed, though sales reads as a figure
    ("Which sales grew fastest?", "quantity"),  # no auxiliary after the plural: the usual order
    ("What does the county plan for tourism?", "generic"),
    ("What was Li Hua's time in the 100m final?", "quantity"),  # a possessive 's is no plural (no list); a person's time is a figure
    ("Why did exports fall?", "reason"),
])
def test_question_kinds(text, kind):
    assert analyse(text).kind == kind


def test_places_years_units_and_head():
    q = analyse("辽源市2023年地区生产总值总量是多少亿元？")
    assert q.places == ("辽源市",)
    assert q.years == {"2023"}
    assert (q.unit, q.unit_text) == ("元", "亿元")
    assert analyse("东丰县梅花鹿产值是多少？").head == "产值"
    assert analyse("高新区2023年固定资产投资增长了多少？").change


def test_figures_in_the_question_become_constraints():
    assert analyse("东丰县2023年实施了多少个500万元以上重点项目？").figures == ("500万元",)


def test_comma_joined_questions_split_into_parts_sharing_place_and_year():
    q = analyse("高新区2024年实施多少个重点项目，总投资多少？")
    assert [p.text for p in q.parts] == ["高新区2024年实施多少个重点项目", "总投资多少？"]
    assert q.parts[1].places == ("高新区",) and q.parts[1].years == {"2024"}


@pytest.mark.parametrize("text,parts", [
    # items of one head noun: the first keeps the question's opening words
    ("甲区力争新签约亿元以上项目和10亿元以上项目各不低于多少个？", ["甲区力争新签约亿元以上项目不低于多少个？", "10亿元以上项目不低于多少个？"]),
    # a run of nouns sharing what follows them
    ("甲市和乙县的GDP分别是多少？", ["甲市的GDP是多少？", "乙县的GDP是多少？"]),
    ("一等奖、二等奖和三等奖分别有多少名", ["一等奖有多少名", "二等奖有多少名", "三等奖有多少名"]),
    # phrases each with its own 的: each is asked whole, after the setting before it
    ("甲厂说的产量和乙厂说的销量分别是多少？", ["甲厂说的产量是多少？", "乙厂说的销量是多少？"]),
    ("青溪那个项目，市里报告说的年内投资和县长说的总投资分别是多少？",
     ["青溪那个项目，市里报告说的年内投资是多少？", "青溪那个项目，县长说的总投资是多少？"]),
    # no item boundary to read: one question
    ("全市各类企业有多少家", []),
    ("2020年以来共审结各类环境资源行政案件多少件？", []),
    ("工业和信息化部和财政部分别拨付多少资金", []),
])
def test_each_of_several_items_is_its_own_part(text, parts):
    q = analyse(text)
    assert [p.text for p in q.parts] == parts
    assert all(p.kind == "quantity" for p in q.parts)


def test_each_part_inherits_the_place_named_before_the_items():
    q = analyse("高新区力争新签约亿元以上项目和10亿元以上项目各不低于多少个？")
    assert q.parts[1].text == "10亿元以上项目不低于多少个？" and q.parts[1].places == ("高新区",)


def test_a_place_within_one_phrase_is_not_the_other_phrases_place():
    q = analyse("市里报告说的年内投资和青溪县县长说的总投资分别是多少？")
    assert q.parts[0].places == () and q.parts[1].places == ("青溪",)


def test_english_head_noun():
    assert english_head("What is the population of Liaoyuan?") == "population"
    assert english_head("How many smart sock machines does Liaoyuan plan to add?") == "machines"


@pytest.mark.parametrize("text,message", [
    ("", "empty"), ("   ", "empty"), ("？？？!!", "no words"), ("问" * 100_000, "100000 characters"),
])
def test_bad_questions_are_refused_clearly(text, message):
    with pytest.raises(QuestionError, match=message):
        validate(text, 2000)


@pytest.mark.parametrize("text,count", [("文件明确了哪6类违法行为？", 6), ("哪五大产业", 5), ("哪10个城市入选", 10)])
def test_a_list_question_names_its_count_in_digits_or_words(text, count):
    q = analyse(text)
    assert q.kind == "list" and q.count == count


def test_a_month_after_na_is_no_count():
    assert analyse("哪3月份的数据").kind != "list"


def test_the_words_framing_a_list_are_no_topic_words():
    # 包括 and 内容 say how the list is asked, not what about: the name asked stays the topic
    q = analyse("该县的“三镇建设”包括哪些内容？")
    assert q.terms == ("该县", "三镇", "建设") and q.head == "建设"
    assert analyse("该报告包括什么？").terms == ("报告",)
    # a question that asks no list keeps them
    assert "包括" in analyse("该县的建设包括产业吗？").terms


def test_a_scale_asked_names_its_measure():
    # 总投资规模有多大 asks the 投资 (a sentence writes 总投资64亿元); 有多大规模 is cut 多/大规模
    q = analyse("青溪集团氢能项目，总投资规模有多大？")
    assert q.head == "投资" and "投资" in q.terms
    q = analyse("青溪的面包产业年产值有多大规模？")
    assert "规模" in q.terms and "大规模" not in q.terms
    # the 有 of 有多大 is no part of the word before it (三折屏有多大: 屏, not 屏有); 有多高's 高 is
    # the dimension a sentence writes (树高可达55米)
    q = analyse("青溪公司展出的车载三折屏有多大？")
    assert q.head == "屏" and "屏有" not in q.terms
    q = analyse("青溪山上的这种松树有多高？")
    assert q.head == "高" and "树" in "".join(q.terms) and "树有" not in q.terms
    assert "重要" in analyse("青溪公司的这项设备有多重要？").terms
    # outside a quantity question a scale stays a word of its own (小规模冲突)
    assert "规模" not in analyse("青溪在哪一年发生了小规模冲突？").terms


def test_a_price_before_or_after_a_rise_is_a_level_asked():
    # 涨价前/涨价后 name a time, as 调价后 does: the level then is asked, not the rise
    assert not analyse("青溪平台家庭方案涨价前每月多少钱？").change
    assert not analyse("青溪平台家庭方案涨价后每月多少钱？").change
    assert analyse("青溪平台家庭方案涨价多少？").change and analyse("青溪猪肉价格涨了多少？").change


def test_a_complement_after_a_verb_is_no_head():
    # 加起来, 看上去, 总的来说 say how a figure is reached or a view taken, not what is asked about
    assert analyse("这三座水库的库容加起来有多少？").head == "库容"
    assert analyse("这台新型机床看上去有多大？").head == "机床"
    assert analyse("总的来说，那座小镇的人口有多少？").head == "人口"
    # a topic word it stays: a sentence may copy it (确定下来)
    assert "起来" in analyse("两家工厂的产量加起来有多少？").terms


def test_a_classifier_counting_kinds_before_the_asking_word_is_no_unit():
    q = analyse("铁路、公路和水运几类线路，明年合计要新建多长？")
    assert q.unit == "" and q.head == "线路"
    assert analyse("这片湿地里有多少种候鸟？").unit == "种"  # the kinds counted are what is asked
    assert analyse("这片湿地里有几种候鸟？").head == "候鸟"


def test_things_after_a_classifier_or_what_is_no_place():
    assert "东西" not in analyse("这家工厂要以哪几样东西的组合为核心？").places
    assert "东西" not in analyse("他在市场上买了什么东西？").places


def test_a_count_of_kinds_after_an_enumeration_asks_nothing():
    # 铁路、公路和水运几类线路 names the kinds listed; only the later clause asks
    assert analyse("铁路、公路和水运几类线路，明年合计要新建多长？").parts == []
    assert len(analyse("全市有几类企业，分别投资多少？").parts) == 2


def test_a_count_in_a_lead_clause_leaves_the_kind_to_the_clause_that_asks():
    # 几种做法 says where to look; the last clause asks a name, no figure
    assert analyse("这家工厂节能的几种做法里，有一项放在夜里的叫什么？").kind == "generic"
    assert analyse("这家工厂有几种做法，分别是什么？").kind == "list"
    assert analyse("这家工厂节能的几种做法里，夜里那一项省下多少度电？").kind == "quantity"


@pytest.mark.parametrize("text", ["这家公司计划在哪个季度推出新款硬盘？", "这份报告是在哪个月份发布的？",
                                  "新厂在哪一个月投产？", "该法规是在哪个年份通过的？"])
def test_which_quarter_month_or_year_asks_a_time_not_a_place(text):
    # 在哪 alone asks a place; 在哪个季度 asks when
    assert analyse(text).kind == "time"


def test_a_period_in_history_is_no_time_asked():
    # 哪个时期 is answered by 石器时代, 共和末期: no date a time answer could be checked for
    assert analyse("人类最早在哪一个时期使用咖啡因？").kind != "time"
    assert analyse("会议在哪里举行？").kind == "place"


def test_a_verbs_clause_before_de_is_not_what_is_counted():
    # 多少个迁移进来的工业项目: the clause 迁移进来 says which, the noun after 的 is counted
    assert analyse("青溪今年计划引进多少个迁移进来的工业项目？").head == "工业"
    assert analyse("全县有多少家注册成立的合作社？").head == "合作社"
    # a noun opening the phrase is counted (企业 of 多少家企业提交的申请)
    assert analyse("青溪收到了多少家企业提交的申请？").head == "企业"


@pytest.mark.parametrize("text,kind", [
    ("那篇时评的作者叫什么？", "person"), ("南湖区区长叫啥？", "person"), ("星河工作室的CEO叫什么？", "person"),
    ("那道菜叫什么？", "generic"),  # a thing's name, not a person's
])
def test_a_roles_holder_asked_by_name_without_mingzi(text, kind):
    assert analyse(text).kind == kind


def test_almost_is_no_asking_word():
    # 几乎, 几近 (almost): the question asks with 多少 alone, in one piece
    q = analyse("白河县粮食产量几近翻番，实际产量是多少？")
    assert q.parts == [] and q.kind == "quantity" and q.head == "产量"
    assert analyse("全镇几乎家家都种茶，茶园有多少亩？").parts == []
    assert analyse("全县有几个乡镇？").head == "乡镇"


def test_a_modal_glued_to_the_word_before_it():
    # 占比要 is cut 占|比要: the modal after the word, the word made whole
    q = analyse("青溪县新能源车占比要达到多少？")
    assert "占比" in q.terms and "比要" not in q.terms and "占" not in q.terms
    assert "桥" in analyse("全县要建多少座桥？").terms


def test_a_comparison_with_its_base_asks_a_change_of_the_measure_before_it():
    # 比前一年多了百分之几: the change from the base year; the base (一年, 去年) is no measure
    q = analyse("青溪县的粮食产量比前一年多了百分之几？")
    assert q.change and q.head == "粮食产量"
    q = analyse("青溪县的游客人数比去年少了多少？")
    assert q.change and q.head == "人数"
    assert not analyse("青溪县粮食比重是多少？").change  # 比重 compares nothing
