"""A name spelled in pinyin reads as the same Chinese words, in the same order, in every
process: the bridge's vocabulary is a set, whose order changes with PYTHONHASHSEED."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.query.crosslingual import Bridge

# made-up homophones of a made-up name
HOMOPHONES = ["乔宇", "桥雨", "侨宇", "荞玉", "翘羽", "桥宇", "乔雨", "侨玉"]
QUESTION = "Where does Qiaoyu sell its tea?"


def test_a_spellings_words_come_in_sorted_order():
    bridge = Bridge(HOMOPHONES)
    assert bridge.by_pinyin["qiaoyu"] == sorted(HOMOPHONES)
    assert bridge.proper_names(QUESTION) == (("Qiaoyu", tuple(sorted(HOMOPHONES))),)


@pytest.mark.slow
def test_the_names_asked_are_the_same_whatever_the_hash_seed():
    code = f"from assistant.query.crosslingual import Bridge; print(Bridge({HOMOPHONES!r}).proper_names({QUESTION!r}))"
    root = str(Path(__file__).resolve().parents[2])
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-500:]
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
