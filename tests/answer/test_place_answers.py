"""A place question's draft that speaks of places only as some of them (在少数地区) names none
(answer/place_answers.py); one naming a place is left to the scorers. Made-up sentences."""

from __future__ import annotations

from assistant.answer import place_answers
from assistant.answer.evidence import Sentence
from assistant.answer.extractive import Draft, Part
from assistant.query.question import analyse
from assistant.records import Chunk


def _draft(text: str) -> Draft:
    chunk = Chunk(id="c0", source="made/a.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return Draft([Part(Sentence(0, chunk, 0, len(text)), 0, len(text), 0.5)], 0.5, kind="place")


def test_some_places_answer_no_place_question():
    q = analyse("那篇评论批评了哪个地方的湿地公园？")
    assert place_answers.unplaced(q, _draft("可是,在个别地区,近年上马了一批湿地公园,缺水就引水。"))
    assert place_answers.unplaced(q, _draft("一些地方盲目跟风建设湿地公园。"))


def test_a_named_place_answers():
    q = analyse("那篇评论批评了哪个地方的湿地公园？")
    assert not place_answers.unplaced(q, _draft("今年春天,西宁等地的湿地公园游人如织。"))
    assert not place_answers.unplaced(q, _draft("少数地区如青河县上马了湿地公园。"))
    assert not place_answers.unplaced(q, _draft("湿地公园建在湖边,游人不少。"))  # no vague place: the scorers judge


def test_other_kinds_are_not_read():
    q = analyse("那篇评论批评了什么现象？")
    assert not place_answers.unplaced(q, _draft("一些地方盲目跟风建设湿地公园。"))


def test_a_site_asked_needs_a_place_or_an_address():
    q = analyse("县图书馆的新馆址在哪里？")
    assert place_answers.unplaced(q, _draft("年内完成县图书馆迁入新馆址,提升阅读服务水平。"))
    assert not place_answers.unplaced(q, _draft("县图书馆新馆址位于青河县城东。"))
    assert not place_answers.unplaced(q, _draft("县图书馆将迁至滨河路18号。"))


def test_where_something_was_done_needs_a_place_it_was_done_in():
    q = analyse("两国部长的这次会谈是在哪座城市举行的？")
    assert place_answers.unplaced(q, _draft("双方表示支持东道国,共同推动西宁博览会取得成功。"))
    assert not place_answers.unplaced(q, _draft("两国部长5日在西宁举行会谈。"))
    assert not place_answers.unplaced(q, _draft("会谈地点位于青海省西宁市。"))


def test_a_foreign_town_before_the_verb_asked_is_where_it_was_done():
    q = analyse("这届电竞大赛是在哪座城市举行的？")
    assert not place_answers.unplaced(q, _draft("这届电竞大赛于8月8日在拉斯维加斯举行,吸引了大量玩家。"))
    # the name is no place of the verb asked: the draft still names none
    assert place_answers.unplaced(q, _draft("这届电竞大赛由索尼主办,吸引了大量玩家。"))
    assert place_answers.unplaced(q, _draft("这届电竞大赛在拉斯维加斯引起热议。"))


def test_where_a_thing_lies_is_its_site_which_its_name_may_give():
    """落在哪个县 asks a site, not where something was done: a park named by its county answers it."""
    q = analyse("报告要建设的那个食品产业园，落在哪个县？")
    assert not place_answers.unplaced(q, _draft("加快南湖区物流园、青河食品产业园建设。"))
    assert place_answers.unplaced(q, _draft("加快一批食品产业园建设。"))  # no place at all
    done = analyse("今年的博览会放在哪座城市开？")  # where it is held: a place it is held in
    assert place_answers.unplaced(done, _draft("推动青河博览会取得更大成功。"))
