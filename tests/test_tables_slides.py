"""Spreadsheets and slide decks: real files in, rows and slides out, answered with citations."""

import datetime as dt

import pytest

from assistant.errors import LoadError
from assistant.ingest import tables
from assistant.ingest.loaders import load_file
from make_files import pptx_with_notes, xlsx_with_formula


def test_cells_read_as_people_read_them():
    assert tables.cell_text(0.065, "0.0%") == "6.5%"
    assert tables.cell_text(1200.0) == "1200"
    assert tables.cell_text(0.1 + 0.2) == "0.3"
    assert tables.cell_text(dt.datetime(2024, 12, 31)) == "2024年12月31日"
    assert tables.cell_text(None) == ""


def test_a_row_keeps_its_headers_and_the_unit_moves_to_the_figure():
    blocks = tables.sheet_blocks("项目表", [["2024年项目"], ["项目", "投资额（亿元）", "备注"], ["康养中心", "3.2", "在建。二期待定"]])
    assert blocks == ["# 项目表 2024年项目", "项目：康养中心，投资额：3.2亿元，备注：在建，二期待定。"]


def test_xlsx_formulas_are_read_as_computed_values_and_sheets_become_articles(tmp_path):
    doc = load_file(xlsx_with_formula(tmp_path / "项目.xlsx"), 2**20)
    assert [a.title for a in doc.articles] == ["2024年重点项目", "人口"]
    assert "项目：梅花鹿产业园，一期投资：2.5亿元，二期投资：1.7亿元，总投资：4.2亿元，完成率：65%。" in doc.text
    assert "=B2" not in doc.text


def test_an_xls_is_read_with_xlrd(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("财政收入")
    for r, row in enumerate([["县区", "收入（亿元）"], ["东丰县", 5.6], ["东辽县", 4.1]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "收入.xls"))
    doc = load_file(tmp_path / "收入.xls", 2**20)
    assert doc.articles[0].title == "财政收入" and "县区：东辽县，收入：4.1亿元。" in doc.text


def test_a_gbk_csv_is_decoded_and_read_by_rows(tmp_path):
    path = tmp_path / "人口.csv"
    path.write_bytes("县区,常住人口（万人）\n东丰县,32.1\n龙山区,27.4\n".encode("gbk"))
    doc = load_file(path, 2**20)
    assert doc.articles[0].title == "人口" and "县区：龙山区，常住人口：27.4万人。" in doc.text


def test_bad_spreadsheets_are_named_with_the_reason(tmp_path):
    import msoffcrypto.format.ooxml

    plain = xlsx_with_formula(tmp_path / "plain.xlsx")
    locked = tmp_path / "locked.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("secret", out)
    with pytest.raises(LoadError, match="locked.xlsx.*password-protected"):
        load_file(locked, 2**20)
    (tmp_path / "cut.xlsx").write_bytes(plain.read_bytes()[:300])
    with pytest.raises(LoadError, match="cut.xlsx.*not a readable XLSX"):
        load_file(tmp_path / "cut.xlsx", 2**20)
    (tmp_path / "junk.xls").write_bytes(b"not a workbook at all" * 20)
    with pytest.raises(LoadError, match="junk.xls.*not a readable XLS"):
        load_file(tmp_path / "junk.xls", 2**20)
    (tmp_path / "cut.pptx").write_bytes(pptx_with_notes(tmp_path / "whole.pptx").read_bytes()[:500])
    with pytest.raises(LoadError, match="cut.pptx.*PPTX"):
        load_file(tmp_path / "cut.pptx", 2**20)


def test_each_slide_is_an_article_with_its_title_page_and_notes(tmp_path):
    doc = load_file(pptx_with_notes(tmp_path / "汇报.pptx"), 2**20)
    assert [(a.title, a.page) for a in doc.articles] == [("西安区工作回顾", 1), ("龙山区民生实事", 2)]
    assert "讲稿：龙山区今年新增城市绿地12公顷。" in doc.text and "改造老旧小区41个。" in doc.text


@pytest.fixture(scope="module")
def indexed(assistant_over):
    return assistant_over("tables", ("项目.xlsx", xlsx_with_formula), ("汇报.pptx", pptx_with_notes))


@pytest.mark.slow
@pytest.mark.parametrize("question,figure,source,title,page", [
    ("梅花鹿产业园总投资多少？", "4.2亿元", "项目.xlsx", "2024年重点项目", None),  # a formula's value
    ("东丰县常住人口有多少？", "32.1万人", "项目.xlsx", "人口", None),
    ("龙山区今年新增城市绿地多少公顷？", "12公顷", "汇报.pptx", "龙山区民生实事", 2),  # from the speaker notes
])
def test_spreadsheets_and_slides_answer_with_sheet_or_slide(indexed, question, figure, source, title, page):
    answer = indexed.ask(question)
    assert not answer.abstained and figure in answer.text, answer.text
    c = answer.citations[0]
    assert c.source.endswith(source) and figure in c.quote and c.title.startswith(title) and c.page == page


@pytest.mark.slow
def test_a_figure_in_a_cell_is_a_fact_for_claim_checks(indexed):
    verdict = indexed.check("梅花鹿产业园总投资5.2亿元")
    assert verdict.verdict == "refuted", verdict
