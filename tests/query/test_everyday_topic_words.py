"""A question in everyday words reaches the sentence that names its indicator the report's way
(session 44, s1): standard abbreviations of indicators spelled out (text/abbreviations.py), an
economy's growth read as its 地区生产总值's, a measure written by its total (工业总产值), and the
asker's own words (想, 打算, 定在, 做到, 它, 这个, 报告里) no topic. Made-up sentences."""

from __future__ import annotations

from assistant.answer import figure_kind, measure_nature
from assistant.query.question import analyse
from assistant.text import abbreviations, asked_numbers, paraphrases, words
from support import flat_coverage


def _why(question: str, text: str) -> list[str]:
    q = analyse(question)
    return [figure_kind.disagreement(q, text, f, "") for f in asked_numbers.figures(q.text, text)]


def test_standard_abbreviations_are_spelled_out():
    assert abbreviations.spelled_out("某县去年固投增长了多少") == "某县去年固定资产投资增长了多少"
    assert abbreviations.spelled_out("某区社零额是多少") == "某区社会消费品零售额是多少"
    assert abbreviations.spelled_out("某市社零总额增速") == "某市社会消费品零售总额增速"
    assert abbreviations.spelled_out("某县粮食产量是多少") == "某县粮食产量是多少"
    q = analyse("某县今年固投增速预期是多少？")
    assert "固投" not in q.terms and {"固定资产", "投资"} <= set(q.terms)
    assert flat_coverage("某县今年固投增速是多少？", "某县固定资产投资增长7%左右") == 1.0


def test_an_economy_growth_is_its_output_growth():
    assert "地区生产总值" in paraphrases.in_context("经济", "某市今年经济增速目标是多少")
    assert "GDP" in paraphrases.in_context("经济", "某市经济总量有多大")
    # 经济 of another phrase is no output
    assert paraphrases.in_context("经济", "某市民营经济有多少户") == ()
    assert flat_coverage("某市今年经济增速目标是多少？", "某市地区生产总值增长6%左右") == 1.0
    assert _why("某市今年的经济增速目标定在多少？", "全年地区生产总值增长6%左右") == [""]
    # jieba keeps 经济总量 as one word: read whole, it is the output's size too
    assert "地区生产总值" in paraphrases.in_context("经济总量", "某区去年经济总量做到多少")
    assert _why("某区去年经济总量做到多少？", "全区地区生产总值完成50亿元") == [""]
    assert _why("某区去年经济总量做到多少？", "全区固定资产投资完成50亿元") != [""]


def test_a_measure_is_written_by_its_total():
    assert words.total_form("农机产值") == "农机总产值"
    assert words.total_form("产值") == "" and words.total_form("工业总产值") == ""
    assert words.writes("农机产值", "全县农机总产值完成5.2亿元")
    assert not words.writes("农机产值", "全县农业总产值完成5.2亿元")
    assert _why("某区去年工业产值是多少？", "全区工业总产值完成5.2亿元")[0] == ""
    # another total is still another measure
    assert _why("某区去年工业产值是多少？", "全区农业总产值完成5.2亿元")[0] != ""


def test_the_askers_own_words_are_no_topic():
    terms = analyse("县里想把它做到多大规模？").terms
    assert not {"想", "它", "做到"} & set(terms)
    assert "这个" not in analyse("这个园区有多少家企业？").terms


def test_an_aim_asked_in_everyday_words_is_a_target():
    reached = "目前，全县茶叶产量达到3万吨"
    assert measure_nature.standing_disagreement(analyse("某县想在今年把茶叶产量提高到多少？"), reached)
    assert measure_nature.standing_disagreement(analyse("某县今年打算把茶叶产量提高到多少？"), reached)
    assert not measure_nature.standing_disagreement(analyse("某县想在今年把茶叶产量提高到多少？"), "今年力争茶叶产量达到4万吨")
    # 理想, 思想: no aim of the asker's
    assert not measure_nature.TARGET_ASKED.search("某县理想在哪里")


def test_a_modal_glued_to_its_verb_is_the_verb():
    assert "种" in analyse("某县今年要种多少亩玉米？").terms and "要种" not in analyse("某县今年要种多少亩玉米？").terms
    q = analyse("某区企业数量要冲到多少家？")
    assert "要冲" not in q.terms and q.head != "要冲"
    assert "卖" in analyse("这款手机能卖多少台？").terms
    # the dictionary's 要冲 (a strategic pass) stays a word where no 到 follows
    assert "要冲" in analyse("某县的交通要冲有哪些？").terms


def test_a_disputed_questions_frame_word_is_not_split_into_characters():
    from assistant.answer.unseen_words import parts
    from assistant.query.question import analyse

    q = analyse("青溪县粮食产量是多少？文中出现了两个数，各是多少？")
    assert parts("出现", q, lambda term: True) == ("出现",)
    plain = analyse("青溪县出现了多少例病例？")
    assert parts("出现", plain, lambda term: True) != ("出现",)
