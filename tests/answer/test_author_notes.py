"""The author's note closing a signed commentary ((作者系…)) answers a question asking the author's post, when the
note's article is the piece the question points at (answer/author_notes.py), on made-up articles."""

from __future__ import annotations

from assistant.answer.author_notes import held_by_notes
from assistant.answer.evidence import score_sentences, sentences_of
from assistant.query.question import analyse
from assistant.records import Chunk, Hit


def _hit(cid: str, text: str, article: int, start: int = 0) -> Hit:
    chunk = Chunk(id=cid, source=f"made/{article}.txt", title="", subject="", article=article, start=start, end=start + len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return Hit(chunk=chunk, score=1.0)


BODY = "推进乡村学校美育教学改革，要让每个孩子都能接受美育熏陶，培养审美能力和人文素养。"
NOTE = "（作者系甲省乙县教育局局长）"
OTHER = "（作者为丙市丁区文化馆馆长）"
QUESTION = "谈乡村学校美育的那篇评论，作者是什么身份？"


def test_the_note_of_the_piece_asked_holds_the_words_asking_the_post():
    sentences = sentences_of([_hit("c1", BODY, 1), _hit("c2", NOTE, 1, len(BODY)), _hit("c3", OTHER, 2)])
    held = held_by_notes(analyse(QUESTION), sentences)
    notes = {s.chunk.id: held.get(id(s), "") for s in sentences}
    assert "身份" in notes["c2"] and "担任" in notes["c2"]
    assert notes["c3"] == ""  # another article's author: its passages never name the piece asked
    assert notes["c1"] == ""
    scores = {sc.sentence.chunk.id: sc.score for sc in score_sentences(analyse(QUESTION), sentences, lambda t: 5.0)}
    assert scores["c2"] > 1.5 * scores["c3"]  # the note asked holds 身份; the other holds 作者 alone


def test_no_note_is_read_for_a_question_not_asking_the_authors_post():
    sentences = sentences_of([_hit("c1", BODY, 1), _hit("c2", NOTE, 1, len(BODY))])
    assert held_by_notes(analyse("这篇谈乡村学校美育的文章发表在哪一天？"), sentences) == {}
