"""A ranking the claim gives in another scope than its source (全国第十名 where the source ranks the
same thing 全省第十名) is refuted, when all else the claim says is the source's; another place in the
ranking, a scope the source does not state, or a sentence ranking it in the claim's own scope too
leave it to the usual reading (check/rankings.py, statements.check_statement). Made-up
sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import rankings
from assistant.check.claims import check


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


SOURCE = "去年青溪县的营商环境评价位列全省第三名，项目审批提速明显。"


def test_a_ranking_in_another_scope_refutes_the_claim():
    found = verdict("青溪县的营商环境评价位列全国第三名。", SOURCE)
    assert found.verdict == "refuted"
    assert found.sources_say == ("全省第三名",) and found.claimed == ("全国第三名",)
    assert verdict("青溪县的营商环境评价位列全市第三名。", SOURCE).verdict == "refuted"
    assert verdict("青溪县的营商环境评价位列全省第三名。", SOURCE).verdict == "supported"


def test_a_standing_in_another_scope_refutes_the_claim():
    source = "青溪县的农村改厕工作走在全市前列。"
    assert verdict("青溪县的农村改厕工作走在全国前列。", source).verdict == "refuted"
    assert verdict("青溪县的农村改厕工作走在全市前列。", source).verdict == "supported"


def test_another_place_in_another_scope_decides_nothing():
    # 第五 in the nation is not 第三 in the province, nor its opposite
    assert verdict("青溪县的营商环境评价位列全国第五名。", SOURCE).verdict == "not_enough_info"


def test_the_same_scope_in_other_words_refutes_nothing():
    # 本省 is 全省
    assert verdict("青溪县的营商环境评价位列本省第三名。", SOURCE).verdict != "refuted"


def test_a_scope_only_another_clause_ranks_in_refutes_nothing():
    source = "青溪县的营商环境评价位列第三名，森林覆盖率位列全省第三名。"
    assert verdict("青溪县的营商环境评价位列全国第三名。", source).verdict == "not_enough_info"


def test_a_sentence_ranking_it_in_the_claims_scope_decides_first():
    other = "青溪县的营商环境评价位列全国第三名。"
    assert verdict("青溪县的营商环境评价位列全国第三名。", SOURCE, other).verdict == "supported"


def test_the_source_read_in_the_claims_scope():
    assert rankings.rescope("位列全国第三名", "位列全省第三名，") == "位列全国第三名，"
    assert rankings.rescope("位列全国第三名", "位列全省第五名，") == ""
    assert rankings.rescope("位列全国第三名", "位列本国第三名，") == ""
    # a session (第三届) is no ranking
    assert rankings.rescope("位列全国第三名", "全省第三届运动会") == ""


def test_a_rank_claimed_with_another_verb_is_compared():
    # 名列第五 against a source's 第三名: the rank verb is the ranking's, no word to find
    assert verdict("去年青溪县在全省营商环境评价中名列第五。", SOURCE).verdict == "refuted"
