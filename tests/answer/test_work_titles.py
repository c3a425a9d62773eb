"""A place written only in a work's title (《洛阳往事》, a film) is no place the article is about: an article on
visitors to 杭州 drawn by the film answers a question about 杭州 (text/places.only_in_titles)."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import article_place, places

LEAD = "《洛阳往事》热映以来，不少观众专程来到杭州游览西湖。"
LATER = ("《洛阳往事》里的西湖。看完《洛阳往事》后，王女士带着女儿来参观，“我想看看电影里的《洛阳往事》西湖。”"
         "西湖景区工作人员表示，7月1日至7月10日，全市共接待游客30万人次。")


def _verdict(text: str, subject_place: str):
    """The check of LATER's last sentence, a later passage of an article whose lead names 杭州."""
    chunk = Chunk(id="c2", source="made/c1.txt", title=f"（{subject_place}）", subject=subject_place, article=0,
                  start=len(LEAD), end=len(LEAD) + len(text), text=text, segments=((0, 0, len(text)),), raw=text)
    q = analyse("7月1日至7月10日，杭州共接待游客多少人次？")
    q = replace(q, first_named={"杭州": {("made/c1.txt", 0): 0}})  # as subject.with_articles reads the lead
    return subject.disagreement(q, chunk, text.index("景区工作"), len(text))


def test_a_place_in_a_films_title_is_not_the_articles_subject():
    assert "洛阳" in places.places(LEAD + LATER)  # jieba reads the title's 洛阳 as a place
    assert article_place.main_subject("", LEAD + LATER) != "洛阳"
    assert places.only_in_titles("洛阳", LATER) and not places.only_in_titles("西湖", LATER)


def test_a_stored_subject_written_only_in_a_title_does_not_veto_the_place_asked():
    # a store indexed before main_subject skipped titles keeps 洛阳 as the article's subject
    assert _verdict(LATER, "洛阳") is None
    # an article writing 洛阳 outside a title is about 洛阳: the figure is not 杭州's
    assert _verdict(LATER.replace("看完《洛阳往事》后", "在洛阳"), "洛阳") is not None
