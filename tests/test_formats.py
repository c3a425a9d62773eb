"""One real file of each format, and every kind of bad file, through the real pipeline."""

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from support import SEEDS
from make_files import docx_with_table, every_format, two_page_pdf

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, seeded):
    folder = tmp_path_factory.mktemp("formats")
    files = every_format(folder / "docs")
    a = Assistant(Settings(store=folder / "store"), embedder=seeded.embedder)
    report = a.index([folder / "docs"])
    return a, files, report


@pytest.mark.parametrize("question,figure,suffix,page", [
    ("东辽县新增了多少个冷链物流中心？", "3个", ".txt", None),
    ("东辽县新建了多少座智能温室？", "12座", ".pdf", 1),
    ("东辽县计划新增冷库多少座？", "8座", ".pdf", 2),
    ("康养服务中心的投资额是多少？", "3.2亿元", ".docx", None),
    ("西安区今年计划引进多少个碳纤维项目？", "5个", ".html", None),
    ("东丰县鹿茸交易中心年交易额可达多少？", "30亿元", ".md", None),
])
def test_each_format_answers_with_the_right_citation_and_page(indexed, question, figure, suffix, page):
    a, files, _ = indexed
    answer = a.ask(question)
    assert not answer.abstained and figure in answer.text, answer.text
    c = answer.citations[0]
    assert c.source.endswith(suffix) and figure in c.quote
    assert c.page == page


def test_scanned_page_is_reported_not_silently_empty(indexed):
    _, _, report = indexed
    assert any("温室.pdf" in w and "page 3" in w for w in report.warnings)


def test_table_row_is_one_passage_with_its_header(indexed):
    a, _, _ = indexed
    answer = a.ask("实验小学新校区什么时候完工？")
    quote = answer.citations[0].quote
    assert "项目：实验小学新校区" in quote and "投资额：1.1亿元" in quote and "完工时间：2025年" in quote


def test_html_scripts_styles_and_navigation_are_not_indexed(indexed):
    a, _, _ = indexed
    texts = " ".join(meta.get("raw", "") for _, meta, _ in a.store.iterate(include_text=False))
    assert "碳纤维项目5个" in texts
    for junk in ("999亿元", "888个", "777元", "color:red"):
        assert junk not in texts


def test_every_bad_file_is_named_and_the_index_survives(tmp_path, seeded):
    a = Assistant(Settings(store=tmp_path / "store", max_file_mb=1), embedder=seeded.embedder)
    a.index([SEEDS])
    before = a.store.count()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "zero.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (bad / "huge.txt").write_text("东丰县。" * 200_000, encoding="utf-8")
    (bad / "undecodable.md").write_bytes(bytes([0x81, 0xFF, 0xFE, 0x80]) * 50)
    pdf = two_page_pdf(tmp_path / "whole.pdf").read_bytes()
    (bad / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (bad / "not-a.pdf").write_bytes(b"%PDF-1.7 but nothing else")
    docx = docx_with_table(tmp_path / "whole.docx").read_bytes()
    (bad / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    (bad / "scanned.pdf").write_bytes(_image_only_pdf(tmp_path))
    (bad / "报告..两点.txt").write_text("名字里有两点的文件也能索引，新增路灯30盏。\n", encoding="utf-8")
    (bad / "odd name\t$(rm -rf) ;.txt").write_text("奇怪文件名的文件，新增座椅40把。\n", encoding="utf-8")
    (bad / "sub").mkdir()
    (tmp_path / "up.txt").write_text("上一级目录的文件，新增长椅15把。\n", encoding="utf-8")
    report = a.index([bad, bad / "sub" / ".." / ".." / "up.txt"])
    messages = "\n".join(report.problems)
    for name, reason in [("zero.txt", "empty"), ("binary.txt", "binary"), ("huge.txt", "limit"),
                         ("undecodable.md", "cannot be decoded"), ("truncated.pdf", "PDF"), ("not-a.pdf", "PDF"),
                         ("truncated.docx", "DOCX"), ("scanned.pdf", "OCR")]:
        line = next((m for m in report.problems if name in m), "")
        assert reason in line, (name, messages)
    assert "\\t" in messages or all("\t" not in m for m in report.problems)  # names are printed safely
    added = {p.rsplit("/", 1)[-1] for p in report.added}
    assert added == {"报告..两点.txt", "odd name\t$(rm -rf) ;.txt", "up.txt"}
    assert not any(".." in p.split("/") for p in report.added), "paths with .. are resolved"
    assert a.store.count() > before
    assert "81.6亿元" in a.ask("东丰县梅花鹿产值是多少").text  # the seeds still answer
    assert "30盏" in a.ask("新增路灯多少盏？").text


def _image_only_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "image.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    return path.read_bytes()
