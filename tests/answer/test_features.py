"""Each selector feature on made-up sentences (no model, no index)."""

import math

import pytest
from support import made_chunk as _chunk

from assistant.answer import evidence, features
from assistant.query.question import analyse
from assistant.records import Hit


def test_bigram_share_counts_character_pairs_of_the_question():
    assert features.bigram_share("梅花鹿产值", "涉鹿产值81.6亿元") == 0.5  # 产值, 鹿产 of 4 pairs
    assert features.bigram_share("梅花鹿产值", "今天天气很好") == 0.0


def test_novel_share_prefers_a_sentence_that_adds_something():
    q = "梅花鹿产值是多少"
    assert features.novel_share(q, "梅花鹿产值") == 0.0
    assert features.novel_share(q, "全县梅花鹿饲养量达到28.2万只") > 0.5


def test_unit_match_wants_the_unit_asked_for():
    money = analyse("东丰县梅花鹿产值是多少亿元？")
    assert features.unit_match(money, "涉鹿产值81.6亿元") == 1.0
    assert features.unit_match(money, "饲养量达到28.2万只") == 0.0
    assert features.unit_match(money, "产值增长很快") == 0.0
    assert features.has_figure("饲养量达到28.2万只") and not features.has_figure("产值增长很快")


def test_answer_type_by_question_kind():
    who = analyse("谁是龙山区区长？")
    assert features.answer_type(who, "龙山区区长崔晓飞表示，今年要抓好项目。") == 1.0
    assert features.answer_type(who, "今年要抓好项目建设。") == 0.0
    when = analyse("这座桥是哪一年建成的？")
    assert features.answer_type(when, "大桥于1998年建成通车。") == 1.0
    assert features.answer_type(when, "大桥全长800米。") == 0.0
    where = analyse("上海野生动物园位于哪里？")
    assert where.kind == "place"
    assert features.answer_type(where, "动物园位于浦东新区。") == 1.0
    which = analyse("园区有哪些动物？")
    assert features.answer_type(which, "有熊猫、长颈鹿、北极熊和孔雀等。") == 1.0
    assert features.answer_type(which, "园区很大。") == 0.0
    assert features.answer_type(analyse("他为什么辞职？"), "因为身体原因。") == 0.5


def test_place_agreement_sees_another_county():
    q = analyse("东丰县梅花鹿产值是多少？")
    assert features.place_agreement(q, "东丰县涉鹿产值81.6亿元", "") == (1.0, 1.0, 0.0)
    assert features.place_agreement(q, "东辽县涉鹿产值12亿元", "") == (0.0, 0.0, 1.0)
    assert features.place_agreement(q, "全县涉鹿产值81.6亿元", "东丰县以新作为开创新局面") == (0.0, 1.0, 0.0)
    assert features.place_agreement(analyse("产值是多少？"), "东辽县产值12亿元", "") == (1.0, 1.0, 0.0)


def test_year_agreement():
    q = analyse("2023年地区生产总值是多少？")
    assert features.year_agreement(q, "2023年地区生产总值72亿元") == (1.0, 0.0)
    assert features.year_agreement(q, "2022年地区生产总值65亿元") == (0.0, 1.0)
    assert features.year_agreement(q, "地区生产总值72亿元") == (0.0, 0.0)


def test_rest_share_reads_the_question_without_its_articles_subject():
    """蓝线裸顶鲷 is the article's title: what is asked of it (以什么为食) picks the sentence."""
    q, title = "蓝线裸顶鲷以什么为食？", "蓝线裸顶鲷"
    eats = features.rest_share(q, "本鱼以甲壳类和小鱼为食。", title)
    names = features.rest_share(q, "蓝线裸顶鲷，又称蓝线白鲷，为鲈形目的一种。", title)
    assert eats > names == 0.0
    assert features.bigram_share(q, "蓝线裸顶鲷，又称蓝线白鲷，为鲈形目的一种。") > features.bigram_share(q, "本鱼以甲壳类和小鱼为食。")
    assert features.rest_share(q, "蓝线裸顶鲷以小鱼为食", "") == features.bigram_share(q, "蓝线裸顶鲷以小鱼为食")
    assert features.rest_share("蓝线裸顶鲷", "蓝线裸顶鲷", "蓝线裸顶鲷") == 0.0  # nothing asked beyond the title


def test_enumerates():
    assert features.enumerates("熊猫、长颈鹿、北极熊、孔雀") == 1.0
    assert features.enumerates("园区很大。") == 0.0


def test_featurize_gives_one_row_of_every_feature_per_candidate():
    text = "全县梅花鹿饲养量达到28.2万只。涉鹿产值81.6亿元。今天天气很好。"
    chunk = _chunk(text, title="东丰县以新作为开创高质量发展新局面", subject="东丰县")
    hits = [Hit(chunk, 1.0, dense_rank=2, keyword_rank=1, similarity=0.8)]
    q = analyse("东丰县梅花鹿产值是多少亿元？")
    sentences = evidence.sentences_of(hits)
    scored = evidence.score_sentences(q, sentences, lambda t: 2.0)
    rows = features.featurize(q, scored, lambda t: 2.0, sentences)
    assert len(rows) == 3 and all(len(r) == len(features.NAMES) for r in rows)
    named = [dict(zip(features.NAMES, r)) for r in rows]
    by_text = {s.sentence.text: f for s, f in zip(scored, named)}
    answer = by_text["涉鹿产值81.6亿元。"]
    weather = by_text["今天天气很好。"]
    assert answer["unit_match"] == 1.0 and weather["unit_match"] == 0.0
    assert answer["own_cov"] > weather["own_cov"]
    assert answer["hit_rank"] == math.log1p(0)
    assert answer["kind_quantity"] == 1.0 and answer["kind_person"] == 0.0
    assert answer["q_places_in_context"] == 1.0  # 东丰县 is the article's subject
    assert max(f["bigram_rel"] for f in named) == 1.0 and max(f["rest_rel"] for f in named) == 1.0
    assert answer["rest_share"] > weather["rest_share"]  # 产值 is asked, 东丰县 is the subject


def test_dense_columns_from_similarities():
    """cosine, gap to the best, rank by cosine (log), standing in the candidates' spread."""
    rows = features.dense([0.80, 0.90, 0.70])
    named = [dict(zip(features.DENSE, r)) for r in rows]
    assert [n["dense_sim"] for n in named] == [0.80, 0.90, 0.70]
    assert named[1]["dense_gap"] == 0.0 and named[0]["dense_gap"] == pytest.approx(-0.10)
    assert [n["dense_rank"] for n in named] == [math.log1p(1), 0.0, math.log1p(2)]
    assert named[1]["dense_z"] > 0 > named[2]["dense_z"] and named[0]["dense_z"] == pytest.approx(0.0)
    assert features.dense([0.5, 0.5]) == [[0.5, 0.0, 0.0, 0.0], [0.5, 0.0, math.log1p(1), 0.0]]  # no spread
    assert features.dense([]) == []


def test_featurize_fills_the_dense_columns_or_leaves_them_missing():
    text = "涉鹿产值81.6亿元。今天天气很好。"
    hits = [Hit(_chunk(text, title="东丰县", subject="东丰县"), 1.0, dense_rank=1, keyword_rank=1, similarity=0.8)]
    q = analyse("东丰县梅花鹿产值是多少亿元？")
    sentences = evidence.sentences_of(hits)
    scored = evidence.score_sentences(q, sentences, lambda t: 2.0)
    sims = [0.9 if "产值" in s.sentence.text else 0.7 for s in scored]
    rows = features.featurize(q, scored, lambda t: 2.0, sentences, sims)
    lexical = features.featurize(q, scored, lambda t: 2.0, sentences)
    assert [r[: len(features.LEXICAL)] for r in rows] == [r[: len(features.LEXICAL)] for r in lexical]
    assert [r[len(features.LEXICAL):] for r in rows] == features.dense(sims)
    assert all(math.isnan(v) for r in lexical for v in r[len(features.LEXICAL):])
