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


def _index(texts):
    from assistant.text import words
    return KeywordIndex([str(n) for n in range(len(texts))], [words.search_tokens(t) for t in texts])


def test_the_piece_named_and_the_relative_year_rank_nothing():
    """A report's section writes 2024年 and never 报告; the interview about it writes both 报告 and 今年."""
    from assistant.retrieve.hybrid import searched_terms
    section = "2024年全市新建大棚不少于300个"
    interview = "代表说，今年政府工作报告对大棚建设提出了新要求"
    index = _index([section, interview])
    terms = searched_terms("甲市政府工作报告今年给大棚定的目标是多少个？", index)
    assert "大棚" in terms and not {"政府", "报告", "今年"} & set(terms)
    assert index.search(terms, 2)[0][0] == "0"


def test_the_named_words_stay_when_nothing_else_is_asked():
    from assistant.retrieve.hybrid import searched_terms
    index = _index(["今年的政府工作报告很长", "乙县的大棚"])
    assert searched_terms("今年的政府工作报告？", index)  # nothing else to rank by
    assert "报告" in searched_terms("丁公司发布了什么报告？", index)  # the report asked, not where the fact stands
