"""Small real files of each supported format, made by the tests (no binary fixtures)."""

from __future__ import annotations

from pathlib import Path


def gbk_text(path: Path) -> Path:
    path.write_bytes("东辽县新闻\n\n本报记者 王明\n\n今年，东辽县新增冷链物流中心3个，总投资2.4亿元。\n".encode("gbk"))
    return path


def two_page_pdf(path: Path, blank_third_page: bool = True) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "东辽县建设智能温室")
    c.drawString(72, 740, "今年，东辽县新建智能温室12座，总投资1.5亿元。")
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "东辽县还计划新增冷库8座，")
    c.drawString(72, 740, "年内全部投入使用。")
    c.showPage()
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
