"""The `suyuan` command as a user runs it: real processes, exit codes, JSON."""

import json
import os
import subprocess
import sys

import pytest

from support import ROOT, SEEDS

pytestmark = pytest.mark.slow


def run(*args, store, check=True, env=None, stdin=None):
    full_env = {**os.environ, "SUYUAN_STORE": str(store), **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=600, input=stdin)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "store"
    proc = run("index", str(SEEDS), store=store)
    assert "2 new" in proc.stdout
    again = run("index", str(SEEDS), "--json", store=store)
    report = json.loads(again.stdout)
    assert report["chunks_added"] == 0 and len(report["unchanged"]) == 2
    return store


def test_ask_json(store):
    out = json.loads(run("ask", "东丰县梅花鹿产值是多少", "--json", store=store).stdout)
    assert set(out) >= {"question", "answer", "abstained", "citations", "timings_ms"}
    assert "81.6亿元" in out["answer"] and out["abstained"] is False
    c = out["citations"][0]
    assert set(c) >= {"n", "source", "title", "quote", "start", "end"}
    original = (ROOT / c["source"]).read_text(encoding="utf-8")
    assert original[c["start"]:c["end"]] == c["quote"]


def test_ask_text_shows_the_quote(store):
    out = run("ask", "东丰县县长是谁？", store=store).stdout
    assert "邢树纲" in out and "[1]" in out and "“" in out


def test_ask_flags_override_environment(store, tmp_path):
    out = json.loads(run("ask", "辽源计划新增多少台智能袜机？", "--json", "--store", str(store), "-k", "2",
                         store=tmp_path / "elsewhere").stdout)
    assert "2400台" in out["answer"]


@pytest.mark.parametrize("question,code,message", [
    ("", 3, "empty"), ("？？？", 3, "no words"), ("问" * 100_000, 3, "limit"),
])
def test_bad_questions_exit_non_zero(store, question, code, message):
    # a 100,000-character question is too long for one command-line argument: stdin
    proc = run("ask", "-", store=store, check=False, stdin=question)
    assert proc.returncode == code and message in proc.stderr


def test_question_from_stdin(store):
    out = json.loads(run("ask", "-", "--json", store=store, stdin="辽源要购置多少辆纯电动公交车？\n").stdout)
    assert "50辆" in out["answer"]


def test_missing_index_exits_non_zero(tmp_path):
    proc = run("ask", "东丰县梅花鹿产值是多少", store=tmp_path / "nothing", check=False)
    assert proc.returncode == 4 and "suyuan index" in proc.stderr


def test_unreadable_file_exits_non_zero_but_indexes_the_rest(store, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff" * 100)
    good = tmp_path / "good.txt"
    good.write_text("东辽县新增智能温室12座。\n", encoding="utf-8")
    proc = run("index", str(bad), str(good), store=store, check=False)
    assert proc.returncode == 1 and "bad.txt" in proc.stderr and "1 new" in proc.stdout
    run("remove", os.path.relpath(good, ROOT) if str(good).startswith(str(ROOT)) else str(good.resolve()), store=store)


def test_eval_json_has_the_metrics(store, tmp_path):
    items = tmp_path / "few.jsonl"
    lines = (ROOT / "tests" / "data" / "extra.jsonl").read_text(encoding="utf-8").splitlines()
    items.write_text("\n".join(lines[:3] + lines[38:40]), encoding="utf-8")  # 3 answerable, 2 unanswerable
    out = json.loads(run("eval", str(items), "--json", store=store).stdout)
    assert out["answer_accuracy"] == 1.0 and out["abstain_recall"] == 1.0
    assert out["index_seconds"] is not None and len(out["items"]) == 5


def test_invalid_setting_is_a_usage_error(tmp_path):
    proc = run("ask", "x", store=tmp_path, check=False, env={"SUYUAN_TOP_K": "zero"})
    assert proc.returncode == 2 and "top_k" in proc.stderr
