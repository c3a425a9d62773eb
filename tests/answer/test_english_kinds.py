"""An English which-question asking a kind of thing whose Chinese name is written with the kind (which hotel:
开元酒店): a sentence naming none does not say which (query/english_phrases.kind_written, read by
asked_kind.kind_disagreement). Made-up sentences."""

from __future__ import annotations

from assistant.answer import subject
from assistant.query.question import analyse
from assistant.records import Chunk


def _why(question: str, text: str):
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return subject.disagreement(analyse(question), chunk, 0, len(text))


def test_a_hotel_or_a_newspaper_asked_is_written_with_its_name():
    q = "Which hotel project is the zone speeding up?"
    assert _why(q, "加快现代物流基础设施项目建设，提升服务业水平。").kind == "asked kind"
    assert _why(q, "加快推进东湖酒店项目建设。") is None
    assert _why(q, "该酒店项目进展顺利。").kind == "asked kind", "该酒店 is the one named before, not a name"
    paper = "Which newspaper carried this commentary on the satellite system?"
    assert _why(paper, "如今的卫星系统还有地面增强站构成的“地上一张网”。").kind == "asked kind"
    assert _why(paper, "《 东湖日报 》（ 2023年08月07日 05 版）") is None


def test_a_school_is_written_as_the_chinese_question_reads_one_and_other_questions_are_free():
    assert _why("With which university is the company building a research centre?", "公司与东湖学院共建研发中心。") is None
    assert _why("Which industrial park will the county build?", "建设东湖产业园。") is None
    assert _why("Which steel company will the county upgrade?", "推动钢铁企业转型升级。") is None


def test_a_bureau_or_a_ministry_asked_is_written_with_its_name():
    q = "Which bureau organised the charity walk in Eastlake?"
    assert _why(q, "8月5日上午，东湖公园彩旗飘扬，800名市民参加公益健步走活动。").kind == "asked kind"
    assert _why(q, "活动由东湖区文化旅游局主办。") is None
    assert _why("Which ministry did the bank work with?", "该行与商务部联合发布通知。") is None
