"""A question asking what a piece says at its end (报告结尾, 访谈末尾) does not take a sentence from the
first part of its article (answer/closing_part.py)."""

import pytest
from support import made_chunk

from assistant.answer import article_store, closing_part, evidence
from assistant.query.question import analyse


class _Store:
    def __init__(self, chunks):
        self.chunks = chunks

    def chunks_of(self, sources, articles=None):
        return [c for c in self.chunks if c.source in sources and (articles is None or c.article in articles)]


@pytest.mark.parametrize("question,asks", [
    ("报告结尾号召大家做到哪几点？", True),
    ("访谈末尾，县长说要把成果转化成什么？", True),
    ("政府工作报告收尾时说，我们唯有怎样？", True),
    ("报告结语里说靠什么成就未来？", True),
    ("在发展与安全一节的末尾，报告要求做好哪几项工作？", False),  # a section's end, not the article's
    ("那段结尾提到了哪个项目？", False),
    ("最后一名是谁？", False),
    ("报告号召大家做到哪几点？", False),
])
def test_the_end_of_a_piece_asked(question, asks):
    assert closing_part.asked(question) is asks


def _sentences():
    """A flood story whose second sentence writes 号召全市, and a report's last passage closing with its call."""
    story = made_chunk("暴雨造成东河县多个乡镇受灾。东河县第一时间号召全市党员投入防汛。" + "救援仍在继续。" * 20,
                       cid="s", source="made/story.txt")
    opening = made_chunk("今年工作安排如下。" * 30, cid="r0", source="made/report.txt")
    closing = made_chunk("让我们团结依靠全市人民，不忘初心、奋发进取！", cid="r1", source="made/report.txt", start=270)
    return [story, opening, closing]


def test_a_sentence_early_in_its_article_is_cut_when_the_end_is_asked():
    chunks = _sentences()
    at = chunks[0].text.index("东河县第一时间")
    sentences = [evidence.Sentence(0, chunks[0], at, chunks[0].text.index("救援")), evidence.Sentence(1, chunks[2], 0, len(chunks[2].text))]
    with article_store.reading(_Store(chunks)):
        cut = closing_part.factors(analyse("报告结尾号召全市人民要做到哪几点？"), sentences)
        assert cut == {id(sentences[0]): closing_part.CUT}  # the report's closing call is not cut
        assert closing_part.factors(analyse("报告号召全市人民要做到哪几点？"), sentences) == {}
    assert closing_part.factors(analyse("报告结尾号召全市人民要做到哪几点？"), sentences) == {}  # no store: unread
