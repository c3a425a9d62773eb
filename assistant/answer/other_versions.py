"""Every version of a figure: when an answer's figure is one of several the corpus gives
for the same subject, indicator and period, the others are added with their sources."""

from __future__ import annotations

from assistant.ingest import facts
from assistant.answer.extractive import Part, make_part
from assistant.ingest.chunking import split_clauses, split_sentences
from assistant.answer.evidence import Sentence


def fact_of(part: Part) -> facts.Fact | None:
    chunk = part.sentence.chunk
    start = chunk.original_span(*part.sentence.quote_span).start
    text = chunk.text[part.a : part.b]
    for f in facts.extract(chunk):
        if f.start == start and f.figure in text:
            return f
    return None


def other_versions(assistant, part: Part, known: list[Part]) -> list[Part]:
    mine = fact_of(part)
    if mine is None:
        return []
    seen = {(p.sentence.chunk.source, p.sentence.chunk.original_span(*p.sentence.quote_span).start) for p in known}
    others = {}
    for f in assistant.facts():
        key = (f.source, f.start)
        if key in seen or key in others or not facts.same_fact(mine, f) or not facts._differ(mine, f):
            continue
        others[key] = f
    parts = []
    chunks = assistant.store.get([f.chunk_id for f in others.values()])
    for f in others.values():
        chunk = chunks.get(f.chunk_id)
        if chunk is None:
            continue
        for a, b in split_sentences(chunk.text):
            if chunk.original_span(a, b).start != f.start:
                continue
            text = chunk.text[a:b]
            at = text.find(f.figure)
            ca, cb = next(((x, y) for x, y in split_clauses(text) if x <= at < y), (0, len(text)))
            parts.append(make_part(Sentence(99, chunk, a, b), a + ca, a + cb, part.score))
            break
    return parts
