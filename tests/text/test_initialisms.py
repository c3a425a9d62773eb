"""A compound a question writes in full (农村厕所, 科技创新) is held by the sentence's shortened form of
it, the first character of each word (农厕, 科创): text/abbreviations.initialisms; made-up sentences."""

from __future__ import annotations

from support import figure_picks, flat_coverage, flat_weights

from assistant.text import abbreviations


def test_each_word_of_a_compound_is_held_by_its_initials():
    q = "青溪县今年农村厕所要改造多少户？"
    assert "农厕" in abbreviations.initialisms("农村", q) and "农厕" in abbreviations.initialisms("厕所", q)
    assert "文旅" in abbreviations.initialisms("旅游", "青溪县文化旅游收入是多少？")
    assert "工企" in abbreviations.initialisms("企业", "青溪县工业企业利润是多少？")


def test_a_verb_beside_its_object_or_a_name_forms_no_compound():
    assert abbreviations.initialisms("形容", "甲局长把亚太地区形容为什么？") == ()
    assert abbreviations.initialisms("改造", "青溪县改造农村厕所多少户？") == ()


def test_a_form_that_is_a_word_of_its_own_is_no_shortening():
    # 政工 (political work) is a word, not 政府工作; a word beside a particle forms no compound
    assert "政工" not in abbreviations.initialisms("政府", "青溪县政府工作报告提出了什么？")
    assert abbreviations.initialisms("厕所", "青溪县的厕所有多少座？") == ()


def test_a_sentence_writing_the_short_form_supports_the_question():
    q = "青溪县今年农村厕所要改造多少户？"
    assert flat_coverage(q, "青溪县今年改造农厕800户。") > flat_coverage(q, "青溪县今年改造危房800户。")
    picks = figure_picks(q, "青溪县今年改造农厕800户，新建村庄道路20公里。")
    assert picks["800户"].factors["local"] > 0.75 and picks["800户"].factors["adjacent"] == 1.0


def test_the_short_form_is_held_only_where_the_compound_is_asked():
    # 农厕 in the sentence holds nothing for a question that writes 农村 beside another word
    q = "青溪县今年农村公路要改造多少公里？"
    assert abbreviations.initialisms("农村", q) == ()
    assert flat_coverage(q, "青溪县今年改造农厕800户。") == flat_coverage(q, "青溪县今年改造危房800户。")


def test_a_frame_word_with_a_short_form_stays_the_question_s_frame():
    # 报告 of 政府工作报告 is the frame (no sentence of the report writes it) though 工报 is a spelling of it
    weights = flat_weights("政府工作报告里说青溪县今年要新建多少座桥？")
    assert any(g[:2] == ("报告", "工报") for g in weights.optional)


def test_a_compound_is_also_shortened_to_the_head_of_each_noun():
    # 大棚温室 -> 棚室: 大棚's 棚 and 温室's 室, as 农村厕所 -> 农厕 keeps the first of each
    q = "青溪县今年要新盖多少亩大棚温室？"
    assert "棚室" in abbreviations.initialisms("大棚", q) and "棚室" in abbreviations.initialisms("温室", q)
    assert flat_coverage(q, "青溪县新建棚室500亩。") > flat_coverage(q, "青溪县新建厂房500亩。")
    picks = figure_picks(q, "青溪县新建棚室500亩，改造农田2万亩。")
    assert picks["500亩"].score > 0 and picks["500亩"].factors["veto"] == 0.0


def test_a_short_form_is_held_only_as_a_word_of_the_sentence():
    # 金材 of 铝合金材料 is no 冶金建材: two characters inside the sentence's longer words
    q = "青溪县今年冶金建材产值是多少？"
    assert "金材" in abbreviations.initialisms("冶金", q)
    assert not abbreviations.written(abbreviations.initialisms("冶金", q)[-1], "打造铝合金材料及深加工。")
    assert abbreviations.written(abbreviations.ShortForm("农厕"), "青溪县今年改造农厕800户。")
    assert flat_coverage(q, "打造铝合金材料及深加工。") == flat_coverage(q, "打造钢铁制品及深加工。")
