"""Who said it, read more widely: a localizer before 谁 (专访中谁提到…) asks no role, 讲的 asks a speaker,
a speaker's words ranked low for naming nobody are still read (answer/speakers.py), and 哪几位…谈到了“…”
is answered with each speaker of the quoted words (answer/said_lists.py)."""

import pytest
from support import flat_idf, made_chunk

from assistant.answer import evidence, roles, said_lists, speakers
from assistant.query.question import analyse
from assistant.records import Hit


@pytest.mark.parametrize("question,role", [
    ("专访中谁提到要建设滨河公园？", ""),  # 中 says where the words were said
    ("报告里谁说要加快城市更新？", ""),
    ("东山县县长是谁？", "县长"),
])
def test_a_localizer_before_who_names_no_role(question, role):
    assert roles.asked_roles(analyse(question)) == ((role,) if role else ())


@pytest.mark.parametrize("question,asks", [
    ("建设滨河公园，这是哪位区长在专访里讲的？", True),
    ("这是哪位县长谈的？", True),
    ("哪位讲师上了这堂课？", False),  # 讲 inside a word
])
def test_spoke_with_de_asks_the_speaker(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


def _series():
    """Two interviews of a series and a report: each interviewee says “暖心小事” in words naming nobody."""
    first = made_chunk("王建国说，今年要抓好四项工作。加快项目建设。用心办好群众的“暖心小事”，兜牢民生底线。",
                       title="坚定信心 ——访市人大代表、东山县县长 王建国", cid="c0", source="made/a.txt")
    second = made_chunk("李明表示，西河区将加快转型。聚焦民生“暖心小事”，解决群众急难愁盼问题。",
                        title="勇毅前行 ——访市人大代表、西河区区长 李明", cid="c1", source="made/a.txt", article=1)
    report = made_chunk("政府工作报告提出，要办好群众身边的“暖心小事”。", title="政府工作报告", cid="c2",
                        source="made/b.txt")
    return [Hit(first, 1.0), Hit(second, 0.9), Hit(report, 0.8)]


def _names(draft):
    return "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)


def test_each_speaker_of_the_quoted_words_is_named():
    draft = said_lists.draft(analyse("哪几位受访负责人谈到了“暖心小事”？"), _series())
    assert draft is not None
    shown = _names(draft)
    assert "王建国" in shown and "李明" in shown and "政府工作报告" not in shown  # a report's words are no one's


def test_speakers_other_in_number_or_role_than_asked_are_refused():
    assert said_lists.draft(analyse("哪三位受访负责人谈到了“暖心小事”？"), _series()) is None
    assert said_lists.draft(analyse("哪几位区长谈到了“暖心小事”？"), _series()) is None  # one 区长 only
    assert said_lists.draft(analyse("哪几位受访负责人谈到了“滨河公园”？"), _series()) is None


def test_a_speakers_words_ranked_low_for_naming_nobody_are_read():
    title = "坚定信心 ——访市人大代表、东山县县长 王建国"
    text = ("王建国说，今年要抓好四项工作。持续发力项目建设。县长王建国在会上讲话。县长王建国主持会议。县长王建国调研。"
            "县长王建国考察。县长王建国座谈。持续发力特色产业，加快肉鸭产业园建设进度。")
    hits = [Hit(made_chunk(text, title=title, source="made/a.txt"), 1.0)]
    sentences = evidence.sentences_of(hits)
    q = analyse("是谁说要加快肉鸭产业园建设进度？")
    scored = sorted(evidence.score_sentences(q, sentences, flat_idf), key=lambda sc: -sc.score)
    later = [sc for sc in scored if "肉鸭" not in sc.sentence.text][: speakers.LOOK] + \
            [sc for sc in scored if "肉鸭" in sc.sentence.text]
    picked = speakers.chosen(q, later, sentences)
    assert picked is not None and "肉鸭" in picked[0].sentence.text and picked[1][0].text.startswith("王建国说")


class _Store:
    """A store holding the made-up chunks, read by article (article_store.reading)."""

    def __init__(self, chunks):
        self.chunks = chunks

    def chunks_of(self, sources, articles):
        return [c for c in self.chunks if c.source in sources and c.article in articles]


def test_the_other_interviews_of_the_series_are_read():
    from assistant.answer.article_store import reading

    hits = _series()
    retrieved, neighbour = [hits[0]], hits[1].chunk  # the second interview, next in the same source, not retrieved
    q = analyse("哪几位受访负责人谈到了“暖心小事”？")
    assert said_lists.draft(q, retrieved) is None
    with reading(_Store([h.chunk for h in hits])):
        draft = said_lists.draft(q, retrieved)
    assert draft is not None and "李明" in _names(draft) and "王建国" in _names(draft)
    far = made_chunk(neighbour.text, title=neighbour.title, cid="c9", source="made/a.txt", article=1 + said_lists.SERIES + 1)
    with reading(_Store([hits[0].chunk, far])):  # not next to it: another page's interview
        assert said_lists.draft(q, retrieved) is None


def test_a_shown_draft_naming_another_than_the_rules_speaker_is_refused():
    from assistant.answer import extractive, person_answers
    from support import made_hits

    text = "东山县将推动产业转型。王建国说，要聚焦扩大内需，推动消费。巩固扩大有效投资。全力建设滨河公园，加快城市更新。"
    hits = made_hits(text, "李明表示，西河区将加快转型。")
    q = analyse("谁说要全力建设滨河公园？")
    ruled = extractive.draft_answer(q, hits, flat_idf)
    assert ruled is not None and ruled.speaker == "王建国"
    other = extractive.Draft([extractive.make_part(s, s.a, s.b, 1.0) for s in evidence.sentences_of(hits[1:])], 1.0)
    assert person_answers.other_speaker(ruled, other)
    assert not person_answers.other_speaker(ruled, ruled)
