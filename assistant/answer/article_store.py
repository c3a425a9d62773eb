"""The store the answer step may read whole articles from while it answers (`reading`).

A passage retrieved is part of an article; some readings need the rest of it: an interview's
speaker named only in its opening passage (article_openings.py), where in its article a sentence
stands (closing_part.py). The service opens its store here around the answer step; with none open
(a benchmark's hits alone) nothing is read. Each article is read from the store once per block: several
readings of one answer ask for the same interview.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

_open: ContextVar[tuple | None] = ContextVar("article_store", default=None)  # (store, the articles read from it)


@contextmanager
def reading(store):
    """Let the answer step read articles from `store` (a ChunkStore: its `chunks_of`) inside the block."""
    token = _open.set((store, {}))
    try:
        yield
    finally:
        _open.reset(token)


def article_chunks(source: str, article: int) -> list:
    """The store's passages of article `article` of `source`, in the order of the article; [] when no store is open."""
    if (opened := _open.get()) is None:
        return []
    store, read = opened
    if (source, article) not in read:
        read[source, article] = sorted((c for c in store.chunks_of([source], [article]) if c.article == article),
                                       key=lambda c: c.start)
    return list(read[source, article])


def titles_of(source: str) -> list[tuple[int, str]]:
    """(article, title) of every article of `source` in the order of the document; [] when no store is open.
    The order of a report's sections (二、工作安排 · (九)…) is read from these."""
    if (opened := _open.get()) is None:
        return []
    store, read = opened
    if (source, None) not in read:
        first: dict[int, tuple[int, str]] = {}
        for c in store.chunks_of([source]):
            if c.article not in first or c.start < first[c.article][0]:
                first[c.article] = (c.start, c.title)
        read[source, None] = sorted((a, t) for a, (_, t) in first.items())
    return list(read[source, None])
