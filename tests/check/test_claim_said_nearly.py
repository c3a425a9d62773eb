"""A figure claim paraphrasing one sentence (check/said_nearly.py): the sentence writes the claim's
figure and nearly all its words, so it supports the claim; it never refutes, and another place,
another latin name, another figure of the claim's clause, a comparison or an as near sentence with
another figure leave the claim to the other checks. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check import draft, said_nearly
from assistant.check.claims import check


def _near(claim: str, *sources: str, figure: str = "", idf=flat_idf):
    c = next(c for c in draft.claims_of(claim, 0, len(claim)) if c.kind == "figure" and figure in c.figure.text)
    return said_nearly.decide(c, made_hits(*sources), idf)


def test_coverage_weighs_words_by_rarity():
    idf = {"竹编": 8.0, "技艺": 4.0, "传承人": 4.0}.get
    assert said_nearly.coverage({"竹编", "技艺", "传承人"}, "竹编技艺", idf) == (0.75, True)
    assert said_nearly.coverage({"竹编", "技艺", "传承人"}, "技艺传承人", idf) == (0.5, False)


def test_the_name_after_the_figure_supports():
    source = "今年58岁的林秋生，是竹编技艺第五代传承人。"
    found = _near("林秋生今年58岁，是竹编技艺的第五代传承人。", source)
    assert found is not None and found.verdict == "supported"
    assert check("林秋生今年58岁，是竹编技艺的第五代传承人。", made_hits(source), flat_idf, 0.43).verdict == "supported"


def test_another_figure_is_no_support_and_no_refutation_of_its_own():
    source = "今年58岁的林秋生，是竹编技艺第五代传承人。"
    assert _near("林秋生今年59岁，是竹编技艺的第五代传承人。", source) is None


def test_a_verb_paraphrased_supports():
    source = "青溪县先后收集解决用水、用电、用地等要素难题300余个。"
    found = _near("青溪县先后收集解决了用水、用电、用地等方面的要素难题300余个。", source)
    assert found is not None and found.verdict == "supported"


def test_another_place_or_latin_name_is_another_subject():
    assert _near("白沙县先后收集解决了用水、用电、用地等方面的要素难题300余个。",
                 "青溪县先后收集解决用水、用电、用地等要素难题300余个。") is None
    assert _near("星河Q7显卡的售价起步价为8万元。", "星河K5显卡的售价起步价为8万元，加价幅度难以预测。") is None


def test_the_claims_other_figure_must_be_written():
    # the speakers of a 17英寸 screen are not those of the claim's 15英寸 one
    claim = "云帆S9的15英寸副驾屏配有2个扬声器。"
    assert _near(claim, "云帆S9的17英寸副驾屏配有2个扬声器，支持无线充电。", figure="2个") is None
    assert _near(claim, "云帆S9的15英寸副驾屏配有2个扬声器，支持无线充电。", figure="2个") is not None


def test_a_comparison_is_left_to_the_figure_check():
    # the sentence writes the words the claim weighs most, and compares the other way
    idf = lambda w: 1.0 if w in ("略", "高", "一些") else 5.0  # noqa: E731
    claim = "测试中，云帆S9的百公里电耗比白鹭S3略高一些。"
    assert _near(claim, "测试中，云帆S9的百公里电耗与白鹭S3相比并无差距。", idf=idf) is None


def test_an_as_near_sentence_with_another_figure_leaves_it_open():
    assert _near("青溪县先后收集解决了用水、用电、用地等方面的要素难题300余个。",
                 "青溪县先后收集解决用水、用电、用地等要素难题300余个。",
                 "青溪县先后收集解决了用水、用电、用地等方面的要素难题500余个。") is None


def test_a_figure_the_source_denies_supports_nothing():
    assert _near("青溪县今年新增了300余个要素难题的解决方案。", "青溪县今年没有新增300余个要素难题的解决方案。") is None


def test_a_count_added_is_one_reading_however_written():
    # 再增加15家 and 新增…15家 both count the ones added
    source = "加快培育新型经营主体，力争新增市级以上家庭农场示范场15家、合作社示范社8家。"
    found = _near("市级以上家庭农场示范场今年要再增加15家。", source)
    assert found is not None and found.verdict == "supported"
    # a level reached (增加到15家) is not the 15 added
    assert _near("市级以上家庭农场示范场今年要增加到15家。", source) is None


def test_a_verb_jieba_reads_as_a_place_before_a_count_is_no_place():
    # 新建 is tagged a place (a district's short name); right before a count it is the verb,
    # and 新增 of its action group is written for it
    source = "完善养老服务体系，新增3个社区日间照料中心、5处老年助餐点。"
    found = _near("今年要在社区新建3个日间照料中心。", source)
    assert found is not None and found.verdict == "supported"
    assert said_nearly._places("今年要在社区新建3个日间照料中心。", ("新建",)) == ()
    assert said_nearly._places("青溪县新建3个日间照料中心。", ("青溪县", "新建")) == ("青溪县",)
    # a county's bare name before a count is no action: it stays the claim's place
    assert said_nearly._places("青溪3个日间照料中心投入使用。", ("青溪",)) == ("青溪",)


def test_the_sentence_writing_the_words_itself_is_nearer_than_its_neighbours():
    # both sentences follow a heading that writes every word; only one writes them itself
    hits = made_hits("养老服务：完善日间照料体系。新增3个社区日间照料中心。新增普惠性学位600个。")
    c = next(c for c in draft.claims_of("今年新建3个社区日间照料中心。", 0, 15) if c.kind == "figure")
    found = said_nearly.decide(c, hits, flat_idf)
    assert found is not None and "日间照料中心" in found.parts[0].sentence.text
