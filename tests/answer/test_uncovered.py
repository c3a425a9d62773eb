"""What of a question the shown sentence and its passage do not say (answer/uncovered.py),
on made-up sentences."""

import math

import pytest

from assistant.answer import uncovered
from assistant.query.question import analyse

TOWNS = "苏州拥有15个中国历史文化名镇。"
PASSAGE = TOWNS + "同里古镇今年暑期接待游客120万人次。"


def _columns(question: str, sentence: str, passage: str, idf=None) -> dict:
    q = analyse(question)
    return dict(zip(uncovered.NAMES, uncovered.columns(q.text, q.terms, q.places, sentence, passage, idf)))


def test_a_question_the_sentence_says_all_of_leaves_nothing_uncovered():
    row = _columns("苏州拥有多少个中国历史文化名镇？", TOWNS, PASSAGE)
    assert row == {name: 0.0 for name in uncovered.NAMES}


def test_a_sibling_noun_is_a_near_miss_no_word_of_the_passage_covers():
    row = _columns("苏州拥有多少个中国历史文化名村？", TOWNS, PASSAGE)
    assert row["near_miss"] == 1.0 and row["miss_rarity"] == 1.0
    assert row["miss_time_sentence"] == row["miss_time_passage"] == 0.0
    assert 0.0 < row["miss_share"] < 0.5  # one of five words


def test_a_period_the_passage_never_names():
    summer = "同里古镇今年暑期接待游客120万人次。"
    row = _columns("同里古镇去年暑期接待游客多少人次？", summer, PASSAGE)
    assert row["miss_time_sentence"] == row["miss_time_passage"] == 1.0
    assert row["near_miss"] == 1.0  # 今年 says the sibling period
    # a period said elsewhere in the passage is uncovered by the sentence only
    row = _columns("同里古镇今年暑期接待游客多少人次？", "同里古镇接待游客120万人次。", PASSAGE)
    assert row["miss_time_sentence"] == 1.0 and row["miss_time_passage"] == 0.0


def test_an_ordinal_and_a_place_not_said():
    passage = "第二批国家级示范区共有30个。"
    row = _columns("第三批国家级示范区有多少个？", passage, passage)
    assert row["miss_ordinal"] == 1.0 and row["near_miss"] == 1.0
    row = _columns("杭州市去年接待了多少游客？", "苏州市去年接待游客900万人次。", "苏州市去年接待游客900万人次。")
    assert row["miss_place"] == 1.0 and row["miss_time_passage"] == 0.0


def test_rarity_reads_the_corpus_idf_against_an_unseen_word():
    idf = {"名村": 2.0, "\u0000": 8.0}
    row = _columns("苏州拥有多少个中国历史文化名村？", TOWNS, PASSAGE, lambda w: idf.get(w, 4.0))
    assert row["miss_rarity"] == pytest.approx(0.25)
    assert row["miss_share"] == pytest.approx(2.0 / (4 * 4.0 + 2.0))


@pytest.mark.parametrize("word, text, near", [("名村", "名镇", True), ("第三批", "第二批项目", True),
                                              ("下半年", "今年上半年", True), ("名村", "名村", False),
                                              ("名村", "村民", False), ("去年", "", False)])
def test_near_miss(word, text, near):
    assert uncovered.near_miss(word, text) is near


def test_qualifiers_name_their_kind_once():
    q = analyse("2022年第二批深圳示范区有多少个？")
    found = uncovered.qualifiers(q.text, q.terms, q.places)
    assert ("time", "2022年") in found and ("ordinal", "第二批") in found and ("place", "深圳") in found
    words = [w for _, w in found]
    assert len(words) == len(set(words)) and "第二批" not in [w for k, w in found if k == "term"]
    assert not math.isnan(sum(uncovered.columns(q.text, q.terms, q.places, "", "")))


def test_a_year_in_force_and_a_place_without_its_level_are_said():
    """2024年 asked of a 2024 document's 今年 sentence, 辽源市 of a passage saying 辽源."""
    passage = "辽源今年计划新建高标准农田10万亩。"
    q = analyse("2024年辽源市计划建设高标准农田多少亩？")
    row = dict(zip(uncovered.NAMES, uncovered.columns(q.text, q.terms, q.places, passage, passage, years={"2024"})))
    assert row["miss_time_sentence"] == row["miss_time_passage"] == row["miss_place"] == 0.0
    row = dict(zip(uncovered.NAMES, uncovered.columns(q.text, q.terms, q.places, passage, passage, years={"2023"})))
    assert row["miss_time_sentence"] == row["miss_time_passage"] == 1.0
    row = dict(zip(uncovered.NAMES, uncovered.columns(q.text, q.terms, q.places, passage, passage)))
    assert row["miss_time_passage"] == 0.0  # no year known in force: as the rules' year check, no miss


@pytest.mark.parametrize("question, sentence", [("极氪7月份交付了多少辆车？", "7月交付量达到了12039辆。"),
                                                ("今年前7个月社会融资规模增量累计是多少？", "1-7月社会融资规模增量累计为22.08万亿元。"),
                                                ("高新区今年亿元以上项目有多少个？", "高新区亿元以上项目26个。"),
                                                ("暑假开始以来古运河接待了多少游客？", "暑期以来，古运河接待游客1.5万人次。"),
                                                ("上半年出口增长了多少？", "1-6月出口增长8%。")])
def test_a_period_written_another_way_or_this_years_is_said(question, sentence):
    row = _columns(question, sentence, sentence)
    assert row["miss_time_sentence"] == row["miss_time_passage"] == 0.0
