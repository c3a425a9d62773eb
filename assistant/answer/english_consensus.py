"""An English question's answer that every scorer puts first.

The English scorer's probability (english_model.py) is low for a sentence that says what was asked in
words its dictionary does not reach (咬定青山不放松 for "a classical line", 二者缺一不可 for "the relation
between the two"): it was fitted mostly on figure questions, and the rules' support it reads counts the
translated words a sentence holds. When scorers that read different things all put one sentence first, that
agreement is the evidence the probability lacks: the English scorer (translated words, the encoder, the
answer type), the learned selector (its Chinese features), the e5 encoder on meaning alone (the closest of
the selector's best DENSE_TOP) and the rules (among their first RULES_FIRST). The answer is then taken at
AGREED_SUPPORT, as `english.agreed_support` takes a figure so agreed on; a figure question keeps that one
(its unit and figure-kind checks). Every check after the draft (the kind asked, a name quoted, a person
named) still vetoes it.

Measured on the English questions of every seed and news check (docs/benchmarks.md, session 52): of the
refused non-figure answers, this took 6 right ones and no wrong one; among those refused, a sentence the
rules put fourth or later that the others agreed on was once another firm's partner.
"""

from __future__ import annotations

from assistant.answer.english import AGREED_SUPPORT
from assistant.answer.evidence import DENSE_TOP

LEAST_PROBABILITY = 0.3  # the English scorer's own, for its first sentence
RULES_FIRST = 3  # the rules' first sentences, among which the agreed one must be


def agreed(q, made, order, rules_order, ranked, similarity) -> float:
    """The support of the English scorer's draft `made`: AGREED_SUPPORT when that is more and the draft's
    sentence is the first of the scorer's `order` at LEAST_PROBABILITY or more, the learned selector's first
    (`ranked`), the encoder's closest among the selector's best DENSE_TOP (`similarity`: texts -> cosines) and
    among the rules' first RULES_FIRST (`rules_order`: the candidates in the rules' order); `made.support`
    otherwise."""
    support = made.support
    if (q.kind == "quantity" or not 0 < support < AGREED_SUPPORT or not made.parts or not order or not ranked
            or similarity is None):
        return support
    text = order[0].sentence.text
    if made.parts[0].sentence.text != text or order[0].factors.get("probability", order[0].score) < LEAST_PROBABILITY:
        return support
    if ranked[0].sentence.text != text or text not in (sc.sentence.text for sc in rules_order[:RULES_FIRST]):
        return support
    near = [sc.sentence.text for sc in ranked[:DENSE_TOP]]
    cos = similarity(near)
    return AGREED_SUPPORT if near[max(range(len(near)), key=lambda i: cos[i])] == text else support
