"""Every version of a figure: when an answer's figure is one of several the corpus gives
for the same subject, indicator and period, the others are added with their sources."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer.evidence import Sentence
from assistant.answer.extractive import Part, make_part
from assistant.ingest import facts
from assistant.records import Chunk
from assistant.text.sentences import clause_at, split_clauses, split_sentences


def fact_of(part: Part) -> facts.Fact | None:
    chunk = part.sentence.chunk
    start = chunk.original_span(*part.sentence.quote_span).start
    text = chunk.text[part.a : part.b]
    for f in facts.extract(chunk):
        if f.start == start and f.figure in text:
            return f
    return None


def other_versions(part: Part, known: list[Part], all_facts: list[facts.Fact],
                   fetch: Callable[[list[str]], dict[str, Chunk]]) -> list[Part]:
    """Parts quoting the other versions of `part`'s figure among `all_facts` (the corpus's),
    leaving out those `known` already quotes; `fetch` reads chunks by id."""
    mine = fact_of(part)
    if mine is None:
        return []
    seen = {(p.sentence.chunk.source, p.sentence.chunk.original_span(*p.sentence.quote_span).start) for p in known}
    others = {}
    for f in all_facts:
        key = (f.source, f.start)
        if key in seen or key in others or not facts.same_fact(mine, f) or not facts.differ(mine, f):
            continue
        others[key] = f
    parts = []
    chunks = fetch([f.chunk_id for f in others.values()])
    for f in others.values():
        chunk = chunks.get(f.chunk_id)
        if chunk is None:
            continue
        for a, b in split_sentences(chunk.text):
            if chunk.original_span(a, b).start != f.start:
                continue
            text = chunk.text[a:b]
            ca, cb = clause_at(split_clauses(text), text.find(f.figure), len(text))
            parts.append(make_part(Sentence(99, chunk, a, b), a + ca, a + cb, part.score))
            break
    return parts
