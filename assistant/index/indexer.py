"""Files -> chunks -> vectors -> Chroma, skipping what has not changed.

Many small files are embedded together: chunks from consecutive files fill shared batches
(sorted by length inside the encoder, so little goes on padding), and Chroma and the keyword
index are written once per batch. With many files, reading, layout repair, chunking,
keyword tokens and facts run in a worker process while this one embeds.

Order of writes keeps an index whole through a crash: a new version of a file is written
completely before its old chunks are deleted, and a version counts as present only when
all its chunks are (each chunk records how many its version has).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.index.store import ChunkStore, chunk_to_record
from assistant.ingest import facts, web
from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import WebOptions, discover, display_name, load_paths
from assistant.records import Chunk, Document
from assistant.text import words

FILES_PER_TASK = 16  # files a worker prepares per task
WORKER_MIN_FILES = 4  # fewer files than this are prepared here: starting a worker costs seconds
BATCHES_PER_WRITE = 8  # embedding batches per Chroma write


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


@dataclass
class Prepared:
    """One document ready to embed, or known to be unchanged (`chunks` is None)."""

    source: str
    content_hash: str
    chunks: list[Chunk] | None = None
    texts: list[str] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)


def prepare(doc: Document, settings: Settings, complete: set[str] = frozenset()) -> Prepared:
    """Everything about a document that does not need the model."""
    if doc.content_hash in complete:
        return Prepared(doc.source, doc.content_hash)
    chunks = chunk_document(doc, settings.chunk_tokens, settings.chunk_overlap)
    texts = [c.embed_text() for c in chunks]
    records = [chunk_to_record(c, doc.content_hash, len(chunks), list(words.search_tokens(t)),
                               facts.to_json(facts.extract(c))) for c, t in zip(chunks, texts)]
    return Prepared(doc.source, doc.content_hash, chunks, texts, records)


def _prepare_files(files: list, settings: Settings, complete: dict[str, set[str]], pages=None):
    """Worker task: load and prepare a few files; returns (prepared, problems, warnings)."""
    loaded = load_paths(files, int(settings.max_file_mb * 2**20), pages,
                        WebOptions(settings.url_timeout, settings.allow_private_urls))
    prepared = [prepare(d, settings, complete.get(d.source, set())) for d in loaded.documents]
    return prepared, loaded.problems, loaded.warnings


class _Writer:
    """Embeds queued chunks in shared batches and writes them; finishes each file's version."""

    def __init__(self, store: ChunkStore, embedder, settings: Settings, report: IndexReport, bar, on_progress):
        self.store, self.embedder, self.report, self.bar, self.on_progress = store, embedder, report, bar, on_progress
        self.batch = max(1, settings.embedding_batch) * BATCHES_PER_WRITE
        self.queue: deque = deque()  # (doc, index of chunk)
        self.left: dict[int, int] = {}  # id(doc) -> chunks not yet written
        self.existed: dict[int, bool] = {}
        self.total = self.done = 0

    def add(self, doc: Prepared, existed: bool) -> None:
        self.left[id(doc)] = len(doc.chunks)
        self.existed[id(doc)] = existed
        self.queue.extend((doc, i) for i in range(len(doc.chunks)))
        self.total += len(doc.chunks)
        self.bar.total = self.total
        while len(self.queue) >= self.batch:
            self.flush()

    def flush(self) -> None:
        take = [self.queue.popleft() for _ in range(min(self.batch, len(self.queue)))]
        if not take:
            return
        t0 = time.perf_counter()
        vectors = self.embedder.embed_documents([doc.texts[i] for doc, i in take])
        self.report.embed_seconds += time.perf_counter() - t0
        self.store.upsert([doc.chunks[i].id for doc, i in take], vectors,
                          [doc.chunks[i].text for doc, i in take], [doc.records[i] for doc, i in take])
        finished = []
        for doc, _ in take:
            self.left[id(doc)] -= 1
            if self.left[id(doc)] == 0:
                finished.append(doc)
        # only now is each finished version complete: its older versions can go
        self.store.delete_stale([(d.source, d.content_hash) for d in finished])
        for doc in finished:
            (self.report.replaced if self.existed.pop(id(doc)) else self.report.added).append(doc.source)
            self.report.chunks_added += len(doc.chunks)
        self.done += len(take)
        self.bar.update(len(take))
        if self.on_progress:
            self.on_progress(self.done, self.total, take[-1][0].source)


def _progress(enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=0, desc=desc, unit="chunk", disable=not enabled, leave=False)


def _route(prepared: list[Prepared], states: dict, writer: _Writer, store: ChunkStore) -> None:
    stale = []
    for doc in prepared:
        state = states.get(doc.source, {})
        present, expected = state.get(doc.content_hash, (0, -1))
        if present and present == expected:
            if len(state) > 1:  # an older version survived a crash: finish replacing it
                stale.append((doc.source, doc.content_hash))
            writer.report.unchanged.append(doc.source)
        elif doc.chunks is not None:
            writer.add(doc, bool(state))
    store.delete_stale(stale)


def index_documents(docs: list[Document], store: ChunkStore, embedder, settings: Settings,
                    report: IndexReport, progress: bool = False, on_progress=None) -> None:
    """Index documents already loaded (the chat's uploads, benchmarks)."""
    with _progress(progress, "embedding") as bar:
        writer = _Writer(store, embedder, settings, report, bar, on_progress)
        for start in range(0, len(docs), FILES_PER_TASK * 4):
            group = docs[start : start + FILES_PER_TASK * 4]
            states = store.source_states([d.source for d in group])
            complete = {s: {h for h, (n, m) in st.items() if n == m} for s, st in states.items()}
            _route([prepare(d, settings, complete.get(d.source, set())) for d in group], states, writer, store)
        writer.flush()


def _name(path) -> str:
    return path if web.is_url(path) else display_name(Path(path))


def index_paths(paths: list[Path], store: ChunkStore, embedder, settings: Settings,
                prune: bool = False, progress: bool = False, on_progress=None) -> IndexReport:
    t0 = time.perf_counter()
    report = IndexReport()
    files, report.problems = discover(paths)
    tasks = [files[i : i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
    # OCR reports each page it reads; the CLI prints them, the chat shows them on its progress
    # bar (a callback that stays in this process, so the chat's few files are prepared here)
    pages = on_progress or (_print_pages if progress else None)
    use_worker = on_progress is None and len(files) >= WORKER_MIN_FILES
    pool = ProcessPoolExecutor(1, mp_context=_spawn(), initializer=_exit_with_parent, initargs=(os.getpid(),)) \
        if use_worker else None
    try:
        with _progress(progress, "embedding") as bar:
            writer = _Writer(store, embedder, settings, report, bar, on_progress)
            pending: deque = deque()

            def submit(task):
                states = store.source_states([_name(f) for f in task])
                complete = {s: {h for h, (n, m) in st.items() if n == m} for s, st in states.items()}
                if pool is None or broken:
                    return states, task, complete, _prepare_files(task, settings, complete, pages)
                return states, task, complete, pool.submit(_prepare_files, task, settings, complete, pages)

            broken = False
            for task in tasks[:2]:  # the worker stays a task ahead of the model
                pending.append(submit(task))
            next_task = 2
            while pending:
                states, task, complete, result = pending.popleft()
                if isinstance(result, tuple):
                    prepared, problems, warnings = result
                else:
                    try:
                        prepared, problems, warnings = result.result()
                    except BrokenProcessPool:  # the worker could not start or died: go on without it
                        broken = True
                        prepared, problems, warnings = _prepare_files(task, settings, complete, pages)
                if next_task < len(tasks):
                    pending.append(submit(tasks[next_task]))
                    next_task += 1
                report.problems.extend(problems)
                report.warnings.extend(warnings)
                _route(prepared, states, writer, store)
            writer.flush()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if prune:
        report.pruned = prune_missing(store, paths)
    report.seconds = time.perf_counter() - t0
    return report


def _print_pages(done: int, total: int, what: str) -> None:
    print(f"  {what} ({done}/{total})", file=sys.stderr, flush=True)


def _exit_with_parent(parent: int) -> None:
    """In the worker: leave when the indexing process is gone. A killed `suyuan index` (crash,
    Ctrl-C twice, SIGKILL) would otherwise leave its worker waiting for work forever."""
    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def _spawn():
    """A fresh interpreter for the worker: forking a process that holds model threads can hang."""
    import multiprocessing

    return multiprocessing.get_context("spawn")


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
