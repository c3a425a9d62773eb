"""A question's topic words as its sentence writes them where jieba glued the question's own
words to them (query/glued.py); made-up questions."""

from __future__ import annotations

from assistant.query.glued import mended
from assistant.query.question import analyse


def test_a_preposition_glued_to_a_name_is_dropped():
    assert analyse("按岚歌环境报告，用水量是多少？").terms[0] == "岚歌"  # jieba: 按岚歌
    assert analyse("据溪岚公布的数据，投资额有多少？").terms[0] == "溪岚"
    assert mended(("按谷歌", "报告"), "按谷歌报告") == ("谷歌", "报告")  # 按谷歌 is in no dictionary
    assert mended(("对外", "投资"), "对外投资") == ("对外", "投资")  # a word of its own stays


def test_a_size_word_belongs_to_the_asking_duo():
    q = analyse("青溪县有多大面积的玉米已经收割？")
    assert "面积" in q.terms and "大面积" not in q.terms
    assert mended(("大面积", "降雨"), "青溪县大面积降雨") == ("大面积", "降雨")  # no 多 before it


def test_a_verb_object_word_split_by_wan_is_joined():
    q = analyse("青溪县有多少亩农田已经排完涝？")
    assert "排涝" in q.terms and "完涝" not in q.terms
    assert q.head != "完涝"
