"""Filters by document and date: a question asked of some documents of a knowledge base.

A filter resolves to a list of documents; the question then runs on a read-only view of
the collection that holds only their chunks (dense search with a Chroma `where`, a keyword
index built from those chunks alone), so nothing else can be retrieved or cited, and the
answering steps need no change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assistant import document_dates
from assistant.errors import SuyuanError
from assistant.index.store import ChunkStore


class FilterError(SuyuanError):
    """A filter naming an unknown document, a bad date, or matching nothing."""


@dataclass(frozen=True)
class Filter:
    documents: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def empty(self) -> bool:
        return not self.documents and self.date_from is None and self.date_to is None

    @classmethod
    def parse(cls, documents=None, date_from: str | None = None, date_to: str | None = None) -> "Filter":
        return cls(tuple(documents or ()), _day(date_from, "date_from"), _day(date_to, "date_to"))


def _day(value: str | None, field: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise FilterError(f"{field}: {value!r} is not a date like 2024-01-31") from None


def select_sources(assistant, flt: Filter) -> list[str]:
    """The documents a filter keeps, or FilterError when it names one not indexed or keeps none."""
    indexed = [d.source for d in assistant.documents()]
    chosen = indexed
    if flt.documents:
        unknown = [s for s in flt.documents if s not in indexed]
        if unknown:
            raise FilterError(f"not indexed in this knowledge base: {', '.join(unknown)}")
        chosen = [s for s in indexed if s in flt.documents]
    if flt.date_from or flt.date_to:
        dates = document_dates.dates(assistant.store, chosen)
        lo, hi = flt.date_from or date.min, flt.date_to or date.max
        chosen = [s for s in chosen if dates.get(s) and lo <= date.fromisoformat(dates[s]["date"]) <= hi]
    if not chosen:
        raise FilterError("no document matches the filter (documents without a known date never match a date range)")
    return chosen


def restrict(assistant, flt: Filter, embedder=None):
    """An Assistant over the documents a filter keeps (the same one when the filter is empty)."""
    from assistant.service import Assistant

    if flt.empty():
        return assistant
    view = SourceView(assistant.store, select_sources(assistant, flt))
    return Assistant(assistant.settings, store=view, embedder=embedder or assistant.embedder)


class SourceView(ChunkStore):
    """A read-only view of a collection restricted to some documents."""

    def __init__(self, base: ChunkStore, sources: list[str]):
        # share the base's client and collection: no second connection, no new collection
        self.settings, self.client, self.name, self.collection = base.settings, base.client, base.name, base.collection
        self._base = base
        # the keyword index is the collection's; `get` below drops chunks of other documents
        self.keywords = base.keywords
        self.sources_kept = list(sources)
        self.where = {"source": {"$in": self.sources_kept}} if len(sources) > 1 else {"source": sources[0]}

    def generation(self) -> str:
        return self._base.generation()

    def count(self) -> int:
        return len(self.collection.get(where=self.where, include=[])["ids"])

    def empty(self) -> bool:
        return not self.collection.get(where=self.where, include=[], limit=1)["ids"]

    def iterate(self, include_text: bool = True, page: int = 2000):
        include = ["metadatas", "documents"] if include_text else ["metadatas"]
        offset = 0
        while True:
            batch = self.collection.get(where=self.where, include=include, limit=page, offset=offset)
            if not batch["ids"]:
                return
            texts = batch.get("documents") or [None] * len(batch["ids"])
            yield from zip(batch["ids"], batch["metadatas"], texts)
            offset += len(batch["ids"])

    def query(self, vector, n: int):
        return self._base.query(vector, n, where=self.where)

    def get(self, ids: list[str]):
        return {i: c for i, c in self._base.get(ids).items() if c.source in self.sources_kept}

    def _read_only(self, *args, **kwargs):
        raise FilterError("a filtered view is read-only: index into the knowledge base itself")

    upsert = delete_source = drop = set_info = _read_only
