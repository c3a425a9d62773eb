"""A passage is read with the earlier retrieved passages of its article: a name or place the
article's lead names (subject.with_articles) need not be written again in a later passage
that answers; another article's passage, or an earlier one, still needs it."""

from __future__ import annotations

from assistant.answer import subject
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, cid: str, start: int = 0, article: int = 0, title: str = "", subject_place: str = "") -> Chunk:
    return Chunk(id=cid, source="made/a.txt", title=title, subject=subject_place, article=article, start=start,
                 end=start + len(text), text=text, segments=((0, start, len(text)),), raw=text)


def _scored(*chunks: Chunk) -> list[Scored]:
    return [Scored(Sentence(i, c, 0, len(c.text)), 1.0, 1.0, {}) for i, c in enumerate(chunks)]


def _kept(question: str, *chunks: Chunk) -> list[str]:
    return [sc.sentence.chunk.id for sc in subject.agreeing(analyse(question), _scored(*chunks))]


LEAD = "受台风“杜苏芮”影响，沿海出现大风。"
RAIN = "山区局地累计降雨量达400毫米。"


def test_a_name_the_articles_lead_writes_holds_for_its_later_passages():
    question = "“杜苏芮”影响期间，山区局地累计降雨量有多大？"
    assert _kept(question, _chunk(LEAD, "lead"), _chunk(RAIN, "rain", 100)) == ["lead", "rain"]
    # the same passage alone, with a lead of another article, or before the passage naming it
    assert _kept(question, _chunk(RAIN, "rain", 100)) == []
    assert _kept(question, _chunk(LEAD, "lead", article=1), _chunk(RAIN, "rain", 100)) == ["lead"]
    assert _kept(question, _chunk(LEAD, "lead", 100), _chunk(RAIN, "rain")) == ["lead"]
    found = subject.disagreement(analyse(question), _chunk(RAIN, "rain"), 0, len(RAIN))
    assert found is not None and found.kind == "name"


def test_a_district_the_articles_lead_names_in_a_citys_article():
    question = "龙山区城管执法遇突发事件多长时间内能到场？"
    lead = _chunk("龙山区城管引入北斗平台，24小时值守。", "lead", subject_place="辽源市")  # a span: 多长时间 (durations)
    later = _chunk("遇突发事件，30分钟内可到现场处置。", "later", 100, subject_place="辽源市")
    assert _kept(question, lead, later) == ["lead", "later"]
    assert _kept(question, later) == []  # the city's article alone speaks for the city
    # a passage naming another district is that district's, whatever the lead named
    other = _chunk("西安区遇突发事件，30分钟内可到现场处置。", "other", 100, subject_place="辽源市")
    assert _kept(question, lead, other) == ["lead"]



def test_an_ordinal_the_articles_lead_writes_holds_for_its_later_passages():
    """本届… after the lead's 第三届…: a passage naming no ordinal of the series is the article's."""
    lead = _chunk("2023年第三届社区杯足球赛决赛阶段开幕。", "lead")
    later = _chunk("决赛阶段的球队将在9月10日决出最终的冠军。", "later", 100)
    question = "第三届社区杯将在哪天决出最终冠军？"
    assert "later" in _kept(question, lead, later)
    assert _kept(question, later) == []  # alone, a passage naming no ordinal is not the one asked
    other = _chunk("2023年第二届社区杯足球赛决赛阶段开幕。", "lead")
    assert "later" not in _kept(question, other, later)


def test_a_passage_counting_batches_is_not_the_one_the_lead_names():
    """前四批…累计579次 after a lead on the 第五批: the passage names batches of its own."""
    lead = _chunk("第五批援滇医疗队抵达。", "lead")
    later = _chunk("据统计，前四批医疗队驻点期间，累计开展查房579次。", "later", 100)
    assert "later" not in _kept("第五批医疗队驻点期间累计开展查房多少次？", lead, later)
