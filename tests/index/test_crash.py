"""SIGKILL `suyuan index` at random points, again and again; the index that the next run
leaves must equal a clean build, and the keyword index must agree with Chroma."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from support import ROOT, SEEDS

pytestmark = pytest.mark.slow


def _corpus(folder):
    """The seeds and variants of them: enough chunks for indexing to take a while."""
    folder.mkdir(parents=True)
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in sorted(SEEDS.iterdir())]
    for n in range(4):
        for name, text in texts:
            (folder / f"v{n}_{name}").write_text(text.replace("2024", str(2030 + n)) + f"\n\n版本{n}。\n", encoding="utf-8")
    return folder


def _index(store, folder, env_extra=None):
    env = {**os.environ, "SUYUAN_STORE": str(store), "SUYUAN_EMBEDDING_BATCH": "4", **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "assistant.cli", "index", str(folder)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _children(pid):
    """The processes `pid` started (its indexing worker and multiprocessing's resource tracker)."""
    try:
        return {int(c) for t in os.listdir(f"/proc/{pid}/task") for c in open(f"/proc/{pid}/task/{t}/children").read().split()}
    except OSError:
        return set()


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
    except OSError:
        return False


def _state(store):
    a = Assistant(Settings(store=store))
    records = {}
    for chunk_id, meta, _ in a.store.iterate(include_text=False):
        records[chunk_id] = (meta["source"], meta["start"], meta["end"], meta["doc_hash"])
    keyword_ids = set(a.keyword_index().ids)
    return records, keyword_ids, a.documents()


def test_killing_indexing_midway_never_corrupts_the_index(tmp_path):
    folder = _corpus(tmp_path / "docs")
    clean_store = tmp_path / "clean"
    t0 = time.time()
    proc = _index(clean_store, folder)
    assert proc.wait(timeout=900) == 0, proc.stderr.read()
    full = time.time() - t0
    clean, clean_kw, _ = _state(clean_store)

    crashed = tmp_path / "crashed"
    rng = random.Random(20261122)
    kills, attempts, orphans = 0, 0, set()
    while kills < 4 and attempts < 10:
        attempts += 1
        proc = _index(crashed, folder)
        # from before the model is loaded to well into the writes; later runs have less left
        time.sleep(rng.uniform(2.0, max(3.0, full * 0.5 / attempts ** 0.5)))
        if proc.poll() is None:
            children = _children(proc.pid)
            proc.send_signal(signal.SIGKILL)
            kills += 1
            proc.wait(timeout=60)
            orphans.update(children)
        proc.wait(timeout=60)
    assert kills >= 3, "indexing finished before it could be killed; the corpus is too small"
    assert orphans, "no killed run had started its worker: the test no longer covers the worker"
    deadline = time.time() + 30
    while time.time() < deadline and any(_alive(pid) for pid in orphans):
        time.sleep(0.5)
    assert not [pid for pid in orphans if _alive(pid)], "a killed run's worker outlived it"
    proc = _index(crashed, folder)
    assert proc.wait(timeout=900) == 0, proc.stderr.read()
    records, keyword_ids, docs = _state(crashed)
    assert set(records) == set(clean), "same chunks as a clean build: none missing, none extra"
    assert records == clean
    assert len({(s, a, b) for s, a, b, _ in records.values()}) == len(records), "no duplicate passages"
    assert keyword_ids == set(records) == clean_kw
    assert all(d.complete for d in docs) and len(docs) == len(list(folder.iterdir()))
