"""The REST API over a real server: ask, streaming ask, check, brief, conflicts, export."""

from __future__ import annotations

import io
import json

import pytest

pytestmark = pytest.mark.slow

QUESTION = "东丰县梅花鹿产值是多少"


def sse_events(response) -> list[tuple[str, dict]]:
    events, kind = [], "message"
    for line in response.iter_lines():
        if line.startswith("event:"):
            kind = line[6:].strip()
        elif line.startswith("data:"):
            events.append((kind, json.loads(line[5:].strip())))
            kind = "message"
    return events


def test_openapi_page_lists_every_route(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/kbs/{kb}/ask", "/api/kbs/{kb}/ask/stream", "/api/kbs/{kb}/check", "/api/kbs/{kb}/brief",
                 "/api/kbs/{kb}/conflicts", "/api/kbs/{kb}/documents", "/api/kbs", "/api/kbs/{kb}/export",
                 "/api/feedback", "/v1/models", "/v1/chat/completions"):
        assert path in paths


def test_ask_answers_with_the_cli_citations(client, kbs):
    from assistant.present.dicts import answer_json

    r = client.post("/api/kbs/default/ask", json={"question": QUESTION})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert "81.6亿元" in body["answer"] and not body["abstained"]
    assert body["answer_id"] and body["kb"] == "default"
    assert body["citations"] == answer_json(kbs.default.ask(QUESTION))["citations"]
    c = body["citations"][0]
    original = (kbs.settings.seeds.parent / c["source"]).read_text(encoding="utf-8")
    assert original[c["start"]:c["end"]] == c["quote"]


def test_streamed_answer_ends_with_the_same_answer(client):
    with client.stream("POST", "/api/kbs/default/ask/stream", json={"question": QUESTION}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r)
    kinds = [k for k, _ in events]
    assert kinds[0] == "status" and kinds[-1] == "answer" and "delta" in kinds
    final = events[-1][1]
    assert "".join(e["text"] for k, e in events if k == "delta") == final["answer"]
    assert "81.6亿元" in final["answer"] and final["citations"]


def test_check_refutes_a_wrong_figure(client):
    r = client.post("/api/kbs/default/check", json={"claim": "高新区2023年地方级财政收入增长了39%"})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "refuted" and "93%" in body["sources_say"]
    assert body["citations"][0]["quote"]


def test_brief_and_conflicts(client):
    r = client.post("/api/kbs/default/brief", json={"topic": "梅花鹿产业"})
    assert r.status_code == 200
    body = r.json()
    assert body["sections"] and body["citations"] and body["markdown"].startswith("# 简报")
    cited = {c["n"] for c in body["citations"]}
    assert {i["n"] for s in body["sections"] for i in s["items"]} <= cited
    groups = client.get("/api/kbs/default/conflicts").json()
    assert any(g["indicator"].endswith("签约额") or "签约" in g["indicator"] for g in groups)


def test_export_docx_has_a_footnote_per_citation(client):
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from lxml import etree

    r = client.post("/api/kbs/default/export", json={"kind": "brief", "text": "梅花鹿产业", "format": "docx"})
    assert r.status_code == 200 and "wordprocessingml" in r.headers["content-type"]
    doc = Document(io.BytesIO(r.content))
    assert doc.paragraphs[0].text.startswith("简报 Briefing")
    part = next(rel.target_part for rel in doc.part.rels.values() if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES)
    notes = etree.fromstring(part.blob)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    texts = ["".join(n.itertext()) for n in notes.iter(f"{w}footnote") if int(n.get(f"{w}id")) > 0]
    refs = doc.element.body.findall(f".//{w}footnoteReference")
    assert texts and len(refs) == len(texts)
    assert all("seeds/" in t and "字符" in t for t in texts)


def test_export_claim_check_as_markdown_footnotes(client):
    r = client.post("/api/kbs/default/export",
                    json={"kind": "check", "text": "高新区2023年地方级财政收入增长了39%", "format": "markdown"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    text = r.text
    assert "不成立 refuted" in text and "[^1]" in text
    note = next(line for line in text.splitlines() if line.startswith("[^1]:"))
    assert "seeds/002_f54b4628cfe8029d.txt" in note and "字符" in note and "93%" in note
