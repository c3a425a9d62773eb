"""Long reports: each chunk carries the numbered headings in force and never spans two sections."""

from assistant.ingest import sections

REPORT = """2024年政府工作报告

一、2023年工作回顾
过去一年，全市地区生产总值增长6.1%。全市新增就业1.2万人。
二、2024年工作安排
今年主要预期目标是：地区生产总值增长6.5%左右。
（一）着力推动产业结构调整。
全市新能源装机容量达到150万千瓦。重点推进风电项目建设。
（二）着力培育经济增长引擎。
社会消费品零售总额增长8%。
"""


def test_levels_and_heading_text():
    assert sections.heading_level("一、2023年工作回顾") == 1
    assert sections.heading_level("（二）着力培育经济增长引擎。社会消费品零售总额增长8%。") == 2
    assert sections.heading_level("3. 加快建设") == 3
    assert sections.heading_level("一是加快建设。") == 0  # a list item, not a heading
    assert sections.heading_level("2023年全市经济平稳") == 0
    assert sections.heading_text("(一)聚焦打造现代零碳基地,着力推动产业结构调整。紧抓投资机遇。") == "(一)聚焦打造现代零碳基地,着力推动产业结构调整"


def test_headings_in_force_nest_by_level():
    paragraphs = ["一、回顾", "正文", "二、安排", "（一）产业", "正文", "（二）消费", "三、自身建设", "正文"]
    assert sections.in_force(paragraphs) == [
        ("一、回顾",), ("一、回顾",), ("二、安排",), ("二、安排", "（一）产业"), ("二、安排", "（一）产业"),
        ("二、安排", "（二）消费"), ("三、自身建设",), ("三、自身建设",)]


def test_header_line_drops_a_superseded_heading():
    # layout put the first section's heading into the article title
    line = sections.header_line("政府工作报告 一、回顾", ("二、安排", "（一）产业"), ("一、回顾", "二、安排", "（一）产业"))
    assert line == "政府工作报告 · 二、安排 · （一）产业"
    assert sections.header_line("政府工作报告", ()) == "政府工作报告"


def test_chunks_carry_their_section(tmp_path):
    from assistant.ingest import chunking, loaders

    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = loaders.load_paths([path], 2**20).documents[0]
    chunks = chunking.chunk_document(doc, 240, 1)
    energy = next(c for c in chunks if "150万千瓦" in c.text)
    assert "二、2024年工作安排" in energy.title and "（一）着力推动产业结构调整" in energy.title
    assert "增长8%" not in energy.text, "a chunk never spans two sections"
    retail = next(c for c in chunks if "增长8%" in c.text)
    assert "（二）着力培育经济增长引擎" in retail.title and "（一）" not in retail.title
    review = next(c for c in chunks if "1.2万人" in c.text)
    assert "二、" not in review.title
    for c in chunks:  # headings go into the header line, never into the quoted text
        assert doc.text[c.start:c.end] == c.raw
