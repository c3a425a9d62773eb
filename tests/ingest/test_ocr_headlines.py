"""A scanned newspaper page's headlines, told by their type size in OCR's boxes, start
articles: each sentence is read, retrieved and answered under its own headline."""

import pytest

from assistant.ingest import ocr
from assistant.ingest.loaders import load_file

STORIES = [
    ("梨树县建成粮食烘干中心", ["　　今年，梨树县新建粮食烘干中心9处，日烘干能", "力达到2.7万吨。"]),
    ("伊通县推进污水管网改造", ["　　伊通县今年改造城区污水管网38公里，完成投", "资1.1亿元。"]),
]


def L(x0, y0, x1, text, h=20):
    return ocr.Line(x0, y0, x1, y0 + h, text)


def page(stories=STORIES, body=24, head=44):
    """A page image without a text layer: each headline set larger than its body text."""
    from PIL import Image, ImageDraw

    from assistant.bench.ocr import font

    image = Image.new("L", (1000, 120 + len(stories) * 220), 245)
    draw = ImageDraw.Draw(image)
    y = 40
    for headline, lines in stories:
        draw.text((120, y), headline, font=font(head), fill=0)
        y += int(head * 2)
        for line in lines:
            draw.text((40, y), line, font=font(body), fill=0)
            y += int(body * 1.6)
        y += body * 2
    return image


def test_a_larger_short_line_is_marked_as_a_headline_and_body_text_is_not():
    lines = [L(200, 10, 700, "东辽县新建温室", h=40), L(80, 80, 900, "今年新建温室12座，总"),
             L(40, 110, 600, "投资1.5亿元。"), L(40, 160, 400, "这一行短，没有变大")]
    assert ocr.paragraphs(lines) == ["# 东辽县新建温室", "今年新建温室12座，总投资1.5亿元。", "这一行短，没有变大"]
    # a large line that reads as a sentence, or one as large as what follows, is not a headline
    assert ocr.paragraphs([L(40, 10, 900, "今年新建温室12座。", h=40), L(40, 80, 300, "正文。")])[0] == "今年新建温室12座。"
    assert ocr.paragraphs([L(200, 10, 700, "东辽县新建温室"), L(240, 50, 300, "正文。")])[0] == "东辽县新建温室"


@pytest.mark.slow
def test_two_headlines_on_a_scan_make_two_articles(tmp_path):
    page().save(tmp_path / "版面.png")
    doc = load_file(tmp_path / "版面.png", 2**22)
    assert [a.title for a in doc.articles] == [h for h, _ in STORIES]
    for article, (headline, lines) in zip(doc.articles, STORIES):  # each holds its headline and its own body
        text = "".join(doc.text[s.start : s.end] for para in article.paragraphs for s in para)
        assert text.replace("\n", "") == headline + "".join(lines).replace("\u3000", ""), text


@pytest.mark.slow
@pytest.mark.parametrize("question,figure,headline", [
    ("梨树县新建了多少处粮食烘干中心？", "9处", STORIES[0][0]),
    ("伊通县今年改造了多少公里污水管网？", "38公里", STORIES[1][0]),
])
def test_each_answer_from_the_scan_is_cited_under_its_own_headline(assistant_over, question, figure, headline):
    a = assistant_over("ocr-headlines", ("版面.png", lambda path: page().save(path)))
    answer = a.ask(question)
    assert not answer.abstained and figure in answer.text, answer.text
    c = answer.citations[0]
    assert c.title.startswith(headline) and c.ocr and c.page == 1 and figure in c.quote
