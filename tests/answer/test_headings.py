"""Headline and section-heading questions (answer/headings.py) on made-up articles: the line
asked is cut where the article writes it; a speech's title and ordinary questions are left
to the other steps."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import headings
from assistant.query.question import analyse
from assistant.records import Hit
from support import drafted_text, made_chunk

HEAD = "扎实苦干 奋勇争先 推动青河高质量发展"
TITLE = f"{HEAD} ——访县长 李明"
OPENING = f"{HEAD}\n——访县长 李明\n本报记者 王华\n李明说，今年全县要抓好三件事。"
SECTION_TITLE = "二、工作安排 · (三)优化营商环境,打造“青河服务”品牌"
SECTION = "(三)优化营商环境,打造“青河服务”品牌。抓好政务环境建设。"


def _hit(text: str, title: str, article: int = 0, n: int = 0) -> Hit:
    return Hit(made_chunk(text, title, cid=f"c{n}", source="made/a.txt", article=article), 1.0)


def _answer(question: str, hits: list[Hit], translated: tuple = ()) -> str | None:
    q = analyse(question)
    if translated:  # what the service's translation gives an English question
        q = replace(q, groups=translated)
    draft = headings.draft(q, hits)
    return drafted_text(draft)


def test_headline_of_an_interview_is_its_first_line():
    assert _answer("王华采写的县长访谈，主标题是怎么写的？", [_hit(OPENING, TITLE)]) == HEAD
    assert _answer("李明那篇访谈的标题开头是哪两个四字词？", [_hit(OPENING, TITLE)]) == HEAD
    assert _answer("王華採寫的縣長訪談，主標題是怎麼寫的？", [_hit(OPENING, TITLE)]) == HEAD
    assert _answer("What does the headline of the interview with Li Ming say?", [_hit(OPENING, TITLE)],
                   (("李明",), ("采访",))) == HEAD
    # an English name left untranslated names nothing the passages write
    assert _answer("What does the headline of the interview with Li Ming say?", [_hit(OPENING, TITLE)]) is None


def test_subtitle_is_the_line_after_the_dash():
    assert _answer("这篇访谈的副标题是什么？", [_hit(OPENING, TITLE)]) == "访县长 李明"


def test_section_heading_is_the_last_piece_of_the_title():
    hits = [_hit(SECTION, SECTION_TITLE, article=3)]
    assert _answer("优化营商环境那一节的标题里要打造什么品牌？", hits) == "(三)优化营商环境,打造“青河服务”品牌"
    assert _answer("What does the heading of the section on the business environment promise?", hits,
                   (("营商",), ("环境",))) \
        == "(三)优化营商环境,打造“青河服务”品牌"


def test_heading_not_written_in_the_passages_is_left_to_the_other_steps():
    later = "李明说，明年还要再抓两件事。"
    assert _answer("李明访谈的主标题是什么？", [_hit(later, TITLE)]) is None
    # the line is in a chunk of another article only
    assert _answer("李明访谈的主标题是什么？", [_hit(later, TITLE), _hit(OPENING, "别的文章", article=1, n=1)]) is None


def test_questions_asking_no_document_heading_are_not_read_so():
    for question in ("李明在演讲的题目是什么？", "李明说今年全县要抓好几件事？", "What is the title of the keynote speech?",
                     "今年的题目有多少个？", "春节晚会节目的标题是什么？"):
        assert not headings.asks_heading(question)
        assert _answer(question, [_hit(OPENING, TITLE)]) is None


def test_the_article_the_question_names_wins_over_the_first_retrieved():
    other_title = "砥砺奋进 再创佳绩 ——访镇长 赵刚"
    other = "砥砺奋进 再创佳绩\n——访镇长 赵刚\n赵刚说，全镇要抓好两件事。"
    hits = [_hit(other, other_title, article=1, n=1), _hit(OPENING, TITLE, article=0, n=0)]
    assert _answer("李明那篇访谈的主标题是什么？", hits) == HEAD
    assert _answer("那篇访谈的主标题是什么？", hits) == "砥砺奋进 再创佳绩"  # naming no one: the first retrieved


def test_a_document_named_that_no_passage_writes_gets_no_heading():
    assert _answer("张三那篇访谈的主标题是什么？", [_hit(OPENING, TITLE)]) is None


def test_the_place_a_title_is_filed_under_is_no_part_of_its_lines():
    assert headings.heading_line(f"{TITLE} （青河县）", "这篇访谈的副标题是什么？") == "访县长 李明"
    assert headings.heading_line("二、工作安排 （青河） · (三)优化营商环境", "那一节的标题是什么？") == "(三)优化营商环境"
