"""The dense search finds (nearly all) the same nearest chunks in every process. Chroma (1.x, local)
replays the records written after the HNSW index's last save into a new graph in each
process; a search only as deep as the chunks asked then found different neighbours from
one process to the next (session 44: an answer given or refused by run)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.index.store import SEARCH_DEPTH, ChunkStore

ROOT = str(Path(__file__).resolve().parents[2])


def test_the_search_looks_deeper_than_asked_and_keeps_the_nearest(tmp_path):
    store = ChunkStore(Settings(store=tmp_path / "store"))
    vectors = np.eye(8, dtype=np.float32)[:6] + 0.1
    store.collection.add(ids=[f"c{i}" for i in range(6)], embeddings=vectors.tolist(), documents=[f"段落{i}" for i in range(6)],
                         metadatas=[{"source": "a.txt", "start": i, "end": i + 1} for i in range(6)])
    asked = []
    search = store.collection.query
    store.collection.query = lambda **kw: asked.append(kw["n_results"]) or search(**kw)
    found = store.query((np.eye(8)[3] + 0.05 * np.eye(8)[4]).tolist(), 2)
    assert asked == [SEARCH_DEPTH]
    assert [c.id for c, _ in found] == ["c3", "c4"] and [c.text for c, _ in found] == ["段落3", "段落4"]
    assert found[0][1] > found[1][1]


SEARCH = """
import json, sys
import numpy as np
from pathlib import Path
from assistant.config import Settings
from assistant.index.store import ChunkStore
store = ChunkStore(Settings(store=Path(sys.argv[1])))
queries = np.load(sys.argv[2])
print(json.dumps([[c.id for c, _ in store.query(q.tolist(), 30)] for q in queries]))
"""


@pytest.mark.slow
def test_two_processes_find_nearly_all_the_exact_nearest_chunks(tmp_path):
    rng = np.random.default_rng(5)
    n, dim = 4600, 96  # past Chroma's save every 1,000 records: 600 are replayed in each process
    vectors = rng.normal(size=(n, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store = ChunkStore(Settings(store=tmp_path / "store"))
    for s in range(0, n, 500):
        ids = [f"c{i:05d}" for i in range(s, min(n, s + 500))]
        store.collection.add(ids=ids, embeddings=vectors[s : s + 500].tolist(), documents=["x"] * len(ids),
                             metadatas=[{"source": "a.txt", "start": 0, "end": 1}] * len(ids))
    noise = rng.normal(size=(30, dim)).astype(np.float32)
    # a question near a passage of its own, in a store of nearly random vectors (harder than text)
    queries = vectors[rng.integers(0, n, 30)] + 0.2 * noise / np.linalg.norm(noise, axis=1, keepdims=True)
    np.save(tmp_path / "q.npy", queries)
    exact = [[f"c{i:05d}" for i in np.argsort(-(vectors @ (q / np.linalg.norm(q))), kind="stable")[:30]] for q in queries]
    del store
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", SEARCH, str(tmp_path / "store"), str(tmp_path / "q.npy")],
                              capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": ROOT})
        assert done.returncode == 0, done.stderr[-800:]
        found = json.loads(done.stdout.strip().splitlines()[-1])
        missed = sum(len(set(e) - set(f)) for e, f in zip(exact, found))
        # HNSW stays approximate: 500 deep it misses 0-1 of these 900 nearest chunks (the
        # replayed graph differs by process), 30 deep, as before session 44, about 40.
        assert missed <= 3, missed
