"""English who-said questions (Who said that…, Which deputy said…): read as asking a speaker,
answered by the attribution before what was said (also in the passage before), and an
English who question whose answer names no one is refused (answer/english_answers.py)."""

import pytest
from support import drafted_text, made_chunk

from assistant.answer import english_answers, evidence, roles, speakers
from assistant.answer.extractive import Draft, make_part
from assistant.query.english_question import english_head
from assistant.query.question import analyse
from assistant.records import Hit


@pytest.mark.parametrize("question,asks", [
    ("Who said the county would build a new riverside park?", True),
    ("Which deputy said that the report was objective and comprehensive?", True),
    ("Which expert stressed that house prices would stay stable?", True),
    ("Which company said it would cut prices?", False),  # a company is no person: asks no speaker
    ("Who is the head of Dongshan County?", False),
])
def test_english_questions_asking_who_said(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


def test_the_noun_before_a_speech_verb_is_the_head():
    assert english_head("Which deputy said that, as one member of the sector, they would take part?") == "deputy"
    assert english_head("Which deputy said the report gave deputies very good guidance on their duties?") == "deputy"


def test_the_attribution_may_stand_in_the_passage_before():
    first = made_chunk("东山县将推动产业转型。人大代表王建国说，去年企业发展良好，职工生活丰富。作为工业板块中的一员，我们将",
                       cid="c0", source="made/a.txt")
    second = made_chunk("作为工业板块中的一员，我们将积极参与经济建设，为城市发展添砖加瓦。代表们还审议了计划报告。",
                        cid="c1", source="made/a.txt", start=first.end - 13)
    sentences = evidence.sentences_of([Hit(second, 1.0), Hit(first, 0.5)])
    said = next(s for s in sentences if s.chunk.id == "c1" and s.text.startswith("作为"))
    where = speakers.spans(said, sentences)
    assert where is not None and where[0].chunk.id == "c0"
    assert where[0].chunk.text[where[1]:where[2]].startswith("人大代表王建国说")
    # a passage of another article is no earlier passage of this one
    other = made_chunk(first.text, cid="c2", source="made/b.txt")
    assert speakers.spans(said, evidence.sentences_of([Hit(second, 1.0), Hit(other, 0.5)])) is None


def _draft(*texts):
    chunk = made_chunk("".join(texts))
    parts, at = [], 0
    for t in texts:
        parts.append(make_part(evidence.Sentence(0, chunk, at, at + len(t)), at, at + len(t), 0.6))
        at += len(t)
    return Draft(parts, 0.6, kind="person")


def test_an_english_who_answer_names_someone():
    who = analyse("Who will lead the new riverside park project?")
    assert english_answers.draft_standing(who, _draft("县长王建国负责滨河公园项目。")) is True
    refused = english_answers.draft_standing(who, _draft("加快滨河公园项目建设，提升城市品质。"))
    assert refused is not True and refused.support == 0.0


def test_an_english_who_said_answer_names_who_said_it():
    said = analyse("Which deputy said he would contribute to the city's development?")
    assert english_answers.draft_standing(said, _draft("我将贯彻落实会议精神。", "人大代表王建国说，")) is True
    # a person the words speak of said nothing: 总书记 is no speaker here
    refused = english_answers.draft_standing(said, _draft("我将深入贯彻习近平总书记重要讲话精神，为城市发展作出贡献。"))
    assert refused is not True and refused.support == 0.0


def test_the_english_scorer_reads_a_who_said_candidate_as_naming_its_speaker():
    from assistant.answer import english_model, features, selector
    from support import flat_idf, made_hits

    hits = made_hits("作为工业板块中的一员，我们将积极参与经济建设。", "县长王建国说，要加快项目建设。")
    q = analyse("Who said they would take an active part in economic development?")
    found = selector.candidates(q, hits, flat_idf, k=english_model.CANDIDATES)
    at = features.NAMES.index("type_f")
    assert all(row[at] == 1.0 for row in english_model.rows(q, found))
    plain = analyse("Who will take an active part in economic development?")
    found = selector.candidates(plain, hits, flat_idf, k=english_model.CANDIDATES)
    assert any(row[at] < 1.0 for row in english_model.rows(plain, found))  # a sentence naming no one


def test_an_english_who_said_sentence_speaking_of_someone_is_read_for_its_speaker():
    text = ("人大代表王建国说，报告总结成绩客观全面。在今后的工作中，我将深入贯彻习近平总书记重要讲话精神，"
            "为城市发展作出应有的贡献。")
    hits = [Hit(made_chunk(text), 1.0)]
    sentences = evidence.sentences_of(hits)
    q = analyse("Which deputy said he would contribute to the city's development?")
    scored = evidence.score_sentences(q, sentences, lambda t: 3.0)
    top = next(sc for sc in scored if "习近平" in sc.sentence.text)
    said = speakers.found(q, [top], sentences)
    assert said is not None and said[0].chunk.text[said[1]:said[2]].startswith("人大代表王建国说")
    assert speakers.speaks("人大代表王建国说，") and not speakers.speaks("我将深入贯彻习近平总书记重要讲话精神")


def test_a_who_said_draft_naming_no_speaker_is_the_scorers_best_sentence_naming_one():
    said = analyse("Which deputy said the report gave deputies good guidance?")
    chunk = made_chunk("人大代表王建国说，报告为代表履职提供了很好的指引。")
    best = evidence.Scored(evidence.Sentence(0, chunk, 0, len(chunk.text)), 0.8, 0.6, {"probability": 0.8})
    made = english_answers.draft_standing(said, _draft("我将深入贯彻习近平总书记重要讲话精神。"), [best])
    assert made is not True and made.support > 0.43
    assert drafted_text(made).startswith("人大代表王建国说")


def test_an_english_role_word_need_not_be_held_by_the_speaker(monkeypatch):
    # deputy comes through a loose dictionary (代表, 副, 书记): the role the English question
    # names is not checked against the one the article gives its speaker
    text = "人大代表王建国说，报告总结成绩客观全面。作为工业板块中的一员，我们将积极参与经济建设。"
    sentences = evidence.sentences_of([Hit(made_chunk(text), 1.0)])
    monkeypatch.setattr(speakers, "asked_roles", lambda q: ("县长",))
    q = analyse("Which deputy said that, as one member of the industrial sector, they would take part in economic development?")
    scored = evidence.score_sentences(q, sentences, lambda t: 3.0)
    top = next(sc for sc in scored if "一员" in sc.sentence.text)
    said = speakers.found(q, [top], sentences)
    assert said is not None and said[0].chunk.text[said[1]:said[2]].startswith("人大代表王建国说")


def test_a_byline_is_no_answer_to_who_organised():
    from assistant.answer.english_answers import credit_only
    q = analyse("Who organised the made-up lantern fair?")
    dateline = "本报讯（记者 王小明）甲城灯会今晚亮灯，展出花灯两千余组"
    assert credit_only(q, [dateline])
    assert not credit_only(q, ["记者 王小明摄灯会组委会主任李大同表示，今年展位更多"])
    wrote = analyse("Which journalist wrote up the lantern fair?")
    wrote.groups, wrote.terms = (("记者",), ("文章",)), ("记者", "文章")  # as the bridge translates it
    assert not credit_only(wrote, [dateline])


def test_a_runner_up_is_not_who_won():
    from assistant.answer.english_answers import runner_up
    q = analyse("Who won the made-up 400m hurdles final?")
    assert runner_up(q, ["甲队选手王小明获得男子400米栏银牌，乙队选手李大同获得铜牌。"])
    assert not runner_up(q, ["丙队选手赵一获得男子400米栏金牌，王小明获得银牌。"])
    assert not runner_up(analyse("Who took silver in the made-up 400m hurdles final?"), ["王小明获得银牌。"])


def test_a_contest_that_opened_names_no_winner():
    from assistant.answer.english_answers import runner_up
    q = analyse("Which team won the made-up boys' volleyball title?")
    assert runner_up(q, ["第一届甲乙杯男子排球比赛5日在某市开赛"])
    assert not runner_up(q, ["丙队3比1战胜丁队，获得男子组冠军"])
    assert not runner_up(q, ["丙队在决赛中击败丁队"])


def test_the_reporters_a_dateline_names_are_not_who_led():
    from assistant.answer.english_answers import credit_only
    q = analyse("Who led the made-up survey team on the glacier?")
    assert credit_only(q, ["本报甲城3月2日电 （王小明、李大同）记者从甲城研究院获悉：科考队在冰川发现新物种"])
    assert not credit_only(q, ["本报甲城3月2日电 （王小明）研究院院长赵一表示，科考队在冰川发现新物种"])


def test_a_name_asked_is_written_by_the_answer():
    from assistant.answer.english_answers import nameless

    diver = analyse("What's the name of this diver rescued off the made-up reef?")
    assert nameless(diver, ["据报道，一名在礁石附近失踪的潜水员被救起，一个“奇迹”"])
    assert not nameless(diver, ["获救的潜水员名叫王小明，今年32岁"])
    boat = analyse("What's the name of this tug that left the made-up harbour first?")
    assert nameless(boat, ["本报甲城3月2日电 据乙社报道，部长王小明称首艘拖船于当天离港"])
    assert not nameless(boat, ["首艘离港的拖船“海燕号”于当天出发"])
    assert not nameless(analyse("What is the made-up harbour's tug called?"), ["首艘拖船于当天离港"])


def test_whose_after_a_noun_relates_a_clause():
    assert analyse("When did the diver whose boat sank come ashore?").kind == "time"
    assert analyse("Whose boat sank off the made-up reef?").kind == "person"
