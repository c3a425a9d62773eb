"""The dense (e5) columns of the training rows.

The rows built by `build.py` carry each question's text and its candidates' texts; here
every question (query prefix) and candidate sentence (passage prefix, as the index embeds)
is embedded once with the project's encoder (the int8 ONNX build by default) and kept in
a vector cache beside the rows, so a re-run embeds only what is new. The similarities then
become `features.DENSE` columns exactly as `selector.candidates` computes them at query
time.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np

from assistant.answer import features

BATCH = 2048  # texts embedded between two saves of the cache


def key(kind: str, text: str) -> str:
    return hashlib.sha1(f"{kind}|{text}".encode()).hexdigest()


class VectorCache:
    """sha1(kind|text) -> unit vector, in dense_keys.json + dense_vectors.npy (no pickle)."""

    def __init__(self, folder: Path):
        self.keys_path, self.vectors_path = folder / "dense_keys.json", folder / "dense_vectors.npy"
        self.keys: list[str] = []
        self.vectors = np.zeros((0, 0), np.float32)
        if self.keys_path.exists() and self.vectors_path.exists():
            self.keys = json.loads(self.keys_path.read_text())
            self.vectors = np.load(self.vectors_path)[: len(self.keys)]
            self.keys = self.keys[: len(self.vectors)]
        self.row = {k: i for i, k in enumerate(self.keys)}

    def add(self, keys: list[str], vectors) -> None:
        vectors = np.asarray(vectors, np.float32)
        self.vectors = vectors if not self.keys else np.vstack([self.vectors, vectors])
        for k in keys:
            self.row[k] = len(self.keys)
            self.keys.append(k)
        np.save(self.vectors_path, self.vectors)
        self.keys_path.write_text(json.dumps(self.keys))

    def get(self, k: str) -> np.ndarray:
        return self.vectors[self.row[k]].astype(float)


def embed_missing(records: list[dict], embedder, cache: VectorCache, log=print) -> None:
    """Embed every question and candidate text of `records` the cache lacks."""
    wanted: dict[str, tuple[str, str]] = {}
    for r in records:
        wanted.setdefault(key("q", r["question"]), ("q", r["question"]))
        for v in ("with", "without"):
            for t in r[v].get("texts", []):
                wanted.setdefault(key("p", t), ("p", t))
    missing = [(k, kind, t) for k, (kind, t) in wanted.items() if k not in cache.row]
    log(f"{len(wanted)} texts, {len(missing)} to embed")
    t0 = time.perf_counter()
    for start in range(0, len(missing), BATCH):
        batch = missing[start: start + BATCH]
        for kind, embed in (("q", embedder.embed_queries), ("p", embedder.embed_documents)):
            part = [(k, t) for k, kd, t in batch if kd == kind]
            if part:
                cache.add([k for k, _ in part], embed([t for _, t in part]))
        done = min(start + BATCH, len(missing))
        log(f"embedded {done}/{len(missing)}, {done / max(time.perf_counter() - t0, 1e-9):.1f} texts/s")


def with_dense(records: list[dict], cache: VectorCache) -> list[dict]:
    """The records with each row's DENSE columns filled from the cached vectors (rows built
    before the dense features existed are widened)."""
    n = len(features.LEXICAL)
    out = []
    for r in records:
        asked = cache.get(key("q", r["question"]))
        r = dict(r)
        for v in ("with", "without"):
            part = dict(r[v])
            texts = part.get("texts", [])
            sims = [float(cache.get(key("p", t)) @ asked) for t in texts]
            part["rows"] = [row[:n] + extra for row, extra in zip(part["rows"], features.dense(sims))]
            r[v] = part
        out.append(r)
    return out


def load_embedder():
    from assistant.config import Settings
    from assistant.index.embedding import load_embedder as load

    return load(Settings())
