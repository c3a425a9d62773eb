"""A place inside the one asked: the gazetteer's adcodes say 南京 is in 江苏 (text/adcodes.within),
so an article about a city answers a question that names its province, and still not one that
names another province; a sentence giving a city's or a county's own figure (全市, 全县) still
does not answer for the province."""

from __future__ import annotations

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import adcodes, article_place, places


def _chunk(text: str, subject_place: str, title: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject=subject_place, article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _verdict(question: str, text: str, subject_place: str, sentence: str | None = None):
    sentence = sentence or text
    a = text.index(sentence)
    return subject.disagreement(analyse(question), _chunk(text, subject_place), a, a + len(sentence))


def test_within_reads_the_adcodes():
    assert adcodes.within("南京", "江苏") and adcodes.within("南京市", "江苏省")
    assert adcodes.within("江阴", "无锡") and adcodes.within("江阴市", "江苏")  # a county-level city: both
    assert adcodes.within("朝阳区", "北京") and adcodes.within("朝阳", "辽宁")  # one name, two divisions
    assert adcodes.within("杭州", "中国")
    assert not adcodes.within("南京", "浙江")
    assert not adcodes.within("江苏", "南京")  # the wider is not inside the narrower
    assert not adcodes.within("杭州", "杭州")
    assert not adcodes.within("东京", "中国") and not adcodes.within("研究", "江苏")


def test_an_article_about_a_city_answers_for_its_province():
    text = "暴雨共造成5人死亡、3人失联。"
    assert _verdict("浙江暴雨造成多少人死亡？", text, "杭州") is None
    assert _verdict("江苏暴雨造成多少人死亡？", text, "无锡市") is None
    assert _verdict("无锡暴雨造成多少人死亡？", text, "江阴市") is None  # a county's city


def test_an_article_about_a_city_does_not_answer_for_another_province():
    found = _verdict("江苏暴雨造成多少人死亡？", "暴雨共造成5人死亡、3人失联。", "杭州")
    assert found is not None and found.kind == "place" and found.found == "杭州"


def test_a_citys_own_total_is_still_not_its_provinces():
    found = _verdict("浙江新增就业多少人？", "全市新增就业3000人。", "杭州")
    assert found is not None and found.kind == "place"
    found = _verdict("浙江新增就业多少人？", "萧山区新增就业3000人。", "杭州")
    assert found is not None and found.found == "萧山区"


def test_a_region_is_known_by_its_short_name_without_its_nations_name():
    # 新疆维吾尔自治区 is written 新疆, 伊犁哈萨克自治州 伊犁: the nation is written without 族
    assert places.known_level("新疆") == "省" and places.known_level("伊犁") == "州"
    assert places.known_level("内蒙古") == "省" and places.known_level("广西") == "省"  # not 内, as before
    assert places.known_level("新疆维吾尔") == ""
    assert adcodes.within("伊犁", "新疆") and adcodes.within("乌鲁木齐", "新疆")


def test_a_two_character_city_ending_in_a_level_character_is_a_place():
    # 杭州, 广州 end in 州 like 全州 and 该市 do; the gazetteer says which are cities
    assert "杭州" in places.places("今年杭州亚运会期间，杭州亚运村启用。")
    assert not {"该市", "全州"} & set(places.places("该市和全州的人口都在增加。"))
    body = "杭州亚运会开幕在即。杭州亚运村也于7月19日启用，主场馆“大莲花”能容纳观众8万人。杭州的亚运村里有充电站。"
    assert article_place.main_subject("", body) == "杭州"


def test_the_province_level_divisions_are_read_from_the_gazetteer_by_their_short_names():
    found = adcodes.provinces()
    assert len(found) == 34 and len(set(found)) == 34
    assert {"北京", "广西", "新疆", "内蒙古", "黑龙江", "香港"} <= set(found)
    assert not any(p.endswith(("省", "自治区")) for p in found) and "南京" not in found


def test_a_thing_placed_by_the_spoken_nage_may_be_in_a_division_of_the_place():
    assert places.asked_inside("甲集团和苏州那个研究院合作，建的实验室叫啥？", "苏州")
    assert places.asked_inside("乙公司和杭州的那家医院签了什么协议？", "杭州")
    assert not places.asked_inside("苏州的研究院有多少家？", "苏州")
    text = "支持甲集团与苏州吴中研究院合作，建设“星河”实验室。"
    assert _verdict("甲集团和苏州那个研究院合作，建的实验室叫啥？", text, "长春") is None
