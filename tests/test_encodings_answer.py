"""Files in other encodings through the real pipeline: a UTF-16 text answers; a
traditional-Chinese (Big5) document is found by a simplified question's keywords."""

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from make_files import big5_text, utf16_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, seeded):
    folder = tmp_path_factory.mktemp("encodings")
    docs = folder / "docs"
    docs.mkdir()
    big5_text(docs / "繁體.txt")
    utf16_text(docs / "utf16.txt")
    a = Assistant(Settings(store=folder / "store"), embedder=seeded.embedder)
    report = a.index([docs])
    assert not report.problems, report.problems
    return a


def test_a_simplified_question_retrieves_the_traditional_passage(indexed):
    # keyword tokens of both sides are simplified (OpenCC), so the passage is found and
    # quoted as written; the answer step reads simplified Chinese only (no answer yet)
    hits = indexed.ask("辽源市新建了多少个乡村振兴示范村？").hits
    assert any(h.chunk.source.endswith("繁體.txt") and h.keyword_rank == 1 for h in hits), \
        [(h.chunk.source, h.keyword_rank) for h in hits]


def test_keyword_search_matches_across_scripts(indexed):
    from assistant.text import words

    assert "辽源" in words.search_tokens("遼源市經濟發展報告") and "经济" in words.search_tokens("經濟發展")


def test_a_utf16_document_answers(indexed):
    answer = indexed.ask("东辽县新建了几所乡镇卫生院？")
    assert not answer.abstained and "7所" in answer.text and answer.citations[0].source.endswith("utf16.txt")
