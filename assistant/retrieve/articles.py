"""Which retrieved articles tell the asked story, not a sibling of it.

A news haystack holds many articles about one event. A sibling article shares the event's
words (芭比, 北美, 票房) and can give a figure for another day or another measure; the asked
article also holds the words that single out what is asked (截至周四, 收获). So each retrieved
passage is judged by its whole article: the share of the question's topic words (question
words such as 什么 and 多少 aside), weighted by rarity, that the article holds anywhere, a word
mostly held counting in part (西安区 in a scan's 西安安区). Passages of an article well below the
best-covered one are dropped before the answer step reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.records import Hit
from assistant.text import words

# an article this far below the best-covered one is a sibling, not the story asked
# (a sibling on part a: 0.20-0.61 against the asked article's 0.91-1.00)
MARGIN = 0.3


def article_key(hit: Hit) -> tuple[str, int]:
    return hit.chunk.source, hit.chunk.article


def coverage(groups: Iterable[tuple[str, ...]], text: str, idf: Callable[[str], float]) -> float:
    """Share of the rarity of the groups of alternative words (the rarest alternative's) that
    `text` holds, case aside (JAXR, the index's jaxr)."""
    text = text.lower()
    weights = {g: max(idf(t.lower()) for t in g) for g in dict.fromkeys(groups) if g}
    total = sum(weights.values())
    got = sum(w * max(words.match(t.lower(), text) for t in g) for g, w in weights.items())
    return got / total if total else 0.0


def keep_asked_articles(hits: list[Hit], groups: list[tuple[str, ...]], idf: Callable[[str], float],
                        texts: dict[tuple[str, int], str], margin: float = MARGIN) -> list[Hit]:
    """The hits whose article covers the question's topic words within `margin` of the best
    one; all of them when fewer than two words or two articles are there to compare."""
    keys = list(dict.fromkeys(article_key(h) for h in hits))
    if len(set(groups)) < 2 or len(keys) < 2:
        return hits
    cov = {k: coverage(groups, texts.get(k, ""), idf) for k in keys}
    best = max(cov.values())
    # (a tolerance: 0.4 is not below 0.7 - 0.3 however the sums round)
    return [h for h in hits if cov[article_key(h)] >= best - margin - 1e-9]
