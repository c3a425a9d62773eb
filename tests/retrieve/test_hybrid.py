from assistant.index.keywords import KeywordIndex
from assistant.retrieve.hybrid import reciprocal_rank_fusion


def test_rrf_rewards_agreement_and_respects_weights():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]], k=20)
    assert [i for i, _ in fused][:2] in (["a", "b"], ["b", "a"])
    weighted = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], weights=[0.5, 1.0], k=20)
    assert weighted[0][0] == "b"
    assert {i for i, _ in fused} == {"a", "b", "c", "d"}


def test_bm25_prefers_rare_shared_terms():
    index = KeywordIndex(["x", "y", "z"], [["梅花鹿", "产值", "东丰"], ["产值", "高新区"], ["粮食", "产量"]])
    hits = index.search(["梅花鹿", "产值"], 3)
    assert hits[0][0] == "x"
    assert [i for i, _ in hits] == ["x", "y"]
    assert index.search(["unknown"], 3) == []
    assert index.idf_of("梅花鹿") > index.idf_of("产值")


def test_empty_index():
    assert KeywordIndex([], []).search(["a"], 5) == []
