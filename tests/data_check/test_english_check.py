"""tests/data/english_check and english_check2 to english_check13: English questions over thirty
real articles each that nobody fitted anything on (written blind in sessions 59 to 68 to judge the English scorer). The
questions are English, each about an article its builder prints and no other set reads, and each gold string
is in its article."""

from __future__ import annotations

import json
import re

import pytest
from support import ROOT, load_module

DATA = ROOT / "tests" / "data"
SETS = ("english_check", "english_check2", "english_check3", "english_check4", "english_check5", "english_check6", "english_check7", "english_check8", "english_check9", "english_check10", "english_check11", "english_check12", "english_check13")


def _set(name: str):
    here = DATA / name
    build = load_module(here / "build_docs.py", f"{name}_build")
    items = [json.loads(x) for x in (here / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    return here, build, items


def _line(item: dict) -> int:
    return int(item["source"].removeprefix("news_part_a.txt:"))


@pytest.mark.parametrize("name", SETS)
def test_questions_are_english_and_read_the_printed_articles(name):
    _, build, items = _set(name)
    assert len(items) == 80 and len({x["id"] for x in items}) == len(items)
    assert not [x["id"] for x in items if re.search(r"[\u4e00-\u9fff]", x["question"])]
    assert {_line(x) for x in items} <= set(build.ARTICLES)
    unanswerable = [x for x in items if x.get("abstain")]
    assert all(not x["answers"] for x in unanswerable) and all(x["answers"] for x in items if not x.get("abstain"))
    assert len(unanswerable) == 25


@pytest.mark.parametrize("name", SETS)
def test_no_article_is_another_sets_part_a_line(name):
    here, build, _ = _set(name)
    dev = load_module(DATA / "news_part_a_dev" / "build.py", f"{name}_dev_build")
    taken = {x["line"] for x in dev.read_questions()}
    for path in DATA.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".jsonl") and here not in path.parents:
            taken |= {int(n) for n in re.findall(r"news_part_a\.txt:(\d+)", path.read_text(encoding="utf-8"))}
    for path in sorted(DATA.glob("*/build_docs.py")):  # the long documents' part-a fillers and the other sets' articles
        if path.parent != here:
            other = load_module(path, f"{name}_{path.parent.name}")
            taken |= {n for lines in getattr(other, "FILLER_A", {}).values() for n in lines}
            if path.parent.name.startswith("english_"):
                taken |= set(other.ARTICLES)
    assert not taken & set(build.ARTICLES)


@pytest.mark.parametrize("name", SETS)
def test_every_gold_is_in_its_article(name, tmp_path):
    _, build, items = _set(name)
    if not (build.NEWS / build.PART).is_file():
        pytest.skip("no news corpus")
    build.build(tmp_path)
    for x in items:
        text = re.sub(r"\s+", "", (tmp_path / build.document_of(_line(x))).read_text(encoding="utf-8"))
        assert all(re.sub(r"\s+", "", a) in text for a in x["answers"] + x["evidence"]), x["id"]
