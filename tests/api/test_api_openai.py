"""The OpenAI-compatible endpoint driven by the official `openai` client, API keys, feedback."""

from __future__ import annotations

import httpx
import pytest

from api_support import Running

pytestmark = pytest.mark.slow

QUESTION = "东丰县梅花鹿产值是多少"


def test_models_are_the_knowledge_bases(server):
    from openai import OpenAI

    client = OpenAI(base_url=f"{server.url}/v1", api_key="unused")
    assert "default" in [m.id for m in client.models.list()]


def test_chat_completion_carries_markers_sources_and_citations(server, kbs):
    from openai import OpenAI

    from assistant.present.dicts import answer_json

    client = OpenAI(base_url=f"{server.url}/v1", api_key="unused")
    reply = client.chat.completions.create(model="default", messages=[{"role": "user", "content": QUESTION}])
    text = reply.choices[0].message.content
    assert "81.6亿元 [1]" in text or "81.6亿元[1]" in text
    assert "来源 Sources:" in text and "seeds/000_4d8817e16d129468.txt, characters" in text
    extra = reply.model_extra
    assert extra["citations"] == answer_json(kbs.default.ask(QUESTION))["citations"]
    assert extra["suyuan"]["answer_id"] and extra["suyuan"]["abstained"] is False


def test_streaming_with_the_official_client(server):
    from openai import OpenAI

    client = OpenAI(base_url=f"{server.url}/v1", api_key="unused")
    stream = client.chat.completions.create(model="default", stream=True,
                                            messages=[{"role": "user", "content": "高新区2023年地区生产总值是多少？"},
                                                      {"role": "assistant", "content": "…"},
                                                      {"role": "user", "content": QUESTION}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "81.6亿元" in text and "来源 Sources:" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    citations = chunks[-1].model_extra["citations"]
    assert citations and citations[0]["source"] in text


def test_openai_errors_are_4xx(server):
    import openai
    from openai import OpenAI

    client = OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0)
    with pytest.raises(openai.NotFoundError, match="no knowledge base named"):
        client.chat.completions.create(model="nosuch", messages=[{"role": "user", "content": QUESTION}])
    with pytest.raises(openai.BadRequestError, match="empty"):
        client.chat.completions.create(model="default", messages=[{"role": "user", "content": ""}])


def test_api_keys_refused_and_accepted(kbs):
    from openai import AuthenticationError, OpenAI

    from assistant.api.app import create_app

    with Running(create_app(kbs, api_keys=["key-one", "key-two"])) as running:
        with httpx.Client(base_url=running.url, timeout=60) as c:
            assert c.get("/api/kbs").status_code == 401
            assert c.get("/api/kbs", headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert "API key" in c.get("/v1/models").json()["detail"]
            assert c.get("/api/kbs", headers={"Authorization": "Bearer key-one"}).status_code == 200
            assert c.get("/api/kbs", headers={"X-API-Key": "key-two"}).status_code == 200
            assert c.get("/docs").status_code == 200
        with pytest.raises(AuthenticationError):
            OpenAI(base_url=f"{running.url}/v1", api_key="wrong", max_retries=0).models.list()
        assert [m.id for m in OpenAI(base_url=f"{running.url}/v1", api_key="key-two").models.list()][0] == "default"


def test_feedback_is_stored_and_read_back_as_a_labelled_set(client, kbs):
    from assistant import feedback
    from assistant.bench import evaluation

    answer = client.post("/api/kbs/default/ask", json={"question": QUESTION}).json()
    r = client.post("/api/feedback", json={"answer_id": answer["answer_id"], "rating": "up", "note": "对"})
    assert r.status_code == 201
    wrong = client.post("/api/kbs/default/ask", json={"question": "高新区2023年地区生产总值是多少"}).json()
    assert client.post("/api/feedback", json={"question": wrong["question"], "answer": wrong, "rating": "down",
                                              "note": "数字不对"}).status_code == 201
    assert client.post("/api/feedback", json={"answer_id": "nope", "rating": "up"}).status_code == 404
    assert client.post("/api/feedback", json={"answer_id": answer["answer_id"], "rating": "meh"}).status_code == 422
    stored = client.get("/api/feedback", params={"kb": "default"}).json()
    up = next(e for e in stored if e["rating"] == "up")
    assert up["question"] == QUESTION and up["note"] == "对" and up["citations"] == answer["citations"]
    path = feedback.path_for(kbs.settings.store)
    assert path.exists() and feedback.is_feedback_file(path)
    items = feedback.eval_items(path)
    by_question = {i["question"]: i for i in items}
    assert by_question[QUESTION]["answers"] == ["81.6亿元"]
    assert by_question["高新区2023年地区生产总值是多少"]["abstain"] is True
    metrics = evaluation.run(kbs.default, [by_question[QUESTION]])
    assert metrics["answer_accuracy"] == 1.0
