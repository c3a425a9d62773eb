"""CC-CEDICT read backwards, once: English word -> the Chinese headwords defined by it, English name -> its Chinese."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from functools import lru_cache

from assistant.text.cedict_file import entries, headwords_by_case


ENGLISH_STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or is are was were be been being do does did has have had
    what which who whom whose when where why how much many does will would should could can may might this that
    these those it its their there here than then as into about over under per each any all some more most
    planned plan plans expected expect expects according year years target targets""".split()
)

_lock = threading.Lock()


def fold(text: str) -> str:
    """Accents dropped: the dictionary writes Citroën, a question Citroen."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def english_index() -> dict[str, list[tuple[str, float]]]:
    """english word -> [(simplified headword, specificity 0..1)], best first."""
    with _lock:  # read once, by one of the chat's threads
        return _read_dictionary()[0]


def dictionary_names() -> dict[str, list[str]]:
    """english name (lower case) -> the simplified headwords the dictionary gives for it as a
    proper noun (capitalised pinyin) whose definition is the name itself, before any comma
    or bracket: Nokia -> 诺基亚 ("Nokia (company name)"), Citroen -> 雪铁龙; not South ->
    南非 ("South Africa")."""
    with _lock:
        return _read_dictionary()[1]


# a proper name glossed with its own Chinese as a cross-reference (英国: United Kingdom 聯合王國|联合王国[...]); not
# "see 七台河" nor "variant of 丘吉尔", whose English is no name
CROSS_REFERENCED = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) [^\x00-\x7f|]+(?:\|[^\x00-\x7f]+)?(?:\[[^\]]*\])?")


@lru_cache(maxsize=1)
def _read_dictionary() -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[str]]]:
    """Both readings of the dictionary in one pass over its 120,000 lines."""
    index: dict[str, dict[str, float]] = defaultdict(dict)
    names: dict[str, list[str]] = defaultdict(list)
    for simplified, pinyin, definitions in entries():
        if not re.search(r"[\u4e00-\u9fff]", simplified):
            continue
        proper = pinyin[:1].isupper()
        for rank, definition in enumerate(definitions.split("/")):
            if not definition.isascii():
                definition = fold(definition)
            if proper:  # a cross-reference in Chinese (United Kingdom 聯合王國|联合王国[...]) is no part of the name
                named = CROSS_REFERENCED.fullmatch(definition)
                core = re.sub(r"^the ", "", re.split(r"[(,;]", named.group(1) if named else definition)[0].strip().lower())
                if re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", core) and simplified not in names[core]:
                    names[core].append(simplified)
            if definition.startswith(("CL:", "see ", "variant of", "old variant", "surname ")):
                continue
            definition = re.sub(r"\[[^\]]*\]|[^\x00-\x7f]+", " ", definition.lower())
            tokens = [t for t in re.findall(r"[a-z]+", definition) if t not in ENGLISH_STOPWORDS]
            if not tokens or len(tokens) > 6:
                continue
            weight = (1.0 / len(tokens)) * (1.0 if rank == 0 else 0.8)
            for token in dict.fromkeys(tokens):  # in order: the index's keys come out the same in every process
                if weight > index[token].get(simplified, 0.0):
                    index[token][simplified] = weight
    return {k: sorted(v.items(), key=lambda kv: -kv[1]) for k, v in index.items()}, dict(names)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The simplified headwords the dictionary gives only as common words (lower-case pinyin:
    幼儿园 [you4 er2 yuan2]), never as a proper noun (特朗普 [Te4 lang3 pu3]): a tagger's person
    name that is one of these is a noun jieba's dictionary mis-tags (幼儿园 nr)."""
    common, proper = headwords_by_case()
    return common - proper
