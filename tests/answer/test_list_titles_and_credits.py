"""List items given as titles in 《》, and a list that stops at a source or credit line
(answer/lists.py with text/furniture.py). Made-up sentences."""

from __future__ import annotations

from assistant.answer import lists


def test_titles_in_book_marks_are_the_items():
    assert lists.items("主题电影《远山》《长风》在星河广场同时开播。") == ["远山", "长风"]
    assert lists.items("选取了动画片《小熊》，教育片《我的父亲》和《山顶之上》等影片。") == ["小熊", "我的父亲", "山顶之上"]
    assert lists.items("主展区由《起步》、《创业》、《振兴》三大篇章组成。") == ["起步", "创业", "振兴"]


def test_a_credit_line_enumerates_nothing_and_ends_a_list():
    assert lists.items("来源：星河日报、星河网、星河电视台") == []
    texts = ["星河县重点打造食品、医药、机械三大产业。", "记者 王明、李强"]
    assert lists.extent(texts, 0, count=5) == (0, 1)
    texts = ["星河县重点打造食品、医药、机械三大产业。", "此外，还将培育新材料、数字经济两大产业。"]
    assert lists.extent(texts, 0, count=5) == (0, 2)
