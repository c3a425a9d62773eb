"""A claim citing what a reporter wrote (某某写道，…) is read as citing his report; the year a change is compared
with (比上年同期) is not the year of its figure; a claim citing what a document requires (报告要求…) states a
target, however it words it (check/reported.py, check/figures.py, check/stances.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.document_lead import DOCUMENT_LEAD_RE, requires
from assistant.check.reported import Reporter, lead


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


ARTICLE = "白沙县开放合作综述\n本报记者 周远航\n到目前为止，白沙县引进外资8.64亿元，同比增长12.35%。"


def test_a_reporter_who_wrote_it_is_a_reporters_lead():
    assert lead("周远航写道，白沙县引进外资8.64亿元。") == (Reporter(("周远航",)), "白沙县引进外资8.64亿元。")
    assert lead("周远航在稿中写到：白沙县…")[0] == Reporter(("周远航",))
    assert lead("周远航写了一篇稿子。")[0] is None


def test_the_year_compared_with_is_not_the_figures_year():
    claim = "周远航写到，到目前为止白沙县引进外资8.64亿元，与上年同期相比多出12.35%。"
    assert verdict(claim, ARTICLE).verdict == "supported"
    wrong = verdict("周远航写到，到目前为止白沙县引进外资9.64亿元，与上年同期相比多出12.35%。", ARTICLE)
    assert wrong.verdict == "refuted"


def test_what_a_document_requires_is_a_target():
    assert requires("报告要求全县今年新建绿道20公里。")
    assert not requires("报告指出全县今年新建绿道20公里。")
    plan = "二、今年工作安排\n推进城乡绿化美化，完成新建绿道30公里。"
    found = verdict("报告要求全县今年完成新建绿道20公里。", plan)
    assert found.verdict == "refuted" and found.sources_say == ("30公里",)
    assert verdict("报告要求全县今年完成新建绿道30公里。", plan).verdict == "supported"
    # without the lead, 完成 reads as done, which a plan's figure does not decide
    assert verdict("全县今年完成新建绿道20公里。", plan).verdict == "not_enough_info"


def test_a_lead_citing_what_a_document_requires_with_an_or_an_zhao():
    # 按照报告要求，/ 按报告部署，: the document's requirement cited before a comma, a target as 报告要求 is
    assert requires("按照报告要求，柳岸县今年新建污水管网45公里。")
    assert requires("按报告部署，柳岸县今年新建污水管网45公里。")
    assert DOCUMENT_LEAD_RE.sub("", "按照报告要求，柳岸县今年新建污水管网45公里。") == "柳岸县今年新建污水管网45公里。"


def test_a_lead_citing_the_documents_words_is_no_requirement():
    # 按报告的说法 cites what it says, not what it requires; a lead without a comma is read as before
    assert not requires("按报告的说法，柳岸县今年新建污水管网45公里。")
    assert DOCUMENT_LEAD_RE.match("按报告的说法，柳岸县今年新建污水管网45公里。")
    assert not DOCUMENT_LEAD_RE.match("按照要求，柳岸县今年新建污水管网45公里。")  # names no document
