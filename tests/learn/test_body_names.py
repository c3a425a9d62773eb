"""The company names news writes bare, learned from how articles write them (learn/body_names.py),
on made-up articles: a name written before a company word and bare in two articles is learned;
an ordinary word before a company word (初创公司), a phrase of ordinary words, a place, or a name
bare in one article only is not."""

from __future__ import annotations

from assistant.learn import body_names

ARTICLES = [
    "星穹科技公司今年营收120亿元。星穹表示，明年将扩产。初创公司的数量也在增加。",
    "据星穹介绍，新手机销量达到300万台。另一家初创企业融资5亿元，思岚的股价上涨3%。",
    "思岚电子发布新品。北京局集团今日发布通知。",
    "思岚的芯片出货量增长5%。北京公司营收10亿元，北京的销量也在增长。",
    "云朵集团宣布裁员。",
]


def test_a_name_written_before_a_company_word_and_bare_in_two_articles_is_learned():
    learned = body_names.learn(ARTICLES)
    assert "星穹" in learned and "思岚" in learned  # 星穹科技公司 / 星穹; 思岚电子 (glued or not) / 思岚


def test_ordinary_words_places_and_one_article_names_are_not():
    learned = body_names.learn(ARTICLES)
    assert "初创" not in learned  # an ordinary word (jieba's dictionary knows it well)
    assert "北京" not in learned  # a place
    assert "云朵" not in learned  # never written bare
    assert body_names._joined("大力支持") and not body_names._joined("星穹")


def test_the_stem_a_company_word_follows():
    assert body_names._stem("三星", "电子") == "三星"
    assert body_names._stem("三星电子", "的") == "三星"
    assert body_names._stem("今年", "营收") == ""
