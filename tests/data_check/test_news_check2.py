"""The second news check set (tests/data/news_check2/): its builder writes the twelve articles,
every gold string occurs in the article the item names, and no other set reads those lines."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "news_check2"
NEWS = ROOT.parent / "shared" / "corpora" / "news"
needs_news = pytest.mark.skipif(not (NEWS / "news_part_b.txt").exists(), reason="../shared/corpora/news is absent")


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(text: str) -> str:
    """How the eval compares strings: NFKC, then no whitespace (README of ../shared/eval)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _items() -> list[dict]:
    return [json.loads(x) for x in (FOLDER / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_set_has_the_dev_sets_shape_and_mix():
    items = _items()
    assert len({i["id"] for i in items}) == len(items) >= 50
    kinds = Counter(i["type"] for i in items)
    assert kinds["crosslingual"] == 5 and kinds["claim"] == 3 and kinds["list"] >= 5
    assert 0.2 <= kinds["unanswerable"] / len(items) <= 0.3
    assert {i["verdict"] for i in items if i["type"] == "claim"} == {"supported", "refuted", "not_enough_info"}
    for item in items:
        unanswerable = item["type"] == "unanswerable"
        assert bool(item.get("abstain")) == unanswerable
        assert (not item["answers"]) == (unanswerable or item.get("verdict") in ("supported", "not_enough_info"))


def test_no_other_set_reads_its_articles():
    builder = _load(FOLDER / "build_docs.py", "news_check2_builder")
    lines = set(builder.REGIONAL + builder.OTHER)
    assert len(lines) == 12
    assert {int(i["source"].rsplit(":", 1)[1]) for i in _items()} == lines
    first = _load(ROOT / "tests" / "data" / "news_check" / "build_docs.py", "news_check_builder")
    assert not lines & {n for half in first.HALVES.values() for n in half}
    assert not lines & set(range(1850, 1931))
    heldout = [json.loads(x) for x in (ROOT / "tests" / "data" / "news_heldout.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert not {f"news_part_b.txt:{n}" for n in lines} & {i.get("source") for i in heldout}


@needs_news
def test_the_builder_writes_the_articles_and_every_gold_string_is_in_its_article(tmp_path):
    builder = _load(FOLDER / "build_docs.py", "news_check2_builder")
    written = builder.build(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"news_b_{n:04d}.txt" for n in builder.REGIONAL + builder.OTHER)
    texts = {p.name: _norm(p.read_text(encoding="utf-8")) for p in written}
    assert all(len(t) >= 500 for t in texts.values())
    for item in _items():
        text = texts[f"news_b_{int(item['source'].rsplit(':', 1)[1]):04d}.txt"]
        for gold in item["answers"] + item["evidence"]:
            assert _norm(gold) in text, (item["id"], gold)
        for gold in item["answers"]:  # an answer lies inside one of its evidence strings
            assert any(_norm(gold) in _norm(e) for e in item["evidence"]), (item["id"], gold)
