"""A question asking what someone said (answer/words_asked.py), on made-up sentences: a line that only names
who speaks (an interview's heading, a bare attribution, the line announcing the interview) never answers it."""

from __future__ import annotations

from assistant.answer import subject, words_asked
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _why(question: str, text: str):
    return subject.answer_disagreement(analyse(question), _chunk(text), 0, len(text))


def test_words_asked_is_read_in_chinese_and_english():
    assert words_asked.words_asked(analyse("青河县县长李明远在采访最后引用了哪句话？"))
    assert words_asked.words_asked(analyse("李明远说了什么？"))
    assert words_asked.words_asked(analyse("What saying does Qinghe County head Li Mingyuan quote at the end?"))
    assert not words_asked.words_asked(analyse("这说明了什么问题？"))
    assert not words_asked.words_asked(analyse("李明远是哪个县的县长？"))


def test_a_line_naming_only_the_speaker_answers_no_words_asked():
    q = "青河县县长李明远在采访最后引用了哪句话？"
    for line in ("——访市人大代表、青河县县长 李明远", "会议期间，记者采访了市人大代表、青河县县长李明远。",
                 "青河县县长李明远在接受记者采访时说。"):
        found = _why(q, line)
        assert found is not None and found.found == "a line naming only the speaker", line
    assert _why(q, "青河县县长李明远说，行而不辍，未来可期。") is None
    # a question asking who he is may be answered by his heading
    assert _why("李明远担任什么职务？", "——访市人大代表、青河县县长 李明远") is None


def test_an_interview_announced_names_the_interviewee():
    assert words_asked.announces_interview("记者采访了市人大代表、青河县县长李明远。")
    assert not words_asked.announces_interview("记者采访了多家企业。")
    assert not words_asked.announces_interview("李明远说，行而不辍，未来可期。")
