"""Stand-in stores for the scale benchmark: a real Chroma in a temp folder."""

from __future__ import annotations

import pytest

from assistant.bench import standin
from assistant.index.store import ChunkStore


class Stop(Exception):
    pass


def _contents(store: ChunkStore) -> dict[str, tuple[str, str]]:
    return {chunk_id: (text, meta["tokens"]) for chunk_id, meta, text in store.iterate()}


def test_an_interrupted_build_resumes_to_the_same_store(tmp_path, settings):
    pool = standin.sentence_pool(settings.seeds, settings.chunk_tokens)
    embedder = standin.StandInEmbedder()
    whole = settings.model_copy(update={"store": tmp_path / "whole"})
    full, _ = standin.standin_store(whole, 50, pool, embedder, batch=10)
    expected = _contents(full)
    assert len(expected) == 50 and len(full.keywords) == 50

    cut = settings.model_copy(update={"store": tmp_path / "cut"})
    calls = []

    def stop_after_first_note(message):
        calls.append(message)
        if len(calls) == 1:
            raise Stop  # after the first batch (a note every 4 batches, the first at batch 0)

    with pytest.raises(Stop):
        standin.standin_store(cut, 50, pool, embedder, stop_after_first_note, batch=10)
    assert ChunkStore(cut).count() == 10
    store, seconds = standin.standin_store(cut, 50, pool, embedder, calls.append, batch=10)
    assert any("resuming at 10 chunks" in m for m in calls)
    assert _contents(store) == expected
    assert len(store.keywords) == 50 and seconds > 0
    # complete: reused as it is
    again, again_seconds = standin.standin_store(cut, 50, pool, embedder, batch=10)
    assert again.count() == 50 and again_seconds == float(store.info("standin_build_seconds"))


def test_a_store_of_another_size_is_rebuilt_with_a_sync_threshold_dividing_it(tmp_path, settings):
    pool = standin.sentence_pool(settings.seeds, settings.chunk_tokens)
    s = settings.model_copy(update={"store": tmp_path / "s"})
    standin.standin_store(s, 30, pool, standin.StandInEmbedder(), batch=10)
    store, _ = standin.standin_store(s, 20, pool, standin.StandInEmbedder(), batch=10)
    assert store.count() == 20 and store.info("standin_size") == 20
    assert store.collection.configuration["hnsw"]["sync_threshold"] == 20
    assert ChunkStore(s).query(standin.StandInEmbedder().embed_query(pool[0][0]), 3)


def test_limit_zero_runs_the_stand_ins_without_the_archive(tmp_path, settings):
    from assistant.bench import scale

    report = scale.run(settings, None, 0, (), (), tmp_path / "work")
    assert report == {"standin": [], "keyword_standin": []}
    assert scale.table(report) == ""
