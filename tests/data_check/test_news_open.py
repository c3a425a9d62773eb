"""news_open (tests/data/news_open/), the open-domain set in the shape of RGB's Chinese news
questions, written without reading the answerer: short self-contained questions with short gold
answers over one haystack of every article of news_part_b.txt. Every answer string occurs in
its evidence sentence and the evidence in the article; no other set reads its articles; the
built SQuAD file places each answer where `suyuan bench cmrc` expects it."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from support import NEWS, ROOT, load_module, needs_news, read_items

from assistant.bench import squad

DATA = ROOT / "tests" / "data"
build = load_module(DATA / "news_open" / "build.py", "news_open_build")
ITEMS = read_items(DATA / "news_open" / "questions.jsonl")
HELDOUT = range(1850, 1931)  # assistant/learn/news_heldout.py's lines


def _flat(text: str) -> str:
    """A string as the bench's containment compares it (no punctuation, lower case)."""
    return "".join(squad.segment(text))


def test_the_set_has_rgbs_shape_and_the_briefs_mix():
    assert len({i["id"] for i in ITEMS}) == len(ITEMS) >= 75
    kinds = Counter(i["kind"] for i in ITEMS)
    assert kinds["figure"] >= 30 and kinds["date"] >= 10 and kinds["person"] >= 10
    assert kinds["place"] + kinds["org"] >= 10 and kinds["other"] >= 5
    assert set(kinds) <= {"figure", "date", "person", "place", "org", "other"}
    per_article = Counter(i["line"] for i in ITEMS)
    assert max(per_article.values()) <= 3 and len(per_article) >= 50
    # short gold answers (RGB's median answer bar is 80 characters; its golds are a few words)
    assert all(i["answers"] and max(len(a) for a in i["answers"]) <= 15 for i in ITEMS)


def test_questions_are_self_contained_and_never_hold_their_answer():
    for item in ITEMS:
        assert not re.search("本文|文中|该公司|该片|该市|上述", item["question"]), item["id"]
        assert item["question"].endswith("？"), item["id"]
        assert not any(_flat(a) in _flat(item["question"]) for a in item["answers"]), item["id"]


@needs_news
def test_each_answer_is_in_its_evidence_and_the_evidence_in_its_article():
    lines = build.news_docs.corpus(NEWS)
    for item in ITEMS:
        assert item["source"] == f"news_part_b.txt:{item['line']}"
        assert item["evidence"] in build.news_docs.article_text(lines[item["line"]]), item["id"]
        assert all(a in item["evidence"] for a in item["answers"]), item["id"]


def _constants(module) -> set[int]:
    """Every int in a builder's public upper-case constants (the lines it prints, among others;
    a private one such as _LEFT_OUT names the lines it keeps out because other sets read them).
    The counterfactual sets' distractors are drawn by seed, not named: the set was chosen
    avoiding them too (and rewrites of any article read elsewhere), which this test cannot see."""
    found, todo = set(), [getattr(module, name) for name in dir(module) if name.isupper() and not name.startswith("_")]
    while todo:
        value = todo.pop()
        if isinstance(value, int) and not isinstance(value, bool):
            found.add(value)
        elif isinstance(value, (list, tuple, set, frozenset)):
            todo.extend(value)
        elif isinstance(value, dict):
            todo.extend(value.values())
    return found


def test_no_other_set_names_or_prints_its_articles():
    mine = {i["line"] for i in ITEMS}
    assert all(965 <= n < 1850 for n in mine)
    elsewhere = set(HELDOUT)
    for path in DATA.rglob("*"):
        if path.suffix not in (".jsonl", ".py") or "news_open" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        elsewhere |= {int(n) for n in re.findall(r"news_part_b\.txt:(\d+)", text)}
        if path.name == "build_docs.py":
            module = load_module(path, f"{path.parent.name}_constants")
            if getattr(module, "PART", None) != "news_part_a.txt":  # a builder of part a names part a's lines
                elsewhere |= _constants(module)
    assert not mine & elsewhere, sorted(mine & elsewhere)


@needs_news
def test_the_built_file_is_every_article_with_each_answer_placed(tmp_path):
    out = tmp_path / "open.json"
    built = build.build(NEWS)
    out.write_text(json.dumps(built, ensure_ascii=False), encoding="utf-8")
    paragraphs, questions = squad.load(out)
    assert len(paragraphs) == 1930 and len(questions) == len(ITEMS)
    contexts = {p["id"]: p["context"] for a in built["data"] for p in a["paragraphs"]}
    for a in built["data"]:
        for qa in a["paragraphs"][0]["qas"]:
            context = a["paragraphs"][0]["context"]
            assert all(context[x["answer_start"]:x["answer_start"] + len(x["text"])] == x["text"] for x in qa["answers"])
    assert contexts["news_b_1157"].startswith("原标题：香港特区第七届区议会")


MADE_UP = [
    "2023-08-15 08:21，正文：  江北区今年新建公园12座。  公园面积合计300公顷，12座公园年底开放。",
    "2023-08-16 10:40，正文：  茶叶合作社带动茶农增收。  茶叶销往全国。",
    "",
]


def _news(tmp_path):
    (tmp_path / build.news_docs.PART_B).write_text("\n".join(MADE_UP), encoding="utf-8")
    return tmp_path


def test_an_answer_is_placed_inside_its_evidence_not_at_its_first_mention(tmp_path):
    item = {"id": "t1", "line": 0, "question": "江北区今年建成的12座公园何时开放？", "answers": ["年底"],
            "evidence": "公园面积合计300公顷，12座公园年底开放。"}
    second = dict(item, id="t2", question="江北区新建公园的面积合计多少？", answers=["300公顷", "300"])
    built = build.build(_news(tmp_path), [item, second])
    assert [a["paragraphs"][0]["id"] for a in built["data"]] == ["news_b_0000", "news_b_0001"]
    (first, other), context = built["data"][0]["paragraphs"][0]["qas"], built["data"][0]["paragraphs"][0]["context"]
    assert context == "江北区今年新建公园12座。\n公园面积合计300公顷，12座公园年底开放。\n"
    assert context.index("年底") == first["answers"][0]["answer_start"]
    assert [x["answer_start"] for x in other["answers"]] == [context.index("300")] * 2
    assert built["data"][1]["paragraphs"][0]["qas"] == []


@pytest.mark.parametrize("change, message", [({"evidence": "公园面积合计400公顷。"}, "evidence not in article 0"),
                                             ({"answers": ["十二座"]}, "not in its evidence")])
def test_a_wrong_item_is_named_clearly(tmp_path, change, message):
    item = {"id": "bad", "line": 0, "question": "江北区新建公园的面积合计多少？", "answers": ["300公顷"],
            "evidence": "公园面积合计300公顷，12座公园年底开放。", **change}
    with pytest.raises(ValueError, match=message):
        build.build(_news(tmp_path), [item])
