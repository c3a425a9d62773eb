"""English questions scored by meaning as well as by translated words (answer/evidence.py:
rerank marks each candidate's distance in meaning from the closest, english_factor reads it).
Made-up sentences and a made-up encoder here; the real e5 model and a real Chroma in
tests/answer/test_english_end_to_end.py."""

from __future__ import annotations

from assistant.answer import english, evidence, extractive
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk

TEXT = "青溪市今年力争新增合作社示范社30家。全市新增肉牛3万头。新建绿地4万平方米。"


def _hits() -> list[Hit]:
    return [Hit(made_chunk(TEXT, "青溪市政府工作报告", "青溪市", source="made/report.txt"), 1.0)]


def _question():
    q = analyse("How many beef cattle will Qingxi add?")
    q.places, q.groups = ("青溪市",), (("青溪", "青溪市"), ("新增",), ("牛肉", "肉牛"))
    q.terms = ("青溪", "青溪市", "新增", "牛肉", "肉牛")
    return q


def _reorder(closest: str):
    """A made-up encoder: the sentence holding `closest` is nearest the question in meaning."""
    def embed(texts):
        return [[1.0, 0.0] if closest in t else [0.9, 0.436] for t in texts]
    return lambda q, scored: evidence.rerank(q, scored, embed, [1.0, 0.0])


def test_rerank_marks_how_far_each_candidate_of_an_english_question_is_in_meaning():
    q = _question()
    scored = evidence.rerank(q, evidence.score_sentences(q, evidence.sentences_of(_hits()), lambda t: 1.0),
                             lambda texts: [[1.0, 0.0] if "肉牛" in t else [0.9, 0.436] for t in texts], [1.0, 0.0])
    gaps = {sc.sentence.text: round(sc.factors["dense_gap"], 3) for sc in scored}
    assert gaps["全市新增肉牛3万头。"] == 0.0 and gaps["新建绿地4万平方米。"] > evidence.DENSE_CONFIRMS
    chinese = analyse("青溪市新增肉牛多少头？")  # a Chinese question is not marked
    scored = evidence.rerank(chinese, evidence.score_sentences(chinese, evidence.sentences_of(_hits()), lambda t: 1.0),
                             lambda texts: [[1.0, 0.0]] * len(texts), [1.0, 0.0])
    assert all("dense_gap" not in sc.factors for sc in scored)


def test_an_english_answer_the_encoder_ranks_closest_gains_support():
    words_only = extractive.draft_answer(_question(), _hits(), lambda t: 1.0)
    confirmed = extractive.draft_answer(_question(), _hits(), lambda t: 1.0, _reorder("肉牛"))
    assert "3万头" in confirmed.parts[0].sentence.text
    assert abs(confirmed.support - words_only.support * english.DENSE_CONFIRMED) < 1e-9
    elsewhere = extractive.draft_answer(_question(), _hits(), lambda t: 1.0, _reorder("绿地"))
    assert abs(elsewhere.support - words_only.support) < 1e-9


def test_a_figure_on_one_translated_word_is_a_guess_unless_the_encoder_confirms_it():
    q = _question()
    q.groups, q.terms = (("青溪", "青溪市"), ("新增",)), ("青溪", "青溪市", "新增")
    assert english.pinned_groups(q) == 1
    guess = extractive.draft_answer(q, _hits(), lambda t: 1.0, _reorder("绿地"))
    confirmed = extractive.draft_answer(q, _hits(), lambda t: 1.0, _reorder(guess.parts[0].sentence.text[:4]))
    assert confirmed.support > guess.support * 3
