"""A real uvicorn server on a free loopback port, in a thread of the test process, over a
knowledge-base registry whose default knowledge base holds the seeds (real e5 model, real
Chroma in a temp folder)."""

from __future__ import annotations

import httpx
import pytest

from api_support import Running


@pytest.fixture(scope="session")
def kbs(seeded):
    """A registry whose default knowledge base is the session's seeded index (the seeds are
    embedded once per session); knowledge bases the tests create sit beside it."""
    from assistant.knowledge_bases import KnowledgeBases

    return KnowledgeBases(seeded.settings, default=seeded)


@pytest.fixture(scope="session")
def server(kbs):
    from assistant.api.app import create_app

    with Running(create_app(kbs, upload_max_mb=1)) as running:
        yield running


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c
