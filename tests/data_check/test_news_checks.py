"""News check sets 3-21 (tests/data/news_check3/ ...; 4-21 each written by someone who never
read the answerer): a set's builder writes long documents of a day's (or a run of days')
articles and single articles; every gold string occurs in the article the item names and in
the document that prints it; no other set reads an article it prints; its long documents are of
days no other long document prints."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from support import NEWS, ROOT, eval_norm, load_module, needs_news, read_items

from assistant.learn.news_figures import article_text

DATA = ROOT / "tests" / "data"
# each set: its least number of items, the check sets written before it, the days of their long documents
SETS = {
    "news_check3": (50, (), ()),
    "news_check4": (60, ("news_check3",), ()),
    "news_check5": (55, ("news_check3", "news_check4"), ("2023-08-08", "2023-08-11", "2023-08-15")),
    # news check 5's long document prints 25 July to 7 August 2023
    "news_check6": (65, ("news_check3", "news_check4", "news_check5"), (
        "2023-08-08", "2023-08-11", "2023-08-15", *(f"2023-07-{d}" for d in range(25, 32)),
        *(f"2023-08-0{d}" for d in range(1, 8)))),
    # news check 6's long document prints 16-19 August 2023
    "news_check7": (65, ("news_check3", "news_check4", "news_check5", "news_check6"), (
        "2023-08-08", "2023-08-11", "2023-08-15", *(f"2023-07-{d}" for d in range(25, 32)),
        *(f"2023-08-0{d}" for d in range(1, 8)), *(f"2023-08-{d}" for d in range(16, 20)))),
    # news check 7's long documents print 20 July to 9 August 2023: with the days above, every day
    # from 20 July to 19 August is taken, so news check 8 reads only articles without a time stamp
    "news_check8": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # every stamped day is taken (above): news check 9's long document prints only articles without one
    "news_check9": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # likewise news check 10: its long document prints articles without a time stamp (2-4 August)
    "news_check10": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 11: its long document prints articles without a time stamp (31 July - 1 August)
    "news_check11": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 12: its long document prints articles without a time stamp (1-3 August)
    "news_check12": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 13: its long document prints articles without a time stamp (1-2 August)
    "news_check13": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 14: its long document prints articles without a time stamp (5-8 August)
    "news_check14": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 15: its long document prints articles without a time stamp (7-8 August)
    "news_check15": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 16: its long document prints articles without a time stamp (4-7 August)
    "news_check16": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 17: its long document prints articles without a time stamp (1-3 August)
    "news_check17": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15", "news_check16"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 18: its long document prints articles without a time stamp (2-5 August)
    "news_check18": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15", "news_check16", "news_check17"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 19: its long document prints articles without a time stamp (7-9 August)
    "news_check19": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15", "news_check16", "news_check17", "news_check18"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 20: its long document prints articles without a time stamp (1-8 August)
    "news_check20": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15", "news_check16", "news_check17", "news_check18",
                          "news_check19"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
    # and news check 21: its long document prints articles without a time stamp (1-8 August), with
    # part-a filler (part b has no more free articles)
    "news_check21": (70, ("news_check3", "news_check4", "news_check5", "news_check6", "news_check7", "news_check8",
                          "news_check9", "news_check10", "news_check11", "news_check12", "news_check13",
                          "news_check14", "news_check15", "news_check16", "news_check17", "news_check18",
                          "news_check19", "news_check20"), (
        *(f"2023-07-{d}" for d in range(20, 32)), *(f"2023-08-{d:02d}" for d in range(1, 20)))),
}
# a set's articles asked of in each half (regional, other) and the least and most bytes of each of
# its long documents, in the builder's order, where they are not seven and seven, one of 55-75 KB
SHAPES = {
    "news_check3": (6, ((25_000, 40_000),) * 4),
    "news_check7": (7, ((55_000, 75_000), (30_000, 45_000))),
}
ONE_LONG_DOCUMENT = (7, ((55_000, 75_000),))
each_set = pytest.mark.parametrize("name", sorted(SETS))


def _line(item: dict) -> int:
    return int(item["source"].rsplit(":", 1)[1])


def _builder(name: str):
    return load_module(DATA / name / "build_docs.py", f"{name}_builder")


def _printed(builder) -> set[int]:
    """The lines of news_part_b.txt the set prints (a part-a filler is not counted)."""
    return {n for _, numbers in builder.LONG.values() for n in numbers} | set(builder.SINGLE)


@each_set
def test_the_set_has_the_dev_sets_shape_and_mix(name):
    items = read_items(DATA / name / "questions.jsonl")
    assert len({i["id"] for i in items}) == len(items) >= SETS[name][0]
    kinds = Counter(i["type"] for i in items)
    assert kinds["crosslingual"] == 6 and kinds["claim"] == 8 and kinds["list"] >= 5
    assert 0.18 <= kinds["unanswerable"] / len(items) <= 0.3
    assert Counter(i["verdict"] for i in items if i["type"] == "claim") == {
        "supported": 3, "refuted": 3, "not_enough_info": 2}
    for item in items:
        unanswerable = item["type"] == "unanswerable"
        assert bool(item.get("abstain")) == unanswerable
        assert (not item["answers"]) == (unanswerable or item.get("verdict") in ("supported", "not_enough_info"))
        assert (not item["evidence"]) == (unanswerable or item.get("verdict") == "not_enough_info")
        if item["type"] == "crosslingual":
            assert re.fullmatch(r"[\x20-\x7e]+", item["question"]), item["id"]


@each_set
def test_questions_are_asked_of_articles_half_of_them_regional(name):
    builder = _builder(name)
    half, sizes = SHAPES.get(name, ONE_LONG_DOCUMENT)
    asked = set(builder.REGIONAL + builder.OTHER)
    assert len(builder.REGIONAL) == len(builder.OTHER) == half and len(asked) == 2 * half
    assert {_line(i) for i in read_items(DATA / name / "questions.jsonl")} == asked
    assert asked <= _printed(builder)
    assert len(builder.LONG) == len(sizes) and set(getattr(builder, "FILLER_A", ())) <= set(builder.LONG)
    assert sum(builder.document_of(n) in builder.LONG for n in asked) >= 5
    printed = [n for _, numbers in builder.LONG.values() for n in numbers] + list(builder.SINGLE)
    assert len(printed) == len(set(printed))  # no article printed twice


@each_set
def test_no_other_set_reads_its_articles(name):
    lines = _printed(_builder(name))
    first = load_module(DATA / "news_check" / "build_docs.py", "news_check_builder")
    second = load_module(DATA / "news_check2" / "build_docs.py", "news_check2_builder")
    for earlier in SETS[name][1]:
        assert not lines & _printed(_builder(earlier)), earlier
    assert not lines & {n for half in first.HALVES.values() for n in half}
    assert not lines & set(second.REGIONAL + second.OTHER)
    assert not lines & set(range(1850, 1931))
    heldout = read_items(DATA / "news_heldout.jsonl")
    assert not {f"news_part_b.txt:{n}" for n in lines} & {i.get("source") for i in heldout}


@needs_news
@each_set
def test_no_article_is_of_a_day_another_long_document_prints(name):
    builder = _builder(name)
    longdocs = load_module(DATA / "longdocs" / "build_docs.py", "longdocs_builder")
    taken = set(longdocs.DAYS) | set(SETS[name][2])
    corpus = (NEWS / builder.PART).read_text(encoding="utf-8").split("\n")
    for n in _printed(builder):
        m = longdocs.PREFIX_RE.match(corpus[n])
        assert not (m and "-".join(m.groups()) in taken), n


@needs_news
@each_set
def test_the_builder_writes_the_documents_and_every_gold_string_is_in_its_document(name, tmp_path):
    builder = _builder(name)
    written = builder.build(tmp_path)
    assert sorted(p.name for p in written) == sorted([*builder.LONG, *(builder.document_of(n) for n in builder.SINGLE)])
    sizes = SHAPES.get(name, ONE_LONG_DOCUMENT)[1]
    for doc, (least, most) in zip(builder.LONG, sizes, strict=True):
        assert least <= (tmp_path / doc).stat().st_size <= most, doc
    texts = {p.name: eval_norm(p.read_text(encoding="utf-8")) for p in written}
    corpus = (NEWS / builder.PART).read_text(encoding="utf-8").split("\n")
    for item in read_items(DATA / name / "questions.jsonl"):
        text = texts[builder.document_of(_line(item))]
        article = eval_norm(article_text(corpus[_line(item)]))  # not only in an article printed beside it
        for gold in item["answers"] + item["evidence"]:
            assert eval_norm(gold) in article and eval_norm(gold) in text, (item["id"], gold)
        for gold in item["answers"]:  # an answer lies inside one of its evidence strings
            assert any(eval_norm(gold) in eval_norm(e) for e in item["evidence"]), (item["id"], gold)
