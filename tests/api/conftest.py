"""A real uvicorn server on a free loopback port, in a thread of the test process, over a
knowledge-base registry whose default knowledge base holds the seeds (real e5 model, real
Chroma in a temp folder)."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.conftest import SEEDS, free_port


class Running:
    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def kbs(seeded, tmp_path_factory):
    """A registry over its own store (so created knowledge bases and feedback stay here),
    sharing the session's loaded model; the seeds in the default knowledge base."""
    from assistant.config import Settings
    from assistant.knowledge_bases import KnowledgeBases
    from assistant.service import Assistant

    settings = Settings(store=tmp_path_factory.mktemp("api") / "store", seeds=SEEDS, upload_max_mb=1)
    default = Assistant(settings, embedder=seeded.embedder)
    assert not default.index([SEEDS]).problems
    return KnowledgeBases(settings, default=default)


@pytest.fixture(scope="session")
def server(kbs):
    from assistant.api.app import create_app

    with Running(create_app(kbs)) as running:
        yield running


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def wait_job(client, job: dict, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        found = client.get(f"/api/jobs/{job['id']}").json()
        if found["status"] in ("done", "failed"):
            return found
        assert time.monotonic() < deadline, found
        time.sleep(0.2)
