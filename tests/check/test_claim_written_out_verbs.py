"""A claim's verb may abbreviate what the source writes out (开售 of 开始销售, 要到 of 要等到): its
characters in order over a short run of words all tagged verbs. A place name holding the characters
(上海市 holds 上…市) is no such act. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claim_words import written_out_verb
from assistant.check.claims import check


def test_a_verb_written_out_over_verbs():
    assert written_out_verb("开售", "新机将于9月3日开始销售")
    assert written_out_verb("要到", "新片可能要等到明年才能上映")


def test_no_verb_read_out_of_a_place_name_or_a_noun():
    assert not written_out_verb("上市", "公司在上海市设立了总部")
    assert not written_out_verb("开售", "门店的售价为99元")


def test_a_claim_with_the_abbreviated_verb_is_supported():
    hits = made_hits("青禾X5手机在泰国的售价为9999泰铢，将于9月3日开始销售。")
    assert check("青禾X5手机在泰国将于9月3日开售。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("青禾X5手机在泰国将于9月5日开售。", hits, flat_idf, 0.43).verdict == "refuted"
