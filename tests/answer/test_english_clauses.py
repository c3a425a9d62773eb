"""English figure questions: the clause cut must keep the frame the question sets (a current
level, one item's figure, a difference) and name what a how-many question counts when another
clause of its sentence names more of it (answer/english_clauses.py). Made-up sentences."""

from __future__ import annotations

from functools import partial

from assistant.answer import english_clauses, english_counts
from assistant.query import english_phrases
from assistant.query.question import analyse


def _span(sentence: str, clause: str) -> tuple[int, int]:
    a = sentence.index(clause)
    return a, a + len(clause)


def _why(question: str, sentence: str, clause: str, counted=()) -> str:
    q = analyse(question)
    q.counted = counted
    return english_clauses.disagreement(q, sentence, *_span(sentence, clause))


PLAN = "截至目前，甲公司现有的总产能已超过40万台/年，预计到明年年底甲公司将达成70万台的年产能。"


def test_a_current_level_is_not_a_plans_figure():
    q = "What is the made-up company's current total annual capacity?"
    assert _why(q, PLAN, "预计到明年年底甲公司将达成70万台的年产能")
    assert not _why(q, PLAN, "甲公司现有的总产能已超过40万台/年")


def test_a_question_asking_the_plan_takes_the_plans_figure():
    assert not _why("What capacity will the made-up company reach next year?", PLAN, "预计到明年年底甲公司将达成70万台的年产能")


AUCTION = "本次拍卖会上，12项专利成功转让，成交总额超过800万元，其中一项灌溉专利拍出90万元。"


def test_one_items_figure_is_not_a_total():
    q = "What was the highest price paid for a single patent at the made-up auction?"
    assert _why(q, AUCTION, "成交总额超过800万元")
    assert not _why(q, AUCTION, "其中一项灌溉专利拍出90万元")
    assert not _why("What was the total price paid at the made-up auction?", AUCTION, "成交总额超过800万元")


SIZES = "新款乙型车长宽高分别为4800/1850/1460毫米，相比上一代车型都有增加，其中长度增加50毫米。"


def test_a_difference_is_stated_after_its_comparison():
    q = "Compared with its predecessor, how much longer is the new made-up car?"
    assert _why(q, SIZES, "新款乙型车长宽高分别为4800/1850/1460毫米")
    assert not _why(q, SIZES, "其中长度增加50毫米")
    assert not _why("How long is the new made-up car?", SIZES, "新款乙型车长宽高分别为4800/1850/1460毫米")


CLINIC = "驻点期间，医疗队参与会诊120人次，远程影像诊断860例，开展培训40次。"
COUNTED = (("远程", "偏远"), ("影像", "图像"), ("诊断", "诊治"))


def test_another_clause_naming_more_of_what_is_counted_holds_the_count():
    q = "How many remote imaging diagnoses did the made-up medical team make?"
    assert _why(q, CLINIC, "医疗队参与会诊120人次", COUNTED)
    assert not _why(q, CLINIC, "远程影像诊断860例", COUNTED)


def test_a_clause_holding_all_that_is_counted_stands():
    q = "How many remote imaging diagnoses did the made-up medical team make?"
    sentence = "医疗队远程影像诊断860例，远程影像诊断复核30例。"
    assert not _why(q, sentence, "医疗队远程影像诊断860例", COUNTED)


def test_the_counted_words_of_an_english_question():
    assert english_phrases.counted("How many remote imaging diagnoses did the team make?") == "remote imaging diagnoses"
    assert english_phrases.counted("How many versions went on sale?") == "versions"
    assert english_phrases.counted("How much did it cost?") == ""
    # a regular past ends the noun phrase; a noun ending in -eed does not
    assert english_phrases.counted("How many visitors attended the made-up show?") == "visitors"
    assert english_phrases.counted("How many high speed trains were added?") == "high speed trains"
    assert english_phrases.counted("How many new public charging piles will it add?") == "new public charging piles"
    assert english_phrases.counted("How many tourists toured Yicheng?") == "tourists"


def test_chinese_questions_are_left_to_the_chinese_checks():
    assert not _why("甲公司现有产能是多少？", PLAN, "预计到明年年底甲公司将达成70万台的年产能")


def test_a_count_counts_the_noun_after_its_measure_word():
    q = "How many versions of the made-up phone went on sale?"
    versions = (("版本", "版"),)
    sentence = "除了青春版，其它版本均提供蓝色和黑色两种配色选择。"
    assert _why(q, sentence, "其它版本均提供蓝色和黑色两种配色选择", versions)
    assert not _why(q, "新机共推出三个版本。", "新机共推出三个版本", versions)
    assert not _why("How many hours a day is the made-up hall open?", "大厅打造24小时自助服务区。", "大厅打造24小时自助服务区",
                    (("小时", "时"), ("天", "日子")))


def test_a_quoted_name_after_the_measure_word_opens_the_noun_counted():
    q = "How many services can the made-up city's residents handle online?"
    services = (("服务", "业务", "事项"),)
    sentence = "该市设置了14个“网上通办”专窗。"
    assert _why(q, sentence, "该市设置了14个“网上通办”专窗", services)
    assert not _why(q, "该市可网上办理“民生”事项205项。", "该市可网上办理“民生”事项205项", services)


def test_a_count_ending_its_clause_counts_the_noun_before_it():
    q = "How many pupils will the made-up school admit?"
    pupils = (("学生", "小学生"),)
    assert _why(q, "该集团现有一体化办学学校6所。", "该集团现有一体化办学学校6所", pupils)
    assert not _why(q, "今年计划招收一年级学生160名。", "今年计划招收一年级学生160名", pupils)
    # a verb before the count: what it counts was named earlier; a noun of the asked head (牌) is the one asked
    assert not _why(q, "该校已累计招收超过160名。", "该校已累计招收超过160名", pupils)
    signs = (("路牌", "招牌"),)
    assert not _why("How many illegal signs were removed?", "共拆除非法标牌70余处。", "共拆除非法标牌70余处", signs)
    # a sum of money ending its clause counts nothing: other checks read it (a money figure for a count)
    asked = analyse(q)
    asked.counted = pupils
    assert not english_clauses._counts_another(asked, "该校新建校舍投资3亿元")


def test_a_figure_whose_measure_word_is_unknown_counts_nothing_else():
    q = "How many poles were erected for the made-up project?"
    assert not _why(q, "项目组立电杆350基。", "项目组立电杆350基", (("电杆", "杆"),))


def test_a_part_of_a_whole_is_named_by_its_sentence():
    q = "How much revenue did the made-up firm's cloud services business make in the quarter?"
    part = (("云服务", "云"), ("服务", "业务"))
    assert english_phrases.counted(q) == "cloud services"
    assert _why(q, "该公司第二季度营业收入约120亿元。", "该公司第二季度营业收入约120亿元", part)
    assert not _why(q, "该公司云服务的营业收入约30亿元。", "该公司云服务的营业收入约30亿元", part)


def test_a_part_is_only_one_its_whole_owns():
    assert english_phrases.counted("What is the price per unit of the made-up drink?") == ""
    assert english_phrases.counted("What did its retail segment earn?") == "retail"


def test_a_title_asked_is_a_quoted_name():
    q = analyse("What is the title of the keynote speech the made-up bureau will give?")
    assert english_clauses.unquoted(q, ["本报讯 据“新华社”报道，市长将于下月率团参加论坛"])
    assert not english_clauses.unquoted(q, ["该局将以“开放数据、共建城市”为题进行1场主题演讲"])
    model = analyse("Under what operating model has the made-up village grown its tea industry?")
    assert english_clauses.unquoted(model, ["村民在茶园采摘茶叶，现场一派丰收景象"])
    assert not english_clauses.unquoted(model, ["该村以“合作社+农户”模式发展茶产业"])


def test_a_question_about_a_concept_asks_no_name():
    q = analyse("What does the made-up concept use instead of lasers?")
    assert not english_clauses.unquoted(q, ["该概念使用射频技术而不是激光"])
    assert not english_clauses.unquoted(analyse("Which car models does the made-up factory build?"), ["工厂位于上海"])


def test_an_english_question_asking_models_needs_a_sentence_naming_one():
    from assistant.answer import asked_kind
    from assistant.records import Chunk

    q = analyse("Which car models does the made-up factory mainly build?")
    for text, named in (("该公司在美国加州、德国柏林和中国上海等地设有工厂", False),
                        ("上海工厂主要生产Alpha 3和Alpha Y等车型", True), ("工厂主要生产Alpha Y", True)):
        chunk = Chunk(id="c", source="made/c.txt", title="", subject="", article=0, start=0, end=len(text), text=text)
        assert (asked_kind.kind_disagreement(q, chunk, 0, len(text)) is None) == named


def test_a_part_of_a_group_is_not_the_number_examined():
    q = "How many of the made-up apps the lab examined were found to be unsafe?"
    sentence = "该实验室经过对50个热门应用的深入分析，发现其中12个存在安全隐患。"
    assert _why(q, sentence, "该实验室经过对50个热门应用的深入分析")
    assert not _why(q, sentence, "发现其中12个存在安全隐患")


def _why_with(field: str, question: str, sentence: str, clause: str, value) -> str:
    """The clause check with one of the question's readings (its modifiers, its topic groups) given."""
    q = analyse(question)
    setattr(q, field, value)
    return english_clauses.disagreement(q, sentence, *_span(sentence, clause))


_why_of = partial(_why_with, "modifiers")
_why_groups = partial(_why_with, "groups")


def test_the_thing_a_figure_is_asked_of_is_named_with_a_modifier_asked():
    q = "What tax rate does the made-up country levy on pure electric cars?"
    modifiers = (("pure", "纯", "纯净"), ("electric", "电动", "电气"))
    sentence = "甲国对混动汽车的税率为20%，而纯电动汽车的税率仅为3%。"
    assert "pure" in _why_of(q, sentence, "甲国对混动汽车的税率为20%", modifiers)
    assert not _why_of(q, sentence, "而纯电动汽车的税率仅为3%", modifiers)
    counted = "How many smart vending machines does the made-up town plan to add?"
    smart = (("smart", "智能", "聪明"), ("vending", "售货", "贩卖"))
    assert _why_of(counted, "该镇计划更换出租车80辆。", "该镇计划更换出租车80辆", smart)
    assert not _why_of(counted, "该镇计划新增智能售货机80台。", "该镇计划新增智能售货机80台", smart)
    assert not _why_of(counted, "该镇计划更换出租车80辆。", "该镇计划更换出租车80辆", ())


def test_a_modifier_is_written_by_a_character_of_a_short_sense_or_in_latin_letters():
    urban = (("urban", "城市", "市区"),)
    assert not _why_of("How many new urban jobs did the made-up city create?", "城镇新增就业600人。", "城镇新增就业600人", urban)
    brand = (("Acme", "艾克美"),)
    assert not _why_of("How many Acme electric cars were sold?", "其中ACME纯电动车型销量约2万辆。", "其中ACME纯电动车型销量约2万辆", brand)
    assert _why_of("How many Acme electric cars were sold?", "其中纯电动车型销量约2万辆。", "其中纯电动车型销量约2万辆", brand)


def test_the_thing_a_figure_question_ends_on_and_its_modifiers():
    assert english_phrases.described("What tax rate does the made-up country levy on pure electric cars?") == "pure electric cars"
    assert english_phrases.described("How many smart vending machines will it add?") == "smart vending machines"
    assert english_phrases.described("What is the wheelbase of the made-up car?") == "", "an article: a name follows"
    assert english_phrases.described("What share of Made-up Corp does Other Corp hold?") == ""


def test_a_total_asked_in_so_many_words_is_written_as_one():
    q = "How long in total are the made-up dikes built along the river?"
    sentence = "沿河修筑堤坝，堤坝高2米，堤坝总长度达5公里。"
    assert _why(q, sentence, "堤坝高2米")
    assert not _why(q, sentence, "堤坝总长度达5公里")
    assert not _why("How long are the made-up dikes?", sentence, "堤坝高2米")


def test_a_number_asked_by_order_is_an_ordinal():
    q = "Which storm of the year, by number, is the made-up storm?"
    sentence = "该风暴的国际编号为1907，是今年第7号台风。"
    assert _why(q, sentence, "该风暴的国际编号为1907")
    assert not _why(q, sentence, "是今年第7号台风")


DRIVE = "今年以来，甲县共开展“敞开大门”活动45次，签约项目12个，到位资金8.5亿元，同比增长20%。"


def test_a_sum_or_a_share_is_no_count():
    q = "How many projects has the made-up county's open-door campaign brought in?"
    assert _why(q, DRIVE, "到位资金8.5亿元")
    assert _why(q, DRIVE, "同比增长20%")
    assert not _why(q, DRIVE, "签约项目12个")
    assert not _why("How many billion yuan has the made-up county's campaign brought in?", DRIVE, "到位资金8.5亿元")
    assert not _why("How much money has the made-up county's campaign brought in?", DRIVE, "到位资金8.5亿元")


SERVICES = "今年新增3个社区卫生服务中心、5处社区老年食堂，完成改造项目12个。"


def test_an_item_of_the_same_enumeration_naming_more_of_what_is_counted_holds_the_count():
    q = "How many community canteens will the made-up city add?"
    counted = (("社区", "共同体"), ("食堂", "饭堂"))
    assert _why(q, SERVICES, "今年新增3个社区卫生服务中心", counted)
    assert not _why(q, SERVICES, "5处社区老年食堂", counted)
    assert not _why(q, SERVICES, "今年新增3个社区卫生服务中心、5处社区老年食堂", counted)


def test_canteen_reaches_the_word_reports_write():
    from assistant.query.english_phrases import phrase_index

    assert "食堂" in phrase_index()["canteen"]


PARK = "截至目前，园区签约项目12个，合同投资额85亿元，实际投资到位额23亿元。"
PARK_WORDS = ["园区", "签约", "项目", "合同", "投资", "实际", "到位", "额"]


def _bridged_why(question: str, sentence: str, clause: str, vocab: list[str]) -> str:
    """`disagreement` for an English question translated over a made-up corpus vocabulary."""
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    return english_clauses.disagreement(with_translation(analyse(question), Bridge(vocab)), sentence, *_span(sentence, clause))


def test_a_figure_named_by_a_word_not_asked_beside_a_sibling_of_the_same_head_is_not_told_apart():
    def why(question: str, clause: str) -> str:
        return _bridged_why(question, PARK, clause, PARK_WORDS)

    # "investment" reaches 投资 of both figures; only 合同投资额 ends on it, which made it look closer
    assert why("How much investment has the park received?", "合同投资额85亿元")
    assert not why("How much contracted investment has the park signed?", "合同投资额85亿元"), "contracted reaches 合同"
    assert not why("What is the investment of the park's sole project?", "园区签约项目12个"), "no figure named by the head"


def test_a_figure_named_by_another_word_of_the_question_is_told_apart_by_it():
    plan = "全年目标是：地区生产总值增长6%左右，地方财政收入增长10%左右。"
    assert not _bridged_why("What growth in local revenue does the plan target?", plan, "地方财政收入增长10%左右",
                            ["增长", "地方", "收入", "财政"])


# a count of listed things (N项/N个方面/N件 + a noun not asked) answers no measure's amount or target
PLAN_TASKS = "甲县今年要抓好五项重点任务，从三个方面发力，力争新增就业岗位8000个。"
JOBS = (("工作", "职务", "就业", "岗位"), ("创造", "创建"))


def test_a_count_of_listed_tasks_is_no_target_of_a_measure():
    q = "What job creation target has the made-up county set for this year?"
    assert _why_groups(q, PLAN_TASKS, "甲县今年要抓好五项重点任务", JOBS)
    assert _why_groups(q, PLAN_TASKS, "从三个方面发力", JOBS)
    assert not _why_groups(q, PLAN_TASKS, "力争新增就业岗位8000个", JOBS)
    # a later word of the question (任务 for a task) in the counted noun does not make the count the amount asked
    assert _why_groups("How much revenue does the made-up firm target?", "乙公司明年将推进六件民生实事",
                       "乙公司明年将推进六件民生实事", (("收入", "营收", "实事"),))


def test_a_count_of_the_thing_asked_or_a_count_asked_stands():
    assert not _why_groups("What job creation target has the made-up city set?", "丙市计划创造5000个就业岗位。",
                           "丙市计划创造5000个就业岗位", JOBS)
    assert not _why_groups("How many key tasks has the made-up county set?", PLAN_TASKS, "甲县今年要抓好五项重点任务", ())
    assert not _why_groups("What is the number of key tasks the made-up county set?", PLAN_TASKS,
                           "甲县今年要抓好五项重点任务", ())


def test_a_part_of_a_whole_asked_is_no_count_of_what_follows_its_figure():
    sentence = "推动手套纺织和乙丙配套分别向200亿级和50亿级目标奋进"
    part = english_phrases.counted("How big does the made-up city want its glove and textile sector to grow?")
    assert part  # a part of a whole, read as what the figure is of
    assert not _why("How big does the made-up city want its glove and textile sector to grow?", sentence, sentence,
                    counted=(("手套",), ("纺织",)))
    # a how-many question still counts the noun after the measure word
    assert _why("How many glove factories does the made-up city have?", "全市共有两种动力选择", "全市共有两种动力选择",
                counted=(("手套",), ("工厂",)))


def test_a_noun_ending_with_a_modifiers_translation_counts_the_modifier():
    # "how many service windows" counts windows: 业务 (service) ending the noun before the count counts services
    q = "How many online service windows has the made-up city opened?"
    counted = (("网上", "在线"), ("服务", "业务"), ("窗口", "注册"))
    assert _why(q, "该市已办理公积金等“网上通办”业务6.2万件。", "该市已办理公积金等“网上通办”业务6.2万件", counted)
    assert not _why(q, "该市已开设“网上通办”窗口14个。", "该市已开设“网上通办”窗口14个", counted)
    # the noun goes on past the modifier's word (充电|桩): its head is a word the dictionary did not give
    assert not english_counts.counts_modifier((("充电",), ("堆",)), "公共充电桩")
    # one counted word: nothing modifies it
    assert not english_counts.counts_modifier((("服务", "业务"),), "政务业务")


def test_a_holding_is_no_count_of_an_act():
    # "how many ships did X order": a fleet's size (船队有88艘) is what X holds, not what it ordered
    q = "How many ships did the made-up shipping firm order?"
    ships = (("船", "货船"),)
    assert _why(q, "该公司旗下船队有60艘货船。", "该公司旗下船队有60艘货船", ships)
    assert not _why(q, "该公司此次订造4艘货船。", "该公司此次订造4艘货船", ships)
    # a total taking part (共有…参加) and a question asking the holding itself are not read so
    assert not _why(q, "此次共有4艘货船参加。", "此次共有4艘货船参加", ships)
    assert not _why("How many ships does the made-up firm have?", "该公司旗下船队有60艘货船。", "该公司旗下船队有60艘货船", ships)


def test_a_clause_of_several_counts_holds_the_one_asked_when_any_counts_it():
    q = "How many made-up workers did the plant hire?"
    workers = (("工人",),)
    # the last count (5名) counts nothing named, the first counts the workers asked: the clause holds the count
    assert not _why(q, "该厂招聘300名工人 其中5名来自甲地", "该厂招聘300名工人 其中5名来自甲地", workers)
    assert _why(q, "乙厂有20台机床、3个车间。", "乙厂有20台机床、3个车间", workers)
    assert not _why(q, "该厂招聘300名工人，其中5名来自甲地。", "该厂招聘300名工人", workers)


def test_an_ordinal_is_no_count():
    q = "How many made-up athletes attended the county's games?"
    sentence = "甲县第五届运动会第二次筹备会议在县城召开。"
    assert _why(q, sentence, "甲县第五届运动会第二次筹备会议在县城召开") == "an ordinal for a count"
    assert _why(q, "甲县九届人大二次会议召开。", "甲县九届人大二次会议召开") == "an ordinal for a count"
    assert not _why(q, "甲县运动会吸引运动员3000人次。", "甲县运动会吸引运动员3000人次")
    # a count beside an ordinal still counts, and a question asking one by number takes the ordinal
    assert not _why(q, "第三届运动会吸引运动员3000人次。", "第三届运动会吸引运动员3000人次")
    assert not _why("Which batch, by number, did the made-up town join?", "甲镇入选第三批名单。", "甲镇入选第三批名单")


def test_n_major_things_count_those_things():
    q = "How many exhibition halls will the made-up fair open?"
    halls = (("展馆", "场馆"),)
    assert "特色" in _why(q, "本届展会有5大特色。", "本届展会有5大特色", halls)
    assert not _why(q, "本届展会设5大展馆。", "本届展会设5大展馆", halls)
    # a modifier's single character (特 of special) does not make the noun the one counted
    special = (("特殊", "特"), ("展位", "展台"))
    assert _why("How many special stands will the made-up fair set up?", "本届展会有5大特色。", "本届展会有5大特色", special)


def test_a_clause_writing_only_a_fall_does_not_give_the_rise_asked():
    from dataclasses import replace

    from assistant.answer import english_clauses
    from assistant.query.question import analyse

    q = replace(analyse("x"), english=True, kind="quantity", text="How much did the harbour's fees rise last year?")
    assert english_clauses._other_way(q, "港口货量同比下跌9.5%")
    assert not english_clauses._other_way(q, "港口收费同比上涨2.1%")
    assert not english_clauses._other_way(replace(q, text="What were the harbour's fees last year?"), "港口货量同比下跌9.5%")



def test_a_count_of_births_is_not_answered_by_a_population():
    from assistant.answer.english_counts import stock_for_flow

    q = analyse("How many babies were born in the made-up province last year, by the census?")
    assert stock_for_flow(q, "该省常住人口降至1亿2000.5万人")
    assert stock_for_flow(q, "存款余额为30亿元")
    assert not stock_for_flow(q, "全年出生人口为60万人")
    assert not stock_for_flow(q, "新生儿数量降至约50万人")
    assert not stock_for_flow(analyse("How many people live in the made-up province?"), "该省常住人口降至1亿2000.5万人")


def test_a_rate_per_head_is_no_count():
    from assistant.answer.english_counts import rate_for_count

    q = analyse("How many charging posts did the made-up city build last year?")
    assert rate_for_count(q, "全市充电桩密度达到每万人58个")
    assert rate_for_count(q, "每平方公里拥有充电桩3个")
    assert not rate_for_count(q, "全市新建充电桩5800个")
    assert not rate_for_count(analyse("How many charging posts per 10,000 residents does the city have?"), "每万人58个")


def test_a_part_asked_is_named_by_its_name_in_latin_letters():
    # Northwind's Cloud Works division: a sentence writing Cloud Works部门 names the part, untranslated as it is
    q = "How much revenue did Northwind's Cloud Works division make in the quarter?"
    part = (("云工坊",),)
    assert english_phrases.counted(q) == "Cloud Works"
    assert not _why(q, "北风公司Cloud Works部门第二季度营收约30亿元。", "北风公司Cloud Works部门第二季度营收约30亿元", part)
    assert not _why(q, "北风公司CLOUD WORKS部门营收约30亿元。", "北风公司CLOUD WORKS部门营收约30亿元", part)


def test_a_whole_or_another_part_in_latin_letters_does_not_name_the_part():
    # guard: the whole firm's revenue and another division's Latin name are still refused; the translation still names it
    q = "How much revenue did Northwind's Cloud Works division make in the quarter?"
    part = (("云工坊",),)
    assert _why(q, "北风公司第二季度营收约120亿元。", "北风公司第二季度营收约120亿元", part)
    assert _why(q, "北风公司Cloud Services部门营收约30亿元。", "北风公司Cloud Services部门营收约30亿元", part)
    assert not _why(q, "北风公司云工坊部门营收约30亿元。", "北风公司云工坊部门营收约30亿元", part)


def test_a_sum_from_all_of_them_is_a_total():
    # 共向820户收取, 共为120家企业发放: one sum from (or for) all of them, no one item's figure
    q = "How much was the largest single subsidy the made-up county paid a firm?"
    for clause in ("共向120家企业发放补贴300万元", "共对120家企业发放补贴300万元", "共为120家企业发放补贴300万元",
                   "共给120家企业发放补贴300万元", "共从120家企业收取罚款300万元"):
        assert "total" in _why(q, clause + "。", clause), clause
    fee = "How much was the highest single fee the made-up water company charged a household?"
    sentence = "去年，溪谷水务公司共向820户居民收取管网费96万元，其中单户最高收取4800元。"
    assert "total" in _why(fee, sentence, "溪谷水务公司共向820户居民收取管网费96万元")


def test_one_items_sum_or_a_total_asked_is_not_read_as_a_total_for_one():
    # guard: one firm's sum, 共 in another word (公共), 共有 and a total asked are not refused
    q = "How much was the largest single subsidy the made-up county paid a firm?"
    assert not _why(q, "该县向一家企业发放补贴30万元。", "该县向一家企业发放补贴30万元")
    assert not _why(q, "公共财政向每家企业发放补贴3万元。", "公共财政向每家企业发放补贴3万元")
    fee = "How much was the highest single fee the made-up water company charged a household?"
    sentence = "去年，溪谷水务公司共向820户居民收取管网费96万元，其中单户最高收取4800元。"
    assert not _why(fee, sentence, "其中单户最高收取4800元")
    assert not _why("How much did the made-up county pay firms in subsidies in total?", "共向120家企业发放补贴300万元。",
                    "共向120家企业发放补贴300万元")
