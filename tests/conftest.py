"""Shared fixtures. State goes to tmp folders; the real model and a real Chroma are used
by the tests marked slow; a tiny fake embedder keeps unit tests fast."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev.jsonl"
EXTRA = ROOT / "tests" / "data" / "extra.jsonl"
OUTPUT = ROOT / "test-output"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's settings or writes the repository's vectorstore/."""
    for key in list(os.environ):
        if key.startswith("SUYUAN_") and key != "SUYUAN_MODEL_CACHE":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("SUYUAN_STORE", str(tmp_path / "store"))


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


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture
def settings(tmp_path):
    from assistant.config import Settings

    return Settings(store=tmp_path / "store", seeds=SEEDS)


@pytest.fixture(scope="session")
def seeded(tmp_path_factory):
    """The real thing: the e5 model, an embedded Chroma in a temp folder, the seeds indexed."""
    from assistant.config import Settings
    from assistant.service import Assistant

    store = tmp_path_factory.mktemp("seeded") / "store"
    settings = Settings(store=store, seeds=SEEDS)
    assistant = Assistant(settings)
    report = assistant.index([SEEDS])
    assert not report.problems
    return assistant


@pytest.fixture(scope="session")
def output_dir():
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


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
