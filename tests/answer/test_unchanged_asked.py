from dataclasses import dataclass

from assistant.answer import unchanged_asked
from assistant.query.question import analyse


@dataclass
class _Sentence:
    text: str


@dataclass
class _Part:
    sentence: _Sentence


@dataclass
class _Draft:
    parts: list


def _draft(*texts):
    return _Draft([_Part(_Sentence(t)) for t in texts])


def test_which_one_did_not_change_needs_a_sentence_saying_it_stayed():
    q = analyse("这轮调价里，哪款星河车型的售价没有变化？")
    assert unchanged_asked.asks_unchanged(q)
    assert unchanged_asked.unmet(q, _draft("星河甲享有2万元现金优惠，优惠后起售价为10.8万元。"))
    assert not unchanged_asked.unmet(q, _draft("而星河乙的售价则保持不变，仍为14.9万元起。"))
    assert not unchanged_asked.unmet(q, _draft("星河丙的价格维持在12万元。"))


def test_yes_no_why_and_figure_questions_are_left_alone():
    for text in ("星河乙的售价有没有变化？", "星河乙的售价是否没有变化？", "为什么星河乙的售价没有调整？", "星河乙的售价变化了多少？"):
        q = analyse(text)
        assert not unchanged_asked.asks_unchanged(q)
        assert not unchanged_asked.unmet(q, _draft("星河甲享有2万元现金优惠。"))
