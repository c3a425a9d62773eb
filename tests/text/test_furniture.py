"""Source, credit, editor, reporter and trailer lines, datelines and date lines are told
apart from an article's sentences by their form (text/furniture.py). Made-up lines."""

from __future__ import annotations

import pytest

from assistant.text.furniture import furniture


@pytest.mark.parametrize("line", [
    "来源：星河日报客户端",
    "责任编辑：",
    "编辑：王小明 审核：李大海",
    "（星河市纪委监委）",
    "（新华社星河3月2日电）",
    "记者 张小雨",
    "本报记者 刘晨 通讯员 王芳",
    "原标题：星河区启动公益电影进社区",
    "本文属于原创文章，如若转载，请注明来源：星河区公益电影开播https://news.example.com/1.html",
    "返回搜狐，查看更多",
    "2023年8月15日",
    "8月15日 08:21",
])
def test_framing_lines_are_furniture(line):
    assert furniture(line)


@pytest.mark.parametrize("sentence", [
    "记者看到，星河街道日间照料中心设置了消毒区、净菜区、烹饪间等。",
    "新华社记者走访了星河区的三个街道。",
    "全区共播映44场次，来源于居民的观影需求调查。",
    "8月15日，星河区举办了第三届美食节。",
    "主题电影《远山》《长风》在星河广场开播。",
])
def test_an_articles_own_sentences_are_not(sentence):
    assert not furniture(sentence)


@pytest.mark.parametrize("line", ["(完) 【编辑:王小明】", "更多精彩内容请进入国际频道", "资料图：星河大桥夜景。"])
def test_a_wire_storys_end_and_a_portals_trailer_are_furniture(line):
    assert furniture(line)
