"""jieba's dictionary, loaded from a numpy cache of its own: jieba's marshal cache took
1.6 s of CPU to read on the project machine (interning half a million words), this one
0.5 s, the largest part of what a new `suyuan ask` process spent on jieba. Same words,
same counts: it is written from what jieba itself loaded, next to jieba's own cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import jieba
import numpy as np

FORMAT = "1"


def cache_path(tokenizer: jieba.Tokenizer) -> Path:
    """Named after the dictionary file (its path, size and time) and the jieba version, so a
    changed dictionary is never read from an old cache."""
    if tokenizer.dictionary is None:
        source = os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), "dict.txt")
    else:
        source = tokenizer.dictionary
    stat = os.stat(source)
    key = f"{FORMAT}|{jieba.__version__}|{source}|{stat.st_size}|{stat.st_mtime_ns}"
    folder = tokenizer.tmp_dir or tempfile.gettempdir()
    return Path(folder) / f"suyuan-jieba-{hashlib.sha1(key.encode()).hexdigest()[:16]}.npz"


def _read(path: Path) -> tuple[dict[str, int], int]:
    with np.load(path, allow_pickle=False) as data:
        words = data["words"].tobytes().decode("utf-8").split("\n")
        counts = data["counts"]
        if len(words) != len(counts):
            raise ValueError(f"{path}: {len(words)} words, {len(counts)} counts")
        return dict(zip(words, counts.tolist())), int(data["total"])


def _write(path: Path, freq: dict[str, int], total: int) -> None:
    """Atomically, so a process reading it never sees half a file."""
    words = np.frombuffer("\n".join(freq).encode("utf-8"), dtype=np.uint8)
    counts = np.fromiter(freq.values(), dtype=np.int64, count=len(freq))
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, words=words, counts=counts, total=np.int64(total))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)  # a cache that cannot be written is only slower


def load(tokenizer: jieba.Tokenizer | None = None) -> None:
    """Initialise `tokenizer` (jieba's default one) from the cache; on a missing or unreadable
    cache, let jieba load its dictionary and write the cache from the result."""
    tokenizer = tokenizer or jieba.dt
    with tokenizer.lock:
        if tokenizer.initialized:
            return
        path = cache_path(tokenizer)
        try:
            tokenizer.FREQ, tokenizer.total = _read(path)
            tokenizer.initialized = True
        except Exception:  # missing, truncated, a bad zip, other arrays: jieba loads it as before
            tokenizer.initialize()
            _write(path, tokenizer.FREQ, tokenizer.total)
