"""Newspaper layout repair on the real seed pages."""

import re

from assistant.ingest import layout
from support import SEEDS

REPORT = (SEEDS / "000_4d8817e16d129468.txt").read_text(encoding="utf-8")
INTERVIEWS = (SEEDS / "002_f54b4628cfe8029d.txt").read_text(encoding="utf-8")


def _text(doc, article):
    return ["".join(doc[s.start:s.end] for s in para) for para in article.paragraphs]


def test_interview_page_splits_into_its_articles():
    articles = layout.segment(INTERVIEWS)
    subjects = [a.subject for a in articles]
    assert subjects == ["东丰县", "龙山区", "高新区", "东辽县", "西安安区", "辽源市"]
    assert articles[0].title == "攻坚克难 砥砺前行 全力推动东丰全面振兴率先实现新突破"
    assert articles[0].subtitle == "——访市人大代表、东丰县县长 邢树纲"
    assert articles[0].byline == "本报记者 于蕊"
    # the photo credit belongs to no article title, but stays quotable in the article it ends
    assert all("摄" not in a.title for a in articles)
    credited = [a for a in articles if any("刘鹰" in t for t in _text(INTERVIEWS, a))]
    assert "高新区" in [a.subject for a in credited]


def test_report_page_has_report_feature_and_headless_wire_story():
    articles = layout.segment(REPORT)
    assert [a.title for a in articles] == ["二、2024年工作安排", "东丰县以新作为开创高质量发展新局面", "新华社兰州1月13日电"]
    assert articles[0].subject == "辽源"
    assert articles[1].byline == "本报记者 李及甫"
    wire = _text(REPORT, articles[2])
    assert wire[0].startswith("这个冬天"), "the repeated block is dropped in favour of the copy that reads on"


def test_broken_paragraphs_are_joined_across_the_break():
    joined = ["".join(_text(REPORT, a)) for a in layout.segment(REPORT)]
    body = "".join(joined)
    assert "同比增长37.01%" in body
    assert "达成合作20项" in body
    assert "脱离实际,发展经济" in body


def test_repeated_paragraphs_are_kept_once():
    body = "\n".join(p for a in layout.segment(REPORT) for p in _text(REPORT, a))
    assert body.count("推动农产品加工全产业链发展。树立大农业观") == 1
    assert body.count("冰雪冲动的背后有政绩冲动的影子") == 1
    # a byline repeated on the page is two reporters' lines, not a layout repeat
    assert INTERVIEWS.count("本报记者 于蕊") == 2
    assert sum(a.byline == "本报记者 于蕊" for a in layout.segment(INTERVIEWS)) == 2


def test_headings_are_never_glued_to_the_paragraph_before():
    for article in layout.segment(REPORT):
        for para in _text(REPORT, article):
            assert not re.search(r".[（(][一二三四五六七八九十][)）]", para[1:] if para else "")


def test_markdown_headings_start_articles():
    md = "# 第一篇\n\n东丰县梅花鹿饲养量达到28.2万只。\n\n# 第二篇\n\n龙山区实施91个年度重点项目。\n"
    articles = layout.segment(md, markdown=True)
    assert [a.title for a in articles] == ["第一篇", "第二篇"]
