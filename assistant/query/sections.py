"""The part of a document a question names before asking (农村建设方面，…; 财政这块，…; 生态修复那段，…).

The asker says where to look; the document heads that part in its own words (乡村建设 for 农村建设, 加快辽矿增量配电网建设
for 辽矿增量配电网), and the words name the part, not the thing the figure asked is of. query/framing.py reads the
same phrasing (那段) as the question's frame for topic coverage; this module says which words it spans.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a clause of its own before the asking clause, ending in 方面, 这块, 那段 (几个方面 counts, and asks), or in
# the postposition 上 alone (畜牧养殖上，…: on the matter of; not 论坛上, 推进会上: the occasion, where it was said)
SECTION_RE = re.compile(r"(?:^|(?<=[，,；;]))(?:在|关于|说到|谈到)?([^，,；;？?]{2,14}?)"
                        r"(?:(?:(?:那|这|该)(?:段|部分|块|方面)|方面|板块)(?:里|中|上)?|(?<![会坛节赛])上)(?=[，,])")
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
