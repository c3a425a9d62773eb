"""English questions asking what a subject must do or be adapted to: the answer's clause writes the subject and a
modal word (answer/english_frames.py). Made-up sentences."""

from __future__ import annotations

from assistant.answer import english_clauses, english_frames
from assistant.answer.evidence import Scored, Sentence
from assistant.answer.extractive import Draft, Part
from assistant.query.question import analyse
from assistant.records import Chunk

ADAPTED = "In the made-up commentary on ski resorts, what must economic development be adapted to?"


def _sc(text: str, score: float = 0.3) -> Scored:
    chunk = Chunk(id=text[:4], source="made-up.txt", title="", subject="", article=0, start=0, end=len(text), text=text)
    return Scored(Sentence(0, chunk, 0, len(text)), score, score)


def _made(*scored: Scored, support: float = 0.3) -> Draft:
    return Draft([Part(sc.sentence, 0, len(sc.sentence.text), 1.0) for sc in scored], support)


def test_the_subject_of_a_modal_question_is_read_after_its_modal():
    assert english_frames.subject_senses(analyse(ADAPTED))
    m = english_frames.FRAME_EN.match("what must economic development be adapted to?")
    assert m.group("passive") == "economic development"
    m = english_frames.FRAME_EN.match("What should the township's farms adapt to?")
    assert m.group("subject") == "the township's farms"
    assert english_frames.FRAME_EN.match("What does the made-up county need to focus on?").group("who").strip() == "the made-up county"
    # no modal, or a name as the subject: no frame this reads
    assert not english_frames.subject_senses(analyse("What will the made-up city build this year?"))
    assert not english_frames.subject_senses(analyse("What must Gongjia adhere to?"))
    assert not english_frames.subject_senses(analyse("发展经济务必怎样？"))


def test_an_opening_sentence_naming_no_obligation_of_the_subject_is_no_answer():
    q = analyse(ADAPTED)
    assert english_frames.unframed(q, ["这个冬天,甲地滑雪经济“火”了,让人们更加理解了一个道理"])
    assert english_frames.unframed(q, ["要看到,甲地有发展滑雪经济的自然禀赋"]), "要 and the subject in different clauses"
    assert not english_frames.unframed(q, ["追求政绩不能脱离实际,发展经济务必因地制宜"])
    assert not english_frames.unframed(analyse("What will the made-up city build?"), ["这个冬天很冷"])


def test_the_english_check_refuses_such_a_draft():
    q = analyse(ADAPTED)
    assert english_clauses.checked(q, _made(_sc("这个冬天,甲地滑雪经济“火”了。"), support=0.7)).support == 0.0
    assert english_clauses.checked(q, _made(_sc("发展经济务必因地制宜。"), support=0.7)).support == 0.7


def test_the_one_candidate_saying_what_the_subject_must_do_comes_first_and_stands():
    q = analyse(ADAPTED)
    opening, said = _sc("这个冬天,甲地滑雪经济“火”了。", 0.8), _sc("追求政绩不能脱离实际,发展经济务必因地制宜。", 0.4)
    order = english_frames.frame_first(q, [opening, said])
    assert order[0] is said and order[1] is opening
    made = english_frames.framed(q, _made(said, opening), order, 0.5)
    assert [p.sentence for p in made.parts] == [said.sentence] and made.support == 0.5
    # two candidates saying it: which one is asked, the scorer's probability decides
    other = _sc("发展经济要久久为功。", 0.3)
    made = english_frames.framed(q, _made(said), [said, other, opening], 0.5)
    assert made.support == 0.3
    # any other question keeps the scorer's order
    plain = analyse("What did the made-up commentary say about ski resorts?")
    assert english_frames.frame_first(plain, [opening, said])[0] is opening
