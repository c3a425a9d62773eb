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


def test_the_kind_a_which_question_asks_one_of():
    from assistant.answer.named_things import kind_asked

    assert kind_asked(analyse("重现这次实验的是哪一家国家实验室？")) == ("家", "国家", "实验室")
    assert kind_asked(analyse("他毕业于哪所大学？")) == ("所", "", "大学")
    assert kind_asked(analyse("他毕业于什么学校？")) == ("", "", "")


def test_a_sentence_writing_the_kind_asked_only_as_an_indefinite_or_earlier_one_names_none():
    from assistant.answer.named_things import only_indefinite

    q = analyse("重现这次实验的是哪一家国家实验室？")
    assert only_indefinite(q, "去年，一家国家实验室首次实现了点火。") == "一家国家实验室"
    # one named before: the sentence may name it in other words (是O型血，该血型最为紧缺)
    assert only_indefinite(analyse("血库最缺哪种血型？"), "市民是O型血，该血型目前最为紧缺。") == ""
    assert only_indefinite(q, "一家国家实验室，即星河国家实验室，首次实现了点火。") == ""  # named too
    assert only_indefinite(q, "星河国家实验室首次实现了点火。") == ""
    assert only_indefinite(q, "研究人员首次实现了点火。") == ""  # the kind unwritten: a bare name may answer
    assert only_indefinite(analyse("他加入了哪一个联盟？"), "他加入了统一联盟。") == ""  # 统一 is no 一个
