"""A question's word is matched by the word its answer's sentence writes for it
(text/paraphrases.py), in the sentence's support; made-up sentences."""

from __future__ import annotations

from assistant.answer import evidence
from assistant.query.question import analyse
from assistant.text import paraphrases


def _coverage(question: str, text: str) -> float:
    return evidence.coverage(evidence.term_weights(analyse(question), lambda t: 3.0), text, "", {})


def test_a_word_and_its_paraphrases():
    assert paraphrases.of("卖") == ("卖", "销量", "售价", "销售", "售")
    assert paraphrases.of("销量") == ("销量",)  # one way only: 销量 asked is not answered by 卖


def test_a_sentence_writing_the_paraphrase_supports_the_question():
    question = "青溪牌手机上个月卖了多少台？"
    assert _coverage(question, "青溪牌手机上个月销量为3万台。") > _coverage(question, "青溪牌手机上个月出口为3万台。")
    question = "青溪县今年要建成的高标准农田不少于多少亩？"
    assert _coverage(question, "青溪县建设高标准农田60万亩以上。") > _coverage(question, "青溪县建设高标准农田60万亩。")



def test_a_verb_with_a_result_complement_reads_as_the_verb():
    assert paraphrases.of("卖出") == ("卖出", "销量", "售价", "销售", "售")
    assert paraphrases.of("卖掉")[1:] == paraphrases.of("卖")[1:]
    assert paraphrases.of("提出") == ("提出",)  # 提 has no paraphrases of its own


def test_a_growth_asked_is_found_in_an_increase():
    question = "青溪县去年的用水量同比增长了多少？"
    assert _coverage(question, "青溪县去年用水量同比增加了12%。") > _coverage(question, "青溪县去年用水量同比为12%。")
