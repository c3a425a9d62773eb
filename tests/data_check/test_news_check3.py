"""The third news check set (tests/data/news_check3/): its builder writes four long documents
(one day's articles each) and two single articles, every gold string occurs in the document
that holds the item's article, and no other set reads any article it prints."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from assistant.learn.news_figures import article_text

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "news_check3"
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


def _line(item: dict) -> int:
    return int(item["source"].rsplit(":", 1)[1])


def _printed(builder) -> set[int]:
    return {n for _, numbers in builder.LONG.values() for n in numbers} | set(builder.SINGLE)


def test_the_set_has_the_dev_sets_shape_and_mix():
    items = _items()
    assert len({i["id"] for i in items}) == len(items) >= 50
    kinds = Counter(i["type"] for i in items)
    assert kinds["crosslingual"] == 6 and kinds["claim"] == 8 and kinds["list"] >= 6
    assert 0.2 <= kinds["unanswerable"] / len(items) <= 0.3
    assert Counter(i["verdict"] for i in items if i["type"] == "claim") == {
        "supported": 3, "refuted": 3, "not_enough_info": 2}
    for item in items:
        unanswerable = item["type"] == "unanswerable"
        assert bool(item.get("abstain")) == unanswerable
        assert (not item["answers"]) == (unanswerable or item.get("verdict") in ("supported", "not_enough_info"))
        assert (not item["evidence"]) == (unanswerable or item.get("verdict") == "not_enough_info")
        if item["type"] == "crosslingual":
            assert re.fullmatch(r"[\x20-\x7e]+", item["question"]), item["id"]


def test_questions_are_asked_of_twelve_articles_and_most_sit_in_long_documents():
    builder = _load(FOLDER / "build_docs.py", "news_check3_builder")
    asked = set(builder.REGIONAL + builder.OTHER)
    assert len(asked) == 12 and {_line(i) for i in _items()} == asked
    assert asked <= _printed(builder)
    in_long = [n for n in asked if builder.document_of(n) in builder.LONG]
    assert len(in_long) == 10 and len(builder.LONG) == 4
    printed = [n for _, numbers in builder.LONG.values() for n in numbers] + list(builder.SINGLE)
    assert len(printed) == len(set(printed))  # no article printed twice


def test_no_other_set_reads_its_articles():
    builder = _load(FOLDER / "build_docs.py", "news_check3_builder")
    lines = _printed(builder)
    first = _load(ROOT / "tests" / "data" / "news_check" / "build_docs.py", "news_check_builder")
    second = _load(ROOT / "tests" / "data" / "news_check2" / "build_docs.py", "news_check2_builder")
    assert not lines & {n for half in first.HALVES.values() for n in half}
    assert not lines & set(second.REGIONAL + second.OTHER)
    assert not lines & set(range(1850, 1931))
    heldout = [json.loads(x) for x in (ROOT / "tests" / "data" / "news_heldout.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert not {f"news_part_b.txt:{n}" for n in lines} & {i.get("source") for i in heldout}


@needs_news
def test_no_article_is_of_a_long_document_day():
    builder = _load(FOLDER / "build_docs.py", "news_check3_builder")
    longdocs = _load(ROOT / "tests" / "data" / "longdocs" / "build_docs.py", "longdocs_builder")
    corpus = (NEWS / builder.PART).read_text(encoding="utf-8").split("\n")
    for n in _printed(builder):
        m = longdocs.PREFIX_RE.match(corpus[n])
        assert not (m and "-".join(m.groups()) in longdocs.DAYS), n


@needs_news
def test_the_builder_writes_the_documents_and_every_gold_string_is_in_its_document(tmp_path):
    builder = _load(FOLDER / "build_docs.py", "news_check3_builder")
    written = builder.build(tmp_path)
    assert sorted(p.name for p in written) == sorted([*builder.LONG, *(builder.document_of(n) for n in builder.SINGLE)])
    texts = {p.name: _norm(p.read_text(encoding="utf-8")) for p in written}
    assert sum(len(texts[name]) > 5000 for name in builder.LONG) == 4
    corpus = (NEWS / builder.PART).read_text(encoding="utf-8").split("\n")
    for item in _items():
        text = texts[builder.document_of(_line(item))]
        article = _norm(article_text(corpus[_line(item)]))  # not only in an article printed beside it
        for gold in item["answers"] + item["evidence"]:
            assert _norm(gold) in article and _norm(gold) in text, (item["id"], gold)
        for gold in item["answers"]:  # an answer lies inside one of its evidence strings
            assert any(_norm(gold) in _norm(e) for e in item["evidence"]), (item["id"], gold)
