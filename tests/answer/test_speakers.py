"""Who said it (谁说要…, 是谁提出…): a sentence naming nobody is answered with the speaker whose
words it continues, or the interviewee its heading names (answer/people.py, extractive._speaker);
and names read after the role asked, list questions jieba reads an asking word into."""

import pytest
from support import flat_idf, made_chunk, made_hits

from assistant.answer import evidence, extractive, listing, people, roles, said, speakers
from assistant.answer.asked_names import proper_names
from assistant.query.question import analyse
from assistant.records import Hit


def _shown(draft):
    return "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)


@pytest.mark.parametrize("question,asks", [
    ("谁说要建设滨河公园？", True),
    ("是谁提出要加快老旧小区改造？", True),
    ("这句话是谁说的？", True),
    ("东山县县长是谁？", False),
    ("李某拥立谁称帝？", False),  # 称帝 is no speech
])
def test_questions_asking_who_said(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


def test_the_attribution_before_a_sentence_names_its_speaker():
    said = speakers.attributed("去年经济平稳。王建国说，要聚焦扩大内需，推动消费。")
    assert said is not None and said.name == "王建国"
    assert speakers.attributed("这段解说，十分精彩。") is None  # 说 inside a word
    assert speakers.interviewee("坚定信心 加快发展 ——访市人大代表、东山县县长 王建国") == "王建国"
    assert speakers.interviewee("东山县召开经济工作会议") == ""


@pytest.mark.parametrize("text,named", [
    ("王建国说，要聚焦扩大内需。", True),
    ("县长王建国在会上讲话。", True),
    ("全力激活银发经济，加快区康养服务中心项目建设。", False),  # 康养 is no one
])
def test_a_sentence_naming_a_speaker(text, named):
    assert speakers.names_speaker(text) is named


def test_who_said_is_answered_with_the_speaker_before_the_sentence():
    text = ("东山县将推动产业转型。王建国说，要聚焦扩大内需，推动消费和投资良性循环。"
            "巩固扩大有效投资，实施一批重点项目。全力建设滨河公园，加快城市更新步伐。")
    draft = extractive.draft_answer(analyse("谁说要全力建设滨河公园？"), made_hits(text), flat_idf)
    assert draft is not None and "王建国说" in _shown(draft) and "滨河公园" in _shown(draft)


def test_who_said_in_an_interview_is_its_interviewee():
    title = "坚定信心 加快发展 ——访市人大代表、东山县县长 王建国"
    first = made_chunk("王建国表示，今年将抓好六方面工作。着力推动产业转型。", title=title, cid="c0", source="made/a.txt")
    second = made_chunk("着力打造文旅亮点，打造文旅融合发展的东山样板。着力加快项目建设。", title=title, cid="c1",
                        source="made/a.txt", start=200)
    hits = [Hit(second, 1.0), Hit(first, 0.5)]
    sentences = evidence.sentences_of(hits)
    scored = evidence.score_sentences(analyse("谁说要打造文旅融合发展的东山样板？"), sentences, flat_idf)
    content = next(sc for sc in scored if "东山样板" in sc.sentence.text)  # the best sentence when words are rare
    q = analyse("谁说要打造文旅融合发展的东山样板？")
    draft = extractive._person(q, [content], sentences)
    assert draft is not None and "王建国表示" in _shown(draft) and "东山样板" in _shown(draft)
    assert speakers.found(q, [content], [o for o in sentences if o.chunk.id == "c1"]) is None  # no sentence names him


def test_no_speaker_found_leaves_the_sentence_answer():
    text = "全力建设滨河公园，加快城市更新步伐。"
    draft = extractive.draft_answer(analyse("谁说要全力建设滨河公园？"), made_hits(text), flat_idf)
    assert draft is None or len(draft.parts) == 1


def test_a_name_jieba_tags_otherwise_after_the_role_asked():
    q = analyse("谁是东方游戏公司的社长？")
    found = people.wanted_persons(q, "东方游戏公司社长杉野行雄在接受采访时表示，公司将加大投入。")
    assert [p.name for p in found] == ["杉野行雄"]


def test_an_asking_phrase_jieba_holds_as_one_word_is_no_name():
    assert "哪些项目" not in proper_names("东山县今年要加快哪些项目建设？")


def test_an_enumeration_closed_by_the_noun_asked():
    assert listing.closes_with("加快甲乙蛋品、丙丁蔬菜、戊己电池包等项目建设。", "项目")
    assert not listing.closes_with("突出抓好蛋品加工、汽车零部件两个优势产业。", "项目")


@pytest.mark.parametrize("question,asks", [
    ("哪位县长提出要加快城西路网升级？", True),
    ("谈到民生时，哪位区长表示要建设滨河公园？", True),
    ("哪名代表说企业产值达到了新的平台？", True),
    ("哪位小说家写了这部书？", False),  # 小|说 is no speech
    ("哪位记者采访了王建国？", False),
])
def test_which_role_said_asks_the_speaker(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


def _interview(head: str):
    title = f"坚定信心 加快发展 ——访市人大代表、{head}"
    text = "王建国说，今年东山县要抓好四项工作。持续发力城乡品质。加快城西路网优化升级，完成滨河小区建设。"
    hits = [Hit(made_chunk(text, title=title, source="made/a.txt"), 1.0)]
    sentences = evidence.sentences_of(hits)
    return hits, sentences


def test_which_role_said_is_the_speaker_holding_that_role():
    hits, sentences = _interview("东山县县长 王建国")
    q = analyse("哪位县长提出要加快城西路网优化升级？")
    scored = evidence.score_sentences(q, sentences, flat_idf)
    content = next(sc for sc in scored if "城西路网" in sc.sentence.text)
    draft = extractive._person(q, [content], sentences)
    assert draft is not None and "王建国说" in _shown(draft)
    # a 区长 was asked: the 县长 who said it is not the answer the question expects
    other = analyse("哪位区长提出要加快城西路网优化升级？")
    assert speakers.found(other, [content], sentences) is None


def test_a_question_framed_by_whose_words_it_asks():
    assert said.framing(analyse("王建国介绍的去年成绩单里，东山县财政收入是多少？")) == ("王建国", "王建国介绍")
    assert said.framing(analyse("据王建国在采访中介绍，东山县哪些指标领跑全市？")) == ("王建国", "据王建国在采访中介绍")
    assert said.framing(analyse("王建国接受的是哪位记者的采访？")) is None


def test_the_framing_person_and_verb_are_held_by_his_words():
    """仇景锐介绍的…总额: a sentence of his words (after 王建国说, or in his interview) holds
    the name and the verb the question frames with; another's words do not."""
    text = ("王建国说，去年东山县经济平稳。地方级财政收入完成1.7亿元，增长9%。"
            "李春华说，西山区地方级财政收入完成2.5亿元。")
    q = analyse("王建国介绍的去年成绩单里，地方级财政收入的总额是多少？")
    sentences = evidence.sentences_of(made_hits(text))
    by = {sc.sentence.text: sc.coverage for sc in evidence.score_sentences(q, sentences, flat_idf)}
    his = by["地方级财政收入完成1.7亿元，增长9%。"]
    others = by["李春华说，西山区地方级财政收入完成2.5亿元。"]
    assert his > others
    assert said.words_of(next(s for s in sentences if "1.7亿元" in s.text), "王建国")
    assert not said.words_of(next(s for s in sentences if "2.5亿元" in s.text), "王建国")
    title = "坚定信心 ——访市人大代表、东山县县长 王建国"
    chunk = made_chunk("地方级财政收入完成1.7亿元。", title=title)
    assert said.words_of(evidence.sentences_of([Hit(chunk, 1.0)])[0], "王建国")


def test_a_person_the_question_speaks_of_by_role_is_no_speaker():
    from assistant.answer import speakers

    said = "我们将认真落实王一明省长调研青禾时的讲话精神"
    assert speakers.named_people(said, "是谁表示要认真落实省长调研青禾时的讲话精神？") == []
    # the role asked is the speaker's
    assert speakers.named_people("县长李二华表示，要修好三条乡道", "哪位县长表示要修好三条乡道？", ("县长",)) == ["李二华"]
