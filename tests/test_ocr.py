"""OCR of scans: reading order, real recognition of rendered Chinese pages, no downloads,
and a scanned page answering a question with its page and the OCR flag."""

import socket

import pytest

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import ocr
from assistant.ingest.loaders import load_file
from assistant.service import Assistant
from make_files import mixed_pdf, scan, scanned_pdf

LEFT = ["　　今年，东辽县新建智能温室12座，总", "投资1.5亿元，全县蔬菜产量增长8%。", "　　全县还新增冷链物流中心3个。"]
RIGHT = ["　　龙山区康养服务中心投资3.2亿元，", "预计2024年底完工。实验小学新校区明", "年投入使用，可容纳学生2400人。"]


def L(x0, y0, x1, text, h=20):
    return ocr.Line(x0, y0, x1, y0 + h, text)


def test_reading_order_reads_the_headline_then_each_column_top_to_bottom():
    lines = [L(200, 10, 800, "标题", h=40),
             L(40, 80, 480, "左一"), L(560, 80, 1000, "右一"),
             L(40, 110, 480, "左二"), L(560, 110, 1000, "右二"),
             L(40, 140, 200, "左三")]
    order = [l.text for block in ocr.reading_order(lines) for row in block for l in row]
    assert order == ["标题", "左一", "左二", "左三", "右一", "右二"]


def test_reading_order_keeps_one_column_and_a_row_of_pieces_in_order():
    lines = [L(40, 10, 400, "第一行"), L(40, 40, 120, "第二行"), L(130, 40, 400, "同一行"), L(40, 70, 300, "第三行")]
    assert [l.text for b in ocr.reading_order(lines) for r in b for l in r] == ["第一行", "第二行", "同一行", "第三行"]


def test_paragraphs_join_lines_until_a_short_line_or_an_indent():
    lines = [L(80, 10, 500, "今年新建温室12座，总"), L(40, 40, 500, "投资1.5亿元。"), L(40, 70, 500, "下一段的开头没有缩进")]
    # every line reaches the right edge: one paragraph; a line ending short closes it
    assert ocr.paragraphs(lines) == ["今年新建温室12座，总投资1.5亿元。下一段的开头没有缩进"]
    lines[1] = L(40, 40, 200, "投资1.5亿元。")
    assert ocr.paragraphs(lines) == ["今年新建温室12座，总投资1.5亿元。", "下一段的开头没有缩进"]


@pytest.fixture(scope="module")
def two_columns():
    return scan([LEFT, RIGHT], headline="东辽县今年新建智能温室")


@pytest.mark.slow
def test_a_two_column_scan_is_read_column_by_column(two_columns):
    found = ocr.paragraphs(ocr.recognise(two_columns))
    assert found == ["# 东辽县今年新建智能温室",  # set larger: marked as the headline (layout.HEADLINE_MARK)
                     "今年，东辽县新建智能温室12座，总投资1.5亿元，全县蔬菜产量增长8%。",
                     "全县还新增冷链物流中心3个。",
                     "龙山区康养服务中心投资3.2亿元，预计2024年底完工。实验小学新校区明年投入使用，可容纳学生2400人。"]


@pytest.mark.slow
def test_the_models_ship_in_the_wheel_nothing_is_downloaded(monkeypatch, two_columns):
    def refuse(*args, **kwargs):
        raise AssertionError(f"OCR tried to open a network connection: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(ocr, "_engine", None)  # a fresh engine loads its models under the ban
    assert any("冷链物流中心3个" in line.text for line in ocr.recognise(two_columns.crop((0, 0, 560, 400))))


@pytest.mark.slow
def test_an_image_without_text_is_refused_by_name(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("L", (400, 300), 250).save(path)
    with pytest.raises(LoadError, match="blank.png.*no text"):
        load_file(path, 2**20)
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(LoadError, match="broken.jpg.*not a readable image"):
        load_file(tmp_path / "broken.jpg", 2**20)


@pytest.fixture(scope="module")
def scans(tmp_path_factory, seeded, two_columns):
    folder = tmp_path_factory.mktemp("scans")
    docs = folder / "docs"
    docs.mkdir()
    mixed_pdf(docs / "光伏.pdf", two_columns)
    scanned_pdf(docs / "扫描件.pdf", [scan([["　　今年，梨树县新建高标准农田45万亩，", "粮食总产量达到55亿斤。"]])])
    scan([["　　双辽市今年新增风电装机容量30万千瓦。"]]).save(docs / "风电.png")
    pages = []
    a = Assistant(Settings(store=folder / "store"), embedder=seeded.embedder)
    report = a.index([docs], on_progress=lambda done, total, what: pages.append(what))
    return a, report, pages


@pytest.mark.slow
@pytest.mark.parametrize("question,figure,source,page,is_ocr", [
    ("伊通县新建了多少座光伏电站？", "4座", "光伏.pdf", 1, False),  # the text layer is kept
    ("龙山区康养服务中心投资多少？", "3.2亿元", "光伏.pdf", 2, True),  # the scanned page of the same PDF
    ("梨树县新建了多少高标准农田？", "45万亩", "扫描件.pdf", 1, True),
    ("双辽市新增风电装机容量多少？", "30万千瓦", "风电.png", 1, True),
])
def test_scanned_pages_answer_with_page_and_ocr_flag(scans, question, figure, source, page, is_ocr):
    a, report, _ = scans
    assert not report.problems, report.problems
    answer = a.ask(question)
    assert not answer.abstained and figure in answer.text, answer.text
    c = answer.citations[0]
    assert c.source.endswith(source) and figure in c.quote and c.page == page
    assert getattr(c, "ocr", False) is is_ocr


@pytest.mark.slow
def test_ocr_reports_progress_per_page(scans):
    _, _, pages = scans
    assert any("光伏.pdf OCR page 2" in p for p in pages) and any("风电.png OCR page 1" in p for p in pages)


@pytest.mark.slow
def test_questions_are_answered_while_a_scan_is_being_read(scans, tmp_path):
    import threading

    a, _, _ = scans
    pages = [scan([[f"　　第{n}页：公主岭市新建玉米深加工项目{n}个。"]]) for n in range(1, 4)]
    path = scanned_pdf(tmp_path / "三页.pdf", pages)
    started = threading.Event()
    worker = threading.Thread(target=a.index, args=([path],),
                              kwargs={"on_progress": lambda done, total, what: started.set()})
    worker.start()
    assert started.wait(120), "OCR never started"
    answer = a.ask("伊通县新建了多少座光伏电站？")  # the chat's question, while OCR reads page after page
    still_reading = worker.is_alive()
    worker.join()
    assert "4座" in answer.text
    assert still_reading, "the question waited for the OCR to finish"


@pytest.mark.slow
def test_a_scan_whose_text_layer_is_only_a_page_stamp_is_read_by_ocr(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    image = scan([["　　双辽市今年新增风电装机容量30万千瓦。"]])
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "stamped.pdf"))
    c.setFont("STSong-Light", 9)
    c.drawString(280, 30, "第 3 版")  # an archive's stamp: a text layer of three characters
    w, h = image.size
    c.drawImage(ImageReader(image.convert("RGB")), 36, 700, width=520, height=520 * h / w)
    c.showPage()
    c.save()
    doc = load_file(tmp_path / "stamped.pdf", 2**22)
    assert "双辽市今年新增风电装机容量30万千瓦。" in doc.text and doc.articles[0].page == 1
