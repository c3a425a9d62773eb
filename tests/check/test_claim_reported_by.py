"""A claim citing a named reporter's or outlet's report (据本报记者王立新报道，…) is read without that
lead, and decides only when the deciding sentence's article credits the reporter (its byline) or
writes the outlet's name; another's article leaves it open, never refuted (check/reported.py).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.reported import Reporter, lead


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


ARTICLE = "青溪县招商工作综述\n本报记者 王立新\n今年以来，青溪县招商引资到位额12.5亿元，同比增长8.2%。"


def test_the_lead_names_the_reporter_or_the_outlet():
    assert lead("据本报记者王立新报道，青溪县招商引资到位额12.5亿元。") == (
        Reporter(("王立新",)), "青溪县招商引资到位额12.5亿元。")
    assert lead("记者王立新、赵明报道：青溪县…")[0] == Reporter(("王立新", "赵明"))
    assert lead("据新华社报道，青溪县…")[0] == Reporter((), "新华社")
    # no one named, or 报道 as the claim's own act
    assert lead("据媒体报道，青溪县…") == (None, "据媒体报道，青溪县…")
    assert lead("王立新报道了青溪县的招商工作。")[0] is None


def test_a_figure_reported_by_the_articles_reporter_is_decided():
    claim = "据王立新报道，青溪县招商引资到位额12.5亿元，同比增长8.2%。"
    assert verdict(claim, ARTICLE).verdict == "supported"
    assert verdict("据本报记者王立新报道，青溪县招商引资到位额12.5亿元。", ARTICLE).verdict == "supported"
    wrong = verdict("据王立新报道，青溪县招商引资到位额12.5亿元，同比增长9.6%。", ARTICLE)
    assert wrong.verdict == "refuted" and wrong.sources_say == ("8.2%",)


def test_a_report_the_article_credits_to_no_one_so_named_stays_open():
    assert verdict("据赵明报道，青溪县招商引资到位额12.5亿元，同比增长8.2%。", ARTICLE).verdict == "not_enough_info"
    assert verdict("据赵明报道，青溪县招商引资到位额12.5亿元，同比增长9.6%。", ARTICLE).verdict == "not_enough_info"
    unsigned = "今年以来，青溪县招商引资到位额12.5亿元，同比增长8.2%。"
    assert verdict("据王立新报道，青溪县招商引资到位额12.5亿元。", unsigned).verdict == "not_enough_info"


def test_an_outlets_report_is_decided_in_its_articles():
    wire = "新华社青溪3月5日电 今年以来，青溪县招商引资到位额12.5亿元，同比增长8.2%。"
    assert verdict("据新华社报道，青溪县招商引资到位额12.5亿元。", wire).verdict == "supported"
    assert verdict("据新华社报道，青溪县招商引资到位额12.5亿元。", ARTICLE).verdict == "not_enough_info"
