"""A figure claim the figure check leaves open, decided by what the answerer shows when asked it.

The figure check (figures.py, said_whole.py, said_nearly.py) decides only when a source writes the
claim's subject, period and measure in words it can match; a claim put in a reader's own words
(比前一年多了39% for 增长93%, 新铺和改造 for 铺设和改造) leaves it open. The answerer reads such wording
through its learned selector and its own subject, unit and figure checks, and refuses when no sentence
answers. So the claim's figure becomes the figure asked (…比前一年多了百分之多少？): when what the answer
shows holds figures in the claim's unit and none agrees with the claim's, the claim is refuted with the
first of them. The same figure shown does not support it: the answer says the figure, not the rest of
the claim (新增智能袜机2400台 is no support for 2400台袜机将全部由某集团采购); that stays the figure
check's and said_nearly's to decide. A refusal, an answer whose sources give two values (the disputed
case is the figure check's to say), or one without a figure in the unit leaves the claim open. A
negated claim (没有达到100亿元) is not asked: another figure does not refute it.

The answerer's own mistakes carry over: a tempting near figure it shows refutes a claim nobody wrote
about (docs/benchmarks.md, session 63, counts both ways on the open claim sets).

A claim writing two figures or more is supported when one span the answer shows, asked any of them,
holds every one (增加值达到12.3亿元，增速为12% and 增加值完成12.3亿元，增长12%): two values found together
where the answerer looked for the claim's words say the same thing, where one alone may be a coincidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.values import figures_agree
from assistant.check.draft import Claim, figures
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.text import quantities

# a figure written with no count of its own (百公里油耗: per hundred kilometres) states no value to ask
COUNTED_RE = re.compile(r"[\d零一二两三四五六七八九十半]")


def remembered(ask):
    """`ask` answering each question once: the parts of a claim writing two figures ask each other's
    questions (`_all_shown`), and a draft may hold the same claim twice. For one check, not across
    writes to the index."""
    return None if ask is None else lru_cache(maxsize=None)(ask)


def question(text: str, figure: quantities.Quantity) -> str:
    """The claim asked for its figure ('' when the figure writes no count): 增长39% -> 增长百分之多少？"""
    if not COUNTED_RE.search(figure.text):
        return ""
    asked = "百分之多少" if figure.unit == "%" else "多少" + figure.unit
    return (text[: figure.start] + asked + text[figure.end :]).rstrip("。.！!；;，, ") + "？"


def decide(claim: Claim, ask) -> Outcome | None:
    """The figure claim refuted (or, writing two figures or more, supported: `_all_shown`) by `ask(question) -> the
    answer's parts` (`Assistant.shown_parts`), or None (no `ask`: None)."""
    if ask is None or claim.kind != "figure" or claim.figure is None or claim.negated:
        return None
    asked = question(claim.text, claim.figure)
    parts = ask(asked) if asked else []
    shown = [(p, g) for p in parts for g in figures(_span(p)) if quantities.same_unit(g.unit, claim.figure.unit)]
    if shown and not any(figures_agree(claim.figure, g) for _, g in shown):
        p, g = shown[0]
        return Outcome(REFUTED, [p], claim.figure.text, (g.text,), "answer", p.score)
    return _all_shown(claim, parts, ask)


def _span(part) -> str:
    return part.sentence.chunk.text[part.a : part.b]


def _all_shown(claim: Claim, parts, ask) -> Outcome | None:
    """Supported when one shown span holds every figure of a claim writing two or more; the other
    figures' questions are asked only when the claim's own figure's answer shows no such span."""
    own = [g for g in figures(claim.text) if COUNTED_RE.search(g.text)]
    if len(own) < 2:
        return None
    others = (question(claim.text, g) for g in own if g.start != claim.figure.start)
    for found in (parts, *(ask(q) for q in others if q)):
        for p in found:
            held = figures(_span(p))
            if all(any(figures_agree(g, h) for h in held) for g in own):
                return Outcome(SUPPORTED, [p], claim.figure.text, (), "answer", p.score)
    return None
