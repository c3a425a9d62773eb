"""A question naming where its fact was said (据王建国介绍, 李红那篇采访里, 据东山县县长介绍, 报告中) is
answered from that source only (answer/named_source.py): an interview of another, another's
words, or an interview for a written report do not answer it."""

import pytest
from support import drafted_text, flat_idf, made_chunk

from assistant.answer import evidence, extractive, named_source
from assistant.query.question import analyse
from assistant.records import Hit

WANG = "奋力攻坚 再创佳绩 ——访市人大代表、东山县县长 王建国"
LI = "聚力突破 加快建设 ——访市人大代表、西河区区长 李红"


def _hits():
    """Two interviews that give one indicator different figures, and a report writing it too."""
    wang = made_chunk("王建国说，过去一年，东山县发展势头良好。新建厂房12万平方米，引进项目9个。",
                      title=WANG, cid="w", source="made/paper.txt", article=0)
    li = made_chunk("李红说，去年西河区稳中有进，新建标准化厂房3万平方米，引进亿元以上项目4个，今年力争新建标准化厂房目标5万平方米。",
                    title=LI, cid="l", source="made/paper.txt", article=1, start=500)
    report = made_chunk("今年要扩大有效投资。新建厂房30万平方米，引进项目不少于40个。",
                        cid="r", source="made/report.txt")
    return [Hit(li, 1.0), Hit(wang, 0.9), Hit(report, 0.8)]


def _answer(question):
    hits = _hits()
    draft = extractive.draft_answer(analyse(question), hits, flat_idf)
    return drafted_text(draft) if draft is not None and draft.parts else ""


@pytest.mark.parametrize("question,source", [
    ("据王建国介绍，去年新建标准化厂房多少平方米？", named_source.Source(speaker="王建国")),
    ("李红那篇采访里，引进亿元以上项目多少个？", named_source.Source(speaker="李红")),
    ("王建国的专访中提到新建厂房多少？", named_source.Source(speaker="王建国")),
    ("据东山县县长介绍，去年引进亿元以上项目多少个？", named_source.Source(post="东山县县长")),
    ("报告中今年新建厂房的目标是多少？", named_source.Source(document="报告")),
    ("按王建国的说法，去年新建厂房多少？", named_source.Source(speaker="王建国")),
    ("在东山县县长看来，去年引进项目多少个？", named_source.Source(post="东山县县长")),
    ("去年新建标准化厂房多少平方米？", None),
    ("哪份报告提出新建厂房？", None),  # the report is asked, not named
    ("报告期内新建厂房多少平方米？", None),
    ("全省共报告了多少例病例？", None),  # the verb
    ("审议工作报告的那篇报道里，哪几位代表发了言？", None),  # the story is named, the report its topic
    ("代表们热议政府工作报告时提到了哪些项目？", None),
    ("他们向省里报告的病例有多少？", None),
    ("那组代表专访里，接受采访的县长是哪位？", None),  # a group of pieces, no one's post
    ("张丽采访王建国那篇稿子，主标题怎么写的？", None),  # who interviewed: a byline's
    ("报告和王建国的采访给出的厂房面积分别是多少？", None),  # two sources, each one's figure asked
])
def test_the_source_a_question_names(question, source):
    assert named_source.asked(analyse(question)) == source


@pytest.mark.parametrize("question,shown", [
    ("据王建国介绍，去年新建标准化厂房多少平方米？", "12万平方米"),
    ("据王建国介绍，去年引进亿元以上项目多少个？", "9个"),  # 李红's sentence writes every word asked
    ("李红那篇采访里，引进亿元以上项目多少个？", "4个"),
    ("据东山县县长介绍，去年引进亿元以上项目多少个？", "9个"),
    ("据西河区区长介绍，去年引进亿元以上项目多少个？", "4个"),
    ("报告里今年新建标准化厂房的目标是多少？", "30万平方米"),
])
def test_the_named_source_answers(question, shown):
    assert shown in _answer(question)


def test_a_source_not_among_the_passages_answers_nothing():
    """A speaker none of the passages quotes, or a report when only interviews are retrieved:
    another's figure is refused rather than given."""
    assert _answer("据赵强介绍，去年引进亿元以上项目多少个？") == ""
    hits = [h for h in _hits() if h.chunk.id != "r"]
    draft = extractive.draft_answer(analyse("报告里今年新建标准化厂房的目标是多少？"), hits, flat_idf)
    assert draft is None or not draft.parts or draft.support < 0.3


def test_a_report_quoted_in_an_interview_is_the_report():
    quoted = made_chunk("王建国说，《政府工作报告》提出，全年新建标准化厂房30万平方米。", title=WANG, cid="q")
    s = evidence.sentences_of([Hit(quoted, 1.0)])
    src = named_source.asked(analyse("政府工作报告里新建厂房的目标是多少？"))
    assert named_source.in_source(src, s[-1], s)


def test_a_post_written_as_one_word_or_with_its_place_cut_short():
    """东山县长 (one word to jieba) and 西河区长 name the interviewee whose heading gives the post."""
    assert "9个" in _answer("东山县长提到去年引进亿元以上项目多少个？")
    assert "4个" in _answer("西河区长介绍的去年引进亿元以上项目是多少个？")


def test_a_post_no_passage_gives_anyone_scopes_nothing():
    q = analyse("据西山区区长介绍，去年新建标准化厂房多少平方米？")
    sentences = evidence.sentences_of(_hits())
    assert named_source.asked(q) == named_source.Source(post="西山区区长")
    assert named_source.factors(q, sentences) == {}


@pytest.mark.parametrize("question", ["据工作人员介绍，去年新建厂房多少？", "有关负责人表示，今年引进项目多少个？"])
def test_a_kind_of_post_names_no_source(question):
    assert named_source.asked(analyse(question)) is None


def test_words_attributed_to_no_one_are_the_speakers_when_his_article_names_him():
    """A transcript's 林平： or a 他 the reader does not attribute: the article naming him is his."""
    talk = made_chunk("记者问：今年的重点是什么？林平：我们将新建标准化厂房8万平方米。", cid="t", source="made/talk.txt")
    hits = _hits() + [Hit(talk, 0.7)]
    draft = extractive.draft_answer(analyse("林平说今年要新建标准化厂房多少平方米？"), hits, flat_idf)
    assert draft is not None and "8万平方米" in drafted_text(draft)


@pytest.mark.parametrize("question,shown", [
    ("王县长口中的引进亿元以上项目是多少个？", "9个"),
    ("按李区长的说法，去年引进亿元以上项目多少个？", "4个"),
])
def test_a_speaker_addressed_by_surname_and_post_is_the_one_the_passages_give_it(question, shown):
    """王县长 is 王建国, whom his interview's heading makes 县长: his figure, not 李红's."""
    assert shown in _answer(question)


@pytest.mark.parametrize("question", ["赵县长口中的引进亿元以上项目是多少个？",  # no 赵 among them
                                      "王区长口中的引进亿元以上项目是多少个？"])  # 王建国 is no 区长
def test_an_address_none_of_the_passages_fits_answers_nothing(question):
    """Every sentence is cut as said by someone else: what is drafted is too weak to be shown."""
    draft = extractive.draft_answer(analyse(question), _hits(), flat_idf)
    assert draft is None or not draft.parts or draft.support < 0.3


def test_the_address_form():
    from assistant.answer.addressed import address

    assert address("邢县长") == ("邢", "县长")
    assert address("欧阳主任") == ("欧阳", "主任")
    assert address("王建国") is None and address("县长") is None and address("张总") is None


def test_a_draft_said_elsewhere_keeps_its_own_cut_support():
    # the selector does not read the source: its draft from an interview, for a 报告 question, stands on what
    # the rules left its sentence, not on the support of the report's sentence
    q = analyse("报告中今年要引进多少个项目？")
    hits = _hits()
    sentences = evidence.sentences_of(hits)
    scored = evidence.score_sentences(q, sentences, flat_idf)
    wang = next(sc for sc in scored if "引进项目9个" in sc.sentence.text)
    report = next(sc for sc in scored if "不少于40个" in sc.sentence.text)
    assert wang.factors.get("source") == named_source.OUT_OF_SOURCE
    ranked = [evidence.Scored(sc.sentence, 0.9, sc.coverage, {**sc.factors, "rules": sc.score}) for sc in (wang, report)]

    def draft(sc):
        s = sc.sentence
        return extractive.Draft([extractive.Part(s, s.a, s.b, 1.0)], 0.9, kind="sentence")

    assert named_source.cut_support(draft(wang), ranked) == pytest.approx(wang.score)
    assert named_source.cut_support(draft(report), ranked) is None
