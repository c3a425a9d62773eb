"""The term a which-question asks (answer/asked_terms.py) on made-up sentences: an industry, a year, and the short
lead that heads a paragraph's items; and taking an office as an event a report dates by writing it."""

from __future__ import annotations

from assistant.answer import asked_terms, ranked_drafts, subject
from assistant.answer.evidence import Sentence
from assistant.answer.extractive import Draft, make_part
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _why(question: str, text: str, a: int = 0):
    return subject.disagreement(analyse(question), _chunk(text), a, len(text))


def test_an_industry_asked_needs_a_sentence_naming_one():
    q = "甲公司、乙公司这几家企业，文章把它们归在哪个产业？"
    found = _why(q, "推动甲公司、乙公司等科技型企业加快发展。")
    assert found is not None and found.asked == "产业"
    assert _why(q, "大力发展新能源产业，推动甲公司、乙公司加快发展。") is None
    assert _why(q, "甲公司、乙公司是当地旅游业的代表。") is None  # a trade written X业
    assert _why(q, "甲公司、乙公司属于农业。") is None


def test_what_an_industry_only_modifies_or_a_list_asks_no_industry():
    for q in ("当地形成了什么样的产业格局？", "主打的是哪一产业组合？", "要升级哪两个产业？", "依托哪个产业园？"):
        assert not asked_terms.industry_asked(analyse(q)), q


def test_a_short_lead_names_the_industry_of_the_items_after_it():
    q = "甲公司、乙公司这几家企业，报告放在哪个产业下面讲？"
    text = "做强新能源。培育壮大新材料产业。推动甲公司、乙公司等科技型企业发展。"
    a = text.index("推动")
    assert _why(q, text, a) is None
    assert asked_terms.industry_lead(analyse(q), text, a, len(text)) == (text.index("培育"), a)
    # a long sentence before is no lead; nor one in another paragraph
    long = "培育壮大新材料产业并在全市范围内统筹布局一批重点项目。推动甲公司、乙公司等科技型企业发展。"
    assert asked_terms.industry_lead(analyse(q), long, long.index("推动"), len(long)) is None
    apart = "培育壮大新材料产业。\n推动甲公司、乙公司等科技型企业发展。"
    assert asked_terms.industry_lead(analyse(q), apart, apart.index("推动"), len(apart)) is None


def test_the_lead_is_shown_before_the_items():
    q = analyse("甲公司、乙公司这几家企业，报告放在哪个产业下面讲？")
    text = "培育壮大新材料产业。推动甲公司、乙公司等科技型企业发展。"
    chunk = _chunk(text)
    lead, items = Sentence(0, chunk, 0, text.index("推动")), Sentence(0, chunk, text.index("推动"), len(text))
    made = ranked_drafts.with_lead(q, Draft([make_part(items, items.a, items.b, 0.8)], 0.8, kind="sentence"), [lead, items])
    assert [p.sentence.chunk.text[p.a : p.b] for p in made.parts] == ["培育壮大新材料产业", "推动甲公司、乙公司等科技型企业发展"]


def test_a_year_asked_needs_a_year_written():
    q = "张三是哪一年来到甲县工作的？"
    found = _why(q, "张三说，新的一年，甲县将重点抓好六方面工作。")
    assert found is not None and found.asked == "年份"
    for text in ("张三2019年来到甲县工作。", "张三于二〇一九年来到甲县工作。", "张三去年来到甲县工作。", "民国元年，张三来到甲县工作。",
                 "庚申年，张三来到甲县工作。", "乾隆三年，张三来到甲县工作。"):
        found = _why(q, text)
        assert found is None or found.asked != "年份", text


def test_taking_an_office_is_dated_by_writing_it():
    q = "张三是从哪一年开始担任甲县县长的？"
    found = _why(q, "张三表示，2024年，甲县将埋头苦干、拼搏实干，谱写发展新篇章。")
    assert found is not None and found.kind == "asked kind"
    assert _why(q, "2021年，张三出任甲县县长。") is None


def test_a_grade_asked_is_no_figure_and_needs_a_grade_written():
    q = "报告要建设的景区，是按几A级来建设？"
    assert analyse(q).kind != "quantity"
    found = _why(q, "集中建设一批乡村旅游景区，新增床位300张。")
    assert found is not None and found.asked == "A级"
    assert _why(q, "集中建设一批3A级乡村旅游景区。") is None
    assert _why(q, "集中建设一批AAAA级乡村旅游景区。") is None
    assert _why("新酒店是按几星级标准建设的？", "新酒店按五星级标准建设。") is None
