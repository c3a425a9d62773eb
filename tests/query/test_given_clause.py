"""What 除了 sets aside is given: a count in it is not what the question asks."""

from assistant.query.question import analyse


def test_a_count_set_aside_by_chu_le_is_not_asked():
    assert analyse("除了几项改革，今年还要推进哪一类工程？").kind == "generic"
    assert analyse("除了两个老校区，学校还有几个分部？").kind == "quantity"  # the later clause counts
    assert analyse("全县共有几个乡镇？").kind == "quantity"
    assert analyse("除了几项改革以外的内容有多少？").kind == "quantity"  # no later clause: nothing set aside
