"""Paths and helpers the tests share, imported by name (`from support import SEEDS`): a
module of its own, since several conftest.py files cannot all be imported as `conftest`."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The shared dev set is read where it lies (never copied into the repo); tests that need it
# skip on a machine without ../shared.
DEV = Path(os.environ.get("SUYUAN_DEV_SET", ROOT.parent / "shared" / "eval" / "dev.jsonl"))
EXTRA = ROOT / "tests" / "data" / "extra.jsonl"
OUTPUT = ROOT / "test-output"
NEWS = ROOT.parent / "shared" / "corpora" / "news"


def needs_news(test):
    """Skip a test of a news check set on a machine without ../shared/corpora/news."""
    import pytest

    return pytest.mark.skipif(not (NEWS / "news_part_b.txt").exists(), reason="../shared/corpora/news is absent")(test)


def load_module(path: Path, name: str):
    """A script of tests/data (a check set's builder) imported from its file."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def eval_norm(text: str) -> str:
    """How the eval compares strings: NFKC, then no whitespace (README of ../shared/eval)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def read_items(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def dev_set() -> Path:
    import pytest

    if not DEV.is_file():
        pytest.skip(f"the shared dev set is not at {DEV} (set SUYUAN_DEV_SET)")
    return DEV


class FakeEmbedder:
    """Deterministic bag-of-bigrams vectors: similar texts get similar vectors."""

    dimension = 64

    def _vec(self, text: str):
        v = np.zeros(self.dimension, dtype=np.float32)
        for i in range(len(text) - 1):
            h = int(hashlib.md5(text[i : i + 2].encode()).hexdigest(), 16)
            v[h % self.dimension] += 1.0
        n = np.linalg.norm(v)
        return (v / n if n else v + 1 / np.sqrt(self.dimension)).tolist()

    def embed_documents(self, texts):
        return [self._vec(t) for t in texts]

    def embed_query(self, text):
        return self._vec(text)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_seeds(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in SEEDS.iterdir():
        shutil.copy(f, dest / f.name)
    return dest


def start_serve(env: dict, log: Path, *args: str):
    """`suyuan serve` on a free loopback port as its own process, with `env` as its
    settings and its output in `log`; returns (url, process) once it listens."""
    import subprocess
    import sys
    import time

    import pytest

    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), *args],
                                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.time() + 300
    while "Running on" not in log.read_text():
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            pytest.fail(f"suyuan serve did not start: {log.read_text()}")
        time.sleep(0.5)
    return f"http://127.0.0.1:{port}", proc


def made_chunk(text: str, title: str = "", subject: str = "", cid: str = "c1", source: str = "made/up.txt",
               start: int = 0, article: int = 0):
    """A made-up text as a chunk of its file beginning at offset `start` (by default the
    file's one chunk), as the indexer would have stored it."""
    from assistant.records import Chunk

    return Chunk(id=cid, source=source, title=title, subject=subject, article=article, start=start, end=start + len(text),
                 text=text, segments=((0, start, len(text)),), raw=text)


class MadeStore:
    """Made-up passages as the store gives them (`chunks_of`): what `article_store.reading` reads articles from."""

    def __init__(self, chunks):
        self.chunks = chunks

    def chunks_of(self, sources, articles=None):
        return [c for c in self.chunks if c.source in sources and (articles is None or c.article in articles)]


def drafted_text(draft) -> str | None:
    """The text a one-line draft (a heading, a dateline, an interview's ——访… line) cuts, or None."""
    if draft is None:
        return None
    part = draft.parts[0]
    return part.sentence.chunk.text[part.a:part.b]


def made_hits(*texts: str):
    """Each made-up text a chunk of its own file, ranked in the order given: the hits a
    claim or answer test hands the checker without a model or a store."""
    from assistant.records import Hit

    return [Hit(made_chunk(text, cid=f"c{i}", source=f"made/c{i}.txt"), 1.0 / (1 + i)) for i, text in enumerate(texts)]


def flat_idf(_term: str) -> float:
    """Every word equally rare."""
    return 3.0


def figure_picks(question: str, text: str) -> dict:
    """The hand scorer's picks of a made-up sentence's figures (answer/figures.py), by figure text."""
    from assistant.answer import evidence
    from assistant.answer.figures import pick_figures
    from assistant.query.question import analyse
    from assistant.records import Hit

    q = analyse(question)
    hits = [Hit(made_chunk(text, title="青溪新闻", source="made/c1.txt"), 1.0, 1, 1, 0.9)]
    scored = evidence.score_sentences(q, evidence.sentences_of(hits), lambda t: 2.0)
    return {p.figure.text: p for sc in scored for p in pick_figures(q, sc, lambda t: 2.0)}


def drafted_shown(question: str, text: str):
    """(the hand drafter's answer, the text of its first part) for a question over one made-up sentence."""
    from assistant.answer import extractive
    from assistant.query.question import analyse

    made = extractive.draft_answer(analyse(question), made_hits(text), lambda t: 2.0)
    return made, made.parts[0].sentence.chunk.text[made.parts[0].a : made.parts[0].b]


def figure_named(text: str, written: str):
    """The figure of a made-up text written as `written` (its first, if written twice)."""
    from assistant.text import quantities

    return next(f for f in quantities.find_quantities(text) if f.text == written)


def flat_weights(question: str):
    """The question's topic words weighed with every word equally rare (answer/topic_coverage.py)."""
    from assistant.answer import topic_coverage
    from assistant.query.question import analyse

    return topic_coverage.term_weights(analyse(question), flat_idf)


def flat_coverage(question: str, text: str) -> float:
    """How much of the question's topic a made-up sentence holds, every word equally rare."""
    from assistant.answer import topic_coverage

    return topic_coverage.coverage(flat_weights(question), text, "", {})
