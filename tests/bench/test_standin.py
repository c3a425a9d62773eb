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


def test_the_sync_threshold_is_chromas_default_or_divides_a_smaller_size():
    assert standin.sync_threshold(20) == 20
    assert standin.sync_threshold(1_000_000) == standin.sync_threshold(300_000) == 1000
    assert standin.sync_threshold(2500) == 500  # the last record is written with the index
    assert standin.sync_threshold(1_000_003) == 100  # never one write per record


def _log_rows(store_dir) -> int:
    """Records still in Chroma's SQLite log: what a new process re-reads on its first query."""
    import sqlite3

    with sqlite3.connect(store_dir / "chroma.sqlite3") as db:
        return db.execute("SELECT count(*) FROM embeddings_queue").fetchone()[0]


def test_a_build_begun_at_another_threshold_starts_again_at_this_one_and_leaves_no_log(tmp_path, settings):
    import subprocess
    import sys

    pool = standin.sentence_pool(settings.seeds, settings.chunk_tokens)
    s = settings.model_copy(update={"store": tmp_path / "s"})

    def stop(message):
        raise Stop

    with pytest.raises(Stop):
        standin.standin_store(s, 50, pool, standin.StandInEmbedder(), stop, batch=10)
    # as an earlier version left it: nothing of the index written yet, all in Chroma's log
    ChunkStore(s).collection.modify(configuration={"hnsw": {"sync_threshold": 50_000}})
    # resumed by a new process, as `suyuan bench scale` resumes a build (Chroma reads a
    # collection's threshold when it first loads its index in a process)
    code = ("import sys; from pathlib import Path; from assistant.config import Settings; from assistant.bench import standin; "
            "s = Settings(store=Path(sys.argv[1]), seeds=Path(sys.argv[2])); "
            "standin.standin_store(s, 50, standin.sentence_pool(s.seeds, s.chunk_tokens), standin.StandInEmbedder(), batch=10)")
    subprocess.run([sys.executable, "-c", code, str(s.store), str(s.seeds)], check=True, timeout=300)
    store = ChunkStore(s)
    assert store.count() == 50 and store.collection.configuration["hnsw"]["sync_threshold"] == 50
    assert _log_rows(s.store) <= 1  # Chroma keeps the last record it wrote; at 50,000 it kept all 50
    assert _contents(store) == _contents(standin.standin_store(  # the same chunks as a build in one go
        settings.model_copy(update={"store": tmp_path / "whole"}), 50, pool, standin.StandInEmbedder(), batch=10)[0])


@pytest.mark.slow
def test_a_new_process_is_timed_to_its_answer_and_to_its_exit(seeded):
    """`suyuan ask` in a new process over the seeds: the answer shows before the process has
    freed everything and exited; a process that fails is reported, not timed."""
    settings = seeded.settings
    times = standin.new_process_seconds(settings, "东丰县梅花鹿产值是多少")
    assert 0 < times["new_process_first_answer_s"] <= times["new_process_exit_s"] < 120
    with pytest.raises(RuntimeError, match="failed"):
        standin.new_process_seconds(settings, "东丰县梅花鹿产值是多少", {"SUYUAN_TOP_K": "not a number"})
