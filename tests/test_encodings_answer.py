"""Files in other encodings through the real pipeline: a UTF-16 text answers; a
traditional-Chinese (Big5) document is found by a simplified question's keywords (answers
across scripts: tests/answer/test_traditional.py)."""

import pytest

from make_files import big5_text, utf16_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def indexed(assistant_over):
    return assistant_over("encodings", ("繁體.txt", big5_text), ("utf16.txt", utf16_text))


def test_a_simplified_question_retrieves_the_traditional_passage(indexed):
    # keyword tokens of both sides are simplified (OpenCC), so the passage is found first
    hits = indexed.ask("辽源市新建了多少个乡村振兴示范村？").hits
    assert any(h.chunk.source.endswith("繁體.txt") and h.keyword_rank == 1 for h in hits), \
        [(h.chunk.source, h.keyword_rank) for h in hits]


def test_keyword_search_matches_across_scripts(indexed):
    from assistant.text import words

    assert "辽源" in words.search_tokens("遼源市經濟發展報告") and "经济" in words.search_tokens("經濟發展")


def test_a_utf16_document_answers(indexed):
    answer = indexed.ask("东辽县新建了几所乡镇卫生院？")
    assert not answer.abstained and "7所" in answer.text and answer.citations[0].source.endswith("utf16.txt")
