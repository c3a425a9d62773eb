"""高校院所 (answer/qualifiers.two_bodies): two kinds of body side by side, so a sentence naming one of them in
full (科研院所) is no sibling of the first; a place's name before a park stays a qualifier (made-up sentences)."""

from __future__ import annotations

from assistant.answer import qualifiers
from assistant.query.question import analyse
from assistant.records import Chunk


def _check(question: str, text: str):
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return qualifiers.sibling_disagreement(analyse(question), chunk, 0, len(text))


def test_a_pair_of_short_body_names_reads_as_two_bodies():
    assert qualifiers.two_bodies("高校", "院所")
    assert not qualifiers.two_bodies("北海", "公园")  # a park's name
    assert not qualifiers.two_bodies("县乡", "干部")  # 干部 names no body


def test_a_sentence_naming_the_second_body_in_full_answers_for_the_pair():
    text = "全市有30家企业与8所科研院所签订合作协议12项。"
    assert _check("全市企业和高校院所签了多少项合作协议？", text) is None


def test_a_body_before_people_still_says_which_people():
    text = "今年共有300名高校学员参加培训。"
    found = _check("今年有多少名党校学员参加培训？", text)
    assert found is not None and found.kind == "qualifier"
