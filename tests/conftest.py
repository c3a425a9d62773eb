"""Shared fixtures. State goes to tmp folders; the real model and a real Chroma are used
by the tests marked slow; a tiny fake embedder keeps unit tests fast. Paths and helpers
are in support.py."""

from __future__ import annotations

import os

import pytest

from support import OUTPUT, SEEDS, FakeEmbedder, free_port  # noqa: F401  (free_port: tests/api imports it from here)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's settings or writes the repository's vectorstore/."""
    for key in list(os.environ):
        if key.startswith("SUYUAN_") and key != "SUYUAN_MODEL_CACHE":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("SUYUAN_STORE", str(tmp_path / "store"))


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
def assistant_over(tmp_path_factory, seeded):
    """Builds an Assistant over files a test makes: `assistant_over("name", ("a.txt", make_a), ...)`
    calls each maker with a path in a fresh folder, indexes the folder into a Chroma of its
    own with the session's embedding model, and checks that every file was indexed."""
    from assistant.config import Settings
    from assistant.service import Assistant

    def build(name: str, *files):
        folder = tmp_path_factory.mktemp(name)
        docs = folder / "docs"
        docs.mkdir()
        for filename, make in files:
            make(docs / filename)
        assistant = Assistant(Settings(store=folder / "store"), embedder=seeded.embedder)
        report = assistant.index([docs])
        assert not report.problems, report.problems
        return assistant

    return build


@pytest.fixture(scope="session")
def output_dir():
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
