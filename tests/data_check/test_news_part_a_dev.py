"""tests/data/news_part_a_dev: the RGB-shaped development set over news part a. Its questions
are self-contained, split in halves by article, and each gold string is in its article (the
last read from ../shared when the corpus is there)."""

from __future__ import annotations

import pytest
from support import ROOT, load_module

build = load_module(ROOT / "tests" / "data" / "news_part_a_dev" / "build.py", "news_part_a_dev_build")


def test_questions_stand_alone_and_split_by_article():
    items = build.read_questions()
    assert len(items) >= 80
    assert not [x["question"] for x in items if "本文" in x["question"] or "该公司" in x["question"]]
    assert all(x["half"] == ("dev" if x["line"] % 2 == 0 else "heldout") for x in items)
    assert {len(build.read_questions(half=h)) for h in ("dev", "heldout")} == {46, 48}
    assert all(x["answers"] and all(len(a) <= 20 for a in x["answers"]) for x in items)


def test_a_made_up_corpus_gives_one_paragraph_per_line(tmp_path, monkeypatch):
    news = tmp_path / "news"
    news.mkdir()
    lines = ["8-15 08:21，正文：  甲市新建公园12座。  公园面积300公顷。"] * 3 + [""]
    (news / build.news_docs.PART_A).write_text("\n".join(lines), encoding="utf-8")
    item = {"line": 1, "kind": "fig", "question": "甲市新建了多少座公园？", "answers": ["12座"], "half": "heldout"}
    monkeypatch.setattr(build, "read_questions", lambda path=None, half="all": [item])
    built = build.build(news)
    assert [p["id"] for a in built["data"] for p in a["paragraphs"]] == ["news_a_0000", "news_a_0001", "news_a_0002"]
    qa = built["data"][1]["paragraphs"][0]["qas"][0]
    context = built["data"][1]["paragraphs"][0]["context"]
    assert context[qa["answers"][0]["answer_start"]:].startswith("12座")
    item["answers"] = ["13座"]
    with pytest.raises(ValueError, match="not in its article"):
        build.build(news)


@pytest.mark.skipif(not (build.news_docs.NEWS / build.news_docs.PART_A).is_file(), reason="no news corpus")
def test_every_gold_is_in_its_article():
    built = build.build()
    n = sum(len(p["qas"]) for a in built["data"] for p in a["paragraphs"])
    assert len(built["data"]) == 1930 and n == len(build.read_questions())
