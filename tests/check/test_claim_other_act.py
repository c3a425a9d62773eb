"""A supported claim whose act its sentence does not write: reworded (kept) or another act (left
not_enough_info), read by how near the claim stays with the sentence's verb put in (other_act.py).
Made-up text; a stand-in encoder, and the real e5 model in the last test."""

from __future__ import annotations

import math

import pytest

from support import flat_idf, made_hits

from assistant.check import other_act
from assistant.check.claims import check

ARTICLE = "云岭县今年新增路灯300盏，财政投入资金1.2亿元用于道路改造。"


class NearWhenSame:
    """Texts in `same` read as the claim itself; any other text a little off (cosine 0.9)."""

    def __init__(self, same: set[str]):
        self.same = same

    def embed_queries(self, texts):
        off = [0.9, math.sqrt(1 - 0.81)]
        return [[1.0, 0.0] if i == 0 or t in self.same else off for i, t in enumerate(texts)]


def test_an_act_the_sentences_write_or_one_of_its_group_is_no_act_to_read():
    assert other_act.acts("云岭县今年新增路灯300盏。", ARTICLE) == []
    assert other_act.acts("云岭县今年新建路灯300盏。", ARTICLE) == []  # 新建/新增: one group (action_words)
    assert other_act.acts("云岭县今年拆除路灯300盏。", ARTICLE) == ["拆除"]


def test_another_act_is_changed_and_a_rewording_is_not():
    claim = "云岭县今年拆除路灯300盏。"
    assert other_act.changed(claim, [ARTICLE], ARTICLE, NearWhenSame(set())) == "拆除"
    reworded = "财政花费资金1.2亿元用于道路改造。"
    near = NearWhenSame({reworded.replace("花费", "投入")})
    assert other_act.changed(reworded, [ARTICLE], ARTICLE, near) == ""


def test_a_supported_claim_with_another_act_is_left_undecided():
    hits = made_hits(ARTICLE)
    claim = "云岭县今年拆除路灯300盏。"
    assert check(claim, hits, flat_idf, 0.43).verdict == "supported"  # the figure checks read no act
    found = check(claim, hits, flat_idf, 0.43, embed=NearWhenSame(set()))
    assert found.verdict == "not_enough_info" and "拆除" in found.text and not found.citations
    kept = check("云岭县今年新增路灯300盏。", hits, flat_idf, 0.43, embed=NearWhenSame(set()))
    assert kept.verdict == "supported"


@pytest.mark.slow
def test_the_real_encoder_leaves_an_undone_act_and_keeps_a_near_one(seeded):
    # the e5 model itself: pulling down or switching off the lamps is not the sentence's act of adding
    # them; putting them up is near enough to keep the support
    e5 = seeded.embedder
    assert other_act.changed("云岭县今年拆除路灯300盏。", [ARTICLE], ARTICLE, e5) == "拆除"
    assert other_act.changed("云岭县今年关闭路灯300盏。", [ARTICLE], ARTICLE, e5) == "关闭"
    assert other_act.changed("云岭县今年安装路灯300盏。", [ARTICLE], ARTICLE, e5) == ""
