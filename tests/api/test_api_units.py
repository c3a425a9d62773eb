"""Unit tests of the parts behind the API: document dates, feedback labels, export,
knowledge-base names, upload names, the binding rule."""

from __future__ import annotations

import io

import pytest

from assistant import document_dates, export, feedback
from assistant.check.brief import Briefing, Item, Section
from assistant.records import Citation


@pytest.mark.parametrize("head, expected", [
    ("2024年1月15日 星期一\n\n某县召开大会\n正文。", "2024-01-15"),
    ("标题\n发布时间：2023-11-02 09:30\n正文。", "2023-11-02"),
    ("（新华社北京2024年3月5日电）记者从会上获悉。", "2024-03-05"),
    ("二〇二三年十二月三十一日\n标题", "2023-12-31"),
    ("标题\n本条例自2023年1月1日起施行。", None),  # a date in the body is not the paper's date
    ("发布日期：2023-02-30", None),  # not a day
    ("没有日期的文章。", None),
])
def test_find_date(head, expected):
    assert document_dates.find_date(head) == expected


def cite(n, source="a.txt", quote="收入完成12.5亿元", title="北川县财政工作报告 <b>"):
    return Citation(n, source, title, quote, 10 * n, 10 * n + len(quote), page=2 if n == 2 else None)


def briefing():
    items = (Item("收入完成12.5亿元", 1, ("12.5亿元",)), Item("茶园面积达到8万亩<script>", 2, ("8万亩",)))
    return Briefing("北川县", (Section("北川县财政工作报告", "a.txt", items),), (cite(1), cite(2, quote="8万亩<script>")))


def test_markdown_export_uses_footnotes_and_escapes():
    text = export.to_markdown("brief", briefing())
    assert "- 收入完成12.5亿元 [^1]" in text and "[^2]" in text
    assert "[^1]: 北川县财政工作报告 &lt;b&gt; — a.txt，字符 10–20：“收入完成12.5亿元”" in text
    assert "第2页" in text and "<script>" not in text


def test_docx_export_footnotes_in_reference_order():
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from lxml import etree

    data = export.to_docx("brief", briefing())
    doc = Document(io.BytesIO(data))
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.FOOTNOTES)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    notes = [n for n in etree.fromstring(part.blob).iter(f"{w}footnote") if int(n.get(f"{w}id")) > 0]
    assert ["".join(n.itertext()).strip() for n in notes] == [export.note_text(cite(1)), export.note_text(cite(2, quote="8万亩<script>"))]
    assert [p.text for p in doc.paragraphs if p.style.name == "List Bullet"] == ["收入完成12.5亿元", "茶园面积达到8万亩<script>"]


def test_feedback_labels(tmp_path):
    answer = {"answer": "收入完成12.5亿元 [1]", "abstained": False, "citations": [{"n": 1, "quote": "收入完成12.5亿元"}]}
    feedback.record(tmp_path, "default", "up", "收入是多少", answer, note="好")
    feedback.record(tmp_path, "default", "down", "产值是多少", {"answer": "产值3亿元 [1]", "citations": []})
    feedback.record(tmp_path, "default", "down", "人口是多少", {"answer": "资料中没有", "abstained": True}, correction="39.2万人")
    feedback.record(tmp_path, "default", "down", "面积是多少", {"answer": "资料中没有", "abstained": True})
    feedback.record(tmp_path, "other", "up", "别的", answer)
    with pytest.raises(feedback.FeedbackError):
        feedback.record(tmp_path, "default", "sideways", "q", answer)
    items = {i["question"]: i for i in feedback.eval_items(feedback.path_for(tmp_path), kb="default")}
    assert items["收入是多少"]["answers"] == ["12.5亿元"] and items["收入是多少"]["evidence"] == ["收入完成12.5亿元"]
    assert items["产值是多少"]["abstain"] is True
    assert items["人口是多少"]["answers"] == ["39.2万人"]
    assert "面积是多少" not in items and "别的" not in items
    assert feedback.is_feedback_file(feedback.path_for(tmp_path))


def test_knowledge_base_names():
    from assistant.knowledge_bases import KnowledgeBaseError, validate_name

    assert validate_name("budget-2024") == "budget-2024"
    for bad in ("", "Budget", "a b", "-x", "x-", "../x", "x" * 41, "desk-rebuild", "中文"):
        with pytest.raises(KnowledgeBaseError):
            validate_name(bad)


def test_upload_names_stay_inside_the_folder():
    from assistant.uploads import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("报告 2024;rm -rf.txt") == "报告_2024_rm_-rf.txt"
    assert safe_name("..") == "upload"


def test_binding_needs_keys_and_a_chat_login_off_loopback(settings):
    from assistant.api.server import check_binding
    from assistant.errors import ConfigError

    check_binding("127.0.0.1", [], True, settings)
    with pytest.raises(ConfigError, match="SUYUAN_API_KEYS"):
        check_binding("0.0.0.0", [], False, settings)
    check_binding("0.0.0.0", ["k"], False, settings)
    with pytest.raises(ConfigError, match="SUYUAN_USERNAME"):
        check_binding("0.0.0.0", ["k"], True, settings)
