"""A claim quoting an organisation (证监会表示，… / 星河银行认为，…) is checked as what the organisation
said: the words after the lead against the sources, however plainly put (影响有限 is no opinion of the
writer's), and only a sentence whose article names the organisation decides. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check, organisation_lead


def test_the_lead_of_an_organisation():
    assert organisation_lead("国家统计局表示，今年粮食产量稳定。") == ("国家统计局", "今年粮食产量稳定。")
    assert organisation_lead("证监会有关负责人认为：影响有限。") == ("证监会", "影响有限。")
    # a person is the speaker slot's; a pronoun, a place or a document is no organisation quoted
    for claim in ("张明表示，今年粮食产量稳定。", "他表示，今年粮食产量稳定。", "专家认为，影响有限。", "报告提出，要改造提升产业。"):
        assert organisation_lead(claim) == ("", claim)


def test_a_stated_view_is_checked_as_what_was_said():
    hits = made_hits("国家统计局有关负责人答记者问时表示，当前物价总体平稳。但也要看到，夏季降雨对粮食产量的中长期影响有限。")
    found = check("国家统计局认为，夏季降雨对粮食产量的中长期影响有限。", hits, flat_idf, 0.43)
    assert found.verdict == "supported"
    # the same words put in the mouth of a body the article does not name: undecided
    found = check("中国人民银行认为，夏季降雨对粮食产量的中长期影响有限。", hits, flat_idf, 0.43)
    assert found.verdict == "not_enough_info"


def test_a_person_quoted_is_no_organisation_speaking():
    hits = made_hits("国家统计局发布数据。分析人士王海峰说，夏季降雨对粮食产量的中长期影响有限。")
    found = check("国家统计局认为，夏季降雨对粮食产量的中长期影响有限。", hits, flat_idf, 0.43)
    assert found.verdict == "not_enough_info"
    hits = made_hits("国家统计局发布数据。国家统计局局长王海峰说，夏季降雨对粮食产量的中长期影响有限。")
    assert check("国家统计局认为，夏季降雨对粮食产量的中长期影响有限。", hits, flat_idf, 0.43).verdict == "supported"


def test_an_organisation_forecasting_is_an_organisation_speaking():
    assert organisation_lead("国家统计局预计，今年粮食产量稳定。") == ("国家统计局", "今年粮食产量稳定。")
    assert organisation_lead("张明预计，今年粮食产量稳定。") == ("", "张明预计，今年粮食产量稳定。")
    hits = made_hits("国家统计局发布数据。预计西河镇的降雪将集中在15日。")
    assert check("国家统计局预计，西河镇的降雪将集中在16日。", hits, flat_idf, 0.43).verdict == "refuted"
    assert check("青禾银行预计，西河镇的降雪将集中在16日。", hits, flat_idf, 0.43).verdict == "not_enough_info"
