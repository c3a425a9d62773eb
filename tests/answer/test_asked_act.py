"""A count asked by its act (签约了多少个项目) and a 其中 sentence splitting the count of the sentence before:
the part is counted by that sentence's act (answer/asked_act.py part_act)."""

from support import made_chunk

from assistant.answer import asked_act
from assistant.query.question import analyse

TEXT = "今年要稳步扩大投资，实施滨江大道等40个重点项目建设。其中，亿元以上项目12个，总投资90亿元。"


def _part(question: str, text: str = TEXT) -> str:
    a = text.index("其中")
    return asked_act.part_act(analyse(question), made_chunk(text), a, len(text))


def test_a_part_is_counted_by_the_act_of_the_sentence_before():
    assert asked_act.asked_act("青河区去年签约了多少个亿元以上项目？") == "签约"
    assert _part("青河区去年签约了多少个亿元以上项目？") == "实施"
    # the act asked is the one the sentence before counts by
    assert _part("青河区今年实施了多少个亿元以上项目？") == ""
    signed = "去年新签约项目40个。其中，亿元以上项目12个。"
    assert _part("青河区去年签约了多少个亿元以上项目？", signed) == ""
    # no act asked, or no 其中 opening: left to the other checks
    assert _part("亿元以上项目有多少个？") == ""
    plain = "实施40个重点项目。亿元以上项目12个。"
    assert asked_act.part_act(analyse("青河区去年签约了多少个亿元以上项目？"), made_chunk(plain), plain.index("亿元以上"), len(plain)) == ""
