"""cited_places: one answer's sentences must come from articles about places that lie together."""

from __future__ import annotations

from assistant.answer import cited_places
from assistant.answer.evidence import Sentence
from assistant.answer.extractive import Draft, Part
from assistant.records import Chunk


def _part(text: str, subject: str, cid: str) -> Part:
    chunk = Chunk(id=cid, source=f"made/{cid}.txt", title="", subject=subject, article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return Part(Sentence(0, chunk, 0, len(text)), 0, len(text), 1.0)


def _draft(*subjects: str, conflict: bool = False) -> Draft:
    return Draft([_part(f"{s}某公司新建了一个项目{i}。", s, f"c{i}") for i, s in enumerate(subjects)], 1.0,
                 conflict=conflict)


def test_divisions_of_one_province_lie_together():
    assert not cited_places.apart("南京市", "苏州市")
    assert not cited_places.apart("南京市", "江苏省")
    assert not cited_places.apart("玄武区", "南京")


def test_divisions_of_two_provinces_lie_apart():
    assert cited_places.apart("南京市", "成都市")


def test_a_foreign_country_lies_apart_from_a_chinese_city_and_from_another_country():
    assert cited_places.apart("法国", "成都市")
    assert cited_places.apart("法国", "日本")
    assert not cited_places.apart("中国", "成都市")


def test_an_unknown_subject_is_apart_from_nothing():
    assert not cited_places.apart("某公司", "成都市")
    assert not cited_places.apart("", "法国")
    assert not cited_places.apart("北美", "日本")


def test_a_draft_citing_articles_of_places_apart_is_found():
    assert cited_places.apart_subjects(_draft("成都市", "法国")) == ("成都市", "法国")
    assert cited_places.apart_subjects(_draft("南京市", "苏州市", "")) is None
    assert cited_places.apart_subjects(_draft("成都市")) is None
    assert cited_places.apart_subjects(None) is None


def test_a_draft_weighing_disagreeing_sources_is_left_alone():
    assert cited_places.apart_subjects(_draft("成都市", "法国", conflict=True)) is None


def _chunk(text: str, title: str, subject: str) -> Chunk:
    return Chunk(id="c", source="made/c.txt", title=title, subject=subject, article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def test_a_digest_sections_place_counts_only_where_written():
    # the place the chunking read from the whole digest, added to its headline, is not this section's
    unwritten = _chunk("某公司新车预计本月上市。", "某日新闻汇编 （成都） · 十、某公司 新车", "成都")
    assert cited_places.written_subject(unwritten) == ""
    # the section's own place, added to its heading, or written in the passage, is
    assert cited_places.written_subject(_chunk("医院推出新服务。", "某日新闻汇编 （成都） · 十一、医院 服务（南京市）", "南京市")) == "南京市"
    assert cited_places.written_subject(_chunk("成都今年新建公园10个。", "某日新闻汇编 （成都） · 十二、公园", "成都")) == "成都"
    assert cited_places.written_subject(_chunk("今年新建公园10个。", "", "")) == ""


def test_a_draft_whose_other_place_is_only_the_digests_is_not_apart():
    written = _part("成都今年新建公园10个。", "成都市", "c1")
    added = Part(Sentence(0, _chunk("某公司新车预计本月上市。", "某日新闻汇编 （法国） · 十、某公司 新车", "法国"), 0, 12), 0, 12, 1.0)
    assert cited_places.apart_subjects(Draft([written, added], 1.0)) is None


def test_province_codes_read_every_division_of_a_name():
    from assistant.text import adcodes

    assert adcodes.province_codes("南京市") == adcodes.province_codes("苏州") != adcodes.province_codes("成都")
    assert adcodes.province_codes("某公司") == frozenset()
