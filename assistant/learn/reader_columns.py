"""The reader's columns (`features.READER`) for cached selector rows (learn/build.py): every
(question, candidate) pair scored once by the reader and kept in a JSON file named by the
reader weight file's hash, so a new reader scores anew and an old one is not asked twice."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from assistant.answer import features, reader


def cache_path(folder: Path, weights: Path = reader.WEIGHTS) -> Path:
    return Path(folder) / f"reader_scores_{hashlib.sha256(Path(weights).read_bytes()).hexdigest()[:10]}.json"


def key(question: str, text: str) -> str:
    return hashlib.sha1(f"{question}|{text}".encode()).hexdigest()


def score_missing(records: list[dict], scorer, path: Path, log=print) -> dict[str, float]:
    """sha1(question|text) -> the reader's log-odds, for every candidate of `records`."""
    scores = json.loads(path.read_text()) if path.exists() else {}
    todo = [r for r in records if any(key(r["question"], t) not in scores
                                      for v in ("with", "without") for t in r[v].get("texts", []))]
    t0 = time.perf_counter()
    for n, r in enumerate(todo, start=1):
        texts = list(dict.fromkeys(t for v in ("with", "without") for t in r[v].get("texts", [])))
        scores.update(zip((key(r["question"], t) for t in texts), scorer(r["question"], texts)))
        if n % 200 == 0 or n == len(todo):
            path.write_text(json.dumps(scores))
            log(f"reader: {n}/{len(todo)} questions, {time.perf_counter() - t0:.0f} s")
    return scores


def with_reader(records: list[dict], scores: dict[str, float]) -> list[dict]:
    """The records with each row's READER columns filled from the scores."""
    n = len(features.LEXICAL) + len(features.DENSE)
    out = []
    for r in records:
        r = dict(r)
        for v in ("with", "without"):
            part = dict(r[v])
            read = features.read([scores[key(r["question"], t)] for t in part.get("texts", [])])
            part["rows"] = [row[:n] + extra for row, extra in zip(part["rows"], read)]
            r[v] = part
        out.append(r)
    return out
