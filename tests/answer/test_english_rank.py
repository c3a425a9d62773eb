"""A rank an English which/who question asks (answer/english_subject.rank_disagreement): a sentence ranking by
other numbers only names the holders of other ranks. Made-up sentences."""

from __future__ import annotations

from assistant.answer.english_subject import rank_disagreement
from assistant.query.question import analyse


def test_a_sentence_ranking_by_other_numbers_names_other_holders():
    q = analyse("Which supplier ranked fourth for the made-up port last year?")
    assert rank_disagreement(q, "甲国、乙国和丙国是该港前三大供应方。")
    assert rank_disagreement(q, "乙国排名第2。")
    assert not rank_disagreement(q, "丁国为该港第四大供应方。")
    assert not rank_disagreement(q, "甲、乙、丙、丁为前五大供应方。")  # the fourth among them, not said which
    assert not rank_disagreement(q, "第四季度供应增长5%。")  # a quarter, no rank
    assert not rank_disagreement(q, "丁国供应增长5%。")  # no rank written: not judged here


def test_the_rank_is_read_from_the_words_a_question_asks_it_by():
    assert rank_disagreement(analyse("Which brand is the second-largest seller of bikes?"), "甲牌位列第三。")
    assert rank_disagreement(analyse("Who came in 3rd in the made-up race?"), "乙获得第一名。")
    assert not rank_disagreement(analyse("Which brand sold the most bikes?"), "甲牌位列第三。")
