"""A retrieved passage cut inside its sentence brings the rest (retrieve/cut_rest.py)."""

from assistant.records import Chunk, Hit
from assistant.retrieve.cut_rest import with_cut_rests


def _chunk(cid, start, text, article=1):
    return Chunk(id=cid, source="doc", title="", subject="", article=article, start=start, end=start + len(text), text=text)


ANNOUNCED = _chunk("a", 0, "今年的目标是稳中求进。重点做好三件事:")
ITEMS = _chunk("b", len(ANNOUNCED.text), "(一)修路架桥。(二)植树造林。(三)兴办学校。")
LATER = _chunk("c", 60, "各位代表，让我们团结奋斗。")
OTHER = _chunk("d", 0, "重点做好三件事:", article=2)


def _reader(sources, articles):
    return [c for c in (ANNOUNCED, ITEMS, LATER, OTHER) if c.source in sources and c.article in articles]


def _hit(chunk, score=1.0):
    return Hit(chunk, score, 1, 1, 0.5)


def test_a_list_announced_at_a_cut_brings_its_items_after_the_ranked_hits():
    hits = [_hit(ANNOUNCED), _hit(LATER, 0.5)]
    got = with_cut_rests(hits, _reader)
    assert [h.chunk.id for h in got] == ["a", "c", "b"]
    assert got[-1].score == 0.5


def test_a_finished_sentence_or_a_retrieved_rest_brings_nothing():
    assert [h.chunk.id for h in with_cut_rests([_hit(LATER)], _reader)] == ["c"]
    assert [h.chunk.id for h in with_cut_rests([_hit(ANNOUNCED), _hit(ITEMS)], _reader)] == ["a", "b"]


def test_only_the_same_article_is_read_on():
    assert [h.chunk.id for h in with_cut_rests([_hit(OTHER)], _reader)] == ["d"]
