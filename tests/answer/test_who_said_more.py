"""Who said it, read further (answer/speakers.py, article_openings.py, roles.py, person_answers.py): a question
writing the words first and the speaker after 的是 (说要…的是哪位县长); an interview passage whose speaker is
named only in passages not retrieved; a best sentence no one said, passed for the next one someone did;
a name jieba guesses inside a list of firms, which acts in nothing."""

import pytest
from support import flat_idf, made_chunk

from assistant.answer import article_openings, article_store, evidence, extractive, interviewed_by, person_answers, roles, speakers
from assistant.query.question import analyse
from assistant.records import Hit

TITLE = "稳中求进 开创新局 ——访市人大代表、南湖区区长 郑文涛"


@pytest.mark.parametrize("question,asks", [
    ("说要加快滨江公园提档升级的是哪位区长？", True),
    ("审议时说“明年会更好”的是哪位人大代表？", True),
    ("把“做强新材料产业”列进自己辖区目标的，是哪位区长？", True),  # an official's plan: his words
    ("获得冠军的是谁？", False),
    ("写这部小说的是谁？", False),  # 说 in 小说 says nothing
    ("南湖区区长是谁？", False),
    ("是哪位区长讲到要加快滨江公园提档升级的？", True),  # a verb of mentioning asks a speaker too
    ("哪位代表谈及明年的目标？", True),
    ("说到滨江公园的是哪位区长？", True),
    ("哪位讲师上了第一课？", False),  # 讲 inside a word says nothing
])
def test_a_cleft_question_asks_who_said(question, asks):
    assert roles.asks_speaker(analyse(question)) is asks


class _Store:
    def __init__(self, chunks):
        self.chunks = chunks

    def chunks_of(self, sources, articles=None):
        return [c for c in self.chunks if c.source in sources and (articles is None or c.article in articles)]


def _interview():
    opening = made_chunk("稳中求进 开创新局\n——访市人大代表、南湖区区长 郑文涛\n本报记者 林晓\n郑文涛表示，今年将抓好六方面工作。",
                         title=TITLE, cid="c0", source="made/a.txt")
    later = made_chunk("着力打造文旅亮点。加快滨江公园提档升级，增强旅游吸引力。", title=TITLE, cid="c1",
                       source="made/a.txt", start=300)
    return opening, later


def test_an_interview_passage_retrieved_alone_is_answered_with_the_speaker_its_article_names():
    opening, later = _interview()
    q = analyse("说要加快滨江公园提档升级的是哪位区长？")
    sentences = evidence.sentences_of([Hit(later, 1.0)])
    scored = evidence.score_sentences(q, sentences, flat_idf)
    content = next(sc for sc in scored if "滨江公园" in sc.sentence.text)
    assert extractive._person(q, [content], sentences) is None  # no store open: nothing names him
    with article_store.reading(_Store([opening, later])):
        draft = extractive._person(q, [content], sentences)
    shown = "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)
    assert "郑文涛" in shown and "滨江公园" in shown


def test_article_openings_read_nothing_without_a_store():
    assert article_openings.naming("made/a.txt", 0, "郑文涛") == []
    opening, later = _interview()
    with article_store.reading(_Store([later, opening])):
        found = article_openings.naming("made/a.txt", 0, "郑文涛")
    assert [s.chunk.id for s in found] == ["c0", "c0"] and "区长 郑文涛" in found[0].text


def test_a_best_sentence_no_one_said_passes_to_the_next_someone_did():
    report = made_chunk("推动滨江新材料项目稳定达产，构建产业新优势。", title="政府工作报告", cid="r0", source="made/r.txt")
    talk = made_chunk("郑文涛说，今年将推动滨江新材料项目稳定达产。", title=TITLE, cid="c5", source="made/a.txt")
    sentences = evidence.sentences_of([Hit(report, 1.0), Hit(talk, 0.9)])
    q = analyse("哪位受访负责人提到要推动滨江新材料项目稳定达产？")
    first = evidence.Scored(sentences[0], 1.0, 1.0, {})
    said = evidence.Scored(sentences[-1], 0.9, 0.9, {})
    assert speakers.chosen(q, [first, said], sentences) is None  # the second names its speaker: the rules' names answer
    opening, later = _interview()
    other = evidence.sentences_of([Hit(later, 0.9)])[-1]
    picked = speakers.chosen(analyse("说要加快滨江公园提档升级的是哪位区长？"),
                             [first, evidence.Scored(other, 0.8, 0.8, {})], [sentences[0], other])
    assert picked is None  # no store open: the interview passage's speaker is not found
    with article_store.reading(_Store([opening, later])):
        picked = speakers.chosen(analyse("说要加快滨江公园提档升级的是哪位区长？"),
                                 [first, evidence.Scored(other, 0.8, 0.8, {})], [sentences[0], other])
        weak = speakers.chosen(analyse("说要加快滨江公园提档升级的是哪位区长？"),
                               [first, evidence.Scored(other, 0.3, 0.3, {})], [sentences[0], other])
    assert picked is not None and picked[0].sentence is other and "郑文涛" in picked[1][0].text
    assert weak is None  # too weak beside the best to be what was asked


def test_a_name_in_a_list_of_firms_acts_in_nothing():
    assert not person_answers._tagged_actor("推动晟源新材料、纳诺精箔等项目稳定达产,支持格致汽车、富奥鑫创、巨晟轻合金等企业释放产能", "")
    assert person_answers._tagged_actor("孟子认为人性本善。", "")


def _series():
    a0 = made_chunk("稳中求进 开创新局\n——访市人大代表、南湖区区长 郑文涛\n本报记者 林晓\n郑文涛表示，今年将抓好六方面工作。",
                    title=TITLE, cid="a0", source="made/p.txt", article=1)
    a1 = made_chunk("着力打造文旅亮点。", title=TITLE, cid="a1", source="made/p.txt", article=1, start=300)
    b0 = made_chunk("实干争先\n——访市人大代表、北山县县长 王立新\n本报记者 林晓\n王立新说，北山县将抓好三件事。",
                    title="实干争先 ——访市人大代表、北山县县长 王立新", cid="b0", source="made/p.txt", article=2, start=600)
    c0 = made_chunk("聚力突破\n——访市人大代表、东湖区区长 陈光\n本报记者 周敏\n陈光说，东湖区将聚力突破。",
                    title="聚力突破 ——访市人大代表、东湖区区长 陈光", cid="c0", source="made/p.txt", article=3, start=900)
    return a0, a1, b0, c0


def test_whom_a_reporter_interviewed_is_read_from_the_headings_of_his_bylined_interviews():
    a0, a1, b0, c0 = _series()
    hits = [Hit(a1, 1.0), Hit(b0, 0.9), Hit(c0, 0.8)]
    shown = lambda d: None if d is None else [p.sentence.chunk.text[p.a:p.b] for p in d.parts]
    q = analyse("记者林晓采访了哪几位县（区）长？")
    assert interviewed_by.draft(q, hits) is None  # no store open: a0's byline and heading are not read
    with article_store.reading(_Store([a0, a1, b0, c0])):
        assert shown(interviewed_by.draft(q, hits)) == ["访市人大代表、南湖区区长 郑文涛", "访市人大代表、北山县县长 王立新"]
        assert shown(interviewed_by.draft(analyse("本报记者周敏采访了哪位区长？"), hits)) == ["访市人大代表、东湖区区长 陈光"]
        assert interviewed_by.draft(analyse("本报记者周敏采访了哪位县长？"), hits) is None  # he interviewed a 区长
        assert interviewed_by.draft(analyse("哪三位县（区）长的访谈出自记者林晓之手？"), hits) is None  # two found, three asked
        assert interviewed_by.draft(analyse("郑文涛说要打造哪些文旅亮点？"), hits) is None  # no reporter asked about


def test_a_speaker_naming_sentence_saying_other_words_does_not_stop_the_search_for_the_words_asked():
    text = "人大代表张立说，报告总结成绩客观全面。作为企业一员，我们将积极参与建设，相信明年会更好。人大代表王强说，要抓好招商。"
    chunk = made_chunk(text, title="分组审议政府工作报告", source="made/s.txt")
    sentences = evidence.sentences_of([Hit(chunk, 1.0)])
    named = next(s for s in sentences if "张立" in s.text)
    quoted = next(s for s in sentences if "明年会更好" in s.text)
    # the rules rank the sentence naming someone first (the quotation names no one: its type factor is low)
    scored = [evidence.Scored(named, 0.3, 0.3, {"type": 1.0}), evidence.Scored(quoted, 0.15, 1.0, {"type": 0.15})]
    picked = speakers.chosen(analyse("审议时说“相信明年会更好”的是哪位人大代表？"), scored, sentences)
    assert picked is not None and picked[0].sentence is quoted and "张立" in picked[1][0].text[picked[1][1]:picked[1][2]]
    assert picked[1][3] > 0.3  # its support as if it named him


def test_an_article_is_read_from_the_store_once_per_answer():
    opening, later = _interview()

    class Counting(_Store):
        calls = 0

        def chunks_of(self, sources, articles=None):
            Counting.calls += 1
            return super().chunks_of(sources, articles)

    with article_store.reading(Counting([opening, later])):
        named = article_openings.naming("made/a.txt", 0, "郑文涛")
        whole = article_openings.sentences("made/a.txt", 0)
    assert named and [s.text for s in named] == [s.text for s in whole if "郑文涛" in s.text]
    assert Counting.calls == 1
