"""Files -> chunks -> vectors -> Chroma, skipping what has not changed.

Order of writes keeps an index whole through a crash: a new version of a file is written
completely before its old chunks are deleted, and a version counts as present only when
all its chunks are (each chunk records how many its version has).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest import facts
from assistant.text import words
from assistant.ingest.chunking import chunk_document
from assistant.config import Settings
from assistant.ingest.loaders import WebOptions, load_paths
from assistant.index.store import ChunkStore, chunk_to_record
from assistant.records import Document


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    chunks_added: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.pruned)


def _progress(total: int, enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="chunk", disable=not enabled, leave=False)


def index_documents(docs: list[Document], store: ChunkStore, embedder, settings: Settings,
                    report: IndexReport, progress: bool = False, on_progress=None) -> None:
    todo = []
    for doc in docs:
        state = store.source_state(doc.source)
        present, expected = state.get(doc.content_hash, (0, -1))
        if present and present == expected:
            if len(state) > 1:  # an older version survived a crash: finish replacing it
                store.delete_source(doc.source, except_hash=doc.content_hash)
            report.unchanged.append(doc.source)
            continue
        chunks = chunk_document(doc, settings.chunk_tokens, settings.chunk_overlap)
        todo.append((doc, chunks, bool(state)))
    total = sum(len(c) for _, c, _ in todo)
    done = 0
    with _progress(total, progress, "embedding") as bar:
        for doc, chunks, existed in todo:
            texts = [c.embed_text() for c in chunks]
            vectors = []
            t0 = time.perf_counter()
            batch = max(1, settings.embedding_batch)
            for i in range(0, len(texts), batch):
                vectors.extend(embedder.embed_documents(texts[i : i + batch]))
                bar.update(len(texts[i : i + batch]))
                done += len(texts[i : i + batch])
                if on_progress:
                    on_progress(done, total, doc.source)
            report.embed_seconds += time.perf_counter() - t0
            records = [chunk_to_record(c, doc.content_hash, len(chunks), list(words.search_tokens(t)),
                                       facts.to_json(facts.extract(c)))
                       for c, t in zip(chunks, texts)]
            store.upsert([c.id for c in chunks], vectors, [c.text for c in chunks], records)
            store.delete_source(doc.source, except_hash=doc.content_hash)
            (report.replaced if existed else report.added).append(doc.source)
            report.chunks_added += len(chunks)


def _print_pages(done: int, total: int, what: str) -> None:
    print(f"  {what} ({done}/{total})", file=sys.stderr, flush=True)


def index_paths(paths: list[Path], store: ChunkStore, embedder, settings: Settings,
                prune: bool = False, progress: bool = False, on_progress=None) -> IndexReport:
    t0 = time.perf_counter()
    report = IndexReport()
    # OCR reports each page it reads; the CLI prints them, the chat shows them on its progress bar
    pages = on_progress or (_print_pages if progress else None)
    loaded = load_paths(paths, int(settings.max_file_mb * 2**20), pages,
                        WebOptions(settings.url_timeout, settings.allow_private_urls))
    report.problems.extend(loaded.problems)
    report.warnings.extend(loaded.warnings)
    index_documents(loaded.documents, store, embedder, settings, report, progress, on_progress)
    if prune:
        report.pruned = prune_missing(store, paths)
    report.seconds = time.perf_counter() - t0
    return report


def prune_missing(store: ChunkStore, paths: list[Path]) -> list[str]:
    """Remove documents under `paths` whose file no longer exists."""
    roots = [Path(p).resolve() for p in paths]
    pruned = []
    for info in store.sources():
        if "://" in info.source:  # a web page: nothing on disk to miss
            continue
        path = Path(info.source).resolve()
        inside = any(path == r or r in path.parents for r in roots)
        if inside and not path.exists():
            store.delete_source(info.source)
            pruned.append(info.source)
    return pruned
