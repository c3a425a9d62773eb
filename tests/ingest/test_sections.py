"""Long reports: each chunk carries the numbered headings in force and never spans two sections."""

from assistant.ingest import sections
from assistant.ingest.chunking import section_subjects

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


def _chunked(folder, name: str, text: str, overlap: int):
    """A made-up file, loaded and cut into chunks of 240 tokens as the indexer does."""
    from assistant.ingest import chunking, loaders

    path = folder / name
    path.write_text(text, encoding="utf-8")
    doc = loaders.load_paths([path], 2**20).documents[0]
    return doc, chunking.chunk_document(doc, 240, overlap)


def test_chunks_carry_their_section(tmp_path):
    doc, chunks = _chunked(tmp_path, "report.txt", REPORT, 1)
    energy = next(c for c in chunks if "150万千瓦" in c.text)
    assert "二、2024年工作安排" in energy.title and "（一）着力推动产业结构调整" in energy.title
    assert "增长8%" not in energy.text, "a chunk never spans two sections"
    retail = next(c for c in chunks if "增长8%" in c.text)
    assert "（二）着力培育经济增长引擎" in retail.title and "（一）" not in retail.title
    review = next(c for c in chunks if "1.2万人" in c.text)
    assert "二、" not in review.title
    for c in chunks:  # headings go into the header line, never into the quoted text
        assert doc.text[c.start:c.end] == c.raw


def test_outer_sections_point_at_their_opening_paragraph():
    paragraphs = ["前言", "一、回顾", "正文", "（一）产业", "二、安排", "正文"]
    assert sections.outer_sections(paragraphs) == [-1, 1, 1, 1, 4, 4]
    assert sections.outer_sections(["正文", "（一）产业"]) == [-1, 1]  # the outermost level used


DAY = """2023年8月15日各地新闻汇编

一、血库 献血
近日，池州市血源出现短缺，池州市红十字中心血站发出献血倡议。池州市民踊跃献血，贵池区居民曹宏哲赶到血站。
市血站血源管理科科长吴义芳说，截至13日晚共有197人参与献血。
二、江豚 巡江
武汉市新洲区志愿者在长江武汉段巡江时看到江豚。武汉市的江豚保护工作持续推进。
"""


def test_each_section_of_a_day_of_news_is_about_its_own_place(tmp_path):
    _, chunks = _chunked(tmp_path, "day.txt", DAY, 0)
    blood = next(c for c in chunks if "吴义芳" in c.text)
    river = next(c for c in chunks if "江豚保护" in c.text)
    assert blood.subject == "池州市" and "池州市" in blood.title  # embedded and keyword-indexed with it
    assert river.subject.startswith("武汉")


def test_a_report_about_one_county_keeps_its_subject_in_every_section():
    paragraphs = ["一、回顾", "全县新增就业1.2万人，横道河镇新建厂房两座。", "二、安排", "东丰县梅花鹿产值力争增长10%。"]
    assert section_subjects("东丰县", paragraphs) == ["东丰县"] * 4


def test_units_number_the_sections_of_a_long_article_only():
    body = "全县新增就业1.2万人，横道河镇新建厂房两座。" * 100  # 2,300 characters a section
    paragraphs = ["前言" + body, "一、回顾", body, "二、安排", "（一）产业", body, "（二）消费", body]
    assert sections.units(paragraphs) == [0, 1, 1, 2, 2, 2, 2, 2]
    short = ["前言", "一、回顾", "正文", "二、安排", "正文"]  # a story listing its points
    assert sections.units(short) == [0] * 5
    # one outermost section (a page of a report holding 二、 alone): its (一)…(二) are the parts;
    # the lone heading right above (一) opens the same part
    page = ["二、安排", "（一）产业", body, "（二）消费", body]
    assert sections.units(page) == [0, 0, 0, 1, 1]
    assert sections.units(["正文" + body, "正文" + body]) == [0, 0]


COMPILED = "2023年7月新闻汇编\n\n" + "".join(
    f"{n}、{topic}\n{text * 40}\n" for n, topic, text in [
        ("一", "芭比 票房", "2022年，《芭比》在北美收获2.5亿美元票房，观众口碑良好。"),
        ("二", "江豚 巡江", "武汉市新洲区志愿者在长江武汉段巡江时看到江豚，江豚保护工作持续推进。"),
        ("三", "献血 血站", "池州市红十字中心血站发出献血倡议，市民踊跃献血，截至13日晚共有197人参与。")])


def test_each_section_of_a_long_compilation_is_an_article_of_its_own(tmp_path):
    _, chunks = _chunked(tmp_path, "compiled.txt", COMPILED, 1)
    article = {topic: {c.article for c in chunks if topic in c.text} for topic in ("芭比", "江豚", "献血")}
    assert all(len(a) == 1 for a in article.values()), "a section's chunks share one number"
    assert len(set.union(*article.values())) == 3, "each section its own number"
    blood = next(c for c in chunks if "献血" in c.text)
    assert blood.year == "2023", "the year another section names is not in force here"
    # the same stories as a short document stay one article
    _, short = _chunked(tmp_path, "short.txt", "2023年7月新闻汇编\n\n一、芭比\n《芭比》票房2.5亿美元。\n二、江豚\n江豚巡江。\n", 1)
    assert {c.article for c in short} == {0}


def test_sections_written_as_one_paragraph_each_are_parts_each():
    # a report page whose (一)…(三) each hold their heading and body in one paragraph
    body = "全县新增就业1.2万人，横道河镇新建厂房两座。" * 60
    paragraphs = ["二、安排", "（一）产业。" + body, "（二）消费。" + body, "（三）民生。" + body]
    assert sections.units(paragraphs) == [0, 0, 1, 2]


def test_an_article_cut_at_a_page_end_is_one_article_and_keeps_its_headings():
    """A PDF report's section running onto the next page: layout cuts the article at the page
    end (a page number for each piece), but the pieces are one article, and the second page's
    passages keep the heading in force and the section's number."""
    from assistant.ingest import chunking, documents

    body = "全县新增就业1.2万人，横道河镇新建厂房两座，重点推进风电项目建设。" * 40
    page1 = ["2024年政府工作报告", "一、回顾", body, "二、安排", "（一）产业", body]
    page2 = ["全市新能源装机容量达到150万千瓦。" + body, "（二）消费", "社会消费品零售总额增长8%。" + body]
    doc = documents.paged_document("report.pdf", [page1, page2], b"report", "utf-8")
    assert len(doc.articles) >= 2 and doc.articles[-1].page == 2  # cut at the page end
    chunks = chunking.chunk_document(doc, 240, 1)
    energy = next(c for c in chunks if "150万千瓦" in c.text)
    industry = next(c for c in chunks if c.page == 1 and "（一）产业" in c.title)
    assert "（一）产业" in energy.title and "二、安排" in energy.title
    assert energy.article == industry.article
    retail = next(c for c in chunks if "增长8%" in c.text)
    assert "（二）消费" in retail.title and retail.article == energy.article  # both in 二、
    review = next(c for c in chunks if c.page == 1 and "一、回顾" in c.title)
    assert review.article != energy.article
    # a short article cut at a page end is one article too
    short = documents.paged_document("news.pdf", [["芭比票房", "《芭比》票房2.5亿美元。"], ["北美观众口碑良好。"]], b"news", "utf-8")
    assert {c.article for c in chunking.chunk_document(short, 240, 1)} == {0}


def test_the_unnumbered_heading_line_in_force():
    text = "（三）着力改善城乡面貌。完善城市管理。新建口袋公园12个,改造背街小巷30条。提升乡村风貌。新建美丽庭院500户。"
    assert sections.lead_in_force(text, text.index("新建口袋公园")) == "完善城市管理"
    assert sections.lead_in_force(text, text.index("新建美丽庭院")) == "提升乡村风貌"
    assert sections.lead_in_force(text, 0) == ""
    # a sentence with a comma, or a long one, heads nothing
    assert sections.lead_in_force("全市新建公园,改造街巷。新增绿地4万平方米。", 14) == ""


def test_a_sentence_under_the_heading_line_of_the_part_named_holds_its_words():
    from assistant.answer import evidence
    from assistant.query.question import analyse
    from support import flat_idf, made_hits

    text = "完善城市管理。新建口袋公园12个,改造背街小巷30条。提升乡村风貌。推进城市近郊厕所改造,新建公园2个。"
    q = analyse("在完善城市管理方面，今年积极谋划新建哪种公园？")
    scored = evidence.score_sentences(q, evidence.sentences_of(made_hits(text)), flat_idf)
    by_text = {sc.sentence.text: sc.score for sc in scored}
    assert by_text["新建口袋公园12个,改造背街小巷30条。"] > by_text["推进城市近郊厕所改造,新建公园2个。"]
