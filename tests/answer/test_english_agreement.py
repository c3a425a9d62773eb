"""English questions over Chinese passages (answer/english.py): a pinyin name found in the
passages' own text, and the support of a figure answer three scorers agree on. Made-up
sentences and a made-up encoder; the real model end to end in test_english_end_to_end.py."""

from __future__ import annotations

from assistant.answer import english, evidence, subject
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk

TEXT = "2019年，柳家村村委会向新落户人员收取每人800元的管理费。此后该村共收取费用31万余元。全县新建道路4公里。"


def _hits(text: str = TEXT) -> list[Hit]:
    return [Hit(made_chunk(text, "某县通报", source="made/news.txt"), 1.0)]


def _question():
    q = analyse("How much did Liujia village charge each new resident?")
    q.names = (("Liujia", ()),)  # no word of the index spells it: jieba cut 柳|家村
    return q


def test_a_pinyin_name_is_found_as_a_run_of_characters_in_the_passage():
    assert english.pinyin_runs("Liujia", [TEXT]) == ("柳家",)
    assert english.pinyin_runs("Zhangjia", [TEXT]) == ()
    assert english.pinyin_runs("Xian", [TEXT]) == ()  # 县: one syllable is no name
    assert english.pinyin_runs("Cun", [TEXT]) == ()  # too short to match by chance


def test_a_name_the_index_did_not_reach_lets_its_passage_agree_and_stays_required():
    q = _question()
    sentences = evidence.sentences_of(_hits())
    assert not subject.agreeing(q, evidence.score_sentences(q, sentences, lambda t: 1.0))
    found = english.names_in_passages(q, _hits())
    assert found.names == (("Liujia", ("柳家",)),)
    assert ("柳家",) in found.groups
    assert subject.agreeing(found, evidence.score_sentences(found, sentences, lambda t: 1.0))
    # a passage about another village: the name is still a hard requirement
    other = _hits(TEXT.replace("柳家村", "王庄村"))
    assert english.names_in_passages(q, other).names == q.names
    assert not subject.agreeing(q, evidence.score_sentences(q, evidence.sentences_of(other), lambda t: 1.0))


def _ranked(probabilities: dict[str, float]) -> list[evidence.Scored]:
    sentences = {s.text: s for s in evidence.sentences_of(_hits())}
    out = [evidence.Scored(sentences[next(t for t in sentences if key in t)], p, 1.0) for key, p in probabilities.items()]
    return sorted(out, key=lambda s: -s.score)


def _closest(key: str):
    return lambda texts: [0.83 if key in t else 0.79 for t in texts]


def test_a_figure_answer_three_scorers_agree_on_is_taken_at_the_agreed_support():
    q = analyse("How much did Liujia village charge each new resident?")
    assert q.kind == "quantity"
    ranked = _ranked({"800元": 0.05, "31万": 0.01, "4公里": 0.005})
    fee = ranked[0].sentence
    agreed = english.agreed_support(q, 0.25, fee, "收取每人800元的管理费", ranked, _closest("800元"))
    assert agreed == english.AGREED_SUPPORT
    # any one scorer disagreeing leaves the rules' support as it was
    assert english.agreed_support(q, 0.25, fee, "收取每人800元的管理费", ranked, _closest("31万")) == 0.25
    other_first = _ranked({"800元": 0.01, "31万": 0.05})
    assert english.agreed_support(q, 0.25, fee, "收取每人800元的管理费", other_first, _closest("800元")) == 0.25
    unsure = _ranked({"800元": english.SELECTOR_AGREES / 2, "31万": 0.001})
    assert english.agreed_support(q, 0.25, fee, "收取每人800元的管理费", unsure, _closest("800元")) == 0.25
    # the rules' unit check stays a veto: the cut clause must hold a figure in the unit asked
    km = analyse("How many kilometres of roads did the county build?")
    road = next(s.sentence for s in ranked if "4公里" in s.sentence.text)
    roads = _ranked({"4公里": 0.05, "800元": 0.01})
    assert english.agreed_support(km, 0.25, road, "全县新建道路4公里", roads, _closest("4公里")) == english.AGREED_SUPPORT
    assert english.agreed_support(km, 0.25, road, "全县新建道路", roads, _closest("4公里")) == 0.25
    # a person question is not raised (no figure to check)
    who = analyse("Who heads Liujia village?")
    assert english.agreed_support(who, 0.25, fee, "收取每人800元的管理费", ranked, _closest("800元")) == 0.25


def test_square_kilometres_ask_for_an_area_not_a_length():
    assert analyse("How many square kilometres of soil erosion will the county treat?").unit == "平方公里"
    assert analyse("How many kilometres of roads did the county build?").unit == "公里"


def test_a_vetoed_figure_is_not_raised_to_the_agreed_support():
    q = analyse("How much did Liujia village charge each new resident?")
    ranked = _ranked({"800元": 0.05, "31万": 0.01})
    fee = ranked[0].sentence
    # support 0: the figure checks vetoed the rules' figure; three scorers agreeing on its
    # sentence do not make the figure the answer
    assert english.agreed_support(q, 0.0, fee, "收取每人800元的管理费", ranked, _closest("800元")) == 0.0


def test_by_how_much_asks_a_difference():
    from assistant.answer import figure_kind
    from assistant.text import quantities

    text = "研究表明，该药将中风的风险降低了20%。"
    cut = quantities.find_quantities(text)[0]
    q = analyse("By how much did the drug reduce the risk of stroke?")
    assert figure_kind.wanted(q) == figure_kind.CHANGE
    assert figure_kind.kind_disagreement(q, text, cut) == ""  # 降低了20% answers it
    # a level asked is still not answered by a change
    level = analyse("What is the risk of stroke?")
    assert figure_kind.wanted(level) == figure_kind.LEVEL
    assert figure_kind.kind_disagreement(level, text, cut)


def _led(probabilities: dict[str, float], rules: dict[str, float]) -> list[evidence.Scored]:
    """The learned scorer's order (probability as score) with the rules' scores in factors."""
    from dataclasses import replace

    return [replace(s, factors={"rules": next(r for k, r in rules.items() if k in s.sentence.text)})
            for s in _ranked(probabilities)]


def test_the_scorers_first_sentence_is_raised_when_it_is_also_the_rules_clear_first():
    ranked = _led({"800元": 0.3, "31万": 0.1, "4公里": 0.05}, {"800元": 0.6, "31万": 0.4, "4公里": 0.2})
    fee = ranked[0].sentence
    assert english.clear_lead(ranked)  # 0.6 >= 1.4 x 0.4
    assert english.led_support(0.3, fee, ranked) == english.AGREED_SUPPORT
    assert english.led_support(0.7, fee, ranked) == 0.7, "a higher support is kept"
    # the rules hesitate: their second is close behind
    close = _led({"800元": 0.3, "31万": 0.1}, {"800元": 0.6, "31万": 0.5})
    assert not english.clear_lead(close) and english.led_support(0.3, fee, close) == 0.3
    # the rules' clear first is another sentence than the scorer's
    other = _led({"800元": 0.3, "31万": 0.1}, {"800元": 0.2, "31万": 0.6})
    assert not english.clear_lead(other) and english.led_support(0.3, fee, other) == 0.3
    # an answer cut from another sentence than the scorer's first is not raised
    assert english.led_support(0.3, ranked[1].sentence, ranked) == 0.3
    # a lone candidate leads nothing
    alone = _led({"800元": 0.3}, {"800元": 0.6})
    assert not english.clear_lead(alone) and english.led_support(0.3, fee, alone) == 0.3


def test_a_zone_report_answers_its_own_citys_zone_only():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    bridge = Bridge(["高新区", "辽源", "辽源市", "梅河口", "梅河口市", "投资", "固定资产"])
    text = "辽源高新区召开会议。全区固定资产投资完成17.3亿元，增长41%。"
    hits = [Hit(made_chunk(text, "辽源高新区：聚力实现新突破", source="made/zone.txt"), 1.0)]
    sentences = evidence.sentences_of(hits)

    def agreeing(question: str) -> list[str]:
        q = english.names_in_passages(with_translation(analyse(question), bridge), hits)
        return [s.sentence.text for s in subject.agreeing(q, evidence.score_sentences(q, sentences, lambda t: 1.0))]

    assert any("17.3亿元" in t for t in agreeing("How much fixed-asset investment did Liaoyuan's high-tech zone complete?")), \
        "全区 of the zone's report is the zone asked"
    assert not agreeing("How much fixed-asset investment did Meihekou's high-tech zone complete?"), \
        "another city's zone: 辽源's report does not answer it"


def test_one_clause_both_scorers_cut_under_the_cut_is_agreed_on_when_the_selector_and_encoder_agree():
    from assistant.answer import english_answers, extractive

    q = analyse("How much did Liujia village charge each new resident?")
    ranked = _ranked({"800元": 0.05, "31万": 0.01, "4公里": 0.005})
    fee = ranked[0].sentence
    at = fee.chunk.text.index("收取每人")

    def draft(sentence, a, b, support):
        return extractive.Draft([extractive.Part(sentence, a, b, support)], support, kind="quantity")

    cut = (fee, at, at + len("收取每人800元的管理费"))
    made = english_answers.same_cut(q, draft(*cut, 0.3), draft(*cut, 0.2), ranked, _closest("800元"))
    assert made.support == english.AGREED_SUPPORT
    # the encoder closest to another sentence, or the selector first on another: the English scorer's support stands
    assert english_answers.same_cut(q, draft(*cut, 0.3), draft(*cut, 0.2), ranked, _closest("31万")).support == 0.3
    other_first = _ranked({"800元": 0.01, "31万": 0.05})
    assert english_answers.same_cut(q, draft(*cut, 0.3), draft(*cut, 0.2), other_first, _closest("800元")).support == 0.3
    # the rules cutting another clause: no agreement
    road = next(s.sentence for s in ranked if "4公里" in s.sentence.text)
    assert english_answers.same_cut(q, draft(*cut, 0.3), draft(road, road.a, road.b, 0.2), ranked, _closest("800元")).support == 0.3


def test_a_full_name_in_pinyin_is_found_in_the_passage_though_jieba_cut_it():
    text = "赵晓飞说，该镇要管好用好“某某”体育基金。"
    assert english.pinyin_runs("Zhao Xiaofei", [text]) == ("赵晓飞",)
    assert english.pinyin_runs("Zhao Xiaofang", [text]) == ()


def test_the_name_of_a_thing_is_answered_only_by_a_sentence_naming_one_in_quotes():
    from assistant.answer import named_things

    q = analyse("What is the name of the sports fund the town set up?")
    assert named_things.names_none(q, "该镇设立了体育基金，用于支持青少年训练。")
    assert not named_things.names_none(q, "该镇设立了“强身健体”体育基金。")
    assert evidence.type_factor(q, "该镇设立了体育基金，用于支持青少年训练。") < 1
    # a person's name, or a question asking none, is not read so
    assert not named_things.names_none(analyse("What is the name of the new mayor?"), "新任市长张三表示。")
    assert not named_things.names_none(analyse("What did the town set up?"), "该镇设立了体育基金。")


def test_a_figure_question_answered_without_a_figure_of_its_own_is_refused():
    from assistant.answer.english_answers import figureless

    q = analyse("What is the total cost of the Route 27 tunnel?")
    assert q.kind == "quantity"
    assert figureless(q, ["27号线隧道工程是本市重点工程"])  # the route's own number is no cost
    assert not figureless(q, ["27号线隧道工程总投资45亿元"])
    q = analyse("What revenue did Nine Rivers Mining report last year?")
    q.names = (("Nine Rivers", ("九河",)),)
    assert figureless(q, ["九河矿业"])  # 九河 read as nine rivers: the name asked, no revenue
    assert not figureless(q, ["九河矿业营收12亿元"])
    assert not figureless(analyse("Where did Maple County rank in output?"), ["枫县排名第三"])  # an ordinal answers
    assert not figureless(analyse("Who heads the Maple County bureau?"), ["局长王某"])  # no figure asked
