"""The store the answer step may read whole articles from while it answers (`reading`).

A passage retrieved is part of an article; some readings need the rest of it: an interview's
speaker named only in its opening passage (article_openings.py), where in its article a sentence
stands (closing_part.py). The service opens its store here around the answer step; with none open
(a benchmark's hits alone) nothing is read.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

_store: ContextVar[object | None] = ContextVar("article_store", default=None)


@contextmanager
def reading(store):
    """Let the answer step read articles from `store` (a ChunkStore: its `chunks_of`) inside the block."""
    token = _store.set(store)
    try:
        yield
    finally:
        _store.reset(token)


def article_chunks(source: str, article: int) -> list:
    """The store's passages of article `article` of `source`, in the order of the article; [] when no store is open."""
    store = _store.get()
    if store is None:
        return []
    return sorted((c for c in store.chunks_of([source], [article]) if c.article == article), key=lambda c: c.start)
