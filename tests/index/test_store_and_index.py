"""Indexing into a real embedded Chroma in a temp folder (fake embedder for speed, and
the real model where the behaviour depends on it)."""

import shutil

import pytest

from assistant.config import Settings
from assistant.index.indexer import index_paths
from assistant.service import Assistant
from assistant.index.store import ChunkStore
from support import SEEDS, copy_seeds


def _assistant(tmp_path, embedder, **kw):
    settings = Settings(store=tmp_path / "store", seeds=SEEDS, **kw)
    return Assistant(settings, embedder=embedder)


def test_reindexing_unchanged_files_adds_nothing(tmp_path, fake_embedder):
    a = _assistant(tmp_path, fake_embedder)
    first = a.index([SEEDS])
    count = a.store.count()
    assert first.chunks_added == count > 50
    second = a.index([SEEDS])
    assert second.chunks_added == 0 and len(second.unchanged) == 2
    assert a.store.count() == count


def test_two_files_with_the_same_text_are_both_indexed(tmp_path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "东辽县新增智能温室12座。全县蔬菜产量增长8%。\n\n东辽县新建冷链物流中心3个。\n"
    for name in ("a.txt", "copy of a.txt", "b.txt"):  # one batch, two identical files
        (docs / name).write_text(text if name != "b.txt" else text.replace("12座", "15座"), encoding="utf-8")
    a = _assistant(tmp_path, fake_embedder)
    first = a.index([docs])
    assert not first.problems and len(first.added) == 3
    per_source = {}
    for chunk_id, meta, _ in a.store.iterate(include_text=False):
        per_source.setdefault(meta["source"], set()).add(chunk_id)
    assert len(per_source) == 3
    copies = [ids for source, ids in per_source.items() if source.endswith("a.txt")]
    assert len(copies) == 2 and not copies[0] & copies[1]
    second = a.index([docs])  # each copy is complete under its own name: nothing to redo
    assert second.chunks_added == 0 and len(second.unchanged) == 3


def test_edited_file_replaces_its_chunks_and_removed_file_is_pruned(tmp_path, fake_embedder):
    docs = copy_seeds(tmp_path / "docs")
    a = _assistant(tmp_path, fake_embedder)
    a.index([docs])
    before = {s.source: s for s in a.documents()}
    target = docs / "002_f54b4628cfe8029d.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\n东辽县新增智能温室12座。\n", encoding="utf-8")
    report = a.index([docs])
    assert len(report.replaced) == 1 and len(report.unchanged) == 1
    after = {s.source: s for s in a.documents()}
    changed = [k for k in after if "002_" in k][0]
    assert after[changed].content_hash != before[changed].content_hash
    assert sum(1 for s in a.documents() if s.source == changed) == 1  # old version gone
    (docs / "000_4d8817e16d129468.txt").unlink()
    report = a.index([docs], prune=True)
    assert len(report.pruned) == 1
    assert [s.source for s in a.documents()] == [changed]


def test_collection_name_encodes_model_and_chunking():
    a = Settings(chunk_tokens=240).collection_name()
    b = Settings(chunk_tokens=300).collection_name()
    c = Settings(embedding_model="other/model").collection_name()
    assert len({a, b, c}) == 3


def test_cosine_distance_is_turned_into_similarity(tmp_path, fake_embedder):
    store = ChunkStore(Settings(store=tmp_path / "s"))
    assert store.collection.configuration["hnsw"]["space"] == "cosine"
    a = _assistant(tmp_path, fake_embedder)
    a.index([SEEDS])
    (chunk, sim), *_ = a.store.query(fake_embedder.embed_query("涉鹿产值81.6亿元"), 1)
    assert 0 < sim <= 1.0001


def test_bad_files_are_skipped_with_their_names_and_the_rest_indexed(tmp_path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("东丰县新建冷库3座，总投资1.2亿元。\n", encoding="utf-8")
    (docs / "gbk.txt").write_bytes("东辽县新增智能温室12座。\n".encode("gbk"))
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (docs / "bad.md").write_bytes(bytes([0x81, 0xFF, 0xFE, 0x80]) * 40)
    (docs / "notes.xyz").write_text("ignored: unsupported type in a folder")
    a = _assistant(tmp_path, fake_embedder)
    a.index([SEEDS])
    before = a.store.count()
    report = a.index([docs, tmp_path / "missing.txt"])
    messages = "\n".join(report.problems)
    for name in ("empty.txt", "binary.txt", "bad.md", "missing.txt"):
        assert name in messages
    assert sorted(p.rsplit("/", 1)[-1] for p in report.added) == ["gbk.txt", "good.txt"]
    assert a.store.count() > before  # nothing already indexed was lost
    assert {s.source.rsplit("/", 1)[-1] for s in a.documents()} >= {"000_4d8817e16d129468.txt", "gbk.txt"}


def test_huge_file_is_refused(tmp_path, fake_embedder):
    big = tmp_path / "big.txt"
    big.write_text("东丰县。" * 400_000, encoding="utf-8")
    a = _assistant(tmp_path, fake_embedder, max_file_mb=1)
    report = a.index([big])
    assert "over the 1.0 MB limit" in report.problems[0]


def test_rebuild_builds_a_fresh_collection(tmp_path, fake_embedder):
    a = _assistant(tmp_path, fake_embedder)
    a.index([SEEDS])
    count = a.store.count()
    report = a.index([SEEDS], rebuild=True)
    assert report.chunks_added == count == a.store.count()
    assert [c.name for c in a.store.client.list_collections()] == [a.store.name]


def test_a_crash_between_writing_and_deleting_is_finished_on_the_next_run(tmp_path, fake_embedder):
    """Both versions of a file present (killed after the upsert, before the delete)."""
    docs = copy_seeds(tmp_path / "docs")
    a = _assistant(tmp_path, fake_embedder)
    a.index([docs])
    old = {s.source: s.content_hash for s in a.documents()}
    target = docs / "002_f54b4628cfe8029d.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\n新增一段。\n", encoding="utf-8")
    from assistant.index import store as store_module

    real_delete = store_module.ChunkStore.delete_stale
    store_module.ChunkStore.delete_stale = lambda self, current: 0
    try:
        a.index([docs])
    finally:
        store_module.ChunkStore.delete_stale = real_delete
    assert len(a.store.source_state([k for k in old if "002_" in k][0])) == 2
    a.index([docs])
    assert all(len(a.store.source_state(k)) == 1 for k in old)


def test_empty_is_answered_without_counting_chroma_and_a_view_is_empty_by_its_documents(tmp_path, fake_embedder):
    """`empty()` runs before every question: from the keyword index, not Chroma's count(),
    which scans the collection; a view of documents that match nothing is empty."""
    from assistant.filters import SourceView

    a = _assistant(tmp_path, fake_embedder)
    assert a.store.empty()
    a.index([SEEDS])
    counted = []
    a.store.collection.count = lambda: counted.append(1) or 0
    assert not a.store.empty() and not counted
    source = next(iter(a.store.iterate(include_text=False)))[1]["source"]
    assert not SourceView(a.store, [source]).empty()
    assert SourceView(a.store, ["no such file.txt"]).empty()


def test_dense_search_asks_for_more_than_the_store_holds_without_counting(tmp_path, fake_embedder):
    """`query` runs on every question: it does not count the collection first (a scan in
    Chroma); asking for more chunks than there are gives them all, an empty store none."""
    a = _assistant(tmp_path, fake_embedder)
    vector = fake_embedder.embed_query("涉鹿产值81.6亿元")
    assert a.store.query(vector, 10) == []
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("东辽县新增智能温室12座。\n\n东辽县新建冷链物流中心3个。\n", encoding="utf-8")
    a.index([docs])
    total = a.store.count()
    counted = []
    a.store.collection.count = lambda: counted.append(1) or 0
    found = a.store.query(vector, total + 50)
    assert len(found) == total >= 1 and not counted
    assert {c.id for c, _ in found} == {i for i, _, _ in a.store.iterate(include_text=False)}


def test_a_views_dense_search_keeps_to_its_documents_without_counting(tmp_path, fake_embedder):
    """A filtered view (--document) searches only its documents, gives all of them when asked
    for more, and does not fetch the ids of its documents first."""
    from assistant.filters import SourceView

    a = _assistant(tmp_path, fake_embedder)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("东辽县新增智能温室12座。\n\n东辽县新建冷链物流中心3个。\n", encoding="utf-8")
    (docs / "b.txt").write_text("西丰县新增鹿场40个。\n", encoding="utf-8")
    a.index([docs])
    by_source = {}
    for i, meta, _ in a.store.iterate(include_text=False):
        by_source.setdefault(meta["source"], set()).add(i)
    source_a = next(s for s in by_source if s.endswith("a.txt"))
    view = SourceView(a.store, [source_a])
    view.count = lambda: (_ for _ in ()).throw(AssertionError("counted before the search"))
    found = view.query(fake_embedder.embed_query("鹿场"), 50)
    assert {c.id for c, _ in found} == by_source[source_a]
    assert SourceView(a.store, ["no such file.txt"]).query(fake_embedder.embed_query("鹿场"), 5) == []
