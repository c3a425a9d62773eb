"""A 叫什么名字 question about a thing is answered by the quoted name before the thing."""

from assistant.answer.named_things import quoted_name, thing_asked
from assistant.query.question import analyse


def test_the_thing_whose_name_is_asked():
    assert thing_asked(analyse("某区管好用好的慈善基金叫什么名字？")) == "基金"
    assert thing_asked(analyse("介绍情况的法制科科长叫什么名字？")) == ""  # a person's
    assert thing_asked(analyse("某区的慈善基金有多少钱？")) == ""


def test_a_quoted_name_before_the_thing_or_after_a_naming_verb():
    q = analyse("某区管好用好的慈善基金叫什么名字？")
    assert quoted_name(q, "加强社会救助动态管理，管好用好“温暖某区”慈善基金。") == "温暖某区"
    assert quoted_name(q, "该区设立的慈善基金名为“爱心之家”。") == "爱心之家"
    assert quoted_name(q, "努力把群众的“关键小事”办成“暖心实事”。") == ""
    assert quoted_name(analyse("科长叫什么名字？"), "“平安”科长王某说") == ""
