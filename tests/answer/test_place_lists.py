"""A place listed with its sibling divisions is not in force for the sentences after it."""
from __future__ import annotations

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import adcodes


def _verdict(question: str, text: str, sentence: str, **article):
    chunk = Chunk(id="c1", source="made/c1.txt", title=article.get("title", ""), subject=article.get("subject_place", ""),
                  article=0, start=0, end=len(text), text=text, segments=((0, 0, len(text)),), raw=text, year="")
    a = text.index(sentence)
    return subject.disagreement(analyse(question), chunk, a, a + len(sentence))


def test_counties_of_one_city_are_siblings_and_a_word_is_none():
    assert adcodes.siblings("昌图", "西丰") and adcodes.siblings("西丰县", "昌图县")
    assert not adcodes.siblings("昌图", "沈阳") and not adcodes.siblings("昌图", "新建")


def test_a_county_listed_beside_its_sibling_is_not_in_force():
    question = "昌图县今年计划新增多少家示范家庭农场？"
    sentence = "力争新增示范家庭农场40家。"
    listed = "建好昌图玉米产业园、西丰鹿业园等园区。" + sentence
    found = _verdict(question, listed, sentence, title="铁岭市政府工作报告", subject_place="铁岭")
    assert found is not None and found.kind == "place"
    found = _verdict(question, "建好西丰鹿业园、昌图玉米产业园等园区。" + sentence, sentence,
                     title="铁岭市政府工作报告", subject_place="铁岭")
    assert found is not None and found.kind == "place"
    # named alone, the county is the one the next sentence speaks of
    alone = "昌图县召开农业工作会议。" + sentence
    assert _verdict(question, alone, sentence, title="铁岭市政府工作报告", subject_place="铁岭") is None


def test_a_province_is_its_citys_parent_not_its_sibling():
    assert not adcodes.siblings("辽宁", "铁岭") and not adcodes.siblings("铁岭", "辽宁")
    assert adcodes.siblings("铁岭", "沈阳")
    # the city named with its province before a sentence naming the province is still in force
    question = "专家组到铁岭青禾研究院调研是在哪一天？"
    sentence = "今年5月9日，专家组在辽宁调研时来到青禾研究院。"
    text = "在位于辽宁铁岭的青禾研究院，科研人员加紧攻关。" + sentence
    assert _verdict(question, text, sentence, title="新闻汇编", subject_place="辽宁") is None
