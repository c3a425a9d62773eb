"""哪些 questions: an enumeration is read to its end, across sentences."""

from assistant.answer import counted, gathering, list_asked, listing, lists

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
    # found at its second subject, the list opens at the first
    texts = ["该市搭建了三级服务网络。", "甲山镇服务站开展培训；", "乙水镇服务站提供多样化服务；", "丙河街道则依托服务点开展服务。"]
    assert lists.extent(texts, 2) == (1, 3)
    assert lists.extent(["甲山镇服务站开展培训；", "甲山镇还将开展义诊。"], 1) == (1, 2)  # the same subject


def test_a_list_whose_first_item_follows_the_announcing_colon():
    texts = ["检查时务必做到“三核对”：一是核对姓名；", "二是核对地址；", "三是核对电话。", "此后再办理手续。"]
    assert lists.extent(texts, 0) == (0, 3)
    assert lists.extent(texts, 1) == (0, 3)  # found at its second item: back to the first
    texts = ["涉嫌下列情形之一的，应予处理：（一）造成损失十万元以上；", "（二）造成三人以上受伤；", "（三）其他严重情形。",
             "本规定自公布之日起施行。"]
    assert lists.extent(texts, 0) == (0, 3)
    assert lists.opened_inline("主要有三点：一是加强管理；") == ("shi", 1)
    assert lists.opened_inline("主要有三点：二是加强管理；") is None
    # the first item may hold a colon of its own
    assert lists.opened_inline("相关责任如下：（一）《星河条例》第五条：处以罚款；") == ("paren", 1)


def test_a_credit_or_trailer_line_is_no_list_answer():
    from assistant.answer import evidence
    from assistant.query.question import analyse

    asked = analyse("该县有哪些产业？")
    assert evidence.type_factor(asked, "来源：星河日报、星河网") < evidence.type_factor(asked, "该县有钢铁、医药和食品产业。")
    assert evidence.type_factor(asked, "(完) 【编辑:王小明】") < 1.0
    # the reporter's credit is what a 谁 question about the reporter asks for
    assert evidence.type_factor(analyse("报道这条消息的记者是谁？"), "（星河日报记者王小明）") == 1.0


def test_a_numbered_list_of_sections_runs_over_their_sentences():
    texts = ["全市将从三个方面推进改革。", "（一）深化国企改革", "推进国有资本布局优化。", "完成混改企业10户。", "开展对标提升行动。",
             "（二）优化营商环境", "推行一网通办。", "（三）扩大对外开放", "新增外贸企业50家。", "其他工作另行部署。"]
    assert lists.extent(texts, 0) == (0, 8)
    assert lists.numbered(texts[0:8]) == [1, 5, 7]  # the headings are the items shown
    # found at its first item: the introduction ending in a colon comes too
    assert lists.extent(["今年重点做好以下工作：", "1.加强道路建设。", "2.完善社会保障。", "全年工作取得新进展。"], 1) == (0, 3)


def test_the_kind_of_item_asked():
    assert list_asked.asked_noun("该案被判刑的被告人有哪些？") == "被告人"
    assert list_asked.asked_noun("雨季期间时常发生哪些灾害？") == "灾害"
    assert list_asked.asked_noun("星河公司有哪三大央企股东？") == "股东"
    assert list_asked.asked_noun("考生要做到的“三核查”包括哪些？") == ""


def test_a_list_answer_reads_the_sentence_that_lists_what_was_asked():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_hits

    texts = ["星河区厂房火灾案近日宣判，出动甲镇、乙镇消防站扑救。", "法院认为，被告人赵某、钱某违反安全规定。"]
    sentences = [Sentence(0, h.chunk, 0, len(h.chunk.text)) for h in made_hits(*texts)]
    q = analyse("星河区厂房火灾案的被告人有哪些？")
    close = [Scored(sentences[0], 0.50, 0.5), Scored(sentences[1], 0.45, 0.45)]
    assert listing.listing(q, close).sentence is sentences[1]
    # one much less supported is not read instead
    assert listing.listing(q, [Scored(sentences[0], 0.50, 0.5), Scored(sentences[1], 0.30, 0.3)]).sentence is sentences[0]
    # the selector's probabilities (what it ranks by) are compared on the rules' support
    ranked = [Scored(sentences[0], 0.9, 0.5, {"rules": 0.5}), Scored(sentences[1], 0.4, 0.45, {"rules": 0.45})]
    assert listing.listing(q, ranked).sentence is sentences[1]
    ranked = [Scored(sentences[0], 0.9, 0.5, {"rules": 0.5}), Scored(sentences[1], 0.4, 0.45, {"rules": 0.3})]
    assert listing.listing(q, ranked).sentence is sentences[0]


def test_a_counted_list_joins_items_opened_by_a_continuation():
    texts = ["该馆为读者推出四项便民服务。", "首先，提供借书服务，读者可在线预约。", "其次，推出还书服务。",
             "此外，该馆还提供复印服务，每页收费一角。", "最后，推出咨询服务。"]
    assert counted.announced_count(texts[0]) == 4
    assert counted.announced_count("该馆开放至晚上十点。") == 0
    assert counted.continued_items(texts, [1, 2, 4], 4) == [1, 2, 3, 4]
    # no count announced, or a count the continuation does not make up: the marked items only
    assert counted.continued_items(texts, [1, 2, 4], 0) == [1, 2, 4]
    assert counted.continued_items(texts, [1, 2, 4], 5) == [1, 2, 4]
    assert counted.marked_items(texts, 0, 5) == [1, 2, 3, 4]
    assert counted.marked_items(texts, 0, 5, 3) == [1, 2, 4]


def _scored(*texts, supports):
    from assistant.answer.evidence import Scored, Sentence
    from support import made_hits

    sentences = [Sentence(0, h.chunk, 0, len(h.chunk.text)) for h in made_hits(*texts)]
    return [Scored(s, p, p) for s, p in zip(sentences, supports)]


def test_a_list_is_read_from_a_sentence_naming_the_kind_asked_by_its_head():
    from assistant.query.question import analyse

    q = analyse("向总局备案召回计划的是哪几家星河公司？")
    assert listing.kind_head("星河公司") == "公司" and listing.kind_head("竹海") == "竹海"
    close = _scored("这些召回的车辆存在转换器设计不充分的问题。",
                    "总局公布，甲星河汽车有限公司、乙星河汽车有限公司以及星河汽车投资有限公司已向总局备案召回计划。",
                    supports=(0.45, 0.40))
    assert listing.listing(q, close).sentence is close[1].sentence


def test_a_best_sentence_enumerating_nothing_gives_way_to_one_that_enumerates():
    from assistant.query.question import analyse

    q = analyse("星河国新规要求哪些电子产品进口须获得许可？")
    texts = ("新规定生效后，企业如果想要继续在星河国销售这些进口产品，需要获得特别许可证。",
             "星河国商工部表示，笔记本电脑、平板电脑和服务器的进口都需要获得许可。")
    close = _scored(*texts, supports=(0.55, 0.50))
    assert listing.listing(q, close).sentence is close[1].sentence
    # much less supported: the best stays
    far = _scored(*texts, supports=(0.55, 0.30))
    assert listing.listing(q, far).sentence is far[0].sentence
    # a best sentence that enumerates stays
    both = _scored("星河国新规要求笔记本电脑、平板电脑进口须获得许可。", texts[1], supports=(0.55, 0.54))
    assert listing.listing(q, both).sentence is both[0].sentence


def test_the_announcement_of_a_counted_name_is_sought_in_the_best_sentences_article():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_hits

    text = "该区加快工业园基础设施建设，提升承载能力。李明说，今年该区将聚力实现“三个新突破”。聚力产业发展实现新突破。"
    chunk = made_hits(text)[0].chunk
    first, announce = text.index("。") + 1, text.index("聚力产业")
    sentences = [Sentence(0, chunk, 0, first), Sentence(0, chunk, first, announce), Sentence(0, chunk, announce, len(text))]
    q = analyse("该区今年要实现的“三个新突破”分别在哪些方面？")
    found = listing.listing(q, [Scored(sentences[0], 0.9, 0.9)], sentences)
    assert found.sentence is sentences[1] and found.score == 0.9
    # not among the passages: the best stays
    assert listing.listing(q, [Scored(sentences[0], 0.9, 0.9)], sentences[:1]).sentence is sentences[0]


def test_which_companies_of_a_name_are_those_the_sentence_lists():
    from assistant.answer import subject
    from assistant.query.question import analyse
    from support import made_chunk

    q = analyse("向总局备案召回计划的是哪几家华星公司？")
    text = "总局公布，甲华星汽车有限公司、乙华星汽车有限公司北方分公司已向总局备案召回计划。"
    # 哪几家 is the asking, not part of the company's name (家华星公司)
    assert subject.disagreement(q, made_chunk(text), 0, len(text)) is None
    other = "总局公布，月亮公司已向总局备案召回计划。"
    assert subject.disagreement(q, made_chunk(other), 0, len(other)) is not None


def test_parallel_clauses_and_joined_items_enumerate():
    from assistant.answer import evidence
    from assistant.query.question import analyse

    asked = analyse("星河市有哪些宝贵财富？")
    assert evidence.type_factor(asked, "星河市各地特点鲜明,有的地区风光秀美,有的地区文化富集。") == 1.0
    assert evidence.type_factor(asked, "以“工业平台+数智工厂+数字基建”为核心。") == 1.0
    assert evidence.type_factor(asked, "星河市今年实施5+2工程。") == 0.7


def test_a_list_is_read_from_the_sentence_whose_items_are_written_with_the_kind_asked():
    from assistant.query.question import analyse

    q = analyse("星河市今年要把城市打造成哪几种城市？")
    texts = ("加快推动星河高铁、星河机场等重大项目。",
             "加快编制《星河城市片区规划》《星河数字城市规划》,建设数据平台。",
             "坚持规划引领,打造有韵味的美丽城市、幸福城市、韧性城市。")
    ranked = _scored(*texts, supports=(0.64, 0.83, 0.80))
    assert listing.of_kind(texts[2], "城市") and not listing.of_kind(texts[1], "城市")
    assert listing.listing(q, ranked).sentence is ranked[2].sentence
    far = _scored(*texts, supports=(0.64, 0.83, 0.30))  # much less supported: not read instead
    assert listing.listing(q, far).sentence is not far[2].sentence


def test_an_enumeration_said_to_be_what_is_asked_is_more_surely_the_answer():
    q = "星河高铁的车站里，哪些是新建的？"
    assert list_asked.slot_factor(q, "全线共设甲、乙、丙、丁4座车站，其中乙、丙站为新建车站。") == list_asked.SLOT_LIFT
    assert list_asked.slot_factor("报告把哪些领域列为重点？", "以甲配套、乙型材、丙装备等为重点,加快园区建设。") == list_asked.SLOT_LIFT
    assert list_asked.slot_factor(q, "全线共设甲、乙、丙、丁4座车站，全长278公里。") == 1.0


def test_items_said_in_parallel_sentences_are_gathered():
    # each company's sentence repeats the question's predicate (捐赠, the figure) with its own name
    question = "哪些企业或其基金会各捐赠了500万元？"
    terms = ("企业", "基金会", "捐赠", "万元")
    texts = ["3月5日，星河科技向省慈善总会捐赠500万元，用于灾后重建。",
             "在此之前，多家知名企业也纷纷伸出援手。",
             "远帆集团公益基金会宣布捐赠500万元救灾款。",
             "青禾集团也宣布捐赠500万元物资，首批已送达。",
             "明岳汽车捐赠200万元，用于修缮道路。",
             "本文属于原创文章，如若转载，请注明来源。"]
    assert gathering.predicate_words(question, terms) == ["捐赠", "万元"]
    assert gathering.gathered(question, terms, texts, [0], 0) == [2, 3]  # not another figure (200万元), nor the bridge
    # read from the third company's sentence: the two before it
    assert gathering.gathered(question, terms, texts, [3], 3) == [0, 2]
    # part of the predicate only (not 物资): before a sentence saying 也 of it, still an item
    partly = ["腾讯捐赠500万元。", "远帆集团也宣布捐赠500万元物资。"]
    asked = ("哪些企业捐赠了500万元物资？", ("企业", "捐赠", "万元", "物资"))
    assert gathering.gathered(*asked, partly, [1], 1) == [0]
    assert gathering.gathered(*asked, [partly[0], "远帆集团宣布捐赠500万元物资。"], [1], 1) == []


def test_a_parallel_sentence_needs_its_own_name_and_most_of_the_predicate():
    question = "哪些公司将采用英特尔的新工艺制造芯片？"
    terms = ("公司", "采用", "英特尔", "新工艺", "制造", "芯片")
    texts = ["目前，安谋已经和英特尔签署协议，将利用新工艺开发芯片。",
             "瑞典电信设备商爱立信也将采用新工艺，制造定制化芯片。"]
    assert gathering.gathered(question, terms, texts, [0], 0) == [1]
    # no 也 and only part of the predicate: not read as a parallel item
    assert gathering.gathered(question, terms, [texts[0], "爱立信将采用新工艺，制造定制化芯片。"], [0], 0) == []
    # the same predicate with no new name (该工艺也…, 该公司也…) names no item
    assert gathering.gathered(question, terms, [texts[0], "该公司也将采用新工艺制造芯片。"], [0], 0) == []
    # nothing of the question's predicate in the list's sentence: nothing to repeat
    assert gathering.gathered(question, terms, ["安谋是一家公司。", texts[1]], [0], 0) == []


def test_a_list_carried_on_by_a_conjunction_or_also_is_gathered():
    question = "星尾蜥有哪些特征？"
    terms = ("星尾蜥", "特征")
    texts = ["星尾蜥的前肢短小、尾巴细长、背部有星状斑纹。", "星尾蜥的眼睛也相当大。", "以及会在夜间变色。",
             "此外，该属化石发现于北美。", "它生存于白垩纪晚期。"]
    assert gathering.gathered(question, terms, texts, [0], 0) == [1, 2]  # not 此外 with neither items nor the question's words
    assert gathering.gathered(question, terms, texts[:1] + texts[3:], [0], 0) == []
    # 此外 with items written as the list's are carries it on; items of another kind do not
    parks = "新城建有滨江公园、湿地公园。"
    assert gathering.gathered("新城有哪些公园？", ("新城", "公园"), [parks, "此外还有月湖公园、星光公园。"], [0], 0) == [1]
    assert gathering.gathered("新城有哪些公园？", ("新城", "公园"), [parks, "此外还有心理咨询室、阅览室。"], [0], 0) == []
    # people are no kind: a bracketed note (女) that ends two names does not make them alike
    elected = ["张小杰、王志(女)、刘思一当选专职副主席。", "此外，李柏森、吴新星(女)当选兼职副主席。"]
    assert gathering.gathered("哪几人当选专职副主席？", ("人", "当选", "专职", "副主席"), elected, [0], 0) == []
    # the question's words alone do not carry a list on after 此外
    assert gathering.gathered("新城有哪些公园？", ("新城", "公园"), [parks, "此外，新城还将新建道路。"], [0], 0) == []
    # a sentence that gives no item is no list to carry on
    assert gathering.gathered(question, terms, ["星尾蜥生存于白垩纪晚期。", texts[1]], [0], 0) == []


def test_the_place_or_words_before_the_kind_asked_are_no_predicate_to_repeat():
    # 青山区 is where the towns are: a sentence naming it and another place is no item
    question = "青山区哪几个镇遭遇了这次龙卷风？"
    terms = ("青山", "区", "镇", "遭遇", "这次", "龙卷风")
    assert gathering.predicate_words(question, terms) == ["遭遇", "这次", "龙卷风"]
    texts = ["受强对流天气影响，青山区甲乙、丙丁镇出现龙卷风。", "灾情发生后，临江市、青山区领导赶赴现场。"]
    assert gathering.gathered(question, terms, texts, [0], 0) == []
    # a question asking only the kind (分为哪几个版本): nothing of the items to repeat
    assert gathering.predicate_words("星河Y分为哪几个版本？", ("星河", "Y", "分", "版本")) == []


def test_the_items_a_sentence_points_back_at_are_gathered():
    question = "该国战败后割让了哪些土地？"
    terms = ("该国", "战败", "割让", "土地")
    texts = ["战后该国失去了甲地、乙地及丙地的诸属国。", "次年，该国战败，割让出这些领土给邻国。"]
    assert gathering.gathered(question, terms, texts, [1], 1) == [0]
    # no pointing back (这些), or nothing enumerated before it: nothing gathered
    assert gathering.gathered(question, terms, [texts[0], "次年，该国战败，割让出领土给邻国。"], [1], 1) == []
    assert gathering.gathered(question, terms, ["战后该国失去了大片土地。", texts[1]], [1], 1) == []
    # what 这些 points at is named earlier in the sentence itself
    assert gathering.gathered(question, terms, [texts[0], "该国提出了一些领土要求，后又放弃这些领土。"], [1], 1) == []


def test_a_sentence_sharing_only_the_subjects_name_is_no_parallel_item():
    # 黄杉 alone is shared: the next sentence is about the same plant, not another place that grows it
    question = "哪些地方种植黄杉？"
    terms = ("地方", "种植", "黄杉")
    texts = ["硬枝黄杉是一种直立灌木。", "因花蕾形似蝉蛹，明代李时珍称之为硬枝黄杉。"]
    assert gathering.gathered(question, terms, texts, [0], 0) == []


def test_asked_noun_reads_a_verbal_noun_that_ends_the_question():
    # 工作, 服务 are verbal nouns: the kind asked when nothing follows them, not when a predicate does
    assert list_asked.asked_noun("报告要求全面做好哪几项工作？", verbal=True) == "工作"
    assert list_asked.asked_noun("还要求做好哪几类防灾减灾工作？", verbal=True) == "工作"
    assert list_asked.asked_noun("报告要求全面做好哪几项工作？") == ""
    assert list_asked.asked_noun("哪些城市发展最快？", verbal=True) == "城市"
    assert list_asked.asked_noun("哪些工作人员受伤？", verbal=True) == "工作人员"


def test_slot_factor_lifts_an_enumeration_closed_by_the_noun_asked():
    q = "报告要求做好哪几项工作？"
    assert list_asked.slot_factor(q, "全面做好甲乙、丙丁、戊己等工作,着力发展庚辛事业。") == list_asked.SLOT_LIFT
    assert list_asked.slot_factor(q, "全面提高甲乙和丙丁保障能力。") == 1.0
    assert list_asked.slot_factor("报告提出了哪些目标？", "全面做好甲乙、丙丁、戊己等工作。") == 1.0


def test_a_list_is_read_from_an_enumeration_closed_by_the_noun_asked():
    from assistant.query.question import analyse

    q = analyse("报告还要求做好哪几类防灾工作？")
    ranked = _scored("精准指导重点地区防灾救灾工作，健全完善各部门协同联动机制。",
                     "要高质量抓好防灾宣传科普教育。",
                     "压实安全责任,做好甲乙抗旱、丙丁防火、戊己防震等工作,坚决遏制重特大事故发生。",
                     "全面做好庚辛、壬癸等工作。",
                     supports=(0.58, 0.54, 0.43, 0.30))
    assert listing.listing(q, ranked).sentence is ranked[2].sentence  # the best closed one within 0.6 of the top
    far = _scored("精准指导重点地区防灾救灾工作。", "做好甲乙抗旱、丙丁防火等工作。", supports=(0.58, 0.30))
    assert listing.listing(q, far).sentence is far[0].sentence


def test_a_plain_noun_asked_leaves_the_closed_enumeration_search_out():
    from assistant.query.question import analyse

    q = analyse("东山县要吸引哪几类企业入驻？")
    ranked = _scored("着力加强招商引资，吸引头部企业、链主企业入驻东山。",
                     "加强甲乙医药、丙丁药业等企业与戊己集团对接。", supports=(0.50, 0.45))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence


def test_one_sentence_per_role_the_question_lists():
    question = "文章认为学校应分别以哪几项活动为起点、桥梁和目标？"
    texts = ["以阅读活动为起点，培养学生兴趣。", "学校要建好图书角。",
             "以写作活动为桥梁，提升表达能力。", "写作要贴近生活。", "教师要及时点评。",
             "以演讲活动为目标，锻炼学生胆量。", "以上内容仅供参考。"]
    assert gathering.gathered(question, (), texts, [0], 0) == [2, 5]
    # read from the second role's sentence: the first before it and the third after it
    assert gathering.gathered(question, (), texts, [2], 2) == [0, 5]
    # no 分别, or sentences that do not open as the list's does: nothing gathered
    assert gathering.gathered("学校以哪几项活动为起点、桥梁和目标？", (), texts, [0], 0) == []
    other = ["以阅读活动为起点，培养学生兴趣。", "学校把写作活动作为桥梁。"]
    assert gathering.gathered(question, (), other, [0], 0) == []


def test_a_list_is_read_from_the_enumeration_the_question_s_slot_words_govern():
    from assistant.query.question import analyse

    q = analyse("星河机器人由哪几部分组成？")
    assert listing.slot_words(q.text, q.terms) == ["组成"]
    close = _scored("星河机器人由甲所与乙院、丙院联合研制。", "该机器人由机械臂、底盘和导航模块组成，可自主行走。",
                    supports=(0.8, 0.6))
    assert listing.listing(q, close).sentence is close[1].sentence
    # much less supported, or enumerating in a clause without the slot word: the best is kept
    assert listing.listing(q, _scored(*[c.sentence.text for c in close], supports=(0.8, 0.3))).sentence.text == close[0].sentence.text
    other = _scored(close[0].sentence.text, "该机器人组成团队后，走访了甲所、乙院。", supports=(0.8, 0.6))
    assert listing.listing(q, other).sentence is other[0].sentence
    # slot words before 哪几 when none follow the kind (要做好上市工作的是哪几家企业)
    q = analyse("改革部分，报告点名要做好上市辅导的是哪几家企业？")
    assert "上市" in listing.slot_words(q.text, q.terms) and "改革" not in listing.slot_words(q.text, q.terms)
    close = _scored("深化企业改革，抓好甲投、乙投等平台改革。", "着力做好丙食品、丁汽车上市辅导。", supports=(0.65, 0.62))
    assert listing.listing(q, close).sentence is close[1].sentence
    # the best enumerates under the slot words: not left for one naming the kind in another enumeration's sentence
    ranked = _scored("着力做好丙食品、丁汽车上市辅导。", "深化国有企业改革，抓好甲投、乙投等平台改革。", supports=(0.62, 0.65))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # the best joins two items by 和 under the slot words: kept, not left for another enumeration naming one of them
    q = analyse("新区今年要加快哪几个园区的基础设施建设？")
    ranked = _scored("加快甲产业园和乙化工园区基础设施建设，提升承载能力。",
                     "以丙配套、丁型材等为重点,加快戊配套、己装备等产业园区建设。", supports=(0.6, 0.58))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # the best enumerates nothing under the slot words but may open the list or join its items in another clause: kept
    q = analyse("世界上体型最大的两种鱼类是哪两种鲨鱼？")
    ranked = _scored("甲鲨和乙鲨就是这样的例子，它们是世界上体型最大的两种鱼类。",
                     "这两种鲨鱼都是滤食动物，主要滤食藻类、磷虾和小型鱼类。", supports=(0.6, 0.4))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # items named in titles, side by side with no 、: the sentence enumerates them under the slot words, kept
    q = analyse("某区慈善总会率先制定了哪些助浴规章制度？")
    ranked = _scored("该会率先制定《甲规范》《乙协议书》等助浴规章制度，保障项目进行。",
                     "该会成立首个助浴项目，联合甲、乙等机构制定规章制度。", supports=(0.6, 0.58))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # items quoted side by side in one clause are that clause's: a slot word in another clause governs none of them
    assert not listing.governs("通过“甲的体验”和“乙的理解”，就可认识到文化即生命的体现。", ["体现"])
    assert listing.governs("通过“甲的体验”和“乙的理解”体现生命。", ["体现"])
    q = analyse("丙镇的重要性体现在哪些方面？")
    ranked = _scored("由于丙镇位置重要，近年来一直是丁省的交通要地，亦是物资集散地。",
                     "通过“甲的体验”和“乙的理解”，就可认识到文化即生命的体现。", supports=(0.35, 0.42))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # the slot words a clause away from the best's enumeration: kept
    q = analyse("某区要通过哪几方面来实现产业链条发展？")
    ranked = _scored("通过强化甲产业引领、推进乙产业升级，实现产业链条发展。",
                     "探索“以工补农、工农互惠”的三农发展路径。", supports=(0.6, 0.58))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence


def test_a_name_before_the_kind_asked_is_no_slot_word_and_a_number_no_enumeration():
    from assistant.query.question import analyse

    # the product's name is what the question is about, not what is done to the modes
    q = analyse("Nova Flip平板可以在哪三种使用模式之间切换？")
    assert not any(w in ("Nova", "Flip") for w in listing.slot_words(q.text, q.terms))
    ranked = _scored("此外，用户可以随意切换笔记本、平板和阅读器三种模式。", "十二、Nova Flip 平板", supports=(0.7, 0.6))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # a heading's number is followed by 、 but enumerates nothing
    assert lists.items("十二、Nova Flip 平板") == []
    assert lists.items("3、甲、乙和丙") == lists.items("甲、乙和丙") != []


def test_a_best_sentence_enumerating_nothing_gives_way_to_the_slot_words_enumeration():
    from assistant.query.question import analyse

    # another article's sentence sharing a slot word, naming the kind asked but no item: the governed enumeration is read
    q = analyse("纪律那段，公报说要坚决杜绝出现哪两种现象？")
    ranked = _scored("路过时，保安看到一辆车停在门口，为杜绝出现意外便通知了车主，车主表示不会再出现这种现象。",
                     "我们要坚持从严治理，深化调查研究，说了就算、定了就干。",
                     "完善闭环工作机制，坚决杜绝推诿、拖延。", supports=(0.73, 0.50, 0.43))
    assert listing.listing(q, ranked).sentence is ranked[2].sentence
    # far less supported: the best is kept
    far = _scored(*[r.sentence.text for r in ranked], supports=(0.73, 0.50, 0.30))
    assert listing.listing(q, far).sentence is far[0].sentence
    # a best sentence announcing a count (its items follow it) is kept
    counted = _scored("纪律方面要坚决杜绝两种现象。", *[r.sentence.text for r in ranked][1:], supports=(0.73, 0.50, 0.43))
    assert listing.listing(q, counted).sentence is counted[0].sentence
    q = analyse("张三说星河县今年要在哪两个方面加力？")
    ranked = _scored("星河县将在两个方面加力，建设新星河。", "会议期间，县人大代表、星河县县长张三接受采访时说。", supports=(0.78, 0.78))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    # items joined by plus signs are the best's enumeration; a heading's number is none
    q = analyse("星河车内的双屏联动由哪几块屏幕组成？")
    ranked = _scored("车内配备10英寸仪表+13英寸中控屏组成双屏联动。", "动力方面，星河采用甲发动机、乙变速器组成。", supports=(0.71, 0.65))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence
    q = analyse("向总局备案召回计划的是哪几家星河公司？")
    ranked = _scored("这些召回的车辆存在转换器设计不充分的问题。", "三十七、星河 召回 车辆",
                     "总局公布，甲星河公司、乙星河公司已向总局备案召回计划。", supports=(0.45, 0.44, 0.40))
    assert listing.listing(q, ranked).sentence is ranked[2].sentence
    # two governed enumerations: the one whose clause holds more of the slot words
    q = analyse("星河国新规要求哪些电子产品进口须获得许可？")
    ranked = _scored("新规定生效后，企业如果想要继续在星河国销售这些进口产品，需要获得特别许可证。",
                     "星河国将对进口的笔记本电脑、平板电脑实施许可要求。",
                     "星河国商工部表示，笔记本电脑、平板电脑和服务器的进口都需要获得许可。", supports=(0.55, 0.46, 0.45))
    assert listing.listing(q, ranked).sentence is ranked[2].sentence


def test_a_fallback_enumeration_outside_the_slot_words_clause_is_no_list():
    from assistant.query.question import analyse

    q = analyse("旧款星河轿车中，哪些车型要到年底才停产？")
    ranked = _scored("据报道，旧款星河轿车将逐步停产，为新一代让路。",
                     "新一代星河轿车在外观、内饰方面进行了革新。", supports=(0.53, 0.47))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence


def test_a_best_joining_two_items_by_he_before_a_figure_is_kept():
    from assistant.query.question import analyse

    q = analyse("新款星河越野车车内仅有的科技元素是哪些？")
    ranked = _scored("车内配置简洁，4.2英寸的仪表和6.7英寸的中控屏是车内唯一的科技元素。",
                     "新款星河越野车的车身尺寸为车长4890mm、车宽1870mm、车高1920mm。", supports=(0.6, 0.58))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence


def test_a_section_heading_outranking_every_sentence_gives_no_list():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_chunk

    text = "五、云岭 梯田 元阳 红河\n初秋时节，山山、水水邀你来看云岭美景。元阳梯田被誉为“大地雕刻”，层层叠叠。"
    chunk = made_chunk(text, title="本周新闻汇编 · 五、云岭 梯田 元阳 红河")
    heading = Sentence(0, chunk, 0, text.index("\n"))
    other = Sentence(0, chunk, text.index("\n") + 1, text.index("。") + 1)
    first = Sentence(0, chunk, text.index("。") + 1, len(text))
    q = analyse("文中介绍的云岭梯田有哪些？")
    assert listing.heading(heading) and not listing.heading(first)
    # the next sentence names no 梯田: none gives the list
    assert listing.listing(q, [Scored(heading, 1.0, 1.0), Scored(other, 0.9, 0.9), Scored(first, 0.7, 0.7)]).score == 0.0
    # the next one names the kind asked: it is read
    assert listing.listing(q, [Scored(heading, 1.0, 1.0), Scored(first, 0.7, 0.7)]).sentence is first
    # a sentence of the section ranked first is read as before
    assert listing.listing(q, [Scored(first, 0.7, 0.7), Scored(heading, 0.6, 0.6)]).sentence is first


def test_a_heading_enumerating_under_the_slot_words_is_the_list_asked():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_chunk

    text = "推动渔业加工标准化、品牌化发展。\n会议指出，要总结发展经验、凝聚共识，为下一步工作指明方向。"
    chunk = made_chunk(text, title="全市工作安排 · 推动渔业加工标准化、品牌化发展。")
    heading = Sentence(0, chunk, 0, text.index("\n"))
    other = Sentence(0, chunk, text.index("\n") + 1, len(text))
    q = analyse("要推动渔业加工朝哪几个方向发展？")
    assert listing.heading(heading)
    assert listing.listing(q, [Scored(heading, 0.9, 0.5), Scored(other, 0.8, 0.6)]).sentence is heading


def test_a_best_enumerating_under_the_slot_words_is_not_left_for_a_sentence_only_naming_the_kind():
    from assistant.query.question import analyse

    q = analyse("要推动渔业加工朝哪几个方向发展？")
    ranked = _scored("推动渔业加工标准化、品牌化发展。",
                     "会议总结发展经验、凝聚共识，为下一步工作指明了方向、提供了遵循。", supports=(0.5, 0.6))
    assert listing.listing(q, ranked).sentence is ranked[0].sentence


def test_a_short_complete_enumeration_takes_no_next_sentence_of_another_topic():
    from assistant.query.question import analyse

    q = analyse("要推动渔业加工朝哪几个方向发展？")
    assert listing.complete(q, "推动渔业加工标准化、品牌化发展。", "以冷链物流为核心，重点提高装备水平。")
    # the next sentence carries the slot words on: it may be the list continued
    assert not listing.complete(q, "推动渔业加工标准化、品牌化发展。", "同时推动渔业加工向绿色化发展。")
    # an introduction's colon: its items follow
    assert not listing.complete(q, "推动渔业加工标准化、品牌化发展：", "以冷链物流为核心，重点提高装备水平。")


def test_a_ranking_by_another_things_measure_is_no_list_of_the_one_asked():
    q = "今年上半年电动自行车销量排名前三的品牌有哪些？"
    assert listing.measured_for_another(q, "报告显示，上半年全球电动汽车销量同比增长5%，销量前三名品牌分别为甲、乙、丙。")
    assert not listing.measured_for_another(q, "上半年电动自行车销量同比增长5%，销量前三名品牌分别为甲、乙、丙。")
    assert not listing.measured_for_another(q, "上半年销量前三名品牌分别为甲、乙、丙。")


def test_the_kind_asked_after_any_measure_word():
    assert list_asked.asked_noun("该县要打赢哪几场保卫战？") == "保卫战"
    assert list_asked.asked_noun("该市有哪两座机场？") == "机场"


def test_items_quoted_before_the_kind_asked_are_the_list():
    assert listing.quoted_kind("该县要打赢哪几场保卫战？", "深入打好“甲天、乙水、丙土”保卫战，推进生态建设。")
    assert listing.quoted_kind("该县要建好哪几个平台？", "建好“甲园”“乙园”两个平台。")
    assert not listing.quoted_kind("该县要打赢哪几场保卫战？", "严格落实“甲制”“乙制”和保护制度。")
    assert not listing.quoted_kind("该县要打赢哪几场保卫战？", "打赢脱贫攻坚战、乡村保卫战。")  # not quoted


def _two_sentences(text: str):
    """A made-up article of two sentences, cut after its first 。, as the evidence reader holds them."""
    from assistant.answer.evidence import Sentence
    from support import made_hits

    chunk = made_hits(text)[0].chunk
    cut = text.index("。") + 1
    return [Sentence(0, chunk, 0, cut), Sentence(0, chunk, cut, len(text))]


def test_the_enumeration_the_question_predicates_is_sought_in_the_best_sentences_article():
    from assistant.answer.evidence import Scored
    from assistant.query.question import analyse

    sentences = _two_sentences("着力加强招商，吸引头部企业、链主企业入驻该县。提高园区承载力，推进甲蛋品、乙汽车上市。")
    q = analyse("今年要推进上市的是哪两家企业？")
    found = listing.listing(q, [Scored(sentences[0], 0.8, 0.8)], sentences)
    assert found.sentence is sentences[1]
    # not among the passages: the best stays
    assert listing.listing(q, [Scored(sentences[0], 0.8, 0.8)], sentences[:1]).sentence is sentences[0]


def test_an_article_sentence_read_instead_holds_every_predicate_word():
    from assistant.answer.evidence import Scored
    from assistant.query.question import analyse

    sentences = _two_sentences("推动甲布局更趋合理、乙村貌显著提升、丙设施不断完善。聚焦民生小事，让群众看到变化、得到实惠。")
    q = analyse("要让乡村在哪几方面出现变化？")
    assert listing.listing(q, [Scored(sentences[0], 0.8, 0.8)], sentences).sentence is sentences[0]


def test_speakers_asked_are_read_from_a_sentence_opening_with_the_role_and_a_name():
    from types import SimpleNamespace

    from assistant.answer import list_asked

    def scored(*pairs):
        return [SimpleNamespace(score=p, factors={"rules": p}, sentence=SimpleNamespace(text=t)) for t, p in pairs]

    def support(sc):
        return sc.factors["rules"]

    q = "审议预算报告的那篇报道里，有哪几位政协委员发了言？"
    ranked = scored(("本报讯(记者 林青 赵远)出席会议的委员分组审议预算报告。", 0.72),
                    ("“报告主题鲜明、措施有力。", 0.62), ("政协委员郑文涛说，报告客观全面。", 0.70))
    assert list_asked.framed_first(q, ranked, support) is ranked[2]
    assert list_asked.framed_first(q, ranked[:2], support) is None  # no delegate's words among them
    assert list_asked.framed_first("委员们审议了哪些报告？", ranked, support) is None  # no people asked
    assert list_asked.framed_first("有哪几位人大代表发了言？", ranked, support) is None  # another role
    far = scored(("出席会议的委员分组审议预算报告。", 0.9), ("政协委员郑文涛说，报告客观全面。", 0.3))
    assert list_asked.framed_first(q, far, support) is None  # too little supported


def test_a_counted_list_reads_what_is_said_of_its_items_as_a_which_list_does():
    from assistant.query.question import analyse

    for text in ("甲县哪两家企业被评为省级示范企业？", "甲县哪些企业被评为省级示范企业？"):
        q = analyse(text)
        assert "评为" in listing.slot_words(q.text, q.terms)
    q = analyse("余杭区哪两家企业？")
    assert listing.slot_words(q.text, q.terms) == []  # the county is where, not what is done to the items


def test_a_counted_list_closed_by_its_kind_reads_what_is_done_before_it():
    from assistant.query.question import analyse

    # 哪两项|新型配套举措: the measure word is no kind and the phrase after it is the items' kind, so what is
    # done to them is read before the asking word (推出), not the kind's own modifiers
    q = analyse("市商务局近期推出哪两项新型配套举措？")
    slot = listing.slot_words(q.text, q.terms)
    assert "推出" in slot and "新型" not in slot and "配套" not in slot
    q = analyse("市商务局近期推出了哪三条措施？")
    assert "推出" in listing.slot_words(q.text, q.terms)


def test_a_list_closed_by_the_kind_asked_is_not_left_for_sorts_of_it():
    from assistant.answer.evidence import Scored

    sentences = _two_sentences("积极推荐丙铝业、丁食品等企业申报省级示范企业。依托龙头企业、示范企业等重点企业，梳理融资需求。")
    q = analyse_list("准备推荐申报省级示范的是哪几家企业？")
    ranked = [Scored(sentences[0], 0.9, 0.9), Scored(sentences[1], 0.7, 0.7)]
    assert listing.listing(q, ranked, sentences).sentence is sentences[0]


def analyse_list(text: str):
    from assistant.query.question import analyse

    return analyse(text)


def test_a_place_before_the_kind_asked_is_part_of_it():
    from assistant.query.question import analyse

    q = analyse("李明提到今年要推进上市的是哪两家余杭企业？")
    assert listing.slot_words(q.text, q.terms) == ["上市"]  # 余杭企业 is the kind; what is done to them is 上市
