"""Who said it (谁说要…, 是谁提出…): a sentence naming nobody is answered with the speaker whose
words it continues, or the interviewee its heading names (answer/people.py, extractive._speaker);
and names read after the role asked, list questions jieba reads an asking word into."""

import pytest
from support import flat_idf, made_chunk, made_hits

from assistant.answer import evidence, extractive, lists, people, roles, speakers
from assistant.answer.subject_names import proper_names
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
    assert lists.closes_with("加快甲乙蛋品、丙丁蔬菜、戊己电池包等项目建设。", "项目")
    assert not lists.closes_with("突出抓好蛋品加工、汽车零部件两个优势产业。", "项目")
