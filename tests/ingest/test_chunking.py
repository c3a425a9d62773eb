import re

from assistant.ingest import chunking
from assistant.text.sentences import split_sentences
from assistant.ingest import loaders
from assistant.text.words import normalise
from support import SEEDS


def _docs():
    return loaders.load_paths([SEEDS], 20 * 2**20).documents


def test_every_sentence_quote_is_the_original_text():
    for doc in _docs():
        for chunk in chunking.chunk_document(doc, 240, 1):
            assert doc.text[chunk.start:chunk.end] == chunk.raw
            for a, b in split_sentences(chunk.text):
                quote, span = chunk.quote(a, b)
                assert doc.text[span.start:span.end] == quote
                assert re.sub(r"\s", "", quote) == re.sub(r"\s", "", chunk.text[a:b])


def test_a_quote_across_a_layout_break_keeps_the_break():
    doc = _docs()[0]
    chunk = next(c for c in chunking.chunk_document(doc, 240, 1) if "同比增长37.01%" in c.text)
    at = chunk.text.index("同比增长37.01%")
    quote, span = chunk.quote(at, at + len("同比增长37.01%"))
    assert quote == "同比增长\n\n37.01%"
    assert doc.text[span.start:span.end] == quote


def test_chunks_respect_the_token_budget_and_overlap():
    doc = _docs()[0]
    small = chunking.chunk_document(doc, 120, 1)
    large = chunking.chunk_document(doc, 400, 0)
    assert len(small) > len(large)
    for c in small:
        assert chunking.count_tokens(c.text) <= 120 + 5  # paragraph separators


def _overlaps(chunks):
    pairs = [(a, b) for a, b in zip(chunks, chunks[1:]) if a.article == b.article]
    first = lambda c: c.text[slice(*split_sentences(c.text)[0])]
    return sum(1 for a, b in pairs if first(b) in a.text), len(pairs)


def test_neighbouring_chunks_share_a_sentence_when_overlap_is_on():
    doc = _docs()[0]
    shared, pairs = _overlaps(chunking.chunk_document(doc, 240, 1))
    assert shared >= pairs * 0.6
    shared, pairs = _overlaps(chunking.chunk_document(doc, 240, 0))
    assert shared == 0


def test_title_travels_with_each_chunk_for_search():
    doc = _docs()[0]
    chunk = next(c for c in chunking.chunk_document(doc, 240, 1) if "涉鹿产值81.6亿元" in c.text)
    assert "东丰县" in chunk.embed_text().splitlines()[0]
    assert "全县" in chunk.text


def test_chunk_ids_are_stable_content_hashes():
    doc = _docs()[0]
    first = [c.id for c in chunking.chunk_document(doc, 240, 1)]
    again = [c.id for c in chunking.chunk_document(doc, 240, 1)]
    assert first == again and len(set(first)) == len(first)


def test_every_evidence_string_lies_inside_one_chunk():
    import json

    chunks = [c for d in _docs() for c in chunking.chunk_document(d, 240, 1)]
    texts = [normalise(c.embed_text()) for c in chunks]
    for line in (SEEDS.parent / "tests" / "data" / "extra.jsonl").read_text().splitlines():
        for ev in json.loads(line)["evidence"]:
            assert any(normalise(ev) in t for t in texts), ev


def test_sentence_splitting_handles_half_width_marks_and_quotes():
    text = "他说：“今年要干好。”明年呢?再说;好！"
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["他说：“今年要干好。”", "明年呢?", "再说;", "好！"]
