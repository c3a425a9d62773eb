"""Lists a counted name announces, their items heading paragraphs of their own."""

from types import SimpleNamespace

from assistant.answer import counted, list_asked, listing

# the announcement holds no item; each item heads a paragraph of details
TOWN = ["李明说，今年该镇将深入实施“三镇建设”，推动发展实现新突破。", "要坚持工业强镇。", "引进项目5个，新增产值2亿元。",
        "坚持文旅兴镇，打造两条精品线路。", "游客增长三成。", "坚持生态美镇。", "完成造林3000亩。", "李明说，新的一年大有可为。"]


def question(text: str, count: int = 0):
    return SimpleNamespace(text=text, count=count)


def test_a_named_count_is_read_from_the_sentence_that_names_what_is_asked():
    assert list_asked.named_count("“三镇建设”包括哪些内容？", TOWN[0]) == (3, "镇建设")
    assert list_asked.named_count("三镇建设包括哪些？", TOWN[0]) == (3, "镇建设")  # the question need not quote it
    assert list_asked.named_count("该镇有哪些项目？", TOWN[0]) == (0, "")  # the name not asked
    # two numerals name two lists at once, one names no list: no count
    assert list_asked.named_count("“三抓一服务”是什么？", "以“三抓一服务”行动为抓手。") == (0, "")
    assert list_asked.named_count("“一站式”服务有哪些？", "提供“一站式”服务。") == (0, "")
    assert list_asked.named_count("“三公”经费有哪些？", "压减“三公”经费。") == (0, "")


def test_the_headings_that_open_alike_are_the_items():
    assert counted.parallel_heads(TOWN, 0, 3) == [1, 3, 5]
    # only two of the three headings among the sentences read: no list
    assert counted.parallel_heads(TOWN[:5], 0, 3) == []
    # headings that end alike: 实现新突破
    texts = ["高新区将聚力实现“三个新突破”。", "聚力产业发展实现新突破。", "新建项目12个。",
             "聚力项目建设实现新突破；", "聚力民生福祉实现新突破。", "全区就业稳定。"]
    assert counted.parallel_heads(texts, 0, 3) == [1, 3, 4]


def test_more_alike_headings_than_counted_give_no_list():
    texts = TOWN[:-1] + ["坚持党建引领。"]
    assert counted.parallel_heads(texts, 0, 3) == []


def test_headings_are_searched_only_when_the_shown_sentences_give_too_few_items():
    q = question("“三镇建设”包括哪些内容？")
    assert counted.missing_heads(q, TOWN, 0, TOWN[:2]) == [(0, len(TOWN[0])), (1, 7), (3, 6), (5, 6)]
    assert counted.missing_heads(q, TOWN, 0, ["工业强镇、文旅兴镇和生态美镇三镇。"]) == []
    assert counted.missing_heads(question("该镇将实施什么？"), TOWN, 0, TOWN[:1]) == []


def test_a_heading_is_the_opening_clause():
    assert TOWN[3][: counted.head_end(TOWN[3])] == "坚持文旅兴镇"
    assert counted.head_end("坚持生态美镇") == 6


def test_the_announcement_may_follow_the_best_sentence():
    texts = ["记者采访了该镇镇长李明。"] + TOWN
    q = question("“三镇建设”包括哪些内容？")
    assert counted.missing_heads(q, texts, 0, texts[:2]) == [(0, len(texts[0])), (1, len(TOWN[0])), (2, 7), (4, 6), (6, 6)]
    # no further than ANNOUNCED_WITHIN sentences
    far = ["记者采访了该镇镇长李明。", "李明是该镇镇长。", "李明今年四十岁。"] + TOWN
    assert counted.missing_heads(q, far, 0, far[:1]) == []


def test_a_list_answer_opens_at_the_sentence_announcing_the_counted_name_asked():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_hits

    texts = ["该镇加快工业园基础设施建设，提升承载能力。", "李明说，今年该镇将聚力实现“三个新突破”。"]
    sentences = [Sentence(0, h.chunk, 0, len(h.chunk.text)) for h in made_hits(*texts)]
    q = analyse("该镇聚力实现哪三个新突破？")
    assert listing.listing(q, [Scored(sentences[0], 0.85, 0.85), Scored(sentences[1], 0.78, 0.78)]).sentence is sentences[1]
    # much less supported, or a name the question does not ask about: the best sentence stays
    assert listing.listing(q, [Scored(sentences[0], 0.85, 0.85), Scored(sentences[1], 0.5, 0.5)]).sentence is sentences[0]
    q = analyse("该镇实现了哪些突破？")
    assert listing.listing(q, [Scored(sentences[0], 0.85, 0.85), Scored(sentences[1], 0.78, 0.78)]).sentence is sentences[0]


def test_two_counts_asked_at_once_are_both_shown():
    q = "到年底，某连锁品牌有多少家门店、覆盖多少个城市？"
    assert counted.asked_units(q) == ["家", "个"]
    assert counted.asked_units("某品牌有多少家门店？") == []
    text = "截至年底，某连锁品牌的门店已达到215家，覆盖了48个城市。"
    start = text.index("某连锁")
    lo, hi = counted.every_count(q, text, (0, len(text)), (start, text.index("，覆盖")))
    assert text[lo:hi] == "某连锁品牌的门店已达到215家，覆盖了48个城市"
    # half the answer is none
    assert counted.every_count(q, "某连锁品牌的门店已达到215家。", (0, 16), (0, 15)) is None
    # one count asked: the span as found
    assert counted.every_count("某品牌有多少家门店？", text, (0, len(text)), (5, 20)) == (5, 20)


# an unquoted count the question asks (哪三个方面), its items repeating the announcement's verb
AREAS = ["李明说，该镇将紧抓重点工作，在三个方面持续发力。", "记者采访了李明。", "李明说，去年该镇实现工业、农业、文旅三个跃升。",
         "今年要抓好三项工作。", "持续发力工业园建设。", "新建厂房5万平方米。", "持续发力文旅融合。", "持续发力民生改善。",
         "李明说，新的一年大有可为。"]


def test_a_count_the_question_asks_and_the_sentence_states_unquoted():
    assert counted.stated_count("该镇今年要在哪三个方面持续发力？", AREAS[0]) == (3, "该镇持续发力")
    assert counted.stated_count("该镇今年要在哪三个方面持续发力？", "该镇在十三个方面持续发力。") == (0, "")
    assert counted.stated_count("该镇今年要在哪三个方面持续发力？", "该镇在四个方面持续发力。") == (0, "")
    # the count alone, the text sharing none of the question's other words: no announcement
    assert counted.stated_count("今年要在哪三个方面发力？", "报告从三个方面总结了去年。") == (0, "")


def test_the_items_of_an_unquoted_announcement_are_its_headings_though_the_reader_gathered_more():
    q = question("该镇今年要在哪三个方面持续发力？", 3)
    # what the list reader gathered (a sentence enumerating three others) does not stand for the items
    heads = counted.missing_heads(q, AREAS, 0, AREAS[:3])
    assert heads == [(0, len(AREAS[0])), (4, 9), (6, 8), (7, 8)]
    assert counted.missing_heads(question("该镇今年要在哪两个方面持续发力？", 2), AREAS, 0, AREAS[:1]) == []


# the count stated in the question (no 哪), announced at the end of a sentence; the headings
# that follow share no word with the question
TASKS = ["王芳说，今年该区要办好三项任务。", "全力抓好招商引资。", "新签约项目20个。", "全力抓好旧城改造。",
         "改造小区15个。", "全力抓好就业增收。", "新增岗位3000个。", "王芳说，大家要一起努力。"]


def test_a_count_the_question_states_is_answered_by_the_headings_after_its_announcement():
    assert counted.counted_asked("王芳说的三项任务分别是什么？", TASKS[0]) == 3
    assert counted.counted_asked("该区三项任务包括哪些？", TASKS[0]) == 3
    # another count, the count not at the sentence's end, or no count asked: no announcement
    assert counted.counted_asked("王芳说的四项任务分别是什么？", TASKS[0]) == 0
    assert counted.counted_asked("三项任务分别是什么？", "该区办好三项任务，推动发展。") == 0
    assert counted.counted_asked("王芳说了什么？", TASKS[0]) == 0
    heads = counted.missing_heads(question("王芳说的三项任务分别是什么？"), TASKS, 0, TASKS[:1])
    assert heads == [(0, len(TASKS[0])), (1, 8), (3, 8), (5, 8)]
    # only two alike headings follow: no list
    assert counted.missing_heads(question("王芳说的三项任务分别是什么？"), TASKS[:5], 0, TASKS[:1]) == []


# an interview's attribution and the speaker's praise around it: his words, not the items a counted question asks
PRAISE = ["“该规划总结成绩客观全面、催人奋进，部署任务思路清楚、重点突出。”", "市人大代表、某县县长王建平在接受记者采访时表示。"]


def test_a_counted_list_read_from_an_attribution_and_praise_is_refused():
    from assistant.answer.said import attribution_line

    assert attribution_line(PRAISE[1]) and attribution_line("镇长李明说：")
    assert not attribution_line(PRAISE[0]) and not attribution_line("李明说，今年要抓好甲、乙两项工作。")
    assert counted.unmet_count(5, PRAISE)  # 哪五个方面: two pairs of praise words, no five items
    # a run of parallel clauses gives its items as an enumeration does: as many as counted, kept; fewer, refused
    assert not counted.unmet_count(2, PRAISE[1:] + ["该县将着力在产业上取得突破，在民生上取得成效。"])
    assert counted.unmet_count(3, PRAISE[1:] + ["该县将着力在产业上取得突破，在民生上取得成效。"])
    # the items counted stand in a sentence of their own: kept; no attribution read: left to the list readers
    assert not counted.unmet_count(3, PRAISE[1:] + ["今年要做强纺织、食品、建材三个产业。"])
    assert not counted.unmet_count(5, PRAISE[:1])
    assert not counted.unmet_count(0, PRAISE)  # no count stated (哪些): nothing to check against
    draft = SimpleNamespace(parts=[SimpleNamespace(sentence=SimpleNamespace(text=t)) for t in PRAISE])
    assert counted.unmet_list(SimpleNamespace(kind="list", count=4, text=""), draft)
    assert not counted.unmet_list(SimpleNamespace(kind="person", count=2, text=""), draft)  # 哪两位…说: the attribution names them


def test_a_counted_list_announced_beside_the_attribution_is_kept():
    # 在四个方面发力。 then one heading sentence per item: the items counted, each a sentence of its own
    told = ["该县将在四个方面持续发力。", "发力工业。", "发力农业。", "发力文旅。", "发力民生。"] + PRAISE
    assert counted.states_counts(told[0]) == {4} and counted.states_counts("打造2大产业和十个园区") == {2, 10}
    assert not counted.unmet_count(4, told)
    assert counted.unmet_count(3, told[1:])  # no count named, no three items in one sentence


def test_a_counted_name_asked_in_other_words_or_with_an_arabic_count():
    announce = "李明说，今年该镇将聚力实现“三个新突破”。"
    # the count asked and the name's words written unquoted
    assert list_asked.named_count("李明说该镇今年要在哪三个方面实现新突破？", announce) == (3, "新突破")
    assert list_asked.named_count("李明说该镇今年要在哪四个方面实现新突破？", announce) == (0, "")  # another count
    assert list_asked.named_count("李明说该镇今年要在哪三个方面加快发展？", announce) == (0, "")  # not its words
    quoted = "打造甲材料、乙旅游“2大新兴产业”，推动产学研合作。"
    assert list_asked.named_count("该区的“2大新兴产业”指哪两个？", quoted) == (2, "新兴产业")
    assert list_asked.named_count("“2023年”有哪些？", "迎接“2023年”新春。") == (0, "")  # a year counts nothing


def test_a_sentence_closing_its_enumeration_with_the_count_and_kind_asked():
    text = "突出抓好甲能源、乙材料、丙旅游、丁电商四个新兴产业。"
    assert counted.states_asked_kind("该县要抓的四个新兴产业都有啥？", text)
    assert counted.states_asked_kind("该县要抓的哪四个新兴产业？", text)
    assert not counted.states_asked_kind("该县要抓的三个新兴产业都有啥？", text)  # another count
    assert not counted.states_asked_kind("该县要抓的四个新兴产业都有啥？", "突出抓好甲蛋品、乙零部件两个优势产业。")
    # some of its items, closed by 等 and the count and kind asked
    some = "谋划实施了“甲鹿创投园”“乙牛示范园”“丙松籽产业园”等八大产业园区，形成了多业支撑。"
    assert counted.states_asked_kind("该县规划的八大产业园区，文中点名了哪几个？", some)
    # the count and kind named without an enumeration before it
    assert not counted.states_asked_kind("该县要抓的四个新兴产业都有啥？", "该县将抓好四个新兴产业。")
    assert counted.list_factor("该县要抓的四个新兴产业都有啥？", text) == list_asked.SLOT_LIFT


def test_an_opening_sentence_gives_way_to_the_one_stating_the_count_and_kind_asked():
    from assistant.answer.evidence import Scored, Sentence
    from assistant.query.question import analyse
    from support import made_hits

    texts = ["王明说，2024年，该县将坚持稳中求进，深入实施“五县建设”发展举措。", "突出抓好甲能源、乙材料、丙旅游、丁电商四个新兴产业。"]
    sentences = [Sentence(0, h.chunk, 0, len(h.chunk.text)) for h in made_hits(*texts)]
    q = analyse("王明提到该县要抓的四个新兴产业都有啥？")
    assert q.kind == "list"  # 有啥: the spoken 有什么
    close = [Scored(sentences[0], 0.50, 0.5), Scored(sentences[1], 0.41, 0.41)]
    assert listing.listing(q, close).sentence is sentences[1]


def test_an_attribution_line_governs_no_enumeration():
    # its 、 joins the speaker's titles
    assert not listing.governs("会议期间，市人大代表、星河区区长李明在接受记者采访时表示。", ["星河区"])
    assert listing.governs("星河区打造甲材料、乙旅游两大产业。", ["星河区"])


def test_an_interview_heading_lists_nothing_a_count_asks():
    # 哪四个方面 answered by ——访市人大代表、乙区区长 丙: its 、 joins one man's titles, not four items
    from assistant.answer.said import speaker_line
    heading = "——访市人大代表、东林区区长 王小明"
    assert speaker_line(heading) and speaker_line("区长王小明在接受记者采访时表示。")
    assert not speaker_line("王小明说，今年要抓好甲、乙两项工作。")
    assert counted.unmet_count(4, [heading])
    assert not counted.unmet_count(2, [heading, "今年要做强纺织、食品两个产业。"])
