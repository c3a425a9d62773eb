"""A speaker's place and posts read from his interview's heading (answer/speaker_places.py, speaker_lines.py,
interviewees.title_draft): 哪个县提出… asks the county its speaker heads, and 接受专访时的职务 the posts the heading
gives him, never the words he said."""

import pytest
from support import drafted_text, made_chunk

from assistant.answer import extractive, interviewees, speaker_lines, speaker_places
from assistant.answer.evidence import Sentence, sentences_of
from assistant.query.question import analyse
from assistant.records import Hit

TITLE = "稳中求进 开创新局 ——访市人大代表、南湖县县长 郑文涛"
OPENING = "稳中求进 开创新局\n——访市人大代表、南湖县县长 郑文涛\n本报记者 林晓\n郑文涛说，今年要坚持生态立县，加快滨江公园提档升级。"


def _chunk(text=OPENING, title=TITLE):
    return made_chunk(text, title=title, source="made/a.txt")


@pytest.mark.parametrize("question,place", [
    ("“生态立县”是哪个县提出来要坚持的？", "南湖县"),
    ("加快滨江公园提档升级，这是哪个县的打算？", "南湖县"),
    ("滨江公园在哪个县？", ""),  # no plan or words asked: where the park is, which his post does not say
    ("“生态立县”是哪个区提出的？", ""),  # a district asked, and he heads a county
])
def test_the_place_a_proposal_is_asked_of_is_the_place_its_speaker_heads(question, place):
    chunk = _chunk()
    at = chunk.text.index("今年")
    assert speaker_places.speaker_place(analyse(question), chunk, at, len(chunk.text))[0] == place


def test_the_line_naming_the_speaker_with_his_post_is_added_to_his_words():
    chunk = _chunk()
    at = chunk.text.index("今年")
    q = analyse("“生态立县”是哪个县提出来要坚持的？")
    sentence = Sentence(0, chunk, at, len(chunk.text))
    draft = extractive.Draft([extractive.make_part(sentence, sentence.a, sentence.b, 0.9)], 0.9, kind="place")
    assert speaker_lines.with_place(q, draft, [sentence]).support == 0.0  # his post's line not among the passages
    draft = extractive.Draft([extractive.make_part(sentence, sentence.a, sentence.b, 0.9)], 0.9, kind="place")
    shown = [p.sentence.chunk.text[p.a:p.b] for p in speaker_lines.with_place(q, draft, sentences_of([Hit(chunk, 1.0)])).parts]
    assert len(shown) == 2 and "南湖县县长" in shown[1], shown
    # a sentence of no one's words is left as it is
    plain = made_chunk("今年要坚持生态立县。", title="政府工作报告", source="made/r.txt")
    s = Sentence(0, plain, 0, len(plain.text))
    draft = extractive.Draft([extractive.make_part(s, 0, len(plain.text), 0.9)], 0.9, kind="place")
    assert len(speaker_lines.with_place(q, draft, [s]).parts) == 1


@pytest.mark.parametrize("question,shown", [
    ("郑文涛接受专访时署的完整职务是什么？", "市人大代表、南湖县县长 郑文涛"),
    ("郑文涛受访时的身份是什么？", "市人大代表、南湖县县长 郑文涛"),
    ("郑文涛的职务是什么？", None),  # no interview asked of: his posts may be others at another time
    ("采访郑文涛的记者是什么身份？", None),  # the reporter's
    ("张三接受专访时的职务是什么？", None),  # not this interview's
])
def test_the_posts_an_interview_gives_its_interviewee_are_its_heading_line(question, shown):
    assert drafted_text(interviewees.title_draft(analyse(question), [Hit(_chunk(), 1.0)])) == shown
