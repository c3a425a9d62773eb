"""A figure counting a sibling of the noun asked (贷款 for 存款: both 款) is vetoed (answer/figure_kind.py),
unless its passage never writes the noun asked: then the text names the thing by its own word. Made-up sentences."""

from __future__ import annotations

from support import figure_named

from assistant.answer import figure_kind
from assistant.query.question import analyse

SENTENCE = "今年将新增临时铺位300个，方便摊贩经营。"


def test_a_sibling_noun_is_vetoed_where_the_passage_writes_the_one_asked():
    q = analyse("青河区今年要新增多少个摊位？")
    f = figure_named(SENTENCE, "300个")
    passage = "青河区现有固定摊位1200个。" + SENTENCE
    assert figure_kind.sibling_disagreement(q, SENTENCE, f, passage)
    assert figure_kind.sibling_disagreement(q, SENTENCE, f)  # no passage given: as before


def test_a_noun_its_passage_never_writes_is_named_by_the_texts_own_word():
    q = analyse("青河区今年要新增多少个摊位？")
    f = figure_named(SENTENCE, "300个")
    assert not figure_kind.sibling_disagreement(q, SENTENCE, f, "青河区召开会议。" + SENTENCE)
    assert not figure_kind.disagreement(q, SENTENCE, f, passage="青河区召开会议。" + SENTENCE)
