"""A question saying its sources disagree and asking each one's figure, where the two figures are
of different measures of one thing (this year's target, the total): both are quoted, each
sentence saying which (answer/measure_pairs.py). Made-up sentences, no model."""

from __future__ import annotations

from support import made_hits

from assistant.answer import measure_pairs
from assistant.query.question import analyse

PLAN = "完善落实配套机制，清单化破解青禾光伏制氢一体化项目建设中各类问题，确保年内完成投资30亿元以上。"
INTERVIEW = "全力推进白鹭集团总投资42亿元的青禾光伏制氢一体化项目落地，力争项目建设保持全市前列。"


def _shown(question: str, *texts: str) -> list[str]:
    parts = measure_pairs.pairs(analyse(question), made_hits(*texts))
    return [p.sentence.text for p in parts]


def test_both_measures_are_quoted_for_a_disputed_question():
    found = _shown("青禾光伏制氢一体化项目的投资数字，报告和县长的说法对不上，各给的是多少？", PLAN, INTERVIEW)
    assert sorted(found) == sorted([PLAN, INTERVIEW])
    found = _shown("核稿时发现青禾光伏制氢一体化项目前后数字打架：今年投进去多少，总共投多少？", PLAN, INTERVIEW)
    assert len(found) == 2


def test_a_question_not_saying_its_sources_disagree_is_answered_as_usual():
    assert _shown("青禾光伏制氢一体化项目的投资是多少？", PLAN, INTERVIEW) == []


def test_one_source_or_another_thing_gives_no_pair():
    question = "青禾光伏制氢一体化项目的投资数字，报告和县长的说法对不上，各给的是多少？"
    # the same source twice
    assert measure_pairs.pairs(analyse(question), made_hits(PLAN + INTERVIEW)) == []
    # the other sentence is of another project
    other = "全力推进白鹭集团总投资42亿元的红枫冷链物流园项目落地。"
    assert _shown(question, PLAN, other) == []


def test_two_pieces_named_and_each_ones_amount_asked():
    # the measure asked as an amount (投资额, 投资数): the clauses write the activity (完成投资, 总投资)
    found = _shown("同一个青禾光伏制氢一体化项目，市里的报告和县长的采访给出的投资额分别是多少？", PLAN, INTERVIEW)
    assert sorted(found) == sorted([PLAN, INTERVIEW])
    found = _shown("青禾光伏制氢一体化项目，我在报告和访谈里看到两个不一样的投资数，分别是多少钱？", PLAN, INTERVIEW)
    assert len(found) == 2
    # an amount of another activity names no figure here
    assert _shown("同一个青禾光伏制氢一体化项目，市里的报告和县长的采访给出的销售额分别是多少？", PLAN, INTERVIEW) == []


def test_an_amount_noun_stands_for_its_activity():
    assert measure_pairs._measured("投资额", "确保年内完成投资") == "投资"
    assert measure_pairs._measured("投资", "确保年内完成投资") == "投资"
    assert measure_pairs._measured("销售额", "确保年内完成投资") == ""
    assert measure_pairs._measured("额", "金额") == "额"  # the term itself


def test_a_sentence_of_another_places_article_is_not_one_of_the_two():
    question = "想引用青禾县那场白鹭产业大会拿下的签约金额，两篇报道一篇写得多一篇写得少，分别是多少亿？"
    ours = "青禾县成功举办白鹭产业发展大会，签约项目34个，签约额25.4亿元。"
    other = "今年上半年，红枫市成功举办首届城市产业大会，集中签约15个项目，签约额突破20亿元。"
    assert _shown(question, ours, other) == []
    again = "成功举办青禾县白鹭产业发展大会，签约额达16亿元。"
    assert sorted(_shown(question, ours, again)) == sorted([ours, again])
    # the thing named as the question names it (白鹭产业大会) keeps another place's sentence one of the two
    other_place = "红枫市成功举办白鹭产业大会，签约额达16亿元。"
    assert sorted(_shown(question, ours, other_place)) == sorted([ours, other_place])


def test_the_thing_named_by_words_the_dictionary_lacks_and_a_speaker_s_post_is_no_subject():
    plan = "健全项目推进机制，逐项化解白楹风电碳氨醇示范工程建设中的堵点，确保全年完成投资30亿元以上。"
    interview = "加快推进白楹集团总投资42亿元的风电碳氨醇示范工程落地，力争开工进度走在全市前面。"
    # 青溪县长 names who said it: the city's report, of another place, is still one of the two
    found = _shown("审稿时看到白楹那个碳氨醇工程两处数字对不上：市里要它今年投入多少，青溪县长却讲它一共投多少？",
                   plan, interview)
    assert sorted(found) == sorted([plan, interview])
    assert measure_pairs._without_posts(analyse("规划和青溪县长讲的有出入，各是多少钱？")).places == ()
    q = analyse("青溪县的投资数字对不上，各是多少？")
    assert q.places and measure_pairs._without_posts(q) is q  # the place of the thing stays
