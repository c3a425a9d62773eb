"""The learned selector and the rules answering the same retrieved passages, side by side.

`answer(assistant, state, which)` is the extractive answer step with either answerer;
`run_items` runs a question set (the eval format) through both after one retrieval each.
"""

from __future__ import annotations

import time

from assistant.answer import selector as selectors
from assistant.answer.extractive import ABSTAIN_EN, ABSTAIN_ZH, citations_for, render
from assistant.records import Answer


def learned_answer(assistant, state: dict, chosen: selectors.Selector | None = None,
                   threshold: float | None = None) -> Answer:
    chosen = chosen or selectors.default_selector()
    threshold = chosen.threshold if threshold is None else threshold
    q, hits = state["q"], state["hits"]
    k = state.get("k") or assistant.settings.top_k
    t0 = time.perf_counter()
    idf = assistant.keyword_index().idf_of
    drafts = [selectors.draft(part, hits, idf, chosen) for part in (q.parts or [q])]
    probability = min(p for _, p in drafts)
    timings = dict(state["timings"])
    timings["answer_ms"] = (time.perf_counter() - t0) * 1000
    extra = {"probability": round(probability, 4), "kind": q.kind, "selector": "learned"}
    if probability < threshold or any(d is None for d, _ in drafts):
        return Answer(q.text, ABSTAIN_EN if q.english else ABSTAIN_ZH, True, (), tuple(hits[:k]),
                      timings_ms=timings, extra=extra)
    parts = [p for d, _ in drafts for p in d.parts]
    conflict = any(d.conflict for d, _ in drafts)
    cites, nums = citations_for(parts)
    text = render(parts, nums, conflict, q.english)
    pieces = tuple((p.sentence.chunk.text[p.a:p.b].replace("\n", " "), n) for p, n in zip(parts, nums))
    return Answer(q.text, text, False, tuple(cites), tuple(hits[:k]), conflict=conflict, parts=pieces,
                  timings_ms=timings, extra=extra)


def retrieved(assistant, question: str, k: int | None = None) -> dict:
    """The chain's state after retrieval: what both answerers read."""
    state = assistant._prepare({"question": question, "k": k, "mode": "extractive"})
    state["hits"] = assistant._retrieve(state)
    return state
