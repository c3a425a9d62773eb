"""A claim written as the source writes it but for one term swapped for another of the same kind
(an opposite character inside a word, 盘前/盘后; another quoted name in the same slot) is refuted;
the rest of the claim must agree. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.swapped import opposite_swaps, quoted_swaps


def test_an_opposite_between_the_same_words():
    text = "星河交易所正研究将债券引入盘后协议转让机制。"
    assert opposite_swaps("星河交易所正研究将债券引入盘前协议转让机制。", text) == [
        ("盘前", "盘后", "星河交易所正研究将债券引入盘后协议转让机制。")]
    assert opposite_swaps("星河交易所正研究将债券引入盘后协议转让机制。", text) == []
    # the words around it differ: no swap of this sentence's
    assert opposite_swaps("星河交易所已将股票纳入盘前集合竞价。", text) == []


def test_a_quoted_name_in_the_same_slot():
    text = "把青溪湿地打造成生态旅游融合发展的“星河样板”。"
    assert quoted_swaps("要把青溪湿地打造成生态旅游融合发展的“白鹭样板”。", text)[0][:2] == ("白鹭样板", "星河样板")
    assert quoted_swaps("要把青溪湿地打造成生态旅游融合发展的“星河样板”。", text) == []
    # a quote after other words, or of another length, is another slot
    assert quoted_swaps("青溪湿地被称为“白鹭样板”。", text) == []
    assert quoted_swaps("要把青溪湿地打造成生态旅游融合发展的“白鹭湖样板”。", text) == []


def test_the_swapped_claim_is_refuted_and_the_written_one_supported():
    hits = made_hits("星河交易所表示，将研究将债券引入盘后协议转让机制，并降低申报数量要求。")
    found = check("星河交易所将研究将债券引入盘前协议转让机制。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("盘后",) and found.claimed == ("盘前",)
    assert check("星河交易所将研究将债券引入盘后协议转让机制。", hits, flat_idf, 0.43).verdict == "supported"


def test_the_rest_of_the_claim_must_agree():
    hits = made_hits("星河交易所表示，将研究将债券引入盘后协议转让机制，并降低申报数量要求。")
    # another body too: the swapped claim is not supported by the sentence, so no refutation by it
    found = check("白鹭银行将研究将债券引入盘前协议转让机制。", hits, flat_idf, 0.43)
    assert found.verdict == "not_enough_info"


def test_a_sentence_writing_the_claim_whole_wins_over_the_swap():
    hits = made_hits("青溪县将开通至星河的上行列车。", "青溪县将开通至星河的下行列车和上行列车。")
    assert check("青溪县将开通至星河的上行列车。", hits, flat_idf, 0.43).verdict == "supported"


def test_two_quoted_terms_of_one_sentence_trade_slots():
    # the sentence quotes both names, each with its own predicate: the claim pairing one with the other's is swapped
    text = "全面学习“三个坚持”的深刻内涵，牢牢把握“四项原则”，切实做到“五个务必”。"
    assert quoted_swaps("全面学习“五个务必”的深刻内涵。", text)[0][:2] == ("五个务必", "三个坚持")
    assert quoted_swaps("全面学习“三个坚持”的深刻内涵。", text) == []
    assert quoted_swaps("切实做到“五个务必”。", text) == []
    # two names of one clause may be a list: no swap
    listed = "切实增强“四项原则”“三个坚持”，全面学习“五个务必”。"
    assert quoted_swaps("切实增强“三个坚持”。", listed) == []


def test_a_claim_pairing_a_quoted_term_with_another_predicate_is_refuted():
    hits = made_hits("我们要全面学习“三个坚持”的深刻内涵，牢牢把握“四项原则”，切实做到“五个务必”。")
    found = check("报告要求全面学习“五个务必”的深刻内涵。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("三个坚持",)
    assert check("报告要求全面学习“三个坚持”的深刻内涵。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("报告要求切实做到“五个务必”。", hits, flat_idf, 0.43).verdict == "supported"
