"""Subject agreement (answer/subject.py) on made-up sentences, its hooks in the rules path,
the learned selector and the LLM verification, and one end-to-end run through a real
Assistant (real e5 model, real Chroma in tmp_path) over two made-up district articles."""

from __future__ import annotations

import pytest

from assistant.answer import counterparts, extractive, organisations, selector, subject, subject_names, subject_years
from assistant.answer.evidence import Scored, Sentence
from assistant.llm.verification import verify
from assistant.query.question import analyse
from assistant.records import Chunk, Hit
from assistant.text import places


def _chunk(text: str, title: str = "", subject_place: str = "", cid: str = "c1", year: str = "") -> Chunk:
    return Chunk(id=cid, source=f"made/{cid}.txt", title=title, subject=subject_place, article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text, year=year)


def _verdict(question: str, text: str, sentence: str | None = None, **article):
    chunk = _chunk(text, **article)
    sentence = sentence or text
    a = text.index(sentence)
    return subject.disagreement(analyse(question), chunk, a, a + len(sentence))


def test_a_city_question_does_not_take_a_districts_figure():
    found = _verdict("青溪市2024年地区生产总值增长目标是多少？", "全区地区生产总值增长7%左右。",
                     title="青溪市白河区政府工作报告", subject_place="白河区")
    assert found is not None and found.kind == "place" and found.asked.startswith("青溪")
    # the same sentence in the city's own report agrees
    assert _verdict("青溪市2024年地区生产总值增长目标是多少？", "地区生产总值增长7%左右。",
                    title="青溪市政府工作报告", subject_place="青溪市") is None


def test_a_city_is_answered_by_a_district_sentence_only_when_it_names_the_city():
    text = "青溪市地区生产总值增长6%，白河区增长7%。"
    assert _verdict("青溪市地区生产总值增长多少？", text, title="白河区新闻", subject_place="白河区") is None
    # the city named only as the district's parent: the figure is the district's
    text = "青溪市白河区地区生产总值增长7%左右。"
    found = _verdict("青溪市地区生产总值增长多少？", text, title="白河区新闻", subject_place="白河区")
    assert found is not None and found.found.startswith("白河")
    found = _verdict("青溪市管委会主任是谁？", "——访青溪高新区管委会主任 赵立平", title="访高新区管委会主任",
                     subject_place="高新区")
    assert found is not None and found.found == "高新区"


def test_a_number_of_places_is_not_another_place():
    # 冀北晋东五市 counts partner cities (jieba reads 晋东五市 as one name): the city's own target stands
    text = "加强冀北晋东五市产业协作，力争承接产业项目150个。"
    assert _verdict("青溪市力争承接多少个产业项目？", text, title="青溪市政府工作报告", subject_place="青溪市") is None
    found = _verdict("青溪市力争承接多少个产业项目？", "通化市力争承接产业项目150个。",
                     title="青溪市政府工作报告", subject_place="青溪市")
    assert found is not None and found.found == "通化市"  # one named city still is another place


def test_a_partner_place_is_not_the_sentences_subject():
    # the places the subject works with or goes to (同A、B, 加强与A, 赴A和B) are its counterparts
    for text in ("深化同通化、白山的对口合作，力争承接产业项目150个。", "加强与通化市产业协作，力争承接产业项目150个。",
                 "组织企业赴长沙和杭州参展，力争承接产业项目150个。"):
        assert _verdict("青溪市力争承接多少个产业项目？", text, title="青溪市政府工作报告", subject_place="青溪市") is None, text
    # a place beside the partners that is not one of them still disagrees
    found = _verdict("青溪市力争承接多少个产业项目？", "深化同通化的合作，白山市力争承接产业项目150个。",
                     title="青溪市政府工作报告", subject_place="青溪市")
    assert found is not None and found.found == "白山市"
    # 与 between two places joins two subjects, not a partner
    text = "长沙与杭州地区生产总值分别增长5%和6%。"
    assert counterparts.counterparts(text, places.named(text)) == set()


def test_a_place_naming_a_facility_is_not_a_zone():
    # 青溪野生动物园 is in 白河新区: the sentence names 青溪 itself, not a zone of it
    assert _verdict("青溪野生动物园位于哪里？", "青溪野生动物园位于白河新区，占地面积约74公顷。", title="暑期好去处") is None


def test_the_head_of_another_county_is_not_the_answer():
    found = _verdict("松岭县县长是谁？", "柳河县县长王建国在会上说，要抓好项目建设。",
                     title="访柳河县县长", subject_place="柳河县")
    assert found is not None and found.found == "柳河县"
    assert _verdict("松岭县县长是谁？", "松岭县县长李明远在会上说，要抓好项目建设。") is None


def test_another_provinces_figure_is_not_the_answer():
    found = _verdict("江北省2024年粮食产量是多少？", "全省粮食产量达到812万吨。", title="河西省政府工作报告",
                     subject_place="河西省")
    assert found is not None and found.found == "河西省"


def test_a_2023_figure_is_not_the_2024_target():
    text = "2024年工作安排。一、回顾：2023年地区生产总值增长6.1%。"
    found = _verdict("2024年地区生产总值增长多少？", text, "2023年地区生产总值增长6.1%。")
    assert found is not None and found.kind == "year" and found.found == "2023"


def test_a_year_the_figure_is_compared_with_is_not_its_year():
    # the sentence states 今年's figure against 2023: it speaks of the title's year
    text = "今年地区生产总值预期比2023年增长6%左右。"
    assert subject_years.stated_years(text) == set()
    assert _verdict("2024年地区生产总值预期增长多少？", text, title="二、2024年工作安排") is None
    assert _verdict("2025年地区生产总值预期增长多少？", text, title="二、2024年工作安排").found == "2024"


def test_a_relative_baseline_is_not_the_sentences_year():
    text = "全年地区生产总值比上年增长6%左右。"
    assert _verdict("2024年地区生产总值增长多少？", text, title="二、2024年工作安排") is None


def test_a_relative_year_in_the_sentence_itself_counts():
    text = "去年地区生产总值增长6.1%。"
    found = _verdict("2024年地区生产总值增长多少？", text, title="二、2024年工作安排")
    assert found is not None and found.found == "2023"


def test_a_person_of_another_organisation():
    found = _verdict("星河科技公司董事长是谁？", "远航物流公司董事长赵启明表示，将扩大投资。",
                     title="民营企业座谈会")
    assert found is not None and found.kind == "organisation" and found.found == "远航物流公司"
    assert _verdict("星河科技公司董事长是谁？", "星河科技公司董事长赵启明表示，将扩大投资。") is None
    assert organisations.organisations("请问星河科技公司的董事长是谁") == ("星河科技公司",)
    assert _verdict("请问星河科技公司的董事长是谁？", "记者从星河科技公司获悉，董事长赵启明将出席。") is None


def test_a_person_the_question_names_must_be_the_sentences():
    # the name check's since the person check went (bench.check_worth: it stopped no wrong answer)
    found = _verdict("周文斌说新区投资多少？", "区长刘宏说，新区投资30亿元。", title="座谈会")
    assert found is not None and found.kind == "name"
    text = "区长周文斌在会上讲话。他说，新区投资30亿元。"
    assert _verdict("周文斌说新区投资多少？", text, "他说，新区投资30亿元。", title="座谈会") is None


def test_agreeing_sentences_pass():
    assert _verdict("松岭县2023年粮食产量是多少？", "2023年，松岭县粮食产量达到50万吨。") is None


def test_a_sentence_without_a_place_passes_when_its_article_is_about_the_place():
    # the article title names the place; the sentence names none (全县 is the article's county)
    assert _verdict("松岭县粮食产量是多少？", "全县粮食产量达到50万吨。", title="松岭县以新作为开创新局面") is None
    assert _verdict("松岭县粮食产量是多少？", "粮食产量达到50万吨。", title="（松岭县）", subject_place="松岭县") is None
    # ...and a bare name in the question is the county the article writes with its suffix
    assert _verdict("松岭粮食产量是多少？", "全县粮食产量达到50万吨。", title="访松岭县县长",
                    subject_place="松岭县") is None


def test_the_earlier_sentences_of_a_paragraph_say_which_place_is_meant():
    text = "柳河县去年发展很快。粮食产量达到50万吨。"
    found = _verdict("松岭县粮食产量是多少？", text, "粮食产量达到50万吨。", title="两县见闻")
    assert found is not None and found.found == "柳河县"
    text = "松岭县去年发展很快。粮食产量达到50万吨。"
    assert _verdict("松岭县粮食产量是多少？", text, "粮食产量达到50万吨。", title="两县见闻") is None


def test_a_question_naming_no_place_is_never_blocked():
    q = analyse("粮食产量是多少？")
    assert not q.places and not q.years
    for title, place in [("柳河县新闻", "柳河县"), ("河西省政府工作报告", "河西省"), ("", "")]:
        text = "全县粮食产量达到50万吨。"
        assert subject.disagreement(q, _chunk(text, title=title, subject_place=place), 0, len(text)) is None


def _hits():
    a = "柳河县粮食产量达到60万吨，比上年增长3%。"
    b = "全县粮食产量达到50万吨，比上年增长2%。"
    return [Hit(_chunk(a, "柳河县见闻", "柳河县", "ca"), 1.0, 1, 1, 0.9),
            Hit(_chunk(b, "松岭县见闻", "松岭县", "cb"), 0.9, 2, 2, 0.8)]


def test_the_rules_path_takes_the_next_candidate_that_agrees():
    q = analyse("松岭县粮食产量是多少万吨？")
    made = extractive.draft_answer(q, _hits(), lambda t: 2.0)
    part = made.parts[0]
    assert part.sentence.chunk.id == "cb" and "50万吨" in part.sentence.chunk.text[part.a:part.b]
    # with only the other county's article there is nothing to answer from
    assert extractive.draft_answer(q, _hits()[:1], lambda t: 2.0) is None


def test_the_learned_path_drops_disagreeing_candidates():
    q = analyse("松岭县粮食产量是多少万吨？")
    made, probability = selector.draft(q, _hits()[:1], lambda t: 2.0, selector.default_selector())
    assert made is None and probability == 0.0
    made, _ = selector.draft(q, _hits(), lambda t: 2.0, selector.default_selector())
    assert made.parts[0].sentence.chunk.id == "cb"


def test_agreeing_keeps_the_order():
    q = analyse("松岭县粮食产量是多少？")
    scored = [Scored(Sentence(i, h.chunk, 0, len(h.chunk.text)), 1.0 - i / 10, 1.0) for i, h in enumerate(_hits())]
    assert [s.sentence.chunk.id for s in subject.agreeing(q, scored)] == ["cb"]
    assert [s.sentence.chunk.id for s in subject.agreeing(analyse("粮食产量是多少？"), scored)] == ["ca", "cb"]


def test_a_generated_answer_citing_another_countys_sentence_is_unverified():
    hits = _hits()
    report = verify("松岭县粮食产量达到60万吨 [1]。", hits, "松岭县粮食产量是多少万吨？")
    assert report["unverified"] and not report["parts"]
    report = verify("松岭县粮食产量达到50万吨 [2]。", hits, "松岭县粮食产量是多少万吨？")
    assert not report["unverified"] and report["parts"][0][1] == 2


ARTICLE_A = """白河区加快建设现代化新城区

本报记者 张晓

2024年，白河区计划实施重点项目85个，总投资210亿元。全区地区生产总值预期增长7%左右，城镇新增就业3200人。白河区区长孙建华表示，将持续优化营商环境。
"""
ARTICLE_B = """青山区全力推动产业转型升级

本报记者 李红

2024年，青山区计划实施重点项目40个，总投资95亿元。全区地区生产总值预期增长6%左右，城镇新增就业2100人。青山区区长马立新表示，将加快发展新能源产业。
"""


@pytest.mark.slow
def test_end_to_end_a_district_is_not_answered_from_another_districts_article(tmp_path):
    from assistant.config import Settings
    from assistant.service import Assistant

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (docs / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    assistant = Assistant(Settings(store=tmp_path / "store", chroma_host=""))
    assert not assistant.index([docs]).problems
    # asked about a third district: both articles share the phrase, neither is about it
    answer = assistant.ask("红星区2024年计划实施多少个重点项目？")
    assert answer.abstained, answer.text
    answer = assistant.ask("青山区2024年计划实施多少个重点项目？")
    assert not answer.abstained and "40个" in answer.text and "85个" not in answer.text
    assert all(c.source.endswith("b.txt") for c in answer.citations)
    answer = assistant.ask("白河区区长是谁？")
    assert "孙建华" in answer.text and "马立新" not in answer.text


def test_an_article_about_a_river_is_about_no_place_that_competes_with_a_city():
    # the loader may take the river an article is about (碧水河, unknown to the gazetteer) for its
    # subject place: it runs through many places and tells nothing of which one is meant
    question = "青溪市的江豚专家是谁？"
    text = "曾参与碧水河江豚考察的研究员赵立平说，江豚数量增加了23%。"
    assert _verdict(question, text, title="青溪市江豚观察记", subject_place="碧水河") is None
    # a place the article is about still disagrees
    found = _verdict(question, text, title="白河区江豚观察记", subject_place="白河区")
    assert found is not None and found.found == "白河区"


def test_a_district_listed_among_the_citys_own_units_does_not_make_the_figure_its_own():
    question = "青溪市有多少人参加献血？"
    article = {"title": "青溪市民踊跃献血", "subject_place": "青溪市"}
    text = "市行政执法局、市供电公司、龙山区卫生健康系统等单位纷纷组织职工献血，共有197人参与献血。"
    assert _verdict(question, text, **article) is None
    # the district alone, or a list of districts, still gives the district's figure
    found = _verdict(question, "龙山区卫生健康系统组织职工献血，共有197人参与献血。", **article)
    assert found is not None and found.found == "龙山区"
    found = _verdict(question, "龙山区、西安区等单位组织职工献血，共有197人参与献血。", **article)
    assert found is not None and found.found == "龙山区"


def test_the_whole_city_asked_is_not_a_districts_figure():
    # 全市 asked and no place named: a district's own sentence or article gives the district's figure
    found = _verdict("去年全市税收收入增长多少？", "全区税收收入增长12%。", title="访白河区区长", subject_place="白河区")
    assert found is not None and found.kind == "place"
    found = _verdict("去年全市税收收入增长多少？", "税收收入增长12%。", title="访白河区区长", subject_place="白河区")
    assert found is not None and found.found == "白河区"
    # the city's own report, or a sentence writing 全市, agrees
    assert _verdict("去年全市税收收入增长多少？", "税收收入增长9%。", title="青溪市政府工作报告", subject_place="青溪市") is None
    assert _verdict("去年全市税收收入增长多少？", "全市税收收入增长9%。", title="访白河区区长", subject_place="白河区") is None
    # 全市场 is the whole market, no city
    assert _verdict("全市场去年完成多少单并购？", "完成并购1200单。", title="访白河区区长", subject_place="白河区") is None
