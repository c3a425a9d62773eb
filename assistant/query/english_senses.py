"""Every sense the dictionary gives an English word, for reading whether a Chinese text writes it at all.

The bridge (query/crosslingual.py) keeps, for retrieval, the few translations of a word the corpus holds most
specifically; a check that asks whether a sentence writes a modifier asked (pure of "pure electric cars")
must not refuse a sentence for writing it in a sense outside those few (整车 for complete vehicles: 整 is
glossed "complete" too), so it reads them all.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.query.cedict import ENGLISH_STOPWORDS, english_index
from assistant.query.crosslingual import variants


@lru_cache(maxsize=4096)  # asked per word of every English question; the dictionary never changes
def senses(word: str) -> tuple[str, ...]:
    """Every Chinese headword of four characters at most the dictionary glosses with an English `word` or a form
    of it (complete: 完整, 整, 齐全 …), in the corpus or not: for asking whether a text writes the word in any
    sense, not for retrieval (the bridge's groups keep a few the corpus holds)."""
    low = word.lower()
    if low in ENGLISH_STOPWORDS or len(low) < 2:
        return ()
    index = english_index()
    found = {chinese: None for variant in variants(low) for chinese, weight in index.get(variant, []) if weight >= 0.25}
    return tuple(w for w in found if len(w) <= 4)
