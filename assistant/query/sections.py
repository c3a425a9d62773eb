"""The part of a document a question names before asking (农村建设方面，…; 财政这块，…; 生态修复那段，…).

The asker says where to look; the document heads that part in its own words (乡村建设 for 农村建设, 加快辽矿增量配电网建设
for 辽矿增量配电网), and the words name the part, not the thing the figure asked is of. query/framing.py reads the
same phrasing (那段) as the question's frame for topic coverage; this module says which words it spans.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a clause of its own before the asking clause, ending in 方面, 这块, 那段 (几个方面 counts, and asks), or in
# the postposition 上 alone (畜牧养殖上，…: on the matter of; not 论坛上, 推进会上: the occasion, where it was said;
# not 对不上, 赶得上: a verb's complement)
SECTION_RE = re.compile(r"(?:^|(?<=[，,；;]))(?:在|关于|说到|谈到)?([^，,；;？?]{2,14}?)"
                        r"(?:(?:(?:那|这|该)(?:段|部分|块|方面|节)|一节|方面|板块)(?:里|中|上)?|(?<![会坛节赛不得])上)(?=[，,])")
SECTION_ASKING_RE = re.compile(r"多少|几|哪|什么|谁")


@lru_cache(maxsize=1024)
def section_span(question: str) -> tuple[int, int] | None:
    """The span of the words naming the part of the document asked about (`SECTION_RE`), None for none."""
    m = SECTION_RE.search(question)
    if m is None or SECTION_ASKING_RE.search(m.group(1)):
        return None
    return m.span(1)


def in_section(term: str, question: str) -> bool:
    """Is every place `question` writes `term` inside the section it names (`section_span`)?"""
    span = section_span(question)
    if span is None or term not in question:
        return False
    a, b = span
    at = question.find(term)
    while at >= 0:
        if not (a <= at and at + len(term) <= b):
            return False
        at = question.find(term, at + 1)
    return True


# a topic marker right after a word (教育这块, 民族团结工作方面, 防汛领域): the word names a part of the document
TOPIC_MARKER_RE = re.compile(r"(?:工作|领域|事业)?(?:(?:那|这|该|一)(?:段|部分|块|方面)|方面|板块|部分|领域)")


def heads_part(term: str, question: str) -> bool:
    """Does `question` write `term` only as the name of a part of the document: inside the section it names before
    asking (`in_section`), or right before a topic marker (教育这块有什么变化？…)? Such a word is where to look,
    not a place or a body the sentence must be about (the document heads the part in its own words)."""
    if in_section(term, question):
        return True
    ats = [m.start() for m in re.finditer(re.escape(term), question)] if term else []
    return bool(ats) and all(TOPIC_MARKER_RE.match(question, at + len(term)) for at in ats)


def part_words(question: str, terms) -> tuple[str, ...]:
    """The terms of `question` that only name the part of the document asked (`heads_part`)."""
    return tuple(t for t in terms if len(t) > 1 and heads_part(t, question))
