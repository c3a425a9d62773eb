"""`suyuan bench scale [FOLDER]`: index a real archive, then time questions over it.

1. The archive: every line of every .txt file in FOLDER (default ../shared/corpora/news/,
   3,860 real news articles) becomes one document (one small file, as a newsroom's
   archive would be), indexed by the real pipeline; reported: indexing throughput in chunks
   and characters per second beside the raw encoder's on the same passages (same run, so
   the ratio holds on a busy machine even when the absolute numbers move), peak memory,
   store size, the time a new process takes to answer its first question, and question
   latency p50/p95 over the archive.
2. The stand-in (standin.py): latency at 1k ... 1M chunks of recombined seed sentences
   (`--limit 0`: these only, without the archive).
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from assistant.bench import standin
from assistant.bench.evaluation import percentile
from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import load_paths

DEFAULT_FOLDER = Path("../shared/corpora/news")
DATE = re.compile(r"^.{0,40}?正文：\s*")  # each article starts with its date: "[ 2023-07-28 16：40 ] ，正文："


def split_articles(folder: Path, out: Path, limit: int | None = None) -> list[Path]:
    """One file per line of the archive (blank lines skipped)."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for source in sorted(Path(folder).glob("*.txt")):
        with open(source, encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                text = line.strip()
                if not text:
                    continue
                path = out / f"{source.stem}_{n:05d}.txt"
                path.write_text(text + "\n", encoding="utf-8")
                files.append(path)
                if limit and len(files) >= limit:
                    return files
    return files


def archive_questions(files: list[Path], n: int, rng: random.Random) -> list[str]:
    """Questions a reader of the archive would ask: a sentence's words up to its first figure,
    then 是多少 (only latency is measured, so they need not all be answerable)."""
    out = []
    for path in rng.sample(files, min(len(files), n * 4)):
        text = DATE.sub("", path.read_text(encoding="utf-8"))
        for sentence in re.split(r"[。！？]", text):
            m = re.search(r"\d", sentence)
            if m and 8 <= m.start() <= 40:
                out.append(sentence[: m.start()].strip(" ，,") + "是多少？")
                break
        if len(out) == n:
            break
    return out


def run_archive(settings, folder: Path, limit: int | None, work: Path, questions: int = 40, note=None) -> dict:
    from assistant.service import Assistant

    rng = random.Random(16)
    files = split_articles(folder, work / "articles", limit)
    if not files:
        raise ValueError(f"no articles found in {folder} (expected .txt files, one article a line)")
    s = settings.model_copy(update={"store": work / "store", "chroma_host": ""})
    assistant = Assistant(s)
    embedder = assistant.embedder
    # the raw encoder on a sample of the same passages, first, in the same process
    sample_docs = load_paths(rng.sample(files, min(len(files), 120)), 2**26).documents
    texts = [c.embed_text() for d in sample_docs for c in chunk_document(d, s.chunk_tokens, s.chunk_overlap)][:400]
    embedder.embed_documents(texts[:8])
    t0 = time.perf_counter()
    embedder.embed_documents(texts)
    raw_seconds = time.perf_counter() - t0
    if note:
        note(f"raw encoder: {len(texts) / raw_seconds:.1f} chunks/s; indexing {len(files)} articles")
    t0 = time.perf_counter()
    report = assistant.index([work / "articles"])
    index_seconds = time.perf_counter() - t0
    characters = sum(len(f.read_text(encoding="utf-8")) for f in files)
    asked = archive_questions(files, questions, rng)
    assistant.ask(asked[0])
    latencies = []
    for q in asked:
        t0 = time.perf_counter()
        assistant.ask(q)
        latencies.append((time.perf_counter() - t0) * 1000)
    start = standin.new_process_seconds(s, asked[1 % len(asked)])
    chunks = report.chunks_added
    return {
        "articles": len(files), "chunks": chunks, "problems": len(report.problems),
        "raw_encoder_chunks_per_s": round(len(texts) / raw_seconds, 2),
        "raw_encoder_characters_per_s": round(sum(map(len, texts)) / raw_seconds, 1),
        "indexing_chunks_per_s": round(chunks / index_seconds, 2),
        "indexing_characters_per_s": round(characters / index_seconds, 1),
        "indexing_vs_raw": round((chunks / index_seconds) / (len(texts) / raw_seconds), 3),
        "indexing_seconds": round(index_seconds, 1), "embedding_seconds": round(report.embed_seconds, 1),
        "encoder": type(embedder).__name__,
        "peak_memory_mb": round(standin.peak_mb(), 1), "store_mb": round(standin.size_mb(s.store), 1),
        **start,
        "questions": len(latencies),
        "latency_ms_p50": round(percentile(latencies, 0.5), 1), "latency_ms_p95": round(percentile(latencies, 0.95), 1),
    }


def run(settings, folder: Path | None, limit: int | None, sizes, keyword_sizes=(), work: Path | None = None,
        note=None) -> dict:
    work = Path(work) if work else Path(tempfile.mkdtemp(prefix="suyuan-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    report = {}
    if limit != 0:  # --limit 0: the stand-ins only (the archive needs the real encoder for half an hour)
        archive_work = Path(tempfile.mkdtemp(prefix="archive-", dir=work))
        report["archive"] = run_archive(settings, folder or DEFAULT_FOLDER, limit, archive_work, note=note)
    report["standin"] = standin.run_standin(settings, settings.seeds, sizes, work, note=note)
    report["keyword_standin"] = [standin.keyword_standin(settings.seeds, n, work, settings.chunk_tokens, note)
                                 for n in keyword_sizes]
    return report


def _archive_lines(a: dict) -> list[str]:
    return [
        f"archive: {a['articles']} articles -> {a['chunks']} chunks ({a['encoder']})",
        f"  indexing: {a['indexing_chunks_per_s']} chunks/s, {a['indexing_characters_per_s']} characters/s "
        f"({100 * a['indexing_vs_raw']:.0f}% of the raw encoder's {a['raw_encoder_chunks_per_s']} chunks/s, "
        f"{a['raw_encoder_characters_per_s']} characters/s, same run); {a['indexing_seconds']} s in all",
        f"  peak memory {a['peak_memory_mb']} MB, store {a['store_mb']} MB, "
        f"a new process answers its first question in {a['new_process_first_answer_s']} s "
        f"(and has exited at {a['new_process_exit_s']} s)",
        f"  {a['questions']} questions over the archive: p50 {a['latency_ms_p50']} ms, p95 {a['latency_ms_p95']} ms",
    ]


def table(report: dict) -> str:
    lines = _archive_lines(report["archive"]) if "archive" in report else []
    for r in report.get("standin", []):
        lines.append(f"stand-in {r['chunks']:>8} chunks ({r['embedder']}): p50 {r['latency_ms_p50']} ms, "
                     f"p95 {r['latency_ms_p95']} ms; opened in {r['keyword_index_seconds']} s; new process first answer "
                     f"{r['new_process_first_answer_s']} s (exited at {r['new_process_exit_s']} s); store {r['store_mb']} MB")
    for r in report.get("keyword_standin", []):
        lines.append(f"stand-in {r['chunks']:>8} chunks, keyword index only: a new process opens it in "
                     f"{r['new_process_open_s']} s; search p50 {r['keyword_ms_p50']} ms, p95 {r['keyword_ms_p95']} ms; "
                     f"{r['index_mb']} MB")
    return "\n".join(lines)


def main(args, settings) -> int:
    """`suyuan bench scale`: the report as a table, or JSON."""
    sizes = tuple(int(x) for x in args.sizes.split(",") if x.strip())
    keyword_sizes = tuple(int(x) for x in args.keyword_sizes.split(",") if x.strip())
    note = None if args.json else (lambda m: print(f"  {m}", file=sys.stderr, flush=True))
    folder = args.folder or DEFAULT_FOLDER
    if not Path(folder).is_dir():
        print(f"no such folder: {folder}", file=sys.stderr)
        return 2
    report = run(settings, folder, args.limit, sizes, keyword_sizes, args.work, note)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else table(report))
    return 0
