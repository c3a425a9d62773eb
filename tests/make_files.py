"""Small real files of each supported format, made by the tests (no binary fixtures)."""

from __future__ import annotations

from pathlib import Path


def gbk_text(path: Path) -> Path:
    path.write_bytes("东辽县新闻\n\n本报记者 王明\n\n今年，东辽县新增冷链物流中心3个，总投资2.4亿元。\n".encode("gbk"))
    return path


def _text_pages(path: Path, pages: list[list[str]]):
    """A PDF canvas (not yet saved) with a page of Chinese text lines for each list of lines."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for lines in pages:
        c.setFont("STSong-Light", 12)  # a new page starts without the font
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 20 * i, line)
        c.showPage()
    return c


def two_page_pdf(path: Path, blank_third_page: bool = True) -> Path:
    c = _text_pages(path, [["东辽县建设智能温室", "今年，东辽县新建智能温室12座，总投资1.5亿元。"],
                           ["东辽县还计划新增冷库8座，", "年内全部投入使用。"]])
    if blank_third_page:  # an image-only page: no text layer
        c.rect(100, 100, 300, 300, fill=1)
        c.showPage()
    c.save()
    return path


def docx_with_table(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("龙山区重点项目表", 1)
    doc.add_paragraph("下表列出龙山区2024年重点项目。")
    rows = [["项目", "投资额", "完工时间"], ["康养服务中心", "3.2亿元", "2024年底"], ["实验小学新校区", "1.1亿元", "2025年"]]
    table = doc.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    doc.save(path)
    return path


def html_page(path: Path) -> Path:
    path.write_text(
        """<html><head><meta charset="utf-8"><title>西安区新闻</title><style>.x{color:red}</style>
<script>var secret='脚本里的数字999亿元';</script></head><body>
<nav>首页 新闻 导航里的数字888个</nav>
<article><h1>西安区打造碳纤维产业</h1><p>西安区今年计划引进碳纤维项目5个，总投资20亿元。</p>
<table><tr><th>企业</th><th>产能</th></tr><tr><td>吉林碳谷</td><td>10万吨</td></tr></table></article>
<footer>版权所有 页脚里的数字777元</footer></body></html>""", encoding="utf-8")
    return path


def markdown(path: Path) -> Path:
    path.write_text("# 东丰县鹿业简讯\n\n东丰县新建鹿茸交易中心1座，年交易额可达30亿元。\n", encoding="utf-8")
    return path


def every_format(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "txt": gbk_text(folder / "gbk报道.txt"),
        "pdf": two_page_pdf(folder / "温室.pdf"),
        "docx": docx_with_table(folder / "项目.docx"),
        "html": html_page(folder / "页面.html"),
        "md": markdown(folder / "简讯.md"),
    }


# --- scans, spreadsheets, slides, other encodings -------------------------------------------

def scan(columns: list[list[str]], headline: str = "", width: int = 1100, size: int = 24):
    """A page image without a text layer, drawn with a CJK font Debian has (the benchmark's renderer)."""
    from assistant.bench.ocr import render

    return render(columns, headline, width, size)


def scanned_pdf(path: Path, images) -> Path:
    """A PDF of page images only: every page needs OCR."""
    images = [im.convert("RGB") for im in images]
    images[0].save(path, "PDF", resolution=150, save_all=True, append_images=images[1:])
    return path


def mixed_pdf(path: Path, image) -> Path:
    """Page 1 has a text layer, page 2 is a scanned image."""
    from reportlab.lib.utils import ImageReader

    c = _text_pages(path, [["伊通县建设光伏电站", "今年，伊通县新建光伏电站4座，装机容量20万千瓦。"]])
    w, h = image.size
    c.drawImage(ImageReader(image.convert("RGB")), 36, 800 - 520 * h / w, width=520, height=520 * h / w)
    c.showPage()
    c.save()
    return path


def xlsx_with_formula(path: Path) -> Path:
    """Written by XlsxWriter, which saves each formula's value as Excel would."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("2024年重点项目")
    percent = book.add_format({"num_format": "0.0%"})
    sheet.write_row(0, 0, ["项目", "一期投资（亿元）", "二期投资（亿元）", "总投资（亿元）", "完成率"])
    sheet.write_row(1, 0, ["梅花鹿产业园", 2.5, 1.7])
    sheet.write_formula(1, 3, "=B2+C2", None, 4.2)
    sheet.write_number(1, 4, 0.65, percent)
    sheet.write_row(2, 0, ["冷链物流园", 3, 1])
    sheet.write_formula(2, 3, "=B3+C3", None, 4)
    sheet.write_number(2, 4, 0.4, percent)
    other = book.add_worksheet("人口")
    other.write_row(0, 0, ["县区", "常住人口（万人）"])
    other.write_row(1, 0, ["东丰县", 32.1])
    book.close()
    return path


def pptx_with_notes(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "西安区工作回顾"
    slide.placeholders[1].text_frame.text = "碳纤维产业加快发展"
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "龙山区民生实事"
    body = slide.placeholders[1].text_frame
    body.text = "新建口袋公园6个"
    body.add_paragraph().text = "改造老旧小区41个"
    slide.notes_slide.notes_text_frame.text = "讲稿：龙山区今年新增城市绿地12公顷。"
    deck.save(path)
    return path


def big5_text(path: Path) -> Path:
    path.write_bytes("遼源市經濟發展報告\n\n本報記者 李華\n\n今年，遼源市新建鄉村振興示範村15個，總投資3.6億元。\n".encode("big5"))
    return path


def utf16_text(path: Path) -> Path:
    path.write_bytes("\ufeff东辽县新闻\n\n今年，东辽县新建乡镇卫生院7所，总投资0.9亿元。\n".encode("utf-16-le"))
    return path
