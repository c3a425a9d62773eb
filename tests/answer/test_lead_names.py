"""The name a question opens with before its period (answer/lead_names.py), on made-up
sentences: an article that never writes it gives another company's figure, and a sentence
of an article naming several that opens its clause with another name speaks of that one."""

from __future__ import annotations

from assistant.answer import subject
from assistant.answer.lead_names import lead_disagreement, lead_name, opening_name, stem, written
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, title: str = "", subject_place: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject=subject_place, article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _verdict(question: str, text: str, sentence: str | None = None, **article):
    sentence = sentence or text
    a = text.index(sentence)
    return lead_disagreement(analyse(question), _chunk(text, **article), a, a + len(sentence))


def test_the_name_a_question_opens_with_before_its_period():
    assert lead_name(analyse("青梅第二季度的总营收是多少？")) == "青梅"
    assert lead_name(analyse("星河汽车预计第三季度净利润是多少？")) == "星河汽车"
    assert lead_name(analyse("白鹭7月份交付了多少辆车？")) == "白鹭"
    assert stem("星河汽车") == "星河" and written("星河汽车", "星河第二季度营收")
    # no name: a time, a pronoun, what is asked, a place (the place check's), a verb
    for question in ("截至7月底累计交付多少辆？", "该公司第二季度营收是多少？", "哪一个人在1961年签署了指令？",
                     "青溪县7月居民消费价格涨幅是多少？", "东丰县2023年地区生产总值是多少？"):
        assert lead_name(analyse(question)) == "", question
    assert opening_name("星河市今年的目标是有30户企业过评") == ""  # a place no gazetteer knows, by its 市
    assert opening_name("始建于1961年8月13日") == ""
    assert opening_name("同比去年同期的87.3亿元增长了228.1%") == ""  # a comparison, no name


def test_an_article_that_never_writes_the_name_gives_another_ones_figure():
    found = _verdict("青梅第二季度的总营收是多少？", "在营收方面，星河汽车第二季度实现营收286.5亿元。")
    assert found is not None and found.asked == "青梅"
    # its stem is enough, in the sentence or its header line
    assert _verdict("青梅公司第二季度的总营收是多少？", "青梅第二季度营收为818亿美元。") is None
    assert _verdict("青梅第二季度的总营收是多少？", "公司第二季度营收为818亿美元。", title="青梅发布财报") is None


def test_a_compiled_documents_subject_place_is_no_name_of_its_articles():
    found = _verdict("青梅第二季度的总营收是多少？", "公司第二季度营收为53亿美元。",
                     title="八月新闻汇编 （青梅） · 十、白鹭 营收", subject_place="青梅")
    assert found is not None


def test_a_clause_opening_with_another_name_in_an_article_naming_several():
    text = "白鹭汽车7月交付12039辆。零跑汽车7月新车交付量再创新高，共计交付14335辆。"
    found = _verdict("白鹭7月份交付了多少辆车？", text, "零跑汽车7月新车交付量再创新高，共计交付14335辆。")
    assert found is not None and found.found == "零跑汽车"
    assert _verdict("白鹭7月份交付了多少辆车？", text, "白鹭汽车7月交付12039辆。") is None
    # a sentence naming none speaks of the article's one; a speaker is no subject of a figure
    assert _verdict("白鹭7月份交付了多少辆车？", "白鹭汽车发布数据。7月交付量达到12039辆。", "7月交付量达到12039辆。") is None
    assert _verdict("白鹭7月份交付了多少辆车？", "白鹭汽车发布数据。王总在7月份的会上表示，交付12039辆。",
                    "王总在7月份的会上表示，交付12039辆。") is None


def test_it_runs_among_the_subject_checks():
    q = analyse("青梅第二季度的总营收是多少？")
    text = "星河汽车第二季度实现营收286.5亿元。"
    assert subject.disagreement(q, _chunk(text), 0, len(text)) is not None


def test_a_maker_and_its_model_the_article_writes_apart():
    """奇瑞瑞虎8系列: an article names the maker once (奇瑞汽车近日宣布) and the model alone after it."""
    from assistant.answer.lead_names import model_of
    assert model_of("奇瑞瑞虎8系列") == "瑞虎8系列" and model_of("理想汽车") == "" and model_of("小米集团") == ""
    text = "奇瑞汽车近日宣布新车上市。据官方数据，瑞虎8系列在7月份的销量达到了12040辆。"
    assert _verdict("奇瑞瑞虎8系列7月份卖出了多少辆？", text, "据官方数据，瑞虎8系列在7月份的销量达到了12040辆。") is None
    # the model alone, in an article that never writes the maker, is still not enough
    found = _verdict("奇瑞瑞虎8系列7月份卖出了多少辆？", "据官方数据，瑞虎8系列在7月份的销量达到了12040辆。")
    assert found is not None


def test_the_kind_of_the_document_is_no_name():
    # 报告提出今年…: the report is the article itself, which need not write the word
    assert lead_name(analyse("报告提出今年要改造提升四个传统产业。")) == ""
    assert _verdict("报告提出今年要改造提升几个传统产业？", "改造提升五个传统产业。") is None
    # in it or by it (报告里, 文件中, 方案给): still the article, however jieba cuts the locative
    assert lead_name(analyse("报告里今年光伏装机打算增加多少？")) == ""
    assert lead_name(analyse("文件中今年的改造目标是多少？")) == ""
    assert lead_name(analyse("方案给今年油菜种植定的面积是多少？")) == ""
    # in it, then the thing described (报告里村级养老站今年…): the article's own line, no one's name
    assert lead_name(analyse("报告里村级养老站今年打算新建多少个？")) == ""
    assert lead_name(analyse("文件中乡村书屋今年要建几个？")) == ""
    assert lead_name(analyse("星河汽车今年销量是多少？")) == "星河汽车"


def test_a_name_before_a_company_word_is_a_companys():
    """jieba reads some companies' names as a place (吉利) or an adjective (平安): before a
    company word they open the question as a company's name, and no place is asked."""
    from assistant.answer.lead_names import company, company_places

    assert opening_name("吉利汽车上半年海外销量是多少？") == "吉利汽车"
    assert opening_name("平安银行上半年净利润是多少？") == "平安银行"
    assert company("平安银行") and not company("青岛银行")  # a city written bare stays the place check's
    assert company_places("吉利汽车上半年海外销量是多少？") == {"吉利"}
    assert subject._asked_places(analyse("吉利汽车上半年海外销量是多少？")) == []
    assert subject._asked_places(analyse("青岛银行上半年净利润是多少？")) == ["青岛"]
    found = _verdict("吉利汽车上半年海外销量是多少？", "星河汽车上半年海外销量为12万辆。")
    assert found is not None and found.asked == "吉利汽车"


def test_the_company_a_question_opens_with_as_the_one_acting():
    from assistant.answer.lead_names import opening_actor

    assert opening_actor("星河电子计划在哪一年推出首款机器人？") == "星河电子"
    assert opening_actor("月亮汽车将于明年发布新车") == "月亮汽车"
    # a count of things or a person is no company acting
    assert opening_actor("18项科技成果与企业成功牵手") == ""
    assert opening_actor("两家科技公司在会上签约") == ""
    assert opening_actor("张三在深圳创立该公司") == ""


def test_a_sentence_on_a_peer_company_acting_does_not_answer_for_the_one_asked():
    from assistant.answer.lead_names import actor_disagreement

    q = analyse("星河电子计划在哪一年推出首款双足机器人？")
    peer = "2022年10月，月亮汽车在发布会上正式介绍了其首款人形机器人，这款机器人计划明年上市"
    assert actor_disagreement(q, _chunk(peer), 0, len(peer)).found == "月亮汽车"
    own = "星河电子计划在2025年推出首款双足机器人，月亮汽车在此前已推出一款"
    assert actor_disagreement(q, _chunk(own), 0, len(own)) is None
    said = "月亮汽车在会上表示，星河的机器人也在研究中"  # a peer speaking may speak of the one asked
    assert actor_disagreement(q, _chunk(said), 0, len(said)) is None


def test_a_name_ends_before_the_word_that_ends_it_not_inside_it():
    # 到 ends a name (星河汽车|到) but not inside the verb 提到: the name is the person's, whole
    assert opening_name("李明提到今年要推进上市的是哪两家企业？") == "李明"


def test_a_measure_or_a_locative_opening_the_question_names_no_one():
    # the measure asked is not whose it is: what stands before it is (小麦), or no one
    assert opening_name("小麦总产量今年要稳在多少吨？") == "小麦"
    assert opening_name("蔬菜种植规模今年要扩大到多少亩？") == "蔬菜"
    assert opening_name("汽车销量今年能到多少？") == ""
    assert opening_name("云帆科技营收今年多少？") == "云帆科技"
    # 县里, 镇上: the article's own place, no name the passage must write
    assert opening_name("县里今年打算新修几条公路？") == ""
    assert opening_name("镇上今年要建几个养老站？") == ""
    assert opening_name("市里今年要引进多少家企业？") == ""


def test_a_description_of_common_nouns_is_written_without_an_inner_word():
    from assistant.answer.lead_names import shortened_descriptions
    assert "智能分类收集箱" in shortened_descriptions("智能垃圾分类收集箱")
    assert written("智能垃圾分类收集箱", "新增智能分类收集箱80个")
    # the head and the first word stay; a brand's name, or a lead of two words, is not shortened
    assert not written("智能垃圾分类收集箱", "新增垃圾分类收集箱80个")
    assert shortened_descriptions("星河汽车") == () and shortened_descriptions("青梅") == ()


def test_a_shortened_common_word_opening_the_question_is_written_by_its_long_form():
    # 医保 (an abbreviation) is what the report writes 医疗保险: the passage is about it
    assert lead_name(analyse("医保报销今年要向哪类人群延伸？")) == "医保"
    assert _verdict("医保报销今年要向哪类人群延伸？", "推动医疗保险报销向灵活就业人员延伸。") is None
    # a brand keeps its own spelling: an article never writing it is about another
    assert _verdict("星河汽车第二季度的总营收是多少？", "星光河畔汽车城第二季度营收30亿元。") is not None
