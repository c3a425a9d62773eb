"""The same store and answer behaviour against a real Chroma server (`chroma run`) that
the test starts on a loopback port and stops afterwards."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from support import SEEDS, copy_seeds, free_port

pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).parent / "chroma"
    log = open(path / "server.log", "w")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)).heartbeat()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("chroma run did not start: " + (path / "server.log").read_text())
            time.sleep(0.3)
    yield {"host": "127.0.0.1", "port": port}
    proc.terminate()
    proc.wait(timeout=30)


def _assistant(server, seeded, tmp_path):
    settings = Settings(chroma_host=server["host"], chroma_port=server["port"], store=tmp_path / "unused")
    return Assistant(settings, embedder=seeded.embedder)


def test_index_answer_and_reindex_through_the_server(chroma_server, seeded, tmp_path):
    a = _assistant(chroma_server, seeded, tmp_path)
    assert type(a.store.client).__name__ in ("Client", "HttpClient", "AsyncHttpClient") or "Http" in repr(a.store.client.__class__)
    first = a.index([SEEDS])
    assert first.chunks_added > 50 or len(first.unchanged) == 2
    count = a.store.count()
    again = a.index([SEEDS])
    assert again.chunks_added == 0 and a.store.count() == count
    answer = a.ask("东丰县梅花鹿产值是多少")
    assert "81.6亿元" in answer.text and "涉鹿产值81.6亿元" in answer.citations[0].quote
    assert a.ask("东丰县常住人口是多少？").abstained
    assert {("签约额", frozenset({"160亿元", "255.4亿元"}))} <= {
        (g["indicator"], frozenset(v["figure"] for v in g["versions"])) for g in a.conflicts()}
    assert a.check("高新区2023年地方级财政收入增长了39%。").verdict == "refuted"


def test_a_second_client_sees_what_the_first_indexed(chroma_server, seeded, tmp_path):
    writer = _assistant(chroma_server, seeded, tmp_path)
    reader = _assistant(chroma_server, seeded, tmp_path)
    writer.index([SEEDS])
    assert reader.ask("辽源计划新增多少台智能袜机？").text.count("2400台") == 1
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "新增.txt").write_text("东丰县新建鹿茸交易中心1座，年交易额可达30亿元。\n", encoding="utf-8")
    writer.index([extra])
    time.sleep(2.5)  # the reader refreshes its keyword index from the server's generation stamp
    assert "30亿元" in reader.ask("鹿茸交易中心年交易额可达多少？").text
    assert writer.remove(next(d.source for d in writer.documents() if d.source.endswith("新增.txt")))


def test_edit_and_prune_through_the_server(chroma_server, seeded, tmp_path):
    a = _assistant(chroma_server, seeded, tmp_path)
    docs = copy_seeds(tmp_path / "docs")
    a.index([docs])
    target = docs / "002_f54b4628cfe8029d.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\n东辽县新增智能温室12座。\n", encoding="utf-8")
    assert len(a.index([docs]).replaced) == 1
    target.unlink()
    assert len(a.index([docs], prune=True).pruned) == 1
    for source in [d.source for d in a.documents() if str(docs) in d.source or d.source.startswith(str(docs))]:
        a.remove(source)


def test_unreachable_server_is_a_clear_error(tmp_path):
    from assistant.errors import StoreError

    with pytest.raises(StoreError, match="cannot open the Chroma store"):
        Assistant(Settings(chroma_host="127.0.0.1", chroma_port=free_port()))
