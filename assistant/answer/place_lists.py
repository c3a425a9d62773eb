"""A place named in a list with its sibling divisions (抓好东辽现代农业产业园、东丰梅花鹿创投园)
is one of several the paragraph speaks of: it is not put in force for the sentences after."""
from __future__ import annotations

from assistant.records import Chunk
from assistant.text import places
from assistant.text.sentences import split_sentences


def named_before(chunk: Chunk, a: int) -> list[str]:
    """Places named by the earlier sentences of the sentence's paragraph, in order: the
    last one is in force. Read sentence by sentence, as scoring did (`places` is cached)."""
    before = chunk.text[chunk.text.rfind("\n", 0, a) + 1 : a]
    return [n for x, y in split_sentences(before)
            for n in dict.fromkeys(places.places(before[x:y]) + places.named(before[x:y]))]


def listed_sibling(chunk: Chunk, a: int, key: str) -> str:
    """The sibling division named beside `key` by the last earlier sentence of the paragraph
    that names `key`, or '' when that sentence names it alone."""
    before = chunk.text[chunk.text.rfind("\n", 0, a) + 1 : a]
    spans = [before[x:y] for x, y in split_sentences(before) if key in before[x:y]]
    if not spans:
        return ""
    names = dict.fromkeys(places.places(spans[-1]) + places.named(spans[-1]))
    return next((n for n in names if key not in n and places.siblings(n, key)), "")
