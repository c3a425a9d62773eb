"""tests/data/news_docs.py, the check sets' builders' shared part, on a made-up corpus: an
article printed on its own is its paragraphs one a line; a long document is a title, a blank
line and numbered sections (heading of the article's own words, then its paragraphs) in the
order the set gives."""

from __future__ import annotations

import sys

import pytest
from support import ROOT, load_module

news_docs = load_module(ROOT / "tests" / "data" / "news_docs.py", "news_docs_under_test")

CORPUS = [
    "2023-08-15 08:21，正文：  江北区今年新建公园十二座。  公园面积合计三百公顷，市民步行可达。",
    "2023-08-15 09:02，正文：  钢铁企业上半年产量下降。  钢铁出口增长，钢铁价格回落。",
    "2023-08-16 10:40，正文：  茶叶合作社带动茶农增收。  茶叶销往全国。",
    "",
]


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / news_docs.PART_B).write_text("\n".join(CORPUS), encoding="utf-8")
    return folder


@pytest.mark.parametrize("n, expected", [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (34, "三十四"), (99, "九十九")])
def test_a_section_is_numbered_as_a_report_numbers_it(n, expected):
    assert news_docs.numeral(n) == expected


def test_an_article_is_in_the_long_document_that_prints_it_else_on_its_own():
    long = {"news_b_day.txt": ("某日新闻汇编", (5, 1700))}
    assert news_docs.document_of(1700, long) == "news_b_day.txt"
    assert news_docs.document_of(42, long) == "news_b_0042.txt"
    assert news_docs.document_of(42, {}) == "news_b_0042.txt"


def test_a_heading_is_words_of_the_article_in_its_order_never_a_bare_number():
    text = "2023年全市新建公园12座。公园绿地面积增长，绿地覆盖率达到45%，市民满意。\n"
    words = news_docs.heading(text).split(" ")
    assert 1 <= len(words) <= 4 and not any(w.isdigit() for w in words)
    assert all(w in text for w in words)
    assert [text.find(w) for w in words] == sorted(text.find(w) for w in words)


def test_the_builder_writes_single_articles_and_a_long_document_in_the_given_order(news, tmp_path):
    out = tmp_path / "out" / "docs"
    written = news_docs.build(out, news, {"news_b_day.txt": ("8月15日新闻汇编", (1, 0))}, (2,))
    assert [p.name for p in written] == ["news_b_day.txt", "news_b_0002.txt"]
    assert (out / "news_b_0002.txt").read_text(encoding="utf-8") == "茶叶合作社带动茶农增收。\n茶叶销往全国。\n"
    lines = (out / "news_b_day.txt").read_text(encoding="utf-8").split("\n")
    assert lines[:2] == ["8月15日新闻汇编", ""]
    assert lines[2].startswith("一、") and "钢铁" in lines[2]
    assert lines[3:6] == ["钢铁企业上半年产量下降。", "钢铁出口增长，钢铁价格回落。", ""]
    assert lines[6].startswith("二、") and "公园" in lines[6]
    assert lines[7:] == ["江北区今年新建公园十二座。", "公园面积合计三百公顷，市民步行可达。", ""]


def test_the_command_line_says_where_the_corpus_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["build_docs.py", str(tmp_path / "out"), "--news", str(tmp_path / "nowhere")])
    with pytest.raises(SystemExit):
        news_docs.main(lambda out, news: [], "a set")
    assert "no news_part_b.txt in" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
