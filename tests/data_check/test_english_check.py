"""tests/data/english_check: English questions over thirty real articles nobody fitted anything on
(written blind in session 59 to judge the English scorer). The questions are English, each about an
article its builder prints and no other set reads, and each gold string is in its article."""

from __future__ import annotations

import json
import re

import pytest
from support import ROOT, load_module

HERE = ROOT / "tests" / "data" / "english_check"
build = load_module(HERE / "build_docs.py", "english_check_build")
ITEMS = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def _line(item: dict) -> int:
    return int(item["source"].removeprefix("news_part_a.txt:"))


def test_questions_are_english_and_read_the_printed_articles():
    assert len(ITEMS) == 80 and len({x["id"] for x in ITEMS}) == len(ITEMS)
    assert not [x["id"] for x in ITEMS if re.search(r"[\u4e00-\u9fff]", x["question"])]
    assert {_line(x) for x in ITEMS} <= set(build.ARTICLES)
    unanswerable = [x for x in ITEMS if x.get("abstain")]
    assert all(not x["answers"] for x in unanswerable) and all(x["answers"] for x in ITEMS if not x.get("abstain"))
    assert len(unanswerable) == 25


def test_no_article_is_another_sets_part_a_line():
    dev = load_module(ROOT / "tests" / "data" / "news_part_a_dev" / "build.py", "english_check_dev_build")
    taken = {x["line"] for x in dev.read_questions()}
    for path in (ROOT / "tests" / "data").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".jsonl") and HERE not in path.parents:
            taken |= {int(n) for n in re.findall(r"news_part_a\.txt:(\d+)", path.read_text(encoding="utf-8"))}
    for path in sorted((ROOT / "tests" / "data").glob("*/build_docs.py")):  # the long documents' part-a fillers
        if path.parent != HERE:
            filler = getattr(load_module(path, f"english_check_{path.parent.name}"), "FILLER_A", {})
            taken |= {n for lines in filler.values() for n in lines}
    train = load_module(ROOT / "tests" / "data" / "english_train" / "build_docs.py", "english_check_train_build")
    assert not (taken | set(train.ARTICLES)) & set(build.ARTICLES)


@pytest.mark.skipif(not (build.NEWS / build.PART).is_file(), reason="no news corpus")
def test_every_gold_is_in_its_article(tmp_path):
    build.build(tmp_path)
    for x in ITEMS:
        text = re.sub(r"\s+", "", (tmp_path / build.document_of(_line(x))).read_text(encoding="utf-8"))
        assert all(re.sub(r"\s+", "", a) in text for a in x["answers"] + x["evidence"]), x["id"]
