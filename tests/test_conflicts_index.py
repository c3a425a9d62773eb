"""Conflicting sources end to end, on the real e5 model and a real Chroma in a temp folder:
real news passages beside copies with one value changed (tests/data/counterfactual.jsonl),
asked about that value, and `suyuan conflicts` over the whole index; the seeds' two known
conflicts and nothing else."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.answer import conflicts
from assistant.bench import conflicts as bench
from support import ROOT

ITEMS = [json.loads(line) for line in (ROOT / "tests" / "data" / "counterfactual.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
# One item of each kind whose generated question names its passage well enough to be
# answered at all (the rest of the sample stays in the index as unrelated text).
ASKED = ("a625-figure", "a55-percent", "a1556-name", "a643-place", "a1623-date",
         "a1658-year", "a353-other_place", "a750-indicator", "a314-rounded")


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    from assistant.config import Settings
    from assistant.service import Assistant

    work = tmp_path_factory.mktemp("conflicts")
    items = [i for i in ITEMS if i["id"] in ASKED]
    others = [i["original"] for i in ITEMS if i["id"] not in ASKED][:9]
    files = bench.write_documents(items, others, work / "docs")
    assistant = Assistant(Settings(store=work / "store"))
    assert not assistant.index([work / "docs"]).problems
    return assistant, items, files


def _item(items, kind):
    return next(i for i in items if i["kind"] == kind)


@pytest.mark.parametrize("kind", ["figure", "percent", "name", "place", "date"])
def test_both_versions_are_shown_with_their_dates(planted, kind):
    assistant, items, files = planted
    item = _item(items, kind)
    answer = assistant.ask(item["question"])
    assert answer.conflict, answer.text
    assert item["value"] in answer.text and item["changed"] in answer.text, answer.text
    assert {c.source for c in answer.citations} >= set(files[item["id"]])
    # each version carries its source's date (the copy is dated a few days after the original)
    for doc in (item["original"], item["copy"]):
        y, m, d = (int(x) for x in doc["date"].split("-"))
        assert f"{y}年{m}月{d}日" in answer.text, answer.text


@pytest.mark.parametrize("kind", ["year", "other_place", "indicator", "rounded"])
def test_another_statement_is_no_conflict(planted, kind):
    assistant, items, _ = planted
    item = _item(items, kind)
    answer = assistant.ask(item["question"])
    assert not (answer.conflict and item["changed"] in answer.text), answer.text


def test_report_finds_the_planted_conflicts_and_nothing_else(planted):
    assistant, items, files = planted
    scored = bench.score_report(assistant.conflicts(), items, files)
    assert scored["recall"] == 1.0 and scored["safe_flagged"] == 0.0
    assert scored["precision"] == 1.0, scored["unplanted"]


def test_report_counts_sources_and_puts_the_newest_first(planted):
    assistant, items, files = planted
    groups = assistant.conflicts()
    for g in groups:
        assert [v["date"] for v in g["versions"]] == sorted((v["date"] for v in g["versions"]), reverse=True)
        assert all(row["sources"] >= 1 for row in g["values"])
    assert [g["newest"] for g in groups] == sorted((g["newest"] for g in groups), reverse=True)


def test_seeds_report_exactly_the_two_known_conflicts(seeded):
    groups = seeded.conflicts()
    found = {(g["indicator"], frozenset(v["figure"] for v in g["values"])) for g in groups}
    assert found == {("签约额", frozenset({"160亿元", "255.4亿元"})),
                     ("规模以上工业增加值", frozenset({"6%以上", "8%以上"}))}


def test_cli_conflicts_json(seeded):
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "conflicts", "--json", "--store",
                          str(seeded.settings.store)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr
    groups = json.loads(out.stdout)
    assert len(groups) == 2 and all(len(g["values"]) == 2 for g in groups)


def test_paraphrased_figure_needs_the_same_story(seeded):
    """The seeds' 签约额 pair is worded differently; 34 projects at one event and 71 in the
    year share an indicator but not a story."""
    sim = conflicts.Similarity(seeded.embedder.embed_documents)
    a = "在招商引资工作中,东丰县成功举办天津、北京“梅花鹿+医药健康”产业招商推介会,2023梅花鹿产业高质量发展大会,签约项目34个,签约额255.4亿元。"
    b = "成功举办2023梅花鹿产业高质量发展大会，签约额达160亿元。"
    c = "截至目前,全县共开展“走出去、请进来”行动190次,签约项目71个,合同引资额312.285亿元。"

    def st(text, value):
        return next(s for s in conflicts.statements(text, "东丰县") if s.slot.text == value)

    assert conflicts.compare(st(a, "255.4亿元"), st(b, "160亿元"), sim) == "conflict"
    assert conflicts.compare(st(a, "34个"), st(c, "71个"), sim) == ""
