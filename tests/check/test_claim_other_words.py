"""A figure claim's other words must be met by the sentence's article: a thing, company or
place changed in one word is not supported by the same sentence, nor decided by another
article's figure; a change the other way (增长 against 下降) is refuted, not supported
(check/claim_words.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claim_words import direction, opposite
from assistant.check.claims import check
from assistant.text import quantities


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


SHIP = "据报道，货轮上共有2857辆汽车，起火原因仍在调查。"
SALES = "报告显示，今年第二季度，星河集团的营收达到372.19亿欧元，同比增长7.0%。"
PHONES = "二季度，美国安卓手机出货量同比下降38%。"


def test_the_claim_as_its_source_says_it_stays_supported():
    assert verdict("货轮上一共有2857辆汽车。", SHIP) == "supported"
    assert verdict("今年第二季度，星河集团的营收约372亿欧元。", SALES) == "supported"  # 约 is no word of its own
    assert verdict("二季度美国安卓手机出货量同比下降近四成。", PHONES) == "supported"


def test_a_thing_changed_in_one_word_is_not_supported():
    assert verdict("码头上一共有2857辆汽车。", SHIP) != "supported"
    assert verdict("今年第二季度，星河集团的关税约372亿欧元。", SALES) != "supported"


def test_a_change_the_other_way_is_refuted():
    assert verdict("二季度美国安卓手机出货量同比增长近四成。", PHONES) == "refuted"
    assert verdict("两原油期货跌幅均逾2%。", "两原油期货涨幅均超过2%。") != "supported"


def test_direction_is_read_next_to_the_figure():
    def d(text: str) -> int:
        return direction(text, quantities.find_quantities(text)[-1])

    assert d("出货量同比下降38%") == -1
    assert d("数字娱乐的净销售额实现了16.4%的增长") == 1
    assert d("规模以上工业增加值为3.4%") == 0  # 增加值 is a measure, not a rise
    assert d("增速回落至5%") == 0  # the level reached
    claim, source = "净利润增加94%", "净利润同比下降94%"
    assert opposite(claim, quantities.find_quantities(claim)[0], source, quantities.find_quantities(source)[0])


def test_a_measure_suffix_needs_no_match():
    assert verdict("2022年星河公司出口额同比增长39%。", "2022年星河公司出口0.39亿元、同比增长39%。") == "supported"


def test_a_change_the_other_way_says_which_way_the_source_has_it():
    found = check("二季度美国安卓手机出货量同比增长38%。", made_hits(PHONES), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("下降38%",)
