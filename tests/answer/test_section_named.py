"""Readings of spoken figure questions on made-up sentences: the part of a report named before asking
(query/sections.py), 几个百分点 of a measure that is no rate, a spoken 多V (how much more), and a unit
spelled with the scale 千 (千瓦) as its base unit's."""

from __future__ import annotations

from assistant.answer import figure_kind, measure_words, qualifiers
from assistant.query import sections
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import abbreviations, quantities
from support import figure_named


def _why(question: str, text: str, written: str) -> str:
    return figure_kind.disagreement(analyse(question), text, figure_named(text, written))


def test_the_section_is_the_clause_before_the_asking_one():
    q = "城东新区智慧灯杆那段，报告说今年路灯要再装多少盏？"
    a, b = sections.section_span(q)
    assert q[a:b] == "城东新区智慧灯杆"
    assert sections.section_span("水利建设方面，今年新修多少公里堤防？") is not None
    assert sections.section_span("财政这块，税收多收百分之几？") is not None
    assert sections.section_span("报告讲了几个方面，分别是什么？") is None  # the aspects are counted, and asked
    assert sections.section_span("今年新修多少公里堤防？") is None
    assert sections.in_section("灯杆", q) and not sections.in_section("路灯", q)


def test_a_measure_word_naming_the_section_is_not_the_measure_asked():
    q = analyse("青溪增量配电网那段，报告说今年光伏装机要再加多少千瓦？")
    assert "增量" not in measure_words.asked_measures(q)
    text = "加快青溪增量配电网建设，年内新增光伏装机容量8万千瓦。"
    assert _why(q.text, text, "8万千瓦") == ""
    # asked outside a section, the measure word is still the figure's
    assert any("销量" in m for m in measure_words.asked_measures(analyse("青溪今年汽车销量是多少辆？")))


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _sibling(question: str, text: str, sentence: str):
    a = text.index(sentence)
    return qualifiers.sibling_disagreement(analyse(question), _chunk(text), a, a + len(sentence))


def test_a_section_named_in_other_words_than_its_heading_keeps_its_sentence():
    text = "加快和美街道建设。常态化开展社区环境整治，新增美丽庭院60个、示范小区12个。"
    sentence = "常态化开展社区环境整治，新增美丽庭院60个、示范小区12个。"
    assert _sibling("社区建设方面，今年示范小区要新增几个？", text, sentence) is None
    # not named as a section, the qualifier is read in the sentence in force as before
    assert _sibling("社区建设今年示范小区要新增几个？", text, sentence) is not None
    # a sibling the sentence itself writes is still another thing
    text = "加快和美街道建设。街道建设新增示范小区12个。"
    assert _sibling("社区建设方面，今年示范小区要新增几个？", text, "街道建设新增示范小区12个。") is not None


def test_points_of_a_measure_that_is_no_rate_are_its_percent():
    assert abbreviations.spelled_out("青溪今年税收计划增长几个百分点？") == "青溪今年税收计划增长百分之几？"
    assert abbreviations.spelled_out("青溪失业率下降了几个百分点？") == "青溪失业率下降了几个百分点？"
    assert abbreviations.spelled_out("青溪占比提高多少个百分点？") == "青溪占比提高多少个百分点？"
    assert _why("青溪今年税收计划增长几个百分点？", "全年税收增长7%左右。", "7%左右") == ""


def test_a_spoken_more_asks_the_difference():
    text = "全年税收增长7%左右，城镇调查失业率控制在5%以内。"
    assert _why("青溪税收计划多收百分之几？", text, "7%左右") == ""
    assert _why("青溪税收计划是多少？", "全年税收增长7%左右。", "7%左右") != ""  # a level asked: no change answers
    assert _why("青溪今年汽车销量多出多少辆？", "汽车销量比上年增加1.2万辆。", "1.2万辆") == ""
    assert _why("今年青溪多卖了多少辆车？", "汽车销量增长12%。", "12%") != ""  # a count asked: no percent answers


def test_a_unit_spelled_with_the_scale_thousand_is_its_base_unit():
    assert quantities.same_unit("千瓦", "瓦")
    assert not quantities.same_unit("瓦", "米")
    # a distance in 米 does not answer a question asking 公里 (every figure would pass the unit check)
    assert not quantities.same_unit("米", "公里") and not quantities.same_unit("克", "公斤")
    f = quantities.in_common_unit(quantities.find_quantities("装机3000千瓦")[0])
    assert (f.value, f.unit) == (3000.0, "千瓦")
    q = analyse("青溪今年光伏装机要新增多少千瓦？")
    text = "年内新增光伏装机容量8万千瓦。"
    from assistant.answer import unit_nouns
    assert unit_nouns.unit_agrees(q, text, figure_named(text, "8万千瓦"))


def test_a_clause_ending_in_the_postposition_shang_names_the_section():
    q = "水产养殖上，今年鲈鱼计划多养多少吨？"
    a, b = sections.section_span(q)
    assert q[a:b] == "水产养殖"
    assert sections.section_span("晚上，广场来了多少人？") is None  # one character before 上: a time, no section
    assert sections.section_span("本届青溪论坛上，两市计划签署几份备忘录？") is None  # the occasion, no part of a document


def test_the_section_words_are_frame_a_sentence_need_not_write():
    from assistant.answer.topic_coverage import coverage, term_weights

    q = analyse("水产养殖方面，今年鲈鱼计划多养多少吨？")
    weights = term_weights(q, lambda t: 5.0)
    text = "力争新增鲈鱼2000吨、草鱼500吨。"
    held = coverage(weights, text, "", {}, q.specificity)
    bare = term_weights(analyse("今年鲈鱼计划多养多少吨？"), lambda t: 5.0)
    assert held == coverage(bare, text, "", {}, analyse("今年鲈鱼计划多养多少吨？").specificity)


def test_a_section_word_written_again_in_the_asking_clause_is_asked():
    from assistant.query import framing

    assert framing.frame_word("养殖", "水产养殖方面，今年鲈鱼计划多养多少吨？")
    assert not framing.frame_word("就业", "就业方面，报告说今年城镇要新增多少就业？")



def test_a_word_heading_a_part_is_no_place_nor_body_the_sentence_must_name():
    from assistant.answer.organisations import org_disagreement

    q = "科教兴国这块有什么新提法？报告要把哪门课加进考试？"
    assert sections.heads_part("科教兴国", q)
    assert sections.heads_part("共青团", "共青团工作方面，报告要坚持什么方向？")
    assert not sections.heads_part("科教兴国", "科教兴国战略是哪年提出的？")
    # jieba reads it as a place, the gazetteer does not know it: the part's topic, no place to agree with
    assert "科教兴国" not in analyse(q).places
    # a place the gazetteer knows stays a place, where it is named
    assert "杭州" in analyse("杭州方面，今年要新建几所学校？").places
    # jieba reads it as a body: the part named is no body the sentence must be about
    text = "坚持青年工作大众化方向,推进宗教中国化。"
    assert org_disagreement(analyse("共青团工作方面，报告要坚持什么方向？"), _chunk(text), 0, len(text)) is None
    assert org_disagreement(analyse("共青团今年要坚持什么方向？"), _chunk(text), 0, len(text)) is not None
