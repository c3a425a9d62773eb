"""`suyuan serve` as its own process: the binding rule, API keys, the API and the chat in
one server, knowledge bases made with `suyuan index --kb` served as models."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import httpx
import pytest

from support import ROOT, free_port, start_serve

pytestmark = pytest.mark.slow
SUYUAN = [sys.executable, "-m", "assistant.cli"]


def run_cli(*args, env):
    return subprocess.run(SUYUAN + list(args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def served(seeded, tmp_path_factory):
    """A copy of the session's seeded store (no second embedding of the seeds), a knowledge
    base indexed into it by the CLI, then `suyuan serve` on a free loopback port with two keys."""
    store = tmp_path_factory.mktemp("serve") / "store"
    shutil.copytree(seeded.settings.store, store)
    env = {**os.environ, "SUYUAN_STORE": str(store), "SUYUAN_API_KEYS": "alpha, beta"}
    doc = tmp_path_factory.mktemp("docs") / "tea.txt"
    doc.write_text("北川县茶叶报告\n\n本报记者 王明\n\n北川县茶园面积达到8万亩，茶叶综合产值21亿元。\n", encoding="utf-8")
    indexed = run_cli("index", "--kb", "tea", str(doc), env=env)
    assert indexed.returncode == 0, indexed.stderr
    url, proc = start_serve(env, store.parent / "serve.log")
    yield {"url": url, "env": env, "proc": proc}
    proc.terminate()
    proc.wait(timeout=30)


def test_refuses_another_interface_without_keys(tmp_path):
    env = {**os.environ, "SUYUAN_STORE": str(tmp_path / "store")}
    env.pop("SUYUAN_API_KEYS", None)
    r = run_cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), env=env)
    assert r.returncode == 2 and "SUYUAN_API_KEYS" in r.stderr


def test_serves_api_docs_chat_and_knowledge_bases(served):
    with httpx.Client(base_url=served["url"], timeout=120) as c:
        assert c.get("/docs").status_code == 200
        assert c.get("/api/kbs").status_code == 401
        keyed = {"Authorization": "Bearer beta"}
        models = c.get("/v1/models", headers=keyed).json()
        assert [m["id"] for m in models["data"]] == ["default", "tea"]
        body = c.post("/api/kbs/tea/ask", json={"question": "北川县茶园面积是多少"}, headers=keyed).json()
        assert "8万亩" in body["answer"] and body["citations"][0]["source"].endswith("tea.txt")
        chat = c.get("/")
        assert chat.status_code == 200 and "gradio" in chat.text.lower()
    assert served["proc"].poll() is None


def test_cli_kb_flag_keeps_knowledge_bases_apart(served):
    env = served["env"]
    r = run_cli("ask", "--kb", "tea", "--json", "东丰县梅花鹿产值是多少", env=env)
    assert r.returncode == 0, r.stderr
    # Only the answer and its citations: timings are printed too and may hold any digits.
    asked = json.loads(r.stdout)
    assert "81.6" not in asked["answer"]
    assert all(c["source"].endswith("tea.txt") for c in asked["citations"])
    r = run_cli("ask", "--kb", "nosuch", "北川县茶园面积是多少", env=env)
    assert r.returncode == 2 and "no knowledge base named 'nosuch'" in r.stderr
    r = run_cli("documents", "--kb", "tea", env=env)
    assert "tea.txt" in r.stdout and "seeds/" not in r.stdout
