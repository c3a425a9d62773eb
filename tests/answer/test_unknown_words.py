"""A noun of the question no dictionary holds (answer/unknown_words.py), on made-up sentences:
when another retrieved article writes it, an article that never does is about another product."""

from __future__ import annotations

from assistant.answer import subject
from assistant.answer.evidence import Scored, Sentence
from assistant.answer.unknown_words import unknown_nouns, writes
from assistant.query.question import analyse
from assistant.records import Chunk

QUESTION = "新款星川的百公里油耗是多少？"


def _chunk(text: str, cid: str, article: int, start: int = 0, title: str = "") -> Chunk:
    return Chunk(id=cid, source="made/a.txt", title=title, subject="", article=article, start=start,
                 end=start + len(text), text=text, segments=((0, start, len(text)),), raw=text)


def _kept(question: str, *chunks: Chunk) -> list[str]:
    scored = [Scored(Sentence(i, c, 0, len(c.text)), 1.0, 1.0, {}) for i, c in enumerate(chunks)]
    return [sc.sentence.chunk.id for sc in subject.agreeing(analyse(question), scored)]


def test_the_nouns_no_dictionary_holds():
    assert unknown_nouns(QUESTION) == ("星川",)
    assert unknown_nouns("新款汽车的百公里油耗是多少？") == ()  # every word in the dictionary


def test_an_article_that_never_writes_it_gives_way_to_one_that_does():
    ours = _chunk("新款星川搭载1.5T发动机，百公里综合油耗为6.2升。", "ours", 0)
    other = _chunk("新款车型的百公里综合油耗为7.9升。", "other", 1)
    assert _kept(QUESTION, other, ours) == ["ours"]
    # no retrieved article writes it: nothing to tell the articles apart by
    assert _kept("星川的百公里油耗是多少？", other) == ["other"]
    # but a model a vintage word opens (新款星川的) is a name the passage must write (asked_names.VINTAGE_NAME_RE)
    assert _kept(QUESTION, other) == []
    # a later passage of the article that writes it speaks of it too
    later = _chunk("其百公里综合油耗为6.2升。", "later", 0, start=200)
    assert _kept(QUESTION, ours, later, other) == ["ours", "later"]


def test_a_long_form_writes_a_shortened_word():
    assert writes("营收", "公司营业收入为20亿元") and writes("规上", "规模以上工业增加值")
    assert not writes("星川", "星河汽车在川西") and not writes("营收", "营业额与收入")


def test_a_function_character_glued_on_is_no_name():
    assert "价是" not in unknown_nouns("星川的预售价是多少？")


def test_a_known_word_in_traditional_characters_is_no_unknown_noun():
    assert unknown_nouns("臺灣經濟發展的主要產業是什麼？") == ()
    assert writes("營收", "公司营业收入为20亿元")


def test_the_kind_asked_for_is_no_name_the_article_must_write():
    assert unknown_nouns("星川是哪家车企旗下的品牌？") == ("星川",)


def test_the_long_form_is_the_text_homes_one():
    from assistant.text import words
    assert writes("营收", "實現營業收入12億元")  # either script
    assert words.long_form("营收").search("营业收入") and not writes("营收", "营，业收入")
