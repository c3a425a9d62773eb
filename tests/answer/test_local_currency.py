"""A sum asked in a local currency (多少新台币) is written in 元 by its own press: the sentence's support
(evidence.type_factor) and the figure's pick (figures) read the same unit test (unit_nouns.unit_agrees)."""

from __future__ import annotations

from assistant.answer.evidence import type_factor
from assistant.answer.unit_nouns import unit_agrees
from assistant.query.question import analyse
from assistant.text import quantities


def test_a_sum_in_yuan_is_in_the_local_currency_asked():
    q = analyse("星海电子第三季度营收是多少新台币？")
    text = "星海电子第三季度营收为新台币120.5亿元，环比增长3%。"
    f = next(f for f in quantities.find_quantities(text) if f.unit == "元" or f.kind == "money")
    assert unit_agrees(q, text, f)
    assert type_factor(q, text) == 1.0


def test_a_sum_in_another_currency_is_not():
    q = analyse("星海电子第三季度营收是多少新台币？")
    text = "星海电子第三季度营收为12.5亿美元，环比增长3%。"
    assert type_factor(q, text) < 1.0
