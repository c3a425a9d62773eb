"""The second news check set (tests/data/news_check2/): its builder writes the twelve articles,
every gold string occurs in the article the item names, and no other set reads those lines."""

from __future__ import annotations

from collections import Counter

from support import ROOT, eval_norm, load_module, needs_news, read_items

FOLDER = ROOT / "tests" / "data" / "news_check2"


def test_the_set_has_the_dev_sets_shape_and_mix():
    items = read_items(FOLDER / "questions.jsonl")
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
    builder = load_module(FOLDER / "build_docs.py", "news_check2_builder")
    lines = set(builder.REGIONAL + builder.OTHER)
    assert len(lines) == 12
    assert {int(i["source"].rsplit(":", 1)[1]) for i in read_items(FOLDER / "questions.jsonl")} == lines
    first = load_module(ROOT / "tests" / "data" / "news_check" / "build_docs.py", "news_check_builder")
    assert not lines & {n for half in first.HALVES.values() for n in half}
    assert not lines & set(range(1850, 1931))
    heldout = read_items(ROOT / "tests" / "data" / "news_heldout.jsonl")
    assert not {f"news_part_b.txt:{n}" for n in lines} & {i.get("source") for i in heldout}


@needs_news
def test_the_builder_writes_the_articles_and_every_gold_string_is_in_its_article(tmp_path):
    builder = load_module(FOLDER / "build_docs.py", "news_check2_builder")
    written = builder.build(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"news_b_{n:04d}.txt" for n in builder.REGIONAL + builder.OTHER)
    texts = {p.name: eval_norm(p.read_text(encoding="utf-8")) for p in written}
    assert all(len(t) >= 500 for t in texts.values())
    for item in read_items(FOLDER / "questions.jsonl"):
        text = texts[f"news_b_{int(item['source'].rsplit(':', 1)[1]):04d}.txt"]
        for gold in item["answers"] + item["evidence"]:
            assert eval_norm(gold) in text, (item["id"], gold)
        for gold in item["answers"]:  # an answer lies inside one of its evidence strings
            assert any(eval_norm(gold) in eval_norm(e) for e in item["evidence"]), (item["id"], gold)
