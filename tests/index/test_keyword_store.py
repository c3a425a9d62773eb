"""The persisted keyword index: same scores as the in-memory BM25, incremental updates,
shared between processes through its file, and repaired against Chroma after a crash."""

import random

import pytest

from assistant.index.keyword_store import KeywordStore
from assistant.index.keywords import KeywordIndex

WORDS = ["梅花鹿", "产值", "东丰县", "高新区", "粮食", "产量", "增长", "项目", "投资", "就业", "2024", "8.5%", "gdp"]


def _corpus(n, seed=1):
    rng = random.Random(seed)
    return {f"c{i}": [rng.choice(WORDS) for _ in range(rng.randint(3, 12))] for i in range(n)}


def _meta(tokens, source="a.txt"):
    return {"source": source, "title": "t", "tokens": " ".join(tokens)}


def _same_ranking(store, memory, query):
    got, want = store.search(query, 10), memory.search(query, 10)
    assert [round(s, 4) for _, s in got] == [round(s, 4) for _, s in want]
    # equal scores may come in either order (and the last ones may be cut at different ids):
    # above the lowest score, the ids at each score agree
    low = round(want[-1][1], 4)
    by_score = lambda hits: {round(s, 4): {i for i, t in hits if round(t, 4) == round(s, 4)} for _, s in hits
                             if round(s, 4) > low}
    assert by_score(got) == by_score(want)


def test_scores_equal_the_in_memory_bm25_through_adds_and_removes(tmp_path):
    docs = _corpus(300)
    store = KeywordStore(tmp_path / "k.sqlite3")
    ids = list(docs)
    for i in range(0, len(ids), 37):  # many small writes: segments pile up and are merged
        store.add(ids[i : i + 37], [_meta(docs[d]) for d in ids[i : i + 37]])
    gone = ids[::5]
    store.remove(gone)
    left = [d for d in ids if d not in set(gone)]
    memory = KeywordIndex(left, [docs[d] for d in left])
    for query in (["梅花鹿", "产值"], ["东丰县", "粮食", "粮食"], ["gdp"], ["8.5%", "增长"]):
        _same_ranking(store, memory, query)
    assert set(store.ids) == set(left) and len(store) == len(left)
    for term in ("梅花鹿", "项目", "未见过"):
        assert store.idf_of(term) == pytest.approx(memory.idf_of(term), rel=1e-6)
    assert store.known(["梅花鹿", "未见过"]) == ["梅花鹿"]
    segments = store.db.execute("select max(c) from (select count(*) c from postings group by term)").fetchone()[0]
    assert segments <= 8, "a term's segments are merged as they pile up"


def test_adding_again_changes_nothing_and_a_second_process_sees_writes(tmp_path):
    docs = _corpus(50)
    path = tmp_path / "k.sqlite3"
    writer, reader = KeywordStore(path), KeywordStore(path)
    writer.add(list(docs), [_meta(t) for t in docs.values()])
    before = reader.search(["梅花鹿"], 50)
    writer.add(list(docs), [_meta(t) for t in docs.values()])  # a replayed write
    assert reader.search(["梅花鹿"], 50) == before and len(reader) == 50
    writer.add(["new"], [_meta(["独有词", "梅花鹿"])])
    assert reader.search(["独有词"], 5)[0][0] == "new"
    writer.remove(["new"])
    assert reader.search(["独有词"], 5) == [] and "独有词" not in reader.known(["独有词"])


def test_facts_are_read_back_with_their_chunk(tmp_path):
    store = KeywordStore(tmp_path / "k.sqlite3")
    fact = '[["东丰县", "产值", "", 81.6, null, "亿元", false, "81.6亿元", ["梅花鹿"], 10, 16]]'
    store.add(["x", "y"], [{**_meta(["产值"], "d.txt"), "facts": fact}, _meta(["产值"])])
    (only,) = store.facts()
    assert (only.chunk_id, only.source, only.value, only.unit) == ("x", "d.txt", 81.6, "亿元")
    store.remove(["x"])
    assert store.facts() == []


def test_store_repairs_the_keyword_index_after_an_interrupted_write(tmp_path, fake_embedder):
    from assistant.config import Settings
    from assistant.index.store import ChunkStore

    settings = Settings(store=tmp_path / "store")
    store = ChunkStore(settings)
    ids = ["a", "b", "c"]
    metas = [{"source": "s.txt", "doc_hash": "h", "doc_chunks": 3, "tokens": f"梅花鹿 词{i}"} for i in range(3)]
    vectors = fake_embedder.embed_documents(["x", "y", "z"])
    store.upsert(ids[:1], vectors[:1], ["x"], metas[:1])
    # a crash after Chroma took the chunks, before the keyword index did
    store.keywords.begin("upsert", ids[1:])
    store.collection.upsert(ids=ids[1:], embeddings=vectors[1:], documents=["y", "z"], metadatas=metas[1:])
    # and one after the keyword index was told of a delete that Chroma never made
    store.keywords.begin("delete", ["a"])
    reopened = ChunkStore(settings)
    assert set(reopened.keywords.ids) == {"a", "b", "c"}
    assert reopened.keywords.unfinished() == []
    assert {i for i, _ in reopened.keywords.search(["梅花鹿"], 10)} == {"a", "b", "c"}


def test_a_store_without_a_keyword_index_gets_one_built_from_chroma(tmp_path, fake_embedder):
    from assistant.config import Settings
    from assistant.index.store import ChunkStore

    settings = Settings(store=tmp_path / "store")
    store = ChunkStore(settings)
    metas = [{"source": "s.txt", "doc_hash": "h", "doc_chunks": 2, "tokens": "梅花鹿 产值"}] * 2
    store.upsert(["a", "b"], fake_embedder.embed_documents(["x", "y"]), ["x", "y"], metas)
    path = store.keywords.path
    store.keywords.close()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    fresh = ChunkStore(settings)
    assert set(fresh.keywords.ids) == {"a", "b"}
    fresh.delete_source("s.txt")
    assert ChunkStore(settings).keywords.ids == []


def test_a_file_with_traditional_tokens_from_before_is_simplified_once_when_opened(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    store = KeywordStore(path)
    store.add(["t1", "s1"], [_meta(["遼源", "經濟", "發展"], "tw.txt"), _meta(["东丰县", "产值"], "cn.txt")])
    assert store.search(["经济"], 5) == []  # written as an older version wrote traditional text
    store.close()
    db = sqlite3.connect(path)
    db.execute("delete from meta where key = 'tokens'")  # files from before carry no mark
    db.commit()
    db.close()
    reopened = KeywordStore(path)
    assert [i for i, _ in reopened.search(["经济", "辽源"], 5)] == ["t1"]
    assert reopened.search(["經濟"], 5) == [] and [i for i, _ in reopened.search(["产值"], 5)] == ["s1"]
    assert len(reopened) == 2 and sorted(reopened.ids) == ["s1", "t1"]


def test_a_new_reader_starts_from_the_snapshot_and_scores_as_a_full_read(tmp_path, monkeypatch):
    from assistant.index import keyword_db

    monkeypatch.setattr(keyword_db, "SNAPSHOT_EVERY", 40)
    docs = _corpus(300, seed=3)
    path = tmp_path / "k.sqlite3"
    writer = KeywordStore(path)
    ids = list(docs)
    for i in range(0, 250, 25):
        writer.add(ids[i : i + 25], [_meta(docs[d]) for d in ids[i : i + 25]])
    writer.remove(ids[:250:7])
    writer.add(ids[250:], [_meta(docs[d]) for d in ids[250:]])
    writer.remove([ids[1]])  # one row: no new snapshot
    seq = keyword_db.read_snapshot(writer.db)[0]
    assert 0 < seq < writer.version(), "a snapshot was taken, and rows changed after it"
    left = [d for d in ids if d not in set(ids[:250:7]) | {ids[1]}]
    memory = KeywordIndex(left, [docs[d] for d in left])

    reader = KeywordStore(path)
    caught_up = []
    rows = reader._rows
    reader._rows = lambda sql, params=(): caught_up.append(rows(sql, params)) or caught_up[-1] \
        if "from docs where seq >" in sql else rows(sql, params)
    assert len(reader) == len(left)
    assert 0 < len(caught_up[0]) < 60, "the rows changed since the snapshot, not all 300"
    for query in (["梅花鹿", "产值"], ["东丰县", "粮食"], ["gdp", "8.5%"]):
        _same_ranking(reader, memory, query)
        assert reader.search(query, 20) == writer.search(query, 20)


def test_a_chunk_removed_then_added_again_after_the_snapshot_is_counted_once(tmp_path, monkeypatch):
    """Adding an id again drops its dead row, which catching up on changed rows cannot see:
    that write renews the snapshot, so a new reader does not count the old row as alive."""
    from assistant.index import keyword_db

    monkeypatch.setattr(keyword_db, "SNAPSHOT_EVERY", 10)
    docs = _corpus(30, seed=4)
    path = tmp_path / "k.sqlite3"
    writer = KeywordStore(path)
    writer.add(list(docs), [_meta(t) for t in docs.values()])  # snapshot: c0 alive
    other = KeywordStore(path)  # another process removes c0 ...
    other.remove(["c0"])
    writer.add(["c0"], [_meta(["梅花鹿", "独有词"])])  # ... and this one adds it again
    reader = KeywordStore(path)
    assert len(reader) == 30 == len(set(reader.ids))
    assert reader.search(["独有词"], 5)[0][0] == "c0"
    assert reader.idf_of("梅花鹿") == pytest.approx(writer.idf_of("梅花鹿"))


def test_a_reader_that_saw_a_chunk_alive_counts_it_once_after_it_is_removed_and_added_again(tmp_path):
    """The dropped dead row never shows among the changed rows a running reader catches up on;
    the reader must notice the drop and start again from the snapshot taken with it."""
    docs = _corpus(30, seed=5)
    path = tmp_path / "k.sqlite3"
    writer = KeywordStore(path)
    writer.add(list(docs), [_meta(t) for t in docs.values()])
    reader = KeywordStore(path)
    assert len(reader) == 30  # the reader has c0 alive at its first row
    writer.remove(["c0"])
    writer.add(["c0"], [_meta(["梅花鹿", "独有词"])])  # c0 again, at a new row; its old row is dropped
    assert len(reader) == 30 == len(writer)
    assert reader.search(["独有词"], 5)[0][0] == "c0"
    assert reader.idf_of("梅花鹿") == pytest.approx(writer.idf_of("梅花鹿"))
    writer.remove(["c1"])
    writer.add(["c1"], [_meta([])])  # again, a chunk without words: nothing to post, the row still dropped
    assert len(reader) == 30 == len(writer)
