"""Name pairs Chinese text writes (零跑汽车（Leapmotor）) and their use by English questions."""

import json

from assistant.answer import english, evidence, subject
from assistant.learn import name_pairs as learner
from assistant.query import name_pairs
from assistant.query.crosslingual import Bridge
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk


def test_a_han_name_before_a_bracketed_latin_name_is_read():
    text = "据悉，零跑汽车（Leapmotor）今年销量大增。零跑汽车表示将扩产。"
    assert name_pairs.pairs_in(text) == [("Leapmotor", "零跑汽车")]


def test_the_ending_the_text_writes_again_is_the_name_not_the_words_before_it():
    text = "丹麦制药公司诺和诺德（Novo Nordisk）周三发布财报。诺和诺德称，减肥药销售强劲。"
    assert name_pairs.pairs_in(text) == [("Novo Nordisk", "诺和诺德")]


def test_a_function_word_ends_a_name_written_once():
    text = "一家出版商起诉互联网档案馆（Internet Archive）侵权。"
    assert name_pairs.pairs_in(text) == [("Internet Archive", "互联网档案馆")]


def test_a_quoted_name_and_a_plain_acronym():
    assert name_pairs.pairs_in("第6号台风“卡努”（Khanun）生成") == [("Khanun", "卡努")]
    # an acronym spelled out by one common word is no name
    assert name_pairs.pairs_in("该协会（ABC）发布报告") == []


def test_learn_keeps_the_han_name_most_articles_write():
    articles = ["宁德时代(CATL)发布新电池，宁德时代表示……", "宁德时代(CATL)股价上涨，宁德时代称……",
                "电池巨头时代新能(CATL)宣布，时代新能称……"]
    assert learner.learn(articles) == {"CATL": ["宁德时代"]}


def test_the_learner_writes_its_table(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text("小鹏汽车（Xpeng）发布新车。小鹏汽车称……\n无关的文章。\n", encoding="utf-8")
    out = tmp_path / "pairs.json"
    learner.main([str(news), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8")) == {"Xpeng": ["小鹏汽车"]}


def test_han_forms_need_the_whole_latin_name_in_the_question():
    pairs = {"novo nordisk": ("诺和诺德",), "catl": ("宁德时代",)}
    assert name_pairs.han_forms("Novo", "What did Novo Nordisk earn?", pairs) == ("诺和诺德",)
    assert name_pairs.han_forms("Novo", "What did Novo Holdings earn?", pairs) == ()
    assert name_pairs.han_forms("CATL", "How much did CATL's profit grow?", pairs) == ("宁德时代",)


def test_an_asked_name_gains_its_learned_han_form_and_no_name_is_added(monkeypatch):
    monkeypatch.setattr(name_pairs, "table", lambda: {"leapmotor": ("零跑汽车",), "shadow": ("阴影",)})
    bridge = Bridge(["零跑汽车", "阴影", "销量"])
    assert bridge.proper_names("How many cars did Leapmotor deliver?") == (("Leapmotor", ("零跑汽车",)),)
    # Shadow is an English word the question is not checked for: the table adds no check
    assert bridge.proper_names("How long is the Shadow mode?") == ()


def test_a_passage_writing_the_pair_lets_another_article_naming_only_the_han_form_agree(monkeypatch):
    monkeypatch.setattr(name_pairs, "table", lambda: {})
    q = analyse("How many cars did Leapmotor deliver in July?")
    q.names = (("Leapmotor", ()),)
    pair = Hit(made_chunk("零跑汽车（Leapmotor）发布新车。零跑汽车称销量创新高。", cid="a1", source="made/a.txt"), 1.0)
    other = Hit(made_chunk("7月，零跑汽车交付新车14335辆。", cid="b1", source="made/b.txt"), 1.0)
    unrelated = Hit(made_chunk("7月，某品牌交付新车9000辆。", cid="c1", source="made/c.txt"), 1.0)
    hits = [pair, other, unrelated]
    found = english.names_in_passages(q, hits)
    assert found.names == (("Leapmotor", ("零跑汽车",)),)
    kept = {sc.sentence.text for sc in subject.agreeing(found, evidence.score_sentences(
        found, evidence.sentences_of(hits), lambda t: 1.0))}
    assert "7月，零跑汽车交付新车14335辆。" in kept and "7月，某品牌交付新车9000辆。" not in kept
    # without the passage that writes the pair, the Han form is unknown and the check vetoes it
    alone = english.names_in_passages(q, hits[1:])
    assert alone.names == q.names
