"""Two readings of what a question or sentence names: 北京房山 asks about the district written bare after its city
(answer/subject._bare_divisions); 今年 in an article without a dated title is the unknown year it was written,
not the year an earlier sentence wrote (answer/subject_years.period)."""

from __future__ import annotations

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk


def _verdict(question: str, text: str, sentence: str, title: str = ""):
    chunk = Chunk(id="c1", source="made/c1.txt", title=title, subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    a = text.index(sentence)
    return subject.disagreement(analyse(question), chunk, a, a + len(sentence))


def test_a_district_written_bare_after_its_city_is_the_place_asked():
    assert subject._asked_places(analyse("在北京房山举办的农民丰收节吸引了多少游客？")) == ["房山"]
    assert subject._asked_places(analyse("北京举办的农民丰收节吸引了多少游客？")) == ["北京"]
    text = "本报记者 李明。近日，第三届农民丰收节在房山开幕，活动吸引游客2万人次。"
    assert _verdict("在北京房山举办的农民丰收节吸引了多少游客？", text, "近日，第三届农民丰收节在房山开幕，活动吸引游客2万人次。") is None


def test_this_year_is_not_the_year_an_earlier_sentence_wrote():
    text = "自2021年3月工程开工以来，施工方已完成大部分土方。今年5月，大桥主体结构正式合龙。"
    sentence = "今年5月，大桥主体结构正式合龙。"
    assert _verdict("2024年5月合龙的是大桥的哪个部分？", text, sentence) is None
    # a sentence writing no relative year still speaks of the year in force
    plain = "2021年3月工程开工，施工方已完成大部分土方。5月，大桥主体结构正式合龙。"
    found = _verdict("2024年5月合龙的是大桥的哪个部分？", plain, "5月，大桥主体结构正式合龙。")
    assert found is not None and found.kind == "year" and found.found == "2021"
    # but a run's start (自2021年3月…以来) is no year in force: the run reaches the present
    since = text.replace("今年5月，", "5月，")
    assert _verdict("2024年5月合龙的是大桥的哪个部分？", since, "5月，大桥主体结构正式合龙。") is None
    # an article whose title dates it counts 今年 from that year
    found = _verdict("2024年5月合龙的是大桥的哪个部分？", text, sentence, title="2023年大桥建设回顾")
    assert found is not None and "2023" in found.found.split("/")
