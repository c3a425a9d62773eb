"""A sentence the chunking cut (its chunk ends on a comma) is read on into the next retrieved chunk
(answer/ranked_drafts.py continued)."""

from support import made_chunk

from assistant.answer import evidence, extractive, ranked_drafts
from assistant.records import Hit

FIRST = "今年工作的总体要求是:坚持稳中求进,统筹发展和安全,"
SECOND = "统筹城镇化和乡村振兴,保持经济运行在合理区间。全年增长5%。"


def _sentences(first: str = FIRST, second: str = SECOND):
    a = made_chunk(first, cid="a", start=0)
    b = made_chunk(second, cid="b", start=len(first))
    return evidence.sentences_of([Hit(a, 1.0), Hit(b, 0.9)])


def _draft(s):
    return extractive.Draft([extractive.make_part(s, s.a, s.b, 1.0)], 1.0, kind="list")


def test_a_sentence_cut_by_its_chunk_reads_on_into_the_next():
    sentences = _sentences()
    cut = next(s for s in sentences if s.chunk.id == "a")
    draft = ranked_drafts.continued(_draft(cut), sentences)
    assert [p.sentence.chunk.text[p.a : p.b] for p in draft.parts][1].startswith("统筹城镇化和乡村振兴")
    assert len(draft.parts) == 2


def test_a_finished_sentence_is_not_read_on():
    sentences = _sentences("今年要统筹发展和安全。", SECOND)
    whole = next(s for s in sentences if s.chunk.id == "a")
    assert len(ranked_drafts.continued(_draft(whole), sentences).parts) == 1


def test_a_list_sentence_last_in_its_chunk_reads_on_into_the_next_retrieved_chunk():
    from assistant.answer.evidence import Scored
    from assistant.query.question import analyse

    first = "星河天气近日上线。下载星河天气即可获得永久会员权益。"
    second = "这些权益包括降水图、天气趋势和免广告权益。此外，星河天气还将上架更多平台。"
    sentences = _sentences(first, second)
    best = next(s for s in sentences if "获得永久会员权益" in s.text)
    assert extractive.next_sentence(best, sentences) is None  # nothing after it in its own chunk
    q = analyse("下载星河天气获得的永久会员权益包括哪些？")
    draft = extractive._list(q, [Scored(best, 0.9, 0.9)], sentences)
    shown = [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]
    assert len(shown) == 2 and shown[1].startswith("这些权益包括降水图")


def test_a_list_sentence_whose_article_goes_on_after_a_gap_takes_no_other_passage():
    from assistant.answer.evidence import Scored
    from assistant.query.question import analyse

    a = made_chunk("星河天气近日上线。下载星河天气即可获得永久会员权益。", cid="a", start=0)
    b = made_chunk("这些权益包括降水图、天气趋势和免广告权益。", cid="b", start=500)  # a passage further on
    sentences = evidence.sentences_of([Hit(a, 1.0), Hit(b, 0.9)])
    best = next(s for s in sentences if "获得永久会员权益" in s.text)
    q = analyse("下载星河天气获得的永久会员权益包括哪些？")
    assert len(extractive._list(q, [Scored(best, 0.9, 0.9)], sentences).parts) == 1


def test_a_list_sentence_ending_its_paragraph_takes_no_heading_from_the_next_chunk():
    from assistant.answer.evidence import Scored
    from assistant.query.question import analyse

    first = "星河天气近日上线。下载星河天气即可获得永久会员权益。\n"
    second = "十八、星河 手机 发布会 权益"
    sentences = _sentences(first, second)
    best = next(s for s in sentences if "获得永久会员权益" in s.text)
    q = analyse("下载星河天气获得的永久会员权益包括哪些？")
    assert len(extractive._list(q, [Scored(best, 0.9, 0.9)], sentences).parts) == 1


def test_a_sentence_cut_by_its_chunk_whose_rest_is_not_retrieved_is_unfinished():
    a = made_chunk(FIRST, cid="a", start=0)
    cut = evidence.sentences_of([Hit(a, 1.0)])[-1]
    assert ranked_drafts.unfinished(_draft(cut), evidence.sentences_of([Hit(a, 1.0)]), ("统筹", "关系"))


def test_a_cut_sentence_whose_items_asked_end_before_its_last_clause_is_not_unfinished():
    a = made_chunk("今年工作坚持稳中求进、以进促稳的总基调,统筹发展和安全,", cid="a", start=0)
    cut = evidence.sentences_of([Hit(a, 1.0)])[-1]
    assert not ranked_drafts.unfinished(_draft(cut), [cut], ("坚持", "基调"))


def test_a_cut_sentence_whose_rest_is_retrieved_is_not_unfinished():
    sentences = _sentences()
    cut = next(s for s in sentences if s.chunk.id == "a" and "统筹发展和安全" in s.text)
    assert not ranked_drafts.unfinished(_draft(cut), sentences, ("统筹", "关系"))


def test_a_finished_sentence_last_in_its_chunk_is_not_unfinished():
    a = made_chunk("今年要统筹发展和安全。", cid="a", start=0)
    whole = evidence.sentences_of([Hit(a, 1.0)])[-1]
    assert not ranked_drafts.unfinished(_draft(whole), [whole], ("统筹", "关系"))
