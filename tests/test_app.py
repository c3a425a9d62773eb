"""The chat without a browser: building the Blocks, rendering, safety checks."""

import gradio as gr
import pytest

import app
from assistant.config import Settings
from assistant.query.followup import rewrite
from assistant.present.html import answer_html, passage_html
from assistant.records import Answer, Citation


def _cite(n=1, quote="涉鹿产值81.6亿元。", passage="目前,全县梅花鹿饲养量达到28.2万只,涉鹿产值81.6亿元。", a=None, b=None, title="东丰县以新作为"):
    if a is None:
        a = passage.index(quote)
        b = a + len(quote)
    return Citation(n=n, source="seeds/a.txt", title=title, quote=quote, start=100, end=110,
                    passage=passage, passage_start=a, passage_end=b)


def test_blocks_build_without_launching(tmp_path, fake_embedder):
    from assistant.service import Assistant

    demo = app.build_app(Assistant(Settings(store=tmp_path / "s"), embedder=fake_embedder))
    assert isinstance(demo, gr.Blocks)
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert {"chat", "question", "send", "citations", "passage", "upload", "documents", "remove", "top-k", "mode"} <= ids


def test_answer_rendering_marks_citations_and_lists_sources():
    html = answer_html(Answer("q", "涉鹿产值81.6亿元 [1]", False, (_cite(),)))
    assert "<sup>[1]</sup>" in html and "seeds/a.txt" in html and "字符 100–110" in html
    assert "sy-abstain" not in html


def test_abstention_looks_different():
    html = answer_html(Answer("q", "资料中没有找到能回答这个问题的内容", True))
    assert "sy-abstain" in html and "<sup>" not in html


def test_conflicts_are_side_by_side():
    a = Answer("q", "资料说法不一：签约额达160亿元 [1]；签约额255.4亿元 [2]", False,
               (_cite(1, title="甲"), _cite(2, title="乙")), conflict=True,
               parts=(("签约额达160亿元", 1), ("签约额255.4亿元", 2)))
    html = answer_html(a)
    assert "sy-conflict" in html and html.count("<td>") == 2
    assert html.index("160亿元") < html.index("255.4亿元")


def test_passage_highlights_the_quote():
    html = passage_html(_cite())
    assert "<mark>涉鹿产值81.6亿元。</mark>" in html


def test_document_html_is_shown_as_text():
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    html = passage_html(_cite(quote=evil, passage="前" + evil + "后", a=1, b=1 + len(evil), title="<b>t</b>"))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    html = answer_html(Answer("q", evil + " [1]", False, (_cite(quote=evil, passage=evil, title=evil),)))
    assert "<script>" not in html and "<img" not in html


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd", "passwd"), ("报告 2024.txt", "报告_2024.txt"), (".hidden.md", "hidden.md"), ("a;rm -rf.txt", "a_rm_-rf.txt"),
])
def test_uploaded_file_names_are_made_safe(name, expected):
    assert app.safe_name(name) == expected


@pytest.mark.parametrize("previous,message,expected", [
    ("东丰县2023年实施了多少个500万元以上重点项目？", "那龙山区呢？", "龙山区2023年实施了多少个500万元以上重点项目？"),
    ("高新区2023年地区生产总值是多少？", "那2024年呢", "高新区2024年地区生产总值是多少？"),
    ("东丰县县长是谁？", "龙山区区长是谁？", "龙山区区长是谁？"),
    (None, "那龙山区呢？", "那龙山区呢？"),
    ("Who is the head of Longshan District?", "What about Dongliao County?", "Who is the head of Dongliao County?"),
])
def test_follow_up_questions(previous, message, expected):
    assert rewrite(previous, message) == expected
