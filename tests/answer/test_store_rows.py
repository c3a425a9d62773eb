"""Abstention rows asked over compiled documents (learn/store_rows.py): which articles may be
asked, and the questions and documents made of them, on made-up articles."""

import json

from assistant.learn import store_rows

FILLER = "记者从会上获悉，相关工作正在有序推进，各部门将加强协作，持续优化服务，让群众有更多获得感。"
BODY = ("8-20 09:00，正文：  今年上半年，某市共接待国内外游客120万人次。" + FILLER + "  全市新建公共充电桩3500个。"
        + FILLER + "  全市新增城市绿地面积86公顷。" + FILLER * 4)


def _lines(n: int) -> list[str]:
    return [BODY.replace("某市", f"{'甲乙丙丁戊己庚辛壬癸'[i % 10]}市") for i in range(n)]


def test_a_hand_sets_day_and_a_short_line_are_not_asked():
    lines = _lines(3) + ["2023-08-13 09:00，正文：  " + BODY.split("：", 1)[1], "8-21 10:00，正文：  太短。"]
    assert store_rows.eligible(lines, "b") == [0, 1, 2]


def test_present_articles_give_answerable_tempting_and_reworded_questions():
    lines = _lines(12)
    articles, items = store_rows.plan(lines, list(range(12)), "b")
    text = dict(articles)
    kinds = {i["variant"] for i in items}
    assert {"answerable", "tempting", "reworded"} <= kinds
    for item in items:
        n = int(item["id"][1:].split("-")[0])
        if item["variant"] in ("answerable", "reworded"):
            assert item["answers"] and item["answers"][0] in text[n] and not item.get("abstain")
        else:
            assert item["abstain"] and item["answers"] == []
    # a tempting question is its answerable twin with one qualifier changed
    twins = {i["id"]: i["question"] for i in items}
    changed = [i for i in items if i["variant"] == "tempting"]
    assert changed and all(twins[i["id"][:-2]] != i["question"] for i in changed)


def test_a_removed_article_loses_the_sentence_its_question_asks():
    lines = _lines(40)
    removed = [n for n in range(40) if store_rows._share(f"removed-7-b-{n}") < store_rows.REMOVED]
    assert removed
    articles, items = store_rows.plan(lines, removed, "b")
    text = dict(articles)
    asked = [i for i in items if i["variant"] == "removed"]
    assert asked and all(i["abstain"] for i in asked)
    assert all(len(text[n]) < len(BODY) - 30 for n in removed)  # one figure sentence is gone
    assert not any(i["variant"] == "answerable" for i in items)


def test_documents_are_long_compilations_and_some_articles_alone(tmp_path):
    articles = [(n, f"第{n}篇文章，全市新建充电桩{n}个。") for n in range(45)]
    written = store_rows.write_documents(tmp_path, articles, "b")
    compiled = [p for p in written if p.name.startswith("compiled")]
    alone = [p for p in written if not p.name.startswith("compiled")]
    assert alone and len(compiled) == -(-(45 - len(alone)) // store_rows.PER_DOCUMENT)
    first = compiled[0].read_text(encoding="utf-8")
    assert first.startswith("新闻汇编") and "\n一、" in first and "\n二、" in first
    assert sum(p.read_text(encoding="utf-8").count("充电桩") for p in written) == 45
    json.dumps([str(p) for p in written])  # plain paths
