"""A question naming a kind of piece (报告中…, the work report, an interview) is not answered from a
piece of another kind (answer/article_kind.py, named_source.piece_asked / off_piece): in a store of
many documents a news story sharing the question's words is no report unless it writes the report's name."""

import pytest
from support import made_chunk

from assistant.answer import article_kind, evidence, extractive, named_source
from assistant.query.question import analyse
from assistant.records import Hit

REPORT = made_chunk("(三)繁荣文体事业。坚持全民健身方向,推动体育和旅游融合发展。",
                    title="二、今年工作安排 · (三)丰富群众生活", cid="r", source="made/report.txt")
GAMES = made_chunk("四、某工作室 新作\n据报道，某工作室并未明确接下来的发展方向，但暗示下一个项目的规模将会小很多。",
                   title="2023年8月科技新闻汇编 · 四、某工作室 新作", cid="g", source="made/digest.txt")
DATELINE = made_chunk("某某网甲市8月3日电 记者从甲市消防救援支队获悉，全市严防大型火灾事故，事故调查报告已报送。",
                      cid="d", source="made/story.txt")
STORY_OF_REPORT = made_chunk("本报讯 代表们审议《政府工作报告》。代表甲说，报告提出坚持全民健身方向。",
                             cid="s", source="made/session.txt")
INTERVIEW = made_chunk("王建国说，今年东山县要新建厂房12万平方米。", title="奋力攻坚 ——访东山县县长 王建国",
                       cid="i", source="made/paper.txt")


def _sentence(chunk):
    return evidence.sentences_of([Hit(chunk, 1.0)])[-1]


def _draft(chunk):
    s = _sentence(chunk)
    return extractive.Draft([extractive.Part(s, s.a, s.b, 1.0)], 0.9, kind="sentence")


def test_the_kind_of_piece_an_article_is():
    assert article_kind.news(_sentence(GAMES))  # a news collection's title, a reported sentence
    assert article_kind.news(_sentence(DATELINE))  # a dateline opens it
    assert not article_kind.news(_sentence(REPORT))
    assert article_kind.interview(_sentence(INTERVIEW)) and not article_kind.interview(_sentence(DATELINE))


@pytest.mark.parametrize("question,piece", [
    ("文体事业这块，报告要体育坚持什么方向？", ("document", ("报告",))),
    ("政府工作报告里体育要坚持什么方向？", ("document", ("工作报告",))),
    ("What direction does the report say sport should keep to?", ("document", named_source.REPORT_WORDS_EN)),
    ("Which fires does the government work report pledge to prevent?", ("document", ("工作报告",))),
    ("Which reporter wrote the interview with the county head?", ("interview", ())),
    ("What failure rate does Someco's report give?", None),  # a named report is a story's topic
    ("体育要坚持什么方向？", None),
])
def test_the_piece_a_question_names(question, piece):
    assert named_source.piece_asked(analyse(question)) == piece


def test_a_story_that_never_names_the_report_does_not_answer_it():
    q = analyse("文体事业这块，报告要体育坚持什么方向？")
    assert named_source.off_piece(q, [_draft(GAMES)])
    assert not named_source.off_piece(q, [_draft(REPORT)])
    assert not named_source.off_piece(q, [_draft(STORY_OF_REPORT)])  # a story about the report writes its name
    assert not named_source.off_piece(analyse("体育要坚持什么方向？"), [_draft(GAMES)])  # no piece named


def test_the_work_report_is_not_any_report_a_story_writes():
    q = analyse("Which accidents does the work report pledge to firmly prevent?")
    assert named_source.off_piece(q, [_draft(DATELINE)])  # its 事故调查报告 is no work report
    assert not named_source.off_piece(q, [_draft(REPORT)])


def test_an_interview_asked_is_answered_from_an_interview():
    q = analyse("How much new factory space does the interview say the county will build?")
    assert named_source.off_piece(q, [_draft(DATELINE)])
    assert not named_source.off_piece(q, [_draft(INTERVIEW)])


def test_a_news_sentence_is_out_of_the_report_named():
    q = analyse("报告中体育要坚持什么方向？")
    sentences = evidence.sentences_of([Hit(REPORT, 1.0), Hit(GAMES, 0.9)])
    cut = named_source.factors(q, sentences)
    assert {s.chunk.id for s in sentences if id(s) in cut} == {"g"}


def test_the_report_of_an_english_question_is_a_news_report_when_only_stories_are_retrieved():
    """"According to the report" over news stories alone is the story itself; with a report retrieved too,
    a story that writes no report is not it."""
    q = analyse("Which certificate does the report want more plants to obtain?")
    story = made_chunk("五、某公司 新设备\n原标题：某公司推出新设备。该设备获得了先进认证，培养出更多人才。",
                       title="8月15日新闻汇编 · 五、某公司 新设备", cid="n", source="made/digest2.txt")
    assert not named_source.off_piece(q, [_draft(story)], [Hit(story, 1.0), Hit(DATELINE, 0.9)])
    assert named_source.off_piece(q, [_draft(story)], [Hit(story, 1.0), Hit(REPORT, 0.9)])
    assert not named_source.off_piece(q, [_draft(GAMES)], [Hit(GAMES, 1.0), Hit(REPORT, 0.9)])  # 据报道: a news report
