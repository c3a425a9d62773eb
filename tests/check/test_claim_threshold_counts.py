"""A count of things above a value (亿元以上项目) is decided only by a figure whose clause writes the same
threshold; a count of the plain things is of another set. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.qualified import threshold, writes_threshold
from assistant.text import quantities


def test_the_threshold_right_after_the_count():
    claim = "青溪县去年引进6个亿元以上项目。"
    f = next(g for g in quantities.find_quantities(claim) if g.text.startswith("6"))
    assert threshold(claim, f) == "亿元以上"
    plain = "青溪县去年引进6个项目。"
    assert threshold(plain, next(iter(quantities.find_quantities(plain)))) == ""
    text = "全年实施45个重点项目，引进亿元以上项目6个。"
    figs = {g.text: g for g in quantities.find_quantities(text)}
    assert writes_threshold(text, figs["6个"], "亿元以上") and not writes_threshold(text, figs["45个"], "亿元以上")


def test_a_count_of_the_plain_things_decides_nothing():
    hits = made_hits("青溪县去年高质量实施45个年度重点项目，推动项目早日投产。")
    assert check("青溪县去年共引进6个亿元以上项目。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_count_of_the_same_threshold_decides():
    hits = made_hits("青溪县去年开展靶向招商，引进亿元以上项目6个。")
    assert check("青溪县去年共引进6个亿元以上项目。", hits, flat_idf, 0.43).verdict == "supported"
    assert check("青溪县去年共引进9个亿元以上项目。", hits, flat_idf, 0.43).verdict == "refuted"
