"""A sentence that writes only whom or where a question asks about (伽利略, 佛罗伦斯) and none of
what it asks of them (软禁, 著作, 总结, 工作) says nothing of the question, however rare the names
make its share of the question's words. Read for open (generic) questions only: a figure, a date,
a person or a list question has its own check of what fills its answer.
"""

from __future__ import annotations

from assistant.answer.asked_kind import ROLE_ASKED_RE, names_role
from assistant.text import words
from assistant.text.words import match

NAMES_ONLY = 0.5  # the support factor of such a sentence
MIN_PREDICATE = 3  # word groups besides the names a question must ask with for the test to apply
NAME_TAGS = ("nr", "ns", "nt", "nz")


def predicate(q, weights) -> tuple[tuple[tuple[str, ...], ...], frozenset, str]:
    """(the groups of `weights` (topic_coverage.term_weights) that are not the question's names, places,
    figures, frame words or single characters, those names, the question); no groups when the test
    does not apply."""
    if q.english or q.kind != "generic":
        return (), frozenset(), q.text
    names = set(q.places) | {w for w, flag in words.tagged(q.text) if flag in NAME_TAGS}
    figures = {(f,) for f in q.figures}
    groups = tuple(g for g in weights if g not in figures and g not in getattr(weights, "optional", ())
                   and all(len(t) >= 2 and t not in names for t in g))
    return (groups if len(groups) >= MIN_PREDICATE else ()), frozenset(names), q.text


def factor(asked: tuple, text: str) -> float:
    """NAMES_ONLY when `text` writes a name of the question and none of its other groups (`predicate`),
    else 1: a sentence writing neither may say the same in other words (消除…障碍 for 清除哪一类障碍)."""
    groups, names, question = asked
    if not groups or not any(n in text for n in names) or any(match(t, text) > 0 for g in groups for t in g):
        return 1.0
    # 担任什么职务 asked of a sentence writing a role by the name (总经理郭威表示): it writes the
    # answer in place of the asking noun, not only the names
    if ROLE_ASKED_RE.search(question) and names_role(question, text, appointed=False):
        return 1.0
    return NAMES_ONLY
