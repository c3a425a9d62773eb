"""The company an article is about is in force for a sentence of it that names none
(美洲区实现收入… in an article about the company), and a company whose name holds place
names (长安福特) is one name, not two places; a sentence naming another company stays
its own (check/figures.agreement). Made-up articles of two passages, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk

from assistant.check.claims import check
from assistant.records import Hit


def article(*parts: str) -> list[Hit]:
    """One made-up file cut into passages, the last retrieved first."""
    hits, pos = [], 0
    for i, text in enumerate(parts):
        hits.append(Hit(made_chunk(text, cid=f"c{i}", source="made/a.txt", start=pos), 1.0 / (1 + i)))
        pos += len(text)
    return hits[::-1]


def verdict(claim: str, hits: list[Hit]):
    return check(claim, hits, flat_idf, 0.43)


def test_a_company_whose_name_holds_places_is_in_force_for_its_article():
    hits = article("长安福特于8月1日宣布接管电马业务。长安福特表示，车主将享受到四大服务升级。",
                   "更便捷的服务布点，首批授权近300家经销商，网点数量扩充近三倍。")
    refuted = verdict("长安福特首批授权近500家经销商。", hits)
    assert (refuted.verdict, refuted.sources_say) == ("refuted", ("300家",))
    assert verdict("长安福特首批授权近300家经销商。", hits).verdict == "supported"


def test_the_company_an_article_is_about_speaks_for_a_sentence_naming_none():
    hits = article("华大智造发布2023年半年度报告，华大智造实现营业收入14.43亿元。",
                   "按照收入地区划分，亚太区实现收入1.84亿元；美洲区实现收入7440.50万元，同比增长141.30%。")
    v = verdict("华大智造美洲区上半年实现收入1.84亿元。", hits)
    assert (v.verdict, v.sources_say) == ("refuted", ("7440.50万元",))


def test_a_sentence_naming_another_company_is_not_the_articles():
    hits = article("华大智造发布2023年半年度报告，华大智造实现营业收入14.43亿元。",
                   "另据了解，因美纳美洲区实现收入7440.50万元。")
    assert verdict("华大智造美洲区上半年实现收入1.84亿元。", hits).verdict == "not_enough_info"


def test_a_sentence_naming_its_company_by_a_pronoun_speaks_for_the_articles():
    hits = article("长城汽车近日公布了其7月的产销数据。",
                   "据悉，该公司在7月份共销售新车109091辆，同比增长7.03%。")
    assert verdict("长城汽车在7月份共销售新车近11万辆。", hits).verdict == "supported"
    v = verdict("长城汽车在7月份共销售新车9万辆。", hits)
    assert (v.verdict, v.sources_say) == ("refuted", ("109091辆",))
    # the pronoun's company is not one another article is about
    hits = article("比亚迪近日公布了其7月的产销数据。",
                   "据悉，该公司在7月份共销售新车109091辆，同比增长7.03%。")
    assert verdict("长城汽车在7月份共销售新车近11万辆。", hits).verdict == "not_enough_info"
