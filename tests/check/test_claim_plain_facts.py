"""Plain factual claims without a figure: what a named thing is (“某米”曾是宫廷贡米), what a
product named in Latin letters does (XR-7发动机匹配CVT变速箱), and negations counted clause by
clause. Made-up sentences, no model."""

from __future__ import annotations

import pytest
from support import flat_idf, made_hits

from assistant.check import draft, slots
from assistant.check.claims import check


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


@pytest.mark.parametrize("sentence,expected", [
    ("“青山香米”在清代曾是宫廷贡米。", "event"),  # a named thing, 是, a noun: what it is
    ("新款XR7的发动机匹配的是CVT变速箱。", "event"),  # named in Latin letters
    ("这是一份务实的报告。", "framing"),  # names nothing
    ("新时代是一个呼唤人才的时代。", "framing"),  # no name before 是
    ("青山县是个好地方，值得一去。", "opinion"),
])
def test_a_named_thing_said_to_be_something_is_checkable(sentence, expected):
    assert draft.reason(sentence) == expected


def test_what_a_named_thing_was_is_checked_against_its_source():
    source = "据悉，“青山香米”是清代的宫廷贡米，在当地有300多年的种植历史。"
    assert verdict("“青山香米”在清代曾是宫廷贡米。", source) == "supported"
    source = "其中，XR7的发动机最大功率为138千瓦，匹配CVT变速箱。"
    assert verdict("XR7的发动机匹配的是CVT变速箱。", source) == "supported"


def test_two_denials_in_two_clauses_are_no_double_negation():
    source = "青山科技并不打算与大厂竞争，其模式并非为每家公司代工，而是只服务于少数客户。"
    assert verdict("青山科技并不打算与大厂竞争，其模式并非为每家公司代工。", source) == "supported"
    assert verdict("青山科技打算与大厂竞争，其模式并非为每家公司代工。", source) == "refuted"


def test_a_year_in_a_model_name_refutes_no_year_of_the_claim():
    assert slots.model_years("推出了星辰 Pro 16 2023笔记本，搭载RTX 2060显卡") == {"2023", "2060"}
    assert slots.model_years("2023梅花鹿产业大会，2023年上半年") == set()
    source = "今年五月，青山科技推出了星辰 Pro 16 2023笔记本。"
    assert verdict("2022年五月，青山科技推出星辰 Pro 16笔记本。", source) == "not_enough_info"
    # a year written with 年 still refutes
    assert verdict("2022年五月，青山科技推出星辰笔记本。", "2023年五月，青山科技推出了星辰笔记本。") == "refuted"
