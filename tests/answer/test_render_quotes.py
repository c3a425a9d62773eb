"""An answer's text shows each quote once: a quote another quote of the same sentence holds is left out."""

from types import SimpleNamespace

from assistant.answer.citing import render

TEXT = "甲县去年税收收入完成3.2亿元，增长12%。"


def _part(quote: str):
    a = TEXT.index(quote)
    return SimpleNamespace(sentence=SimpleNamespace(chunk=SimpleNamespace(text=TEXT)), a=a, b=a + len(quote))


def test_a_quote_held_by_another_of_the_same_sentence_is_shown_once():
    parts = [_part("税收收入完成3.2亿元"), _part("税收收入完成3.2亿元，增长12%")]
    assert render(parts, [1, 1], False, False) == "税收收入完成3.2亿元，增长12% [1]"
    assert render([parts[1], parts[1]], [1, 1], False, False) == "税收收入完成3.2亿元，增长12% [1]"


def test_quotes_of_different_sentences_or_not_held_are_all_shown():
    parts = [_part("税收收入完成3.2亿元"), _part("税收收入完成3.2亿元，增长12%")]
    assert render(parts, [1, 2], False, False) == "税收收入完成3.2亿元 [1]；税收收入完成3.2亿元，增长12% [2]"
    assert render([_part("税收收入完成3.2亿元"), _part("增长12%")], [1, 1], False, False) == "税收收入完成3.2亿元 [1]；增长12% [1]"
