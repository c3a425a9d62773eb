"""`suyuan bench speed`: where the time goes, and how question latency grows with the index.

1. Raw embedding throughput of the model (texts/s) beside end-to-end indexing throughput
   of the same passages (load, repair, chunk, embed, store, keyword tokens).
2. Question latency split into embedding, dense search, keyword search and answering.
3. Peak memory of the process.
4. Question latency at about 1k, 10k and 100k chunks. Vectors at those sizes come from a
   cheap stand-in embedder (hashed character pairs, 384 dimensions), clearly labelled,
   since only the store, the keyword search and the answerer are being timed there; the
   passages are real seed sentences recombined, so the answerer does real work.
"""

from __future__ import annotations

import hashlib
import random
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.text import words
from assistant.ingest.chunking import chunk_document, split_sentences
from assistant.bench.evaluation import percentile
from assistant.index.indexer import IndexReport, index_documents
from assistant.ingest.loaders import load_paths
from assistant.service import Assistant
from assistant.index.store import ChunkStore, chunk_to_record
from assistant.records import Chunk

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


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(settings, seeds: Path) -> dict:
    work = Path(tempfile.mkdtemp(prefix="suyuan-speed-"))
    s = settings.model_copy(update={"store": work / "e2e", "chroma_host": ""})
    assistant = Assistant(s)
    embedder = assistant.embedder
    docs = load_paths([seeds], int(s.max_file_mb * 2**20)).documents
    texts = [c.embed_text() for d in docs for c in chunk_document(d, s.chunk_tokens, s.chunk_overlap)]
    embedder.embed_documents(texts[:8])  # warm
    t0 = time.perf_counter()
    embedder.embed_documents(texts)
    raw = len(texts) / (time.perf_counter() - t0)
    report = IndexReport()
    t0 = time.perf_counter()
    reloaded = load_paths([seeds], int(s.max_file_mb * 2**20)).documents
    index_documents(reloaded, assistant.store, embedder, s, report)
    total = time.perf_counter() - t0
    e2e = report.chunks_added / total
    timings = {k: [] for k in ("embed_ms", "dense_ms", "keyword_ms", "retrieve_ms", "answer_ms", "total_ms")}
    assistant.ask("预热")
    for q in QUESTIONS * 3:
        answer = assistant.ask(q)
        for k in timings:
            if k in answer.timings_ms:
                timings[k].append(answer.timings_ms[k])
    assistant.store.drop()
    return {
        "passages": len(texts),
        "raw_embedding_texts_per_s": round(raw, 2),
        "indexing_chunks_per_s": round(e2e, 2),
        "indexing_vs_raw": round(e2e / raw, 3),
        "indexing_seconds": round(total, 2),
        "indexing_embedding_seconds": round(report.embed_seconds, 2),
        "indexing_other_seconds": round(total - report.embed_seconds, 2),
        "question_ms_p50": {k: round(percentile(v, 0.5), 1) for k, v in timings.items() if v},
        "peak_memory_mb": round(_peak_mb(), 1),
    }


def _sentence_pool(seeds: Path, chunk_tokens: int) -> list[tuple[str, tuple[str, ...]]]:
    pool = []
    for doc in load_paths([seeds], 2**26).documents:
        for chunk in chunk_document(doc, chunk_tokens, 0):
            for a, b in split_sentences(chunk.text):
                text = chunk.text[a:b]
                if len(text) >= 8:
                    pool.append((text, tuple(words.search_tokens(text))))
    return pool


def _synthetic_store(settings, size: int, pool, embedder, rng) -> ChunkStore:
    store = ChunkStore(settings, name=f"bench-scale-{size}")
    store.drop()
    store = ChunkStore(settings, name=f"bench-scale-{size}")
    titles = ["二、2024年工作安排", "东丰县以新作为开创高质量发展新局面", "聚力实现“五个新突破” 加快现代产业体系示范区建设"]
    sentence_vectors = {text: np.asarray(embedder.embed_query(text), dtype=np.float32) for text, _ in pool}
    batch_ids, batch_vecs, batch_texts, batch_meta = [], [], [], []
    for n in range(size):
        picked = rng.sample(pool, k=min(5, len(pool)))
        text = "".join(t for t, _ in picked)
        title = titles[n % len(titles)]
        chunk = Chunk(id=f"s{size}-{n}", source=f"synthetic/{n // 20}.txt", title=title, subject="辽源",
                      article=0, start=0, end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)
        vector = sum(sentence_vectors[t] for t, _ in picked)
        vector = vector / (np.linalg.norm(vector) or 1)
        tokens = [tok for _, toks in picked for tok in toks] + list(words.search_tokens(title))
        batch_ids.append(chunk.id)
        batch_vecs.append(vector.tolist())
        batch_texts.append(text)
        batch_meta.append(chunk_to_record(chunk, "synthetic", 1, tokens))
        if len(batch_ids) == 2000 or n == size - 1:
            store.upsert(batch_ids, batch_vecs, batch_texts, batch_meta)
            batch_ids, batch_vecs, batch_texts, batch_meta = [], [], [], []
    return store


def scale(settings, seeds: Path, sizes=(1000, 10000, 100000), progress=None) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="suyuan-scale-"))
    s = settings.model_copy(update={"store": work, "chroma_host": ""})
    embedder = StandInEmbedder()
    pool = _sentence_pool(seeds, s.chunk_tokens)
    rng = random.Random(7)
    rows = []
    for size in sizes:
        t0 = time.perf_counter()
        store = _synthetic_store(s, size, pool, embedder, rng)
        build = time.perf_counter() - t0
        assistant = Assistant(s, store=store, embedder=embedder)
        t0 = time.perf_counter()
        assistant.keyword_index()
        keyword_build = time.perf_counter() - t0
        assistant.ask("预热")
        latencies, retrieve, answer_ms = [], [], []
        for q in QUESTIONS * 3:
            t0 = time.perf_counter()
            answer = assistant.ask(q)
            latencies.append((time.perf_counter() - t0) * 1000)
            retrieve.append(answer.timings_ms.get("retrieve_ms", 0))
            answer_ms.append(answer.timings_ms.get("answer_ms", 0))
        rows.append({
            "chunks": store.count(), "embedder": "stand-in (hashed character pairs)",
            "build_seconds": round(build, 1), "keyword_index_seconds": round(keyword_build, 2),
            "latency_ms_p50": round(percentile(latencies, 0.5), 1), "latency_ms_p95": round(percentile(latencies, 0.95), 1),
            "retrieve_ms_p50": round(percentile(retrieve, 0.5), 1), "answer_ms_p50": round(percentile(answer_ms, 0.5), 1),
            "peak_memory_mb": round(_peak_mb(), 1),
        })
        if progress:
            progress(rows[-1])
        store.drop()
    return rows


def run(settings, seeds: Path, sizes=(1000, 10000, 100000), chart: Path | None = None, progress=None) -> dict:
    report = {"throughput": throughput(settings, seeds), "scale": scale(settings, seeds, sizes, progress)}
    if chart:
        from assistant.bench.plots import latency_chart

        rows = report["scale"]
        report["chart"] = str(latency_chart([r["chunks"] for r in rows], [r["latency_ms_p50"] for r in rows],
                                            [r["latency_ms_p95"] for r in rows], chart))
    return report
