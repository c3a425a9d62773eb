"""Generated answers against a real OpenAI-compatible server on loopback (llama.cpp via
xllamacpp) serving the bundled Qwen2.5-Coder-0.5B, plus each failure mode."""

import http.server
import os
import subprocess
import sys
import threading
import time

import pytest

from support import ROOT, free_port, made_chunk

from assistant.llm import generate, verification
from assistant.llm import localmodel
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.service import Assistant
from assistant.records import Hit

SMALL = localmodel.BUNDLES["qwen2.5-coder-0.5b"]


@pytest.fixture(scope="session")
def small_model(tmp_path_factory):
    return localmodel.join(SMALL, tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="session")
def llm_server(small_model):
    return localmodel.LocalServer(small_model, threads=2)


def _assistant(seeded, **overrides):
    settings = Settings(store=seeded.settings.store, seeds=seeded.settings.seeds, **overrides)
    return Assistant(settings, embedder=seeded.embedder)


# --- the real model --------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.llm
def test_streamed_answer_with_a_citation(seeded, llm_server):
    a = _assistant(seeded, llm_base_url=llm_server.url, llm_model="local")
    events = list(a.stream("东丰县梅花鹿产值是多少？", mode="llm"))
    deltas = [p for kind, p in events if kind == "delta"]
    assert len(deltas) >= 3, "the reply arrives in pieces"
    kind, answer = events[-1]
    assert kind == "answer" and answer.mode == "llm" and answer.extra["llm"]["outcome"] == "generated"
    assert "81.6亿元" in answer.text
    n = int(answer.text.split("[", 1)[1].split("]", 1)[0])
    cited = next(c for c in answer.citations if c.n == n)
    assert "涉鹿产值81.6亿元" in cited.quote
    original = (seeded.settings.seeds / cited.source.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
    assert original[cited.start:cited.end] == cited.quote


@pytest.mark.slow
@pytest.mark.llm
def test_cli_streams_then_shows_the_sources(seeded, llm_server):
    env = {**os.environ, "SUYUAN_STORE": str(seeded.settings.store), "SUYUAN_LLM_BASE_URL": llm_server.url,
           "SUYUAN_LLM_MODEL": "local"}
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--mode", "llm", "东丰县梅花鹿产值是多少？"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "81.6亿元" in proc.stdout and "涉鹿产值81.6亿元" in proc.stdout
    answer_lines = [line for line in proc.stdout.splitlines() if "81.6亿元" in line and not line.startswith("    ")]
    assert len(answer_lines) == 1, "the streamed answer is not printed a second time:\n" + proc.stdout


@pytest.mark.slow
@pytest.mark.llm
def test_hallucinated_figures_are_withdrawn(seeded, llm_server):
    a = _assistant(seeded, llm_base_url=llm_server.url, llm_model="local")
    for question in ["哈尔滨冰雪旅游收入是多少？", "长辽通高铁预计哪一年通车？", "火星上有多少座城市？"]:
        answer = a.ask(question, mode="llm")
        assert answer.mode == "extractive", answer.extra["llm"]
        assert answer.extra["llm"]["outcome"] in ("withdrawn", "no_citation", "sentinel")
        assert answer.abstained
        assert answer.flags == ()


@pytest.mark.slow
@pytest.mark.llm
def test_sentinel_reply_becomes_an_abstention(seeded, llm_server, monkeypatch):
    real_fill = generate.fill

    def echo_sentinel(name, **values):
        if name == "answer_user.txt":
            return f"请原样输出下面这句话，不要输出任何别的内容：{verification.SENTINEL}"
        return real_fill(name, **values)

    monkeypatch.setattr(generate, "fill", echo_sentinel)
    a = _assistant(seeded, llm_base_url=llm_server.url, llm_model="local")
    unanswerable = a.ask("东丰县常住人口是多少？", mode="llm")
    assert unanswerable.extra["llm"]["outcome"] == "sentinel"
    assert unanswerable.abstained and unanswerable.extra["llm"]["fallback"] == "abstained"
    answerable = a.ask("辽源计划新增多少台智能袜机？", mode="llm")
    assert answerable.extra["llm"]["fallback"] == "extractive" and "2400台" in answerable.text


@pytest.mark.slow
@pytest.mark.llm
def test_bundled_model_path_serves_itself(seeded, small_model):
    a = _assistant(seeded, llm_model_path=str(small_model))
    answer = a.ask("辽源计划新增多少台智能袜机？", mode="llm")
    assert "2400台" in answer.text


# --- failures: a clear message, and the extractive answer is still given --------------



class _Scripted(http.server.BaseHTTPRequestHandler):
    delay = 0.0
    body = b""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep(self.delay)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted_server():
    servers = []

    def start(delay=0.0, body=b"{}"):
        handler = type("Handler", (_Scripted,), {"delay": delay, "body": body})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for s in servers:
        s.shutdown()


def _assert_falls_back(answer, message):
    info = answer.extra["llm"]
    assert info["outcome"] == "error" and message in info["error"], info
    assert answer.mode == "extractive" and "2400台" in answer.text and answer.citations


@pytest.mark.slow
def test_unreachable_endpoint(seeded):
    a = _assistant(seeded, llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_retries=0, llm_timeout=5)
    _assert_falls_back(a.ask("辽源计划新增多少台智能袜机？", mode="llm"), "cannot be reached")


@pytest.mark.slow
def test_timeout(seeded, scripted_server):
    url = scripted_server(delay=3.0)
    a = _assistant(seeded, llm_base_url=url, llm_retries=0, llm_timeout=1)
    _assert_falls_back(a.ask("辽源计划新增多少台智能袜机？", mode="llm"), "did not answer within 1 s")


@pytest.mark.slow
@pytest.mark.parametrize("body", [b"this is not json", b'{"choices": "nonsense"}', b'{"id": "x", "choices": []}'])
def test_malformed_reply(seeded, scripted_server, body):
    a = _assistant(seeded, llm_base_url=scripted_server(body=body), llm_retries=0, llm_timeout=5)
    _assert_falls_back(a.ask("辽源计划新增多少台智能袜机？", mode="llm"), "")


@pytest.mark.slow
def test_missing_local_model(seeded, tmp_path):
    a = _assistant(seeded, llm_model_path=str(tmp_path / "nope.gguf"))
    _assert_falls_back(a.ask("辽源计划新增多少台智能袜机？", mode="llm"), "does not exist")


@pytest.mark.slow
def test_corrupt_local_model_is_refused(seeded, tmp_path, small_model):
    cache = tmp_path / "cache"
    cache.mkdir()
    bad = cache / f"{SMALL.name}.gguf"
    bad.write_bytes(small_model.read_bytes()[: 1 << 20])  # truncated
    with pytest.raises(LLMError, match="refusing"):
        localmodel.join(SMALL, cache)
    a = _assistant(seeded, model_cache=cache, llm_local_model="qwen2.5-coder-0.5b")
    _assert_falls_back(a.ask("辽源计划新增多少台智能袜机？", mode="llm"), "refusing")


def test_a_gguf_that_is_not_a_model_is_reported(tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(LLMError, match="could not be loaded"):
        localmodel.LocalServer(junk)


@pytest.mark.slow
def test_chat_keeps_working_when_the_llm_is_down(seeded):
    import app

    a = _assistant(seeded, llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_retries=0)
    demo = app.build_app(a)
    assert demo is not None
    events = list(a.stream("辽源计划新增多少台智能袜机？", mode="llm"))
    final = events[-1][1]
    assert "2400台" in final.text and "LLM unavailable" in final.extra["llm"]["note"]
    # and the next question is answered as usual
    assert "50辆" in a.ask("辽源要购置多少辆纯电动公交车？").text


# --- verification on its own ---------------------------------------------------------


def _hit(text, title="东丰县以新作为开创高质量发展新局面", n=0):
    return Hit(made_chunk(text, title, "东丰县", cid=f"c{n}", source="s.txt"), 1.0)


def test_verification_drops_unknown_citations_recites_and_flags():
    hits = [_hit("全县梅花鹿饲养量达到28.2万只,年产鹿茸546吨,涉鹿产值81.6亿元。", n=0),
            _hit("城镇新增就业7000人。", title="二、2024年工作安排", n=1)]
    report = verification.verify("东丰县梅花鹿产值81.6亿元 [7]。城镇新增就业7000人 [1]。东丰县鹿茸产量999吨 [1]。", hits)
    assert report["dropped_citations"] == [7]
    # [7] was dropped, so the first sentence is re-cited to the passage that backs it;
    # the second cites [1] but is backed by [2]
    assert [(r["sentence"][:6], r["passage"]) for r in report["recited"]] == [("东丰县梅花鹿", 1), ("城镇新增就业", 2)]
    assert report["unverified"] == ["999吨"]
    assert [(p[0][:6], p[1]) for p in report["parts"]] == [("东丰县梅花鹿", 1), ("城镇新增就业", 2)]


def test_years_count_as_numbers_to_verify():
    hits = [_hit("加快推动长辽通高铁、辽源梅河机场等重大项目。")]
    assert verification.verify("长辽通高铁预计2024年通车 [1]。", hits)["unverified"]


def test_sentinel_is_recognised():
    assert verification.verify(verification.SENTINEL, [_hit("x。")]).get("sentinel")


def test_every_prompt_template_has_the_placeholders_the_code_fills():
    for name, fields in generate.PROMPT_FIELDS.items():
        assert generate.placeholders(generate.prompt(name)) == fields, name
    with pytest.raises(LLMError):
        generate.fill("answer_user.txt", question="q")  # passages missing
