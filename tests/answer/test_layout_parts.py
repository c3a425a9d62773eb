"""A document's n-th numbered part and a headline asked by its byline, on made-up layouts."""

from assistant.answer.layout_parts import asked_ordinal, byline_names, marker, part_heading

REPORT = "三、明年工作安排 （某市）"
TITLES = [
    "一、今年工作回顾 （某市）",
    "二、政府自身建设 （某市）",
    REPORT,
    f"{REPORT} · (一)做强农业,着力稳定粮食生产",
    f"{REPORT} · (二)做优工业,着力培育新兴产业",
    f"{REPORT} · (三)做好民生,着力办好实事",
    "某县长访谈：把握机遇 加快发展",
]


def test_an_ordinal_asked_of_a_part():
    assert asked_ordinal("三项重点工作里排第二的那一项，标题怎么写？") == (2, 3)
    assert asked_ordinal("第3项重点任务是什么？") == (3, None)
    assert asked_ordinal("报告第一部分讲的是什么？") == (1, None)


def test_a_thing_within_a_part_is_not_its_heading():
    assert asked_ordinal("第二项工作围绕新兴产业，要培育的是什么？") is None
    assert asked_ordinal("第一部分提到的增长率是多少？") is None
    assert asked_ordinal("全省排第几？") is None


def test_markers():
    assert marker("(九)做好民生") == 9
    assert marker("（12）做好民生") == 12
    assert marker("二、工作安排") == 2
    assert marker("做好民生") is None


def test_the_part_counted_and_numbered_in_order():
    assert part_heading("三项重点工作里排第二的那一项，标题怎么写？", TITLES, REPORT) == "(二)做优工业,着力培育新兴产业"
    assert part_heading("报告第一部分讲的是什么？", TITLES, REPORT) == "一、今年工作回顾 （某市）"


def test_unclear_numbering_is_refused():
    assert part_heading("五项重点工作里第二项是什么？", TITLES, REPORT) == ""  # the count reaches no level
    assert part_heading("第四项重点任务是什么？", TITLES, REPORT) == ""  # both levels stop short, or two levels
    gap = [REPORT, f"{REPORT} · (一)做强农业", f"{REPORT} · (三)做好民生"]
    assert part_heading("两项工作里第二项是什么？", gap, REPORT) == ""  # (二) missing


def test_no_numbered_parts_leaves_the_question_to_the_other_steps():
    assert part_heading("第二项任务是什么？", ["某县长访谈：把握机遇"], "某县长访谈：把握机遇") is None


def test_byline_names():
    assert byline_names("某某会议召开\n本报讯(记者 张三 李四五)1月9日，会议召开。") == {"张三", "李四五"}
    assert "赵六" in byline_names("标题\n本报记者 赵六\n正文开始。")
    assert byline_names("标题\n会议上，代表们说。") == set()
    # the byline stops at its line's end: the place opening the next line is no name
    assert byline_names("标题\n本报记者 赵六\n某某县召开大会。") == {"赵六"}


def test_the_numbered_part_a_question_names_is_read_against_the_headings():
    from assistant.answer.layout_parts import numbered_part

    assert numbered_part(TITLES, REPORT, 2, first_level=False) == "(二)做优工业,着力培育新兴产业"
    assert numbered_part(TITLES, REPORT, 2, first_level=True) == "二、政府自身建设 （某市）"
    assert numbered_part(TITLES, REPORT, 4, first_level=False) is None  # no level reaches a fourth part
    gap = [REPORT, f"{REPORT} · (一)做强农业", f"{REPORT} · (三)做好民生"]
    assert numbered_part(gap, REPORT, 3, first_level=False) is None  # numbered, but not in order


class _Store:
    """Made-up passages of one numbered report, as the store gives them (`chunks_of`)."""

    def __init__(self, chunks):
        self.chunks = chunks

    def chunks_of(self, sources, articles=None):
        return [c for c in self.chunks if c.source in sources and (articles is None or c.article in articles)]


def test_the_passages_of_the_part_named_by_its_place_join_the_hits():
    from assistant.answer import article_store
    from assistant.answer.layout_parts import part_passages
    from assistant.query.question import analyse
    from assistant.records import Hit
    from support import made_chunk

    sections = [(REPORT, "重点做好三项工作:"), (f"{REPORT} · (一)做强农业,着力稳定粮食生产", "(一)做强农业,着力稳定粮食生产。"),
                (f"{REPORT} · (二)做优工业,着力培育新兴产业", "(二)做优工业,着力培育新兴产业。"),
                (f"{REPORT} · (三)做好民生,着力办好实事", "(三)做好民生,着力办好实事。新建社区食堂两处。")]
    chunks = [made_chunk(text, title=title, cid=f"s{n}", source="made/report.txt", start=100 * n, article=n)
              for n, (title, text) in enumerate(sections)]
    hits = [Hit(chunks[1], 1.0)]
    with article_store.reading(_Store(chunks)):
        more = part_passages(analyse("第三项工作里，报告要新建几处社区食堂？"), hits)
        assert [h.chunk.id for h in more] == ["s1", "s3"]
        assert part_passages(analyse("报告要新建几处社区食堂？"), hits) == hits  # no part named
        assert part_passages(analyse("第五项工作里，报告要新建什么？"), hits) == hits  # no fifth part
