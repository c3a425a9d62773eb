"""`suyuan bench speed`: where the time goes, and how question latency grows with the index.

1. Raw throughput of the encoder in use (texts/s) beside end-to-end indexing throughput
   of the same passages, as many small files (load, repair, chunk, embed, store, keyword
   index); and fp32 PyTorch beside int8 ONNX on the same passages, in the same run.
2. Question latency split into embedding, dense search, keyword search and answering.
3. Peak memory of the process.
4. Question latency at about 1k, 10k and 100k chunks (standin.py). Vectors at those sizes
   come from a cheap stand-in embedder (hashed character pairs, 384 dimensions), clearly
   labelled, since only the store, the keyword search and the answerer are being timed
   there; the passages are real seed sentences recombined, so the answerer does real work.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from assistant.ingest.chunking import chunk_document
from assistant.bench.evaluation import percentile
from assistant.ingest.loaders import load_paths
from assistant.bench.standin import QUESTIONS
from assistant.service import Assistant


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _small_files(seeds: Path, out: Path, n: int = 150) -> list[Path]:
    """Many small files: the first articles of the news archive, one file each (or, without
    it, the seeds' paragraphs), so per-file costs show."""
    from assistant.bench.scale import DEFAULT_FOLDER, split_articles

    if DEFAULT_FOLDER.is_dir():
        return split_articles(DEFAULT_FOLDER, out, n)
    out.mkdir(parents=True, exist_ok=True)
    paragraphs = [p for f in sorted(seeds.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n") if len(p) > 40]
    for i, text in enumerate(paragraphs[:n]):
        (out / f"p{i:04d}.txt").write_text(text, encoding="utf-8")
    return sorted(out.glob("*.txt"))


def encoders(settings, texts: list[str]) -> dict:
    """fp32 PyTorch and int8 ONNX on the same passages, one after the other: the ratio is
    what to read on a shared machine."""
    from assistant.index.embedding import SentenceEmbedder, resolve_model_path
    from assistant.index.onnx_encoder import OnnxEmbedder, is_ready, onnx_folder

    path = resolve_model_path(settings)
    out = {}
    for name, make in (("fp32_torch", lambda: SentenceEmbedder(path, settings.embedding_batch)),
                       ("int8_onnx", lambda: OnnxEmbedder(onnx_folder(Path(path))))):
        if name == "int8_onnx" and not is_ready(onnx_folder(Path(path))):
            continue
        encoder = make()
        encoder.embed_documents(texts[:8])  # warm
        t0 = time.perf_counter()
        encoder.embed_documents(texts)
        out[name] = round(len(texts) / (time.perf_counter() - t0), 2)
    if len(out) == 2:
        out["int8_vs_fp32"] = round(out["int8_onnx"] / out["fp32_torch"], 2)
    return out


def throughput(settings, seeds: Path) -> dict:
    from assistant.index.indexer import index_paths

    work = Path(tempfile.mkdtemp(prefix="suyuan-speed-"))
    s = settings.model_copy(update={"store": work / "e2e", "chroma_host": ""})
    assistant = Assistant(s)
    embedder = assistant.embedder
    files = _small_files(seeds, work / "files")
    docs = load_paths(files, int(s.max_file_mb * 2**20)).documents
    texts = [c.embed_text() for d in docs for c in chunk_document(d, s.chunk_tokens, s.chunk_overlap)]
    speeds = encoders(s, texts)
    embedder.embed_documents(texts[:8])  # warm
    t0 = time.perf_counter()
    embedder.embed_documents(texts)
    raw = len(texts) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    report = index_paths([work / "files"], assistant.store, embedder, s)
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
        "files": len(files), "passages": len(texts), "encoder": type(embedder).__name__,
        "encoders_texts_per_s": speeds,
        "raw_embedding_texts_per_s": round(raw, 2),
        "indexing_chunks_per_s": round(e2e, 2),
        "indexing_vs_raw": round(e2e / raw, 3),
        "indexing_seconds": round(total, 2),
        "indexing_embedding_seconds": round(report.embed_seconds, 2),
        "indexing_other_seconds": round(total - report.embed_seconds, 2),
        "question_ms_p50": {k: round(percentile(v, 0.5), 1) for k, v in timings.items() if v},
        "peak_memory_mb": round(_peak_mb(), 1),
    }


def scale(settings, seeds: Path, sizes=(1000, 10000, 100000), progress=None) -> list[dict]:
    from assistant.bench.standin import run_standin

    return run_standin(settings, seeds, sizes, Path(tempfile.mkdtemp(prefix="suyuan-scale-")), on_row=progress)


def run(settings, seeds: Path, sizes=(1000, 10000, 100000), chart: Path | None = None, progress=None) -> dict:
    report = {"throughput": throughput(settings, seeds), "scale": scale(settings, seeds, sizes, progress)}
    if chart:
        from assistant.bench.plots import latency_chart

        rows = report["scale"]
        report["chart"] = str(latency_chart([r["chunks"] for r in rows], [r["latency_ms_p50"] for r in rows],
                                            [r["latency_ms_p95"] for r in rows], chart))
    return report


def main(args, settings) -> int:
    """`suyuan bench speed`: the report as lines to read, or JSON."""
    sizes = tuple(int(x) for x in args.sizes.split(",") if x.strip())
    progress = None if args.json else (lambda row: print(f"  {row['chunks']} chunks: p50 {row['latency_ms_p50']} ms", file=sys.stderr, flush=True))
    report = run(settings, settings.seeds, sizes, args.chart, progress)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    t = report["throughput"]
    print(f"raw embedding: {t['raw_embedding_texts_per_s']} texts/s; indexing end to end: "
          f"{t['indexing_chunks_per_s']} chunks/s ({100 * t['indexing_vs_raw']:.0f}% of raw); "
          f"of {t['indexing_seconds']} s indexing, {t['indexing_embedding_seconds']} s embedding")
    print("question latency p50 (ms): " + ", ".join(f"{k} {v}" for k, v in t["question_ms_p50"].items()))
    print(f"peak memory: {t['peak_memory_mb']} MB")
    for row in report["scale"]:
        print(f"{row['chunks']:>7} chunks ({row['embedder']}): p50 {row['latency_ms_p50']} ms, p95 {row['latency_ms_p95']} ms "
              f"(retrieval {row['retrieve_ms_p50']}, answer {row['answer_ms_p50']}); keyword index built in {row['keyword_index_seconds']} s")
    if report.get("chart"):
        print(f"chart: {report['chart']}")
    return 0
