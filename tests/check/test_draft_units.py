"""Checking a draft, the parts that need no model: splitting, checkability, slots, output."""

import zipfile

import pytest

from assistant.check import draft, slots
from assistant.check.draft_check import ClaimResult, DraftReport, SentenceResult, validate
from assistant.errors import QuestionError
from assistant.present import draft_report
from assistant.records import Citation


def test_sentences_keep_their_offsets():
    text = "第一句话说东丰县举办了大会。第二句没有标点\n第三句在新的一行！"
    spans = draft.sentences(text)
    assert [text[a:b] for a, b in spans] == ["第一句话说东丰县举办了大会。", "第二句没有标点", "第三句在新的一行！"]


@pytest.mark.parametrize("sentence,expected", [
    ("某县去年粮食产量达到12.5万吨。", "figure"),
    ("这些成绩令人振奋，值得学习。", "opinion"),
    ("我们相信明天会更好。", "opinion"),
    ("这是一份务实的报告。", "framing"),
    ("某县在全省考核中位列全省第三名。", "ranking"),
    ("张建国表示，某县将建设新的物流园。", "attribution"),
    ("某县县长是张建国。", "role"),
    ("该馆策展人是李景栋。", "role"),
    ("青山县于3月5日召开了人代会。", "date"),
    ("青山县启动了城区供热管网改造。", "event"),
])
def test_what_makes_a_sentence_checkable(sentence, expected):
    assert draft.reason(sentence) == expected


def test_a_sentence_with_two_figures_and_an_event_makes_three_claims():
    text = "青山县成功举办了首届农民丰收节，签约项目12个，签约额30亿元。"
    claims = draft.claims_of(text, 0, len(text))
    assert [c.kind for c in claims] == ["figure", "figure", "statement"]
    assert [c.figure.text for c in claims[:2]] == ["12个", "30亿元"]
    assert text[claims[1].start:claims[1].end].startswith("签约额30亿元")
    assert claims[2].text == "青山县成功举办了首届农民丰收节"


def test_an_ordinal_is_a_ranking_not_a_figure():
    assert draft.figures("位列全省第十名，产值增长8%") and [f.text for f in draft.figures("位列全省第十名，产值增长8%")] == ["8%"]
    found = slots.ordinals("位列全省第十名")
    assert found[0].scope == "全省" and found[0].value == 10.0
    assert not found[0].comparable(slots.ordinals("第五届")[0])


@pytest.mark.parametrize("text,negated", [
    ("某县没有举办大会", True), ("某县未能完成目标", True), ("不断提升服务水平", False),
    ("新签约项目不低于50个", False), ("并非没有举办", False), ("某县举办了大会", False),
])
def test_negation(text, negated):
    assert slots.negated(text) is negated


def test_a_figure_is_denied_only_by_a_negation_before_it():
    """没有达到100亿元 denies the figure; 3家企业未按规定排污 counts firms that did not do
    something, and a source's 5家 refutes it (it used to leave the claim unverified)."""
    for text, negated in (("全县产值没有达到100亿元。", True), ("青溪区有3家企业未按规定排污。", False)):
        assert [c.negated for c in draft.claims_of(text, 0, len(text)) if c.kind == "figure"] == [negated]
    from support import flat_idf, made_hits

    from assistant.check.claims import check

    hits = made_hits("经检查，青溪区共有5家企业未按规定排污，2家企业未办理排污许可证。")
    assert check("青溪区有3家企业未按规定排污。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("青溪区有5家企业未按规定排污。", hits, flat_idf, 0.43).verdict == "supported"


def test_speaker_and_what_was_said():
    assert slots.split_speaker("张建国在接受记者采访时表示，青山县将建设物流园。") == ("张建国", "青山县将建设物流园。")
    assert slots.split_speaker("青山县将建设物流园，张建国说。")[0] == ""
    assert slots.interviewee("稳中求进 ——访市人大代表、青山县县长 张建国") == "张建国"


def test_a_source_lead_naming_a_person_names_the_speaker():
    # 据甲在专访中给出的数字，… cites his figures: he is the speaker, what follows the lead is what he said
    assert slots.split_speaker("据柯明远在专访中给出的数字，柳岸县去年新增就业岗位3200个。") == (
        "柯明远", "柳岸县去年新增就业岗位3200个。")
    # 说法 is what was said, no speech verb: its 法 is not left before what was said
    assert slots.split_speaker("按柯明远的说法，白鹭湾片区今年要引进企业十五家。") == ("柯明远", "白鹭湾片区今年要引进企业十五家。")
    assert slots.split_speaker("按照县长冯晓川的说法，白鹭湾片区今年要引进企业十五家。") == (
        "冯晓川", "白鹭湾片区今年要引进企业十五家。")


def test_a_source_lead_naming_no_person_names_no_speaker():
    # a document's or a pronoun's words name no one; a plain speech verb still reads as before
    assert slots.split_speaker("按报告的说法，白鹭湾片区今年要引进企业十五家。") == ("", "按报告的说法，白鹭湾片区今年要引进企业十五家。")
    assert slots.split_speaker("据统计，白鹭湾片区今年引进企业十五家。")[0] == ""
    assert slots.split_speaker("柯明远说，白鹭湾片区今年要引进企业十五家。") == ("柯明远", "白鹭湾片区今年要引进企业十五家。")


def test_years_levels_and_dates():
    assert slots.years("成功举办2023梅花鹿产业大会") == {"2023"}
    assert slots.years("投资2023万元") == set()
    assert slots.levels("被评为省级示范村") == {"省级"}
    assert slots.dates("1月9日召开") == {(1.0, 9.0)}


def test_bad_drafts_are_refused_with_a_message():
    with pytest.raises(QuestionError, match="empty"):
        validate("   ")
    with pytest.raises(QuestionError, match="limit"):
        validate("字" * 30000)


def _report() -> DraftReport:
    text = "青山县举办了<script>alert(1)</script>大会。\n这真令人振奋。"
    cite = Citation(n=1, source="seeds/x.txt", title="青山<b>日报</b>", quote="青山县举办了大会。", start=5, end=14,
                    passage="前文。青山县举办了大会。后文", passage_start=3, passage_end=12)
    claim = ClaimResult("青山县举办了大会", "statement", 0, 31, "refuted", "第二届", ("第一届",), (cite,), "ranking")
    first = SentenceResult(text[:31], 0, 31, True, "event", (claim,))
    second = SentenceResult("这真令人振奋。", 32, 39, False, "opinion")
    return DraftReport(text, (first, second), (cite,))


def test_html_escapes_and_colours_each_sentence():
    html = draft_report.to_html(_report(), page=True)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>日报" not in html
    assert "sy-v-refuted" in html and "sy-v-not_checkable" in html
    assert "href='#sy-src-1'" in html and "id='sy-src-1'" in html and "<mark class='sy-quote'>青山县举办了大会。</mark>" in html
    assert "1 项不成立 refuted" in html


def test_markdown_has_footnotes():
    md = draft_report.to_markdown(_report())
    assert "[^1]:" in md and "资料中为 第一届" in md and "无需核查" in md


def test_docx_comments_carry_the_citations(tmp_path):
    path = draft_report.to_docx(_report(), tmp_path / "out.docx")
    with zipfile.ZipFile(path) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert "不成立 refuted" in comments and "青山县举办了大会" in comments and "[1]" in comments
    assert "&lt;script&gt;" in body


def test_json_has_sentences_offsets_and_claims():
    data = _report().to_dict()
    s = data["sentences"][0]
    assert {"text", "start", "end", "checkable", "claims", "verdict"} <= set(s)
    assert s["claims"][0]["sources_say"] == ["第一届"] and s["claims"][0]["citations"][0]["n"] == 1
    assert data["counts"]["refuted"] == 1 and data["counts"]["not_checkable"] == 1


def test_the_chat_has_a_draft_tab_that_refuses_an_empty_draft(tmp_path, fake_embedder):
    import app
    from assistant.config import Settings
    from assistant.service import Assistant

    demo = app.build_app(Assistant(Settings(store=tmp_path / "s"), embedder=fake_embedder))
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert {"draft", "check-draft", "draft-result", "draft-docx"} <= ids
    run = next(f for f in demo.fns.values() if f.api_name == "check_draft")
    html, docx = run.fn("   ")
    assert "the draft is empty" in html and docx is None
