"""The closed seed check (tests/data/seed_check2.jsonl), written by someone who never read the
answerer nor the first seed check: dev.jsonl's shape and mix over the two seed files, unique ids,
and every gold string in a seed file as the eval compares it (NFKC, no whitespace, so a sentence
the newspaper layout broke across lines is rebuilt)."""

from __future__ import annotations

import re
from collections import Counter

from support import ROOT, SEEDS, dev_set, eval_norm, read_items

ITEMS = read_items(ROOT / "tests" / "data" / "seed_check2.jsonl")


def test_the_set_has_the_dev_sets_shape_and_mix():
    ids = [i["id"] for i in ITEMS]
    assert len(set(ids)) == len(ids) >= 45 and all(re.fullmatch(r"c\d\d", x) for x in ids)
    assert {i["split"] for i in ITEMS} == {"closed"}
    kinds = Counter(i["type"] for i in ITEMS)
    assert kinds["factoid"] >= 28 and kinds["list"] >= 5 and kinds["crosslingual"] >= 4
    assert kinds["unanswerable"] >= 5 and kinds["claim"] == 3 and kinds["conflict"] == 1
    assert sorted(i["verdict"] for i in ITEMS if i["type"] == "claim") == ["refuted", "refuted", "supported"]
    for item in ITEMS:
        unanswerable = item["type"] == "unanswerable"
        assert bool(item.get("abstain")) == unanswerable, item["id"]
        assert (not item["evidence"]) == unanswerable, item["id"]
        assert (not item["answers"]) == (unanswerable or item.get("verdict") == "supported"), item["id"]
        assert ("verdict" in item) == (item["type"] == "claim"), item["id"]
        if item["type"] in ("list", "conflict"):
            assert len(item["answers"]) >= 2, item["id"]
        # English questions for the crosslingual items, Chinese ones for every other
        assert item["question"].isascii() == (item["type"] == "crosslingual"), item["id"]


def test_every_gold_string_is_in_a_seed_file_and_every_answer_in_its_evidence():
    files = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    seeds = [eval_norm(text) for text in files]
    lines = [eval_norm(line) for text in files for line in text.splitlines()]
    assert len(seeds) == 2
    broken = set()
    for item in ITEMS:
        for gold in item["answers"] + item["evidence"]:
            assert any(eval_norm(gold) in text for text in seeds), (item["id"], gold)
            if not any(eval_norm(gold) in line for line in lines):
                broken.add(item["id"])
        for gold in item["answers"]:
            assert any(eval_norm(gold) in eval_norm(e) for e in item["evidence"]), (item["id"], gold)
    # some sentences are asked where the layout broke them, so only a rebuilt text holds them
    assert len(broken) >= 2


def test_no_question_is_copied_from_the_dev_set():
    dev = {eval_norm(i["question"]) for i in read_items(dev_set())}
    assert not dev & {eval_norm(i["question"]) for i in ITEMS}
