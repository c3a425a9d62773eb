"""Stand-in stores for latency at scale: chunks of real seed sentences recombined, with
vectors from a cheap stand-in embedder (StandInEmbedder, clearly labelled), since
only the store, the keyword search and the answerer are timed. Built stores are kept in
the work folder and reused by later runs (their build time is stored with them).
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.bench.evaluation import percentile
from assistant.index.store import ChunkStore, chunk_to_record
from assistant.ingest.chunking import chunk_document, split_sentences
from assistant.ingest.loaders import load_paths
from assistant.records import Chunk
from assistant.text import words

QUESTIONS = [
    "东丰县梅花鹿产值是多少？", "辽源计划新增多少台智能袜机？", "高新区2023年地区生产总值是多少？",
    "辽源要购置多少辆纯电动公交车？", "东丰县县长是谁？", "辽源2024年城镇新增就业目标是多少人？",
    "东丰县常住人口是多少？", "城区计划增设多少个分类垃圾桶？", "龙山区2024年计划实施多少个年度重点项目？",
    "东辽县计划谋划储备多少个项目？",
]


class StandInEmbedder:
    """Hashed character pairs -> 384-d unit vectors: cheap, deterministic, for scale only."""

    dimension = 384

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimension, dtype=np.float32)
        for i in range(len(text) - 1):
            v[int.from_bytes(hashlib.blake2b(text[i : i + 2].encode(), digest_size=4).digest(), "little") % self.dimension] += 1
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed_documents(self, texts):
        return [self._vec(t).tolist() for t in texts]

    def embed_query(self, text):
        return self._vec(text).tolist()

SYNC_EVERY = 1000  # Chroma's default, as the product's own collections have (see _create)
TITLES = ["二、2024年工作安排", "东丰县以新作为开创高质量发展新局面", "聚力实现“五个新突破” 加快现代产业体系示范区建设"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file()) / 2**20


def new_process_seconds(settings, question: str, extra_env: dict | None = None) -> dict:
    """A new `suyuan ask` process: wall time until its answer reaches stdout (what a reader at a
    terminal waits for, so stdout is unbuffered as a terminal's is) and until it has exited (its
    teardown frees Chroma's index: 1.5 s at a million chunks, after the answer is shown)."""
    env = {**os.environ, "SUYUAN_STORE": str(settings.store), "PYTHONUNBUFFERED": "1", **(extra_env or {})}
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a full pipe would stall the child
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ask", question, "--json"], env=env,
                                stdout=subprocess.PIPE, stderr=errors)
        first = proc.stdout.read(1)  # the answer is the only thing `ask --json` prints
        answered = time.perf_counter() - t0
        proc.stdout.read()
        code = proc.wait(timeout=600)
        ended = time.perf_counter() - t0
        errors.seek(0)
        if code != 0 or first != b"{":
            raise RuntimeError(f"`suyuan ask` failed ({code}): {errors.read()[-500:].decode(errors='replace')}")
    return {"new_process_first_answer_s": round(answered, 2), "new_process_exit_s": round(ended, 2)}


def sentence_pool(seeds: Path, chunk_tokens: int) -> list[tuple[str, tuple[str, ...]]]:
    pool = []
    for doc in load_paths([seeds], 2**26).documents:
        for chunk in chunk_document(doc, chunk_tokens, 0):
            for a, b in split_sentences(chunk.text):
                text = chunk.text[a:b]
                if len(text) >= 8:
                    pool.append((text, tuple(words.search_tokens(text))))
    return pool


def _create(store: ChunkStore, size: int) -> ChunkStore:
    """An empty stand-in collection, marked with its size so that an interrupted build resumes."""
    store.drop()
    meta = {k: v for k, v in (store.collection.metadata or {}).items() if k in ("embedding_model", "chunk_tokens", "chunk_overlap")}
    store.client.create_collection(store.name, embedding_function=None, metadata={**meta, "standin_size": size},
                                   configuration={"hnsw": {"space": "cosine", "sync_threshold": sync_threshold(size)}})
    return ChunkStore(store.settings)


def sync_threshold(size: int) -> int:
    """Chroma (1.x, local) keeps each record in its SQLite log until the HNSW index is next
    written, every `sync_threshold` records; each write costs more the longer that unwritten
    tail, and a new process's first read parses all of it. At 50,000 the insert cost grew with
    the tail (4 -> 9 ms a record over 5,000) and a first query took 5 to 10 s; Chroma's default,
    1,000, keeps the insert cost nearly flat (docs/benchmarks.md). A stand-in smaller than that
    is written once, at its last record, so no tail is left in the log."""
    return size if size <= SYNC_EVERY else max(100, math.gcd(size, SYNC_EVERY))


def standin_store(settings, size: int, pool, embedder, progress=None, batch: int = 5000) -> tuple[ChunkStore, float]:
    """A store of `size` stand-in chunks under the settings' own collection name (so a new
    `suyuan ask` process opens it); reused when a complete one is already there, and
    continued where it stopped when an earlier build of the same size was interrupted
    (hours at 1M chunks on a shared machine). Chunk n is the same whatever the run."""
    store = ChunkStore(settings)
    if store.count() == size and store.info("standin_build_seconds"):
        return store, float(store.info("standin_build_seconds"))
    # A build begun at another threshold (by an earlier version) starts again: Chroma reads
    # the threshold when it first loads the index in a process, so it cannot be changed here.
    threshold = store.collection.configuration["hnsw"]["sync_threshold"]
    if store.info("standin_size") != size or store.count() > size or threshold != sync_threshold(size):
        store = _create(store, size)
    begin = store.count() // batch * batch  # a batch cut short is written again (upserts)
    earlier = float(store.info("standin_partial_seconds") or 0) if begin else 0.0
    rng = random.Random(7)
    for _ in range(begin):  # the draws of the chunks already built
        rng.sample(range(len(pool)), k=min(5, len(pool)))
    if progress and begin:
        progress(f"stand-in {size}: resuming at {begin} chunks ({earlier:.0f} s spent before)")
    t0 = time.perf_counter()
    titles = TITLES
    title_tokens = [list(words.search_tokens(t)) for t in titles]
    vectors = np.stack([np.asarray(embedder.embed_query(text), dtype=np.float32) for text, _ in pool])
    for start in range(begin, size, batch):
        ids, vecs, texts, metas = [], [], [], []
        for n in range(start, min(size, start + batch)):
            picked = rng.sample(range(len(pool)), k=min(5, len(pool)))
            text = "".join(pool[i][0] for i in picked)
            chunk = Chunk(id=f"s{size}-{n}", source=f"synthetic/{n // 20}.txt", title=titles[n % 3], subject="辽源",
                          article=0, start=0, end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)
            vector = vectors[picked].sum(axis=0)
            ids.append(chunk.id)
            vecs.append(vector / (np.linalg.norm(vector) or 1))
            texts.append(text)
            tokens = [tok for i in picked for tok in pool[i][1]] + title_tokens[n % 3]
            metas.append(chunk_to_record(chunk, "synthetic", 1, tokens))
        store.upsert(ids, np.stack(vecs), texts, metas)
        store.set_info("standin_partial_seconds", round(earlier + time.perf_counter() - t0, 1))
        if progress and (start // batch) % 4 == 0:
            progress(f"stand-in {size}: {start + len(ids)} chunks in {earlier + time.perf_counter() - t0:.0f} s")
    seconds = earlier + time.perf_counter() - t0
    store.set_info("standin_build_seconds", round(seconds, 1))
    return store, seconds


def run_standin(settings, seeds: Path, sizes, work: Path, on_row=None, note=None) -> list[dict]:
    from assistant.service import Assistant

    embedder = StandInEmbedder()
    pool = sentence_pool(seeds, settings.chunk_tokens)
    rows = []
    for size in sizes:
        s = settings.model_copy(update={"store": work / f"standin-{size}", "chroma_host": ""})
        store, build = standin_store(s, size, pool, embedder, note)
        t0 = time.perf_counter()
        assistant = Assistant(s, store=ChunkStore(s), embedder=embedder)
        len(assistant.keyword_index())
        open_seconds = time.perf_counter() - t0
        assistant.ask("预热")
        latencies, retrieve, answering = [], [], []
        for q in QUESTIONS * 3:
            t0 = time.perf_counter()
            answer = assistant.ask(q)
            latencies.append((time.perf_counter() - t0) * 1000)
            retrieve.append(answer.timings_ms.get("retrieve_ms", 0))
            answering.append(answer.timings_ms.get("answer_ms", 0))
        rows.append({
            "chunks": store.count(), "embedder": "stand-in (hashed character pairs)",
            "build_seconds": round(build, 1), "keyword_index_seconds": round(open_seconds, 2),
            "latency_ms_p50": round(percentile(latencies, 0.5), 1), "latency_ms_p95": round(percentile(latencies, 0.95), 1),
            "retrieve_ms_p50": round(percentile(retrieve, 0.5), 1), "answer_ms_p50": round(percentile(answering, 0.5), 1),
            **new_process_seconds(s, QUESTIONS[0]),
            "store_mb": round(size_mb(s.store), 1), "peak_memory_mb": round(peak_mb(), 1),
        })
        if on_row:
            on_row(rows[-1])
    return rows


def keyword_standin(seeds: Path, size: int, work: Path, chunk_tokens: int = 240, note=None) -> dict:
    """The keyword index alone at `size` stand-in chunks (the part that used to be rebuilt by
    every process): build once (kept in `work`), then the time a new process takes to open
    it and keyword search latency for the benchmark questions."""
    from assistant.index.keyword_store import KeywordStore

    path = work / f"keywords-{size}" / "keywords.sqlite3"
    store = KeywordStore(path)
    built = len(store)
    if built < size:
        pool = sentence_pool(seeds, chunk_tokens)
        title_tokens = [list(words.search_tokens(t)) for t in TITLES]
        rng = random.Random(7)
        t0 = time.perf_counter()
        for start in range(built, size, 5000):
            ids, metas = [], []
            for n in range(start, min(size, start + 5000)):
                picked = rng.sample(range(len(pool)), k=min(5, len(pool)))
                tokens = [t for i in picked for t in pool[i][1]] + title_tokens[n % 3]
                ids.append(f"s{size}-{n}")
                metas.append({"source": f"synthetic/{n // 20}.txt", "title": TITLES[n % 3], "tokens": " ".join(tokens)})
            store.add(ids, metas)
            if note and (start // 5000) % 20 == 0:
                note(f"keyword stand-in {size}: {start + len(ids)} chunks in {time.perf_counter() - t0:.0f} s")
    store.close()
    code = ("import sys, time; t0 = time.perf_counter(); from assistant.index.keyword_store import KeywordStore; "
            f"k = KeywordStore({str(path)!r}); n = len(k); print(time.perf_counter() - t0, n)")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True).stdout.split()
    store = KeywordStore(path)
    len(store)
    latencies = []
    for q in QUESTIONS * 3:
        tokens = [t for t in words.search_tokens(q) if not re.fullmatch(r"[\d.%]+", t)]
        t0 = time.perf_counter()
        store.search(store.known(tokens), 30)
        latencies.append((time.perf_counter() - t0) * 1000)
    return {"chunks": int(out[1]), "embedder": "none (keyword index only, stand-in tokens)",
            "new_process_open_s": round(float(out[0]), 2),
            "keyword_ms_p50": round(percentile(latencies, 0.5), 1), "keyword_ms_p95": round(percentile(latencies, 0.95), 1),
            "index_mb": round(size_mb(path.parent), 1)}


