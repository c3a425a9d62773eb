"""A question saying its sources give two figures: where the reader saw them (前后给了), which figures it asks
(哪两个数), the sides it compared (两边的数字) and the pieces it names (甲的通稿和乙的访谈) are its frame, not
things of their own (query/disputes.py, query/each_parts.py). Made-up questions, no model."""

from __future__ import annotations

from assistant.query import framing
from assistant.query.question import analyse


def test_earlier_and_later_before_a_verb_of_writing_is_where_the_reader_saw_them():
    q = "规划里青溪县粮食产量的增速前后给了两个数，各是多少？"
    assert framing.disputed(q) and framing.frame_word("前后", q, asks_figure=True)
    assert analyse(q).change  # the 增速 asked, no 增速前 (a level before the rise)
    # no dispute said: a before and after is the sentence's own
    assert not framing.frame_word("前后", "调价前后写的每吨价格是多少？", asks_figure=True)


def test_which_two_figures_asks_figures_not_a_list():
    q = analyse("审阅规划：青溪县粮食产量的增长目标，稿里列的是哪两个数？")
    assert q.kind == "quantity" and q.change  # the change named before the frame that asks it
    assert analyse("青溪县有哪两个园区？").kind == "list"
    assert analyse("甲县和乙县，哪两个数据增长最快？").kind == "list"  # no dispute said: which indicators


def test_which_two_with_the_figures_named_before_asks_figures():
    # 写了两个数，是哪两个: the noun left out after 哪两个 is the figures named before
    assert analyse("规划里青溪县粮食产量的增长目标先后写了两个数，是哪两个？").kind == "quantity"
    assert analyse("规划里青溪县粮食产量的增长目标写了两个数字，分别是哪两个？").kind == "quantity"
    # another noun after 哪两个 is a list of things
    assert analyse("两篇稿子写法不同，写了两个数，说的是哪两个园区？").kind == "list"


def test_the_two_sides_compared_say_the_sources_differ():
    assert framing.disputed("甲的通稿和乙的访谈都提到了那次展会的成交额，两边的数字分别是多少？")
    assert framing.frame_word("两边", "两边的数据分别是多少？", asks_figure=True)
    assert not framing.disputed("公路两边各种了多少棵树？")


def test_pieces_named_before_a_stop_are_no_run_of_things_each_asked():
    # the pieces are the two sides of one figure: no part per piece
    assert analyse("甲的通稿和乙对丙的访谈都提到了那次展会的成交额，两边的数字分别是多少？").parts == []
    assert analyse("审稿时想用白楹工程投入总额，看到规划和青溪县长讲的不一样，各是多少钱？").parts == []
    # a run of things sharing what follows them in its clause is still split
    assert [p.text for p in analyse("甲市和乙县的GDP分别是多少？").parts] == ["甲市的GDP是多少？", "乙县的GDP是多少？"]
