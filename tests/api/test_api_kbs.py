"""Knowledge bases over a real server: upload into a new one and ask it, isolation,
document and date filters, deletion, and bad requests answered with a 4xx."""

from __future__ import annotations

import pytest

from api_support import wait_job

pytestmark = pytest.mark.slow

DATED = ("2023年2月1日\n\n北川县财政工作报告\n\n本报记者 王明\n\n"
         "2023年，北川县一般公共预算收入完成12.5亿元，同比增长6.2%。全县新建学校3所，新增就业岗位4200个。\n"
         "北川县将继续推进茶叶产业发展，茶园面积达到8万亩。\n")
UNDATED = ("北川县财政工作报告（续）\n\n本报记者 李华\n\n"
           "2024年，北川县一般公共预算收入完成14.8亿元，同比增长8.4%。北川县茶叶综合产值达到21亿元。\n"
           "脚本测试<script>alert(1)</script>不会被执行。\n")
QUESTION = "北川县一般公共预算收入是多少"


@pytest.fixture(scope="module")
def desk(client_module):
    """A new knowledge base holding the two made-up reports; deleted at the end."""
    c = client_module
    assert c.post("/api/kbs", json={"name": "desk-a"}).status_code == 201
    files = [("files", ("beichuan-2023.txt", DATED.encode(), "text/plain")),
             ("files", ("beichuan-2024.txt", UNDATED.encode(), "text/plain"))]
    r = c.post("/api/kbs/desk-a/documents", files=files)
    assert r.status_code == 202, r.text
    job = wait_job(c, r.json())
    assert job["status"] == "done" and len(job["report"]["added"]) == 2 and job["done"] == job["total"] > 0
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in c.get("/api/kbs/desk-a/documents").json()}
    yield {name: d["source"] for name, d in docs.items()}, docs
    c.delete("/api/kbs/desk-a")


@pytest.fixture(scope="module")
def client_module(server):
    import httpx

    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def test_upload_into_a_new_knowledge_base_and_ask_it(client, desk):
    sources, docs = desk
    assert docs["beichuan-2023.txt"]["date"] == "2023-02-01" and docs["beichuan-2023.txt"]["date_from"] == "text"
    assert docs["beichuan-2024.txt"]["date_from"] == "upload"
    assert {kb["name"] for kb in client.get("/api/kbs").json()} >= {"default", "desk-a"}
    body = client.post("/api/kbs/desk-a/ask", json={"question": "北川县茶园面积是多少"}).json()
    assert "8万亩" in body["answer"] and body["citations"][0]["source"] == sources["beichuan-2023.txt"]


def test_knowledge_bases_are_isolated(client, desk):
    sources, _ = desk
    ours = set(sources.values())
    body = client.post("/api/kbs/default/ask", json={"question": QUESTION, "k": 10}).json()
    assert not ours & {c["source"] for c in body["citations"]}
    assert "12.5亿元" not in body["answer"] and "14.8亿元" not in body["answer"]
    body = client.post("/api/kbs/desk-a/ask", json={"question": "东丰县梅花鹿产值是多少", "k": 10}).json()
    assert {c["source"] for c in body["citations"]} <= ours and "81.6" not in body["answer"]


def test_document_and_date_filters(client, desk):
    sources, _ = desk
    old, new = sources["beichuan-2023.txt"], sources["beichuan-2024.txt"]
    r = client.put("/api/kbs/desk-a/documents/date", json={"source": new, "date": "2024-02-01"})
    assert r.status_code == 200 and r.json()["from"] == "set"
    only_old = client.post("/api/kbs/desk-a/ask", json={"question": QUESTION, "documents": [old]}).json()
    assert "12.5亿元" in only_old["answer"] and {c["source"] for c in only_old["citations"]} == {old}
    recent = client.post("/api/kbs/desk-a/ask", json={"question": QUESTION, "date_from": "2024-01-01"}).json()
    assert "14.8亿元" in recent["answer"] and {c["source"] for c in recent["citations"]} == {new}
    early = client.post("/api/kbs/desk-a/brief", json={"topic": "北川县财政", "date_to": "2023-12-31"}).json()
    assert early["citations"] and {c["source"] for c in early["citations"]} == {old}
    checked = client.post("/api/kbs/desk-a/check", json={"claim": "2023年北川县一般公共预算收入完成12.5亿元",
                                                          "documents": [old]}).json()
    assert checked["verdict"] == "supported"
    nothing = client.post("/api/kbs/desk-a/ask", json={"question": QUESTION, "date_from": "2030-01-01"})
    assert nothing.status_code == 400 and "no document matches" in nothing.json()["detail"]
    unknown = client.post("/api/kbs/desk-a/ask", json={"question": QUESTION, "documents": ["nope.txt"]})
    assert unknown.status_code == 400 and "nope.txt" in unknown.json()["detail"]
    bad_date = client.post("/api/kbs/desk-a/ask", json={"question": QUESTION, "date_from": "yesterday"})
    assert bad_date.status_code == 400 and "2024-01-31" in bad_date.json()["detail"]


def test_document_text_is_never_markup(client, desk):
    r = client.post("/api/kbs/desk-a/export", json={"kind": "brief", "text": "脚本测试", "format": "markdown"})
    assert r.status_code == 200
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text


def test_bad_requests_get_a_clear_4xx_and_the_server_keeps_serving(client, desk):
    cases = [
        (client.post("/api/kbs/default/ask", json={"question": "   "}), 400, "empty"),
        (client.post("/api/kbs/default/ask", json={"question": "多" * 100_000}), 400, "the limit is 2000"),
        (client.post("/api/kbs/nosuch/ask", json={"question": QUESTION}), 404, "no knowledge base named 'nosuch'"),
        (client.post("/api/kbs/default/ask", content=b"{not json", headers={"content-type": "application/json"}),
         422, "JSON decode error"),
        (client.post("/api/kbs/default/ask", json={"k": 3}), 422, "question: Field required"),
        (client.post("/api/kbs", json={"name": "Bad Name!"}), 400, "bad knowledge-base name"),
        (client.post("/api/kbs", json={"name": "desk-a"}), 409, "already exists"),
        (client.delete("/api/kbs/default"), 400, "cannot be deleted"),
        (client.post("/api/kbs/desk-a/documents", files=[("files", ("bin.txt", bytes(range(256)) * 8, "text/plain"))]),
         400, "bin.txt"),
        (client.post("/api/kbs/desk-a/documents", files=[("files", ("empty.txt", b"", "text/plain"))]), 400, "empty"),
        (client.post("/api/kbs/desk-a/documents", files=[("files", ("tool.exe", b"MZ\x90\x00", "application/x-msdownload"))]),
         400, "unsupported file type"),
        (client.post("/api/kbs/desk-a/documents", files=[("files", ("big.txt", "大".encode() * 600_000, "text/plain"))]),
         413, "over the upload limit of 1 MB"),
        (client.delete("/api/kbs/desk-a/documents", params={"source": "nope.txt"}), 404, "not indexed"),
    ]
    wrong = []
    for response, status, words in cases:
        message = response.json()["error"]["message"] if response.status_code >= 400 else ""
        if response.status_code != status or words not in message or message != response.json()["detail"]:
            wrong.append((status, words, response.status_code, response.text[:200]))
    assert not wrong
    assert client.post("/api/kbs/default/ask", json={"question": "东丰县梅花鹿产值是多少"}).status_code == 200


def test_an_empty_knowledge_base_says_so_and_deleting_one_loses_nothing_else(client, kbs):
    assert client.post("/api/kbs", json={"name": "scratch"}).status_code == 201
    r = client.post("/api/kbs/scratch/ask", json={"question": QUESTION})
    assert r.status_code == 409 and "no documents" in r.json()["detail"]
    before = client.get("/api/kbs/default/documents").json()
    assert client.delete("/api/kbs/scratch").status_code == 200
    assert "scratch" not in {kb["name"] for kb in client.get("/api/kbs").json()}
    assert client.post("/api/kbs/scratch/ask", json={"question": QUESTION}).status_code == 404
    assert client.get("/api/kbs/default/documents").json() == before
