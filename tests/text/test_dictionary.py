"""jieba's dictionary from Suyuan's cache: the same words and counts as jieba's own load."""

from __future__ import annotations

import jieba
import pytest

from assistant.text import dictionary


def _fresh(tmp_path) -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(tmp_path)  # jieba's and our caches both go here
    return tokenizer


def test_the_cache_gives_what_jieba_loads_and_the_same_cuts(tmp_path):
    reference = _fresh(tmp_path)
    reference.initialize()

    first = _fresh(tmp_path)
    dictionary.load(first)  # no cache yet: jieba loads, the cache is written
    path = dictionary.cache_path(first)
    assert path.is_file() and path.parent == tmp_path

    second = _fresh(tmp_path)
    second.initialize = lambda *a: pytest.fail("read jieba's dictionary, not the cache")
    dictionary.load(second)
    assert second.initialized
    assert second.FREQ == reference.FREQ and second.total == reference.total
    text = "辽源市东丰县梅花鹿产业产值达到多少亿元"
    assert list(second.cut_for_search(text)) == list(reference.cut_for_search(text))
    assert second.FREQ["梅花鹿"] == reference.FREQ["梅花鹿"] > 0


def test_a_broken_cache_falls_back_to_jieba_and_is_rewritten(tmp_path):
    path = dictionary.cache_path(_fresh(tmp_path))
    path.write_bytes(b"PK\x03\x04 not a zip file")
    tokenizer = _fresh(tmp_path)
    dictionary.load(tokenizer)
    assert tokenizer.initialized and tokenizer.FREQ["梅花鹿"] > 0
    assert dictionary._read(path) == (tokenizer.FREQ, tokenizer.total)  # rewritten whole
    again = _fresh(tmp_path)
    dictionary.load(again)
    assert again.FREQ == tokenizer.FREQ


def test_the_cache_is_named_after_the_dictionary_file(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("梅花鹿 5 n\n", encoding="utf-8")
    custom = jieba.Tokenizer(str(words))
    custom.tmp_dir = str(tmp_path)
    default = _fresh(tmp_path)
    assert dictionary.cache_path(custom) != dictionary.cache_path(default)
    dictionary.load(custom)
    assert custom.FREQ["梅花鹿"] == 5 and custom.total == 5
    before = dictionary.cache_path(custom)
    words.write_text("梅花鹿 17 n\n", encoding="utf-8")  # an edited dictionary: another cache
    changed = jieba.Tokenizer(str(words))
    changed.tmp_dir = str(tmp_path)
    assert dictionary.cache_path(changed) != before
    dictionary.load(changed)
    assert changed.FREQ["梅花鹿"] == 17
