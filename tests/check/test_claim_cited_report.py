"""A claim citing the work report, decided only by sentences of an interview, a dispatch or a reporter's
piece while the report's own sections are among the passages, puts another's words in the report's mouth:
refuted, naming whose they are. Said in the report's section, or cited as any 报道, it stands as decided;
with no report among the passages its silence is not known. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk

from assistant.check.claims import check
from assistant.records import Hit

REPORT = "二、2025年工作安排 （青溪）"
INTERVIEW = "奋力推动高质量发展 ——访市人大代表、白水县县长 张明远"


def _hits(*pieces: tuple[str, str]) -> list[Hit]:
    return [Hit(made_chunk(text, title=title, cid=f"c{i}", source=f"made/c{i}.txt", article=i), 1.0 / (1 + i))
            for i, (title, text) in enumerate(pieces)]


def test_an_interviews_words_put_in_the_reports_mouth_are_refuted():
    hits = _hits((INTERVIEW, "张明远说，今年全县力争新建冷链仓储中心3个。"), (REPORT, "新增城镇就业岗位8000个。"))
    found = check("政府工作报告提出，今年全县力争新建冷链仓储中心3个。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("张明远",)
    assert check("张明远表示，今年全县力争新建冷链仓储中心3个。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_reports_own_section_supports_it():
    hits = _hits((REPORT, "今年全市力争新建冷链仓储中心3个。"), (INTERVIEW, "张明远说，全县力争新建冷链仓储中心3个。"))
    assert check("报告提出，今年全市力争新建冷链仓储中心3个。", hits, flat_idf, 0.43).verdict == "supported"


def test_without_the_report_among_the_passages_its_silence_is_not_known():
    hits = _hits((INTERVIEW, "张明远说，今年全县力争新建冷链仓储中心3个。"))
    assert check("报告提出，今年全县力争新建冷链仓储中心3个。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_reports_words_put_in_a_reporters_or_a_speakers_mouth_are_refuted():
    piece = "青溪县以实干开新局\n本报记者 周海峰\n2024年，青溪县新建冷链仓储中心2个。"
    hits = _hits((REPORT, "新增城镇就业岗位8000个。"), ("青溪县以实干开新局", piece))
    found = check("据本报记者周海峰报道，新增城镇就业岗位8000个。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("二、2025年工作安排 （青溪）",)
    assert check("据本报记者周海峰报道，青溪县新建冷链仓储中心2个。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_report_read_alone_saying_it_too_keeps_it():
    from assistant.answer.evidence import sentences_of
    from assistant.answer.extractive import make_part
    from assistant.check import cited_report

    hits = _hits((INTERVIEW, "张明远说，今年全县力争新建冷链仓储中心3个。"), (REPORT, "新增城镇就业岗位8000个。"))
    s = sentences_of(hits)[0]
    parts = [make_part(s, s.a, s.b, 1.0)]
    claim = "报告提出，今年全县力争新建冷链仓储中心3个。"
    assert cited_report.others_words(claim, None, parts, hits, lambda hs: "not_enough_info") == ("张明远", "报告")
    assert cited_report.others_words(claim, None, parts, hits, lambda hs: "supported") is None
