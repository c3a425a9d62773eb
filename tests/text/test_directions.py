"""The words of a rise and of a fall (text/directions.py)."""

from assistant.text import directions


def test_a_word_goes_the_way_its_list_says():
    assert directions.of_word("涨幅") == 1 and directions.of_word("新增") == 1 and directions.of_word("降幅") == -1
    # a one-character verb goes the way of the words it is part of (扩 of 扩大, 降 of 下降, 降低)
    assert directions.of_word("扩") == 1 and directions.of_word("降") == -1
    # 大 of 大涨 and 大跌: both ways, so none; a measure word none
    assert directions.of_word("大") == 0 and directions.of_word("学位") == 0 and directions.of_word("增加值") == 0


def test_a_text_writes_a_way_by_any_word_of_it():
    assert directions.written("新增学位600个", 1) and not directions.written("新增学位600个", -1)
    assert not directions.written("工业增加值3亿元", 1)  # a measure, no rise
    assert not directions.written("重新增设", 1) and not directions.written("增长5%", 0)
