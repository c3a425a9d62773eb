"""Question readings that dropped the gold sentence (session 35, h2): how often is no span
asked, a particle's or a fiscal quarter's 季 is no version, a place a question puts what it asks
in holds its divisions, 市政府 is no company's name, 增速到底 asks a change."""

from __future__ import annotations

from assistant.answer import durations, figure_kind, lead_names, siblings, subject
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, title: str = "", subject_place: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject=subject_place, article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _verdict(question: str, text: str):
    return subject.disagreement(analyse(question), _chunk(text), 0, len(text))


def test_how_often_with_a_verb_before_its_once_asks_no_span():
    text = "青川合作社一般每年开展1次社员评议。"
    assert durations.span_disagreement(analyse("青川合作社一般多久开展一次社员评议？"), _chunk(text), 0, len(text)) is None
    assert durations.span_disagreement(analyse("青川合作社多长时间检查一回设备？"), _chunk(text), 0, len(text)) is None
    found = durations.span_disagreement(analyse("青川合作社成立多久了？"), _chunk(text), 0, len(text))
    assert found is not None and found.kind == "span"


def test_a_particles_or_a_fiscal_quarters_ji_is_no_version():
    assert siblings.designators("星河定于哪天公布截至6月30日的财季财报？") == []
    assert [(d.family, d.value) for d in siblings.designators("星河将公布2024财年第三财季财报")] == [("季", "三财")]
    assert [(d.family, d.value) for d in siblings.designators("星河增程版和纯电版")] == [("版", "增程"), ("版", "纯电")]
    assert _verdict("星河定于哪天公布截至6月30日的财季财报？",
                    "星河将于8月20日公布截至6月30日的2024财年第三财季财报。") is None


def test_a_division_of_the_place_the_question_puts_a_person_in_agrees():
    assert _verdict("作者白露在青溪省担任什么职务？", "（白露 作者系青溪省河阳县委常委、组织部部长）") is None
    # a figure of the county is not the province's, nor is its head the province's
    found = _verdict("青溪省地区生产总值增长多少？", "青溪省河阳县地区生产总值增长8%。")
    assert found is not None and found.kind == "place"
    found = _verdict("青溪省的省委书记是谁？", "青溪省河阳县委书记王五出席。")
    assert found is not None and found.kind == "place"


def test_a_governments_level_names_no_one():
    assert lead_names.opening_name("市政府今年坚持的工作总基调是哪几句话") == ""
    assert lead_names.opening_name("县政府2024年的目标是多少") == ""
    assert lead_names.opening_name("星河汽车7月份交付了多少辆车") == "星河汽车"


def test_a_growth_rate_asked_after_all_is_a_change():
    assert figure_kind.wanted(analyse("报告里，青川规上工业增加值的增速到底定在多少？")) == figure_kind.CHANGE
    assert figure_kind.wanted(analyse("青川工业增加值增长到多少亿元？")) == figure_kind.LEVEL


def test_an_adverb_jieba_glues_onto_a_name_is_no_part_of_it():
    from assistant.answer import asked_names

    assert asked_names._unglued("孙恩曾") == "孙恩" and asked_names._unglued("赛共") == "赛"
