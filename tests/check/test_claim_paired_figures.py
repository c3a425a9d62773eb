"""A count the claim states together with the figure qualifying what it counts (至少5个10亿元以上项目) is
supported only by a clause writing both; a sentence pairing the qualifier with another count refutes it
(check/paired.py). Figures in clauses of their own are each decided alone. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


SOURCE = "青溪县今年力争新签约亿元以上项目不低于6个，5亿元以上项目不低于3个。"


def test_a_count_the_source_gives_of_another_qualifier_refutes_the_claim():
    found = verdict("青溪县今年力争新签约5亿元以上项目不低于6个。", SOURCE)
    assert found.verdict == "refuted" and found.sources_say == ("3个",)


def test_the_count_the_source_pairs_with_the_qualifier_supports_it():
    assert verdict("青溪县今年力争新签约5亿元以上项目不低于3个。", SOURCE).verdict == "supported"


def test_figures_in_clauses_of_their_own_are_decided_alone():
    source = "青溪县招商引资到位额12.5亿元，同比增长8.2%。"
    assert verdict("青溪县招商引资到位额12.5亿元，同比增长8.2%。", source).verdict == "supported"
    assert verdict("青溪县招商引资到位额12.5亿元，签约项目3个。", "青溪县招商引资到位额12.5亿元，签约项目3个。"
                   ).verdict == "supported"
