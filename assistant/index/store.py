"""The only module that imports chromadb: an embedded (or server) collection of chunks,
with its persisted keyword index (keyword_store.py) kept in step.

Chroma is the source of truth. Every write is first noted in the keyword index's
`pending` table, then made in Chroma, then in the keyword index, and the note cleared; a
store opened after a crash replays the notes against Chroma, so the two agree again at a
cost in proportion to the interrupted change.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import StoreError
from assistant.index.keyword_store import KeywordStore
from assistant.records import Chunk

BATCH = 1000  # well under Chroma's maximum batch size
SEARCH_DEPTH = 500  # nearest chunks the dense search looks for, of which it keeps the n asked (`query`)


@dataclass(frozen=True)
class SourceInfo:
    source: str
    content_hash: str
    chunks: int
    articles: int
    complete: bool


def distance_to_similarity(distance: float) -> float:
    """Collections are created with cosine distance: similarity = 1 - distance."""
    return 1.0 - float(distance)


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        settings.store.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.store), settings=chroma_settings)
    except Exception as exc:  # chromadb raises ValueError, ConnectionError, its own errors
        where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.store)
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


def chunk_to_record(chunk: Chunk, content_hash: str, doc_chunks: int, tokens: list[str], facts: str = "[]") -> dict:
    return {
        "facts": facts,
        "source": chunk.source, "title": chunk.title, "subject": chunk.subject,
        "article": chunk.article, "start": chunk.start, "end": chunk.end,
        "segments": json.dumps(chunk.segments), "raw": chunk.raw,
        "page": chunk.page if chunk.page is not None else -1, "year": chunk.year, "ocr": chunk.ocr,
        "doc_hash": content_hash, "doc_chunks": doc_chunks, "tokens": " ".join(tokens),
    }


def record_to_chunk(chunk_id: str, text: str, meta: dict) -> Chunk:
    page = meta.get("page", -1)
    return Chunk(
        id=chunk_id, source=meta["source"], title=meta.get("title", ""), subject=meta.get("subject", ""),
        article=int(meta.get("article", 0)), start=int(meta["start"]), end=int(meta["end"]), text=text,
        segments=tuple(tuple(s) for s in json.loads(meta.get("segments", "[]"))),
        raw=meta.get("raw", ""), page=None if page is None or page < 0 else int(page),
        year=meta.get("year", ""), ocr=bool(meta.get("ocr", False)),
    )


def keyword_path(settings: Settings, collection_id: str) -> Path:
    """By collection id, which survives a rename (the swap after `--rebuild`). In server
    mode every client must name the same folder (SUYUAN_KEYWORD_DIR) to see the same index."""
    folder = getattr(settings, "keyword_dir", None) or Path(settings.store) / "keywords"
    return Path(folder) / f"{collection_id}.sqlite3"


class ChunkStore:
    def __init__(self, settings: Settings, name: str | None = None):
        self.settings = settings
        self.client = _client(settings)
        self.name = name or settings.collection_name()
        self._lock = threading.RLock()
        try:
            self.collection = self.client.get_or_create_collection(
                self.name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedding_model": settings.embedding_model, "chunk_tokens": settings.chunk_tokens,
                          "chunk_overlap": settings.chunk_overlap},
            )
        except Exception as exc:
            raise StoreError(f"cannot open collection {self.name}: {exc}") from exc
        self.keywords = KeywordStore(keyword_path(settings, str(self.collection.id)))
        self._recover()

    # writing -------------------------------------------------------------
    def upsert(self, ids, vectors, texts, metadatas) -> None:
        with self._lock:
            ticket = self.keywords.begin("upsert", ids)
            for i in range(0, len(ids), BATCH):
                self.collection.upsert(
                    ids=list(ids[i : i + BATCH]), embeddings=vectors[i : i + BATCH],
                    documents=list(texts[i : i + BATCH]), metadatas=list(metadatas[i : i + BATCH]),
                )
            self.keywords.add(ids, metadatas)
            self.keywords.done(ticket)
            self._bump()

    def _delete_where(self, where) -> int:
        with self._lock:
            found = self.collection.get(where=where, include=[])
            if found["ids"]:
                ticket = self.keywords.begin("delete", found["ids"])
                for i in range(0, len(found["ids"]), BATCH):
                    self.collection.delete(ids=found["ids"][i : i + BATCH])
                self.keywords.remove(found["ids"])
                self.keywords.done(ticket)
                self._bump()
            return len(found["ids"])

    def delete_source(self, source: str, except_hash: str | None = None) -> int:
        where = {"source": source}
        if except_hash:
            where = {"$and": [{"source": source}, {"doc_hash": {"$ne": except_hash}}]}
        return self._delete_where(where)

    def delete_stale(self, current: list[tuple[str, str]]) -> int:
        """Delete every version but the given one of each (source, content hash), in one go."""
        if not current:
            return 0
        ors = [{"$and": [{"source": s}, {"doc_hash": {"$ne": h}}]} for s, h in current]
        return self._delete_where(ors[0] if len(ors) == 1 else {"$or": ors})

    def _recover(self) -> None:
        """Replay writes a crash interrupted; rebuild the keyword index if it is missing or
        disagrees with Chroma in size (an index from before it was persisted)."""
        for ticket, ids in self.keywords.unfinished():
            for i in range(0, len(ids), BATCH):
                part = ids[i : i + BATCH]
                found = self.collection.get(ids=part, include=["metadatas"])
                self.keywords.add(found["ids"], found["metadatas"])
                self.keywords.remove(sorted(set(part) - set(found["ids"])))
            self.keywords.done(ticket)
        if len(self.keywords) != self.collection.count() and not self.keywords.unfinished():
            self._resync()
            self.keywords.mark_synced(self.generation())

    def _resync(self) -> None:
        """Make the keyword index hold exactly Chroma's chunks: O(collection), for a keyword
        file that is new, from before this version, or kept by clients that do not share it."""
        chroma = set()
        batch_ids, batch_meta = [], []
        for chunk_id, meta, _ in self.iterate(include_text=False):
            chroma.add(chunk_id)
            batch_ids.append(chunk_id)
            batch_meta.append(meta)
            if len(batch_ids) == BATCH:
                self.keywords.add(batch_ids, batch_meta)
                batch_ids, batch_meta = [], []
        self.keywords.add(batch_ids, batch_meta)
        self.keywords.remove(sorted(set(self.keywords.ids) - chroma))

    def sync_keywords(self) -> None:
        """Server mode: if another client changed the collection without writing this keyword
        file (a different SUYUAN_KEYWORD_DIR), catch up from Chroma, and say so."""
        generation = self.generation()
        if generation and generation != self.keywords.synced():
            import logging

            logging.getLogger(__name__).warning(
                "the keyword index in %s missed a change made through another keyword folder; rebuilding it "
                "from Chroma (give every client the same SUYUAN_KEYWORD_DIR)", self.keywords.path.parent)
            self._resync()
            self.keywords.mark_synced(generation)

    def _bump(self) -> None:
        """Stamp the collection with a new generation, and the keyword index with the same: a
        client that finds the two different knows its keyword file missed a write."""
        generation = f"{time.time():.6f}"
        self.set_info("generation", generation)
        self.keywords.mark_synced(generation)

    def set_info(self, key: str, value) -> None:
        with self._lock:
            meta = dict(self.collection.metadata or {})
            meta[key] = value
            self.collection.modify(metadata=meta)

    def info(self, key: str):
        return (self.collection.metadata or {}).get(key)

    def generation(self) -> str:
        try:
            collection = self.client.get_collection(self.name, embedding_function=None)
        except Exception:
            return ""
        return str((collection.metadata or {}).get("generation", ""))

    # reading -------------------------------------------------------------
    def count(self) -> int:
        return self.collection.count()

    def empty(self) -> bool:
        """Asked before every question, so cheap: Chroma's count() scans the collection (60 ms at
        200,000 chunks), the keyword index counts its rows from arrays in memory; only an empty
        keyword index is confirmed with Chroma."""
        return len(self.keywords) == 0 and self.collection.count() == 0

    def sources(self) -> list[SourceInfo]:
        per: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for _, meta, _ in self.iterate(include_text=False):
            per[(meta["source"], meta["doc_hash"])].append(meta)
        out = []
        for (source, digest), metas in sorted(per.items()):
            expected = int(metas[0].get("doc_chunks", len(metas)))
            out.append(SourceInfo(source, digest, len(metas), len({m["article"] for m in metas}), expected == len(metas)))
        return out

    def source_states(self, sources: list[str]) -> dict[str, dict[str, tuple[int, int]]]:
        """source -> content hash -> (chunks present, chunks expected), for many sources at once."""
        states: dict[str, dict[str, list[int]]] = defaultdict(dict)
        sources = list(dict.fromkeys(sources))
        for i in range(0, len(sources), 100):
            part = sources[i : i + 100]
            where = {"source": part[0]} if len(part) == 1 else {"source": {"$in": part}}
            for meta in self.collection.get(where=where, include=["metadatas"])["metadatas"]:
                entry = states[meta["source"]].setdefault(meta["doc_hash"], [0, int(meta.get("doc_chunks", 0))])
                entry[0] += 1
        return {s: {h: (v[0], v[1]) for h, v in st.items()} for s, st in states.items()}

    def source_state(self, source: str) -> dict[str, tuple[int, int]]:
        """content hash -> (chunks present, chunks expected) for one source."""
        found = self.collection.get(where={"source": source}, include=["metadatas"])
        state: dict[str, list[int]] = {}
        for meta in found["metadatas"]:
            entry = state.setdefault(meta["doc_hash"], [0, int(meta.get("doc_chunks", 0))])
            entry[0] += 1
        return {k: (v[0], v[1]) for k, v in state.items()}

    def iterate(self, include_text: bool = True, page: int = 2000):
        """(id, metadata, text) of every chunk, in pages."""
        include = ["metadatas", "documents"] if include_text else ["metadatas"]
        offset = 0
        while True:
            batch = self.collection.get(include=include, limit=page, offset=offset)
            if not batch["ids"]:
                return
            texts = batch.get("documents") or [None] * len(batch["ids"])
            yield from zip(batch["ids"], batch["metadatas"], texts)
            offset += len(batch["ids"])

    def get(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        found = self.collection.get(ids=list(ids), include=["metadatas", "documents"])
        return {i: record_to_chunk(i, t, m) for i, t, m in zip(found["ids"], found["documents"], found["metadatas"])}

    def chunks_of(self, sources: list[str], articles: list[int] | None = None) -> list[Chunk]:
        """Every chunk of these documents (of these articles of them, when given: a long
        compilation is read article by article, not whole)."""
        if not sources:
            return []
        where = {"source": sources[0]} if len(sources) == 1 else {"source": {"$in": list(sources)}}
        if articles is not None:
            where = {"$and": [where, {"article": {"$in": sorted(set(articles))}}]}
        found = self.collection.get(where=where, include=["metadatas", "documents"])
        return [record_to_chunk(i, t, m) for i, t, m in zip(found["ids"], found["documents"], found["metadatas"])]

    def query(self, vector, n: int, where: dict | None = None) -> list[tuple[Chunk, float]]:
        # No count() first: Chroma (1.x) returns what it has when asked for more, or nothing from
        # an empty collection, and its count scans the collection (70 ms a question at 1M chunks).
        # A search SEARCH_DEPTH deep (HNSW searches max(ef_search, n) deep), cut to n: the records
        # after the index's last write are replayed from the log into the graph anew in each
        # process, so a search n deep (ef_search 100) found different nearest chunks in different
        # processes, and answers changed with them (docs/benchmarks.md, session 44). Only the n kept are read.
        found = self.collection.query(query_embeddings=[vector], n_results=max(n, SEARCH_DEPTH), where=where,
                                      include=["distances"])
        ids, distances = found["ids"][0][:n], found["distances"][0][:n]
        got = self.collection.get(ids=ids, include=["metadatas", "documents"]) if ids else {"ids": []}
        records = {i: (t, m) for i, t, m in zip(got["ids"], got.get("documents") or [], got.get("metadatas") or [])}
        return [(record_to_chunk(i, *records[i]), distance_to_similarity(d)) for i, d in zip(ids, distances) if i in records]

    def drop(self) -> None:
        with self._lock:
            self.client.delete_collection(self.name)
            self.keywords.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.keywords.path}{suffix}").unlink(missing_ok=True)
