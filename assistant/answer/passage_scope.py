"""The figure checks that read a picked figure's passage, not its sentence alone.

- A part and the whole (answer/count_scope.part_whole_disagreement): the counts of one noun in the
  article's passages sum to the largest.
- A topic the passage opens only after the sentence: 此外，该平台的音乐订阅服务价格也同步上调。 opens
  the account of the music service; the prices written before it are of what the article spoke of
  first. A question naming a word (音乐) that the figure's sentence does not write, and that its
  passage writes first in such an opener (此外, 另外, 同样, 同时, 与此同时 … 也) after the sentence, asks
  of the topic opened there, not of the sentence's. A sentence after the opener is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import count_scope
from assistant.query.question import Question

OPENER_RE = re.compile(r"(?:^|(?<=[。！？!?\n]))\s*(?:此外|另外|同样|同时|与此同时)[，,][^。！？!?\n]*也[^。！？!?\n]*")


def opened_later_disagreement(q: Question, s) -> str:
    """A word of the question the sentence does not write, written first in its passage in an
    opener after the sentence: the figure is of what the passage spoke of before."""
    if q.english:
        return ""
    text, (a, b) = s.chunk.text, (s.a, s.b)
    asked = [t for t in q.terms if len(t) >= 2 and t not in q.places and t not in s.text]
    for m in OPENER_RE.finditer(text, b):
        for t in asked:
            if t in m.group(0) and t not in text[:a] and t not in text[b : m.start()]:
                return f"{t} is spoken of from a later opener ({m.group(0).strip()[:12]}…)"
    return ""


def ranked(q: Question, picks: list, scored: list) -> list:
    """`picks` best first, those the passage checks refuse set to no score: the passages of each
    pick's article among `scored` are where its parts are written."""
    def article(s):
        return s.chunk.source, s.chunk.article
    passages = {}
    for sc in scored:
        passages.setdefault(article(sc.sentence), {})[sc.sentence.chunk.id] = sc.sentence.chunk.text
    out = []
    for p in picks:
        s = p.scored.sentence
        texts = list(passages.get(article(s), {}).values())
        if p.score > 0 and (count_scope.part_whole_disagreement(q, s, p.figure, texts) or opened_later_disagreement(q, s)):
            p = replace(p, score=0.0, factors={**p.factors, "veto": 1.0})
        out.append(p)
    return sorted(out, key=lambda p: -p.score)
