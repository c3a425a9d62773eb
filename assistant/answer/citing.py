"""Citations of an answer's parts, the answer's text with their numbers, and any figure the cited sentences do not hold."""

from __future__ import annotations

import re

from assistant.answer.extractive import Part
from assistant.records import Citation
from assistant.text import quantities
from assistant.text.words import normalise


def citations_for(parts: list[Part]) -> tuple[list[Citation], list[int]]:
    """One citation per distinct sentence; returns them and each part's citation number."""
    cites: list[Citation] = []
    numbers_of: list[int] = []
    index: dict[tuple, int] = {}
    for part in parts:
        s = part.sentence
        quote, span = s.chunk.quote(*s.quote_span)
        key = (s.chunk.source, span.start, span.end)
        if key not in index:
            index[key] = len(cites) + 1
            a, b = s.quote_span
            cites.append(Citation(n=index[key], source=s.chunk.source, title=s.chunk.title, quote=quote,
                                  start=span.start, end=span.end, passage=s.chunk.text,
                                  page=s.chunk.page, chunk_id=s.chunk.id, passage_start=a, passage_end=b,
                                  ocr=s.chunk.ocr))
        numbers_of.append(index[key])
    return cites, numbers_of


def render(parts: list[Part], numbers_of: list[int], conflict: bool, english: bool) -> str:
    quotes = [(part.sentence.chunk.text[part.a:part.b].replace(chr(10), " "), n) for part, n in zip(parts, numbers_of)]
    # a quote that another quote of the same sentence holds says nothing more (收入完成1.7亿元 beside 收入完成
    # 1.7亿元，增长93%, two parts of one question answered by one clause and its sentence): shown once
    shown = [(t, n) for i, (t, n) in enumerate(quotes)
             if not any(j != i and m == n and t in u and (t != u or j < i) for j, (u, m) in enumerate(quotes))]
    body = "；".join(f"{t} [{n}]" for t, n in shown)
    if conflict:
        lead = "The sources give different figures: " if english else "资料说法不一："
        return lead + body
    return body


def figures_unverified(text: str, citations: list[Citation]) -> list[str]:
    """Figures in `text` that occur in none of the cited sentences (should be empty)."""
    quotes = [normalise(c.quote) for c in citations]
    missing = []
    for f in quantities.find_quantities(re.sub(r"\[\d+\]", "", text)):
        core = normalise(quantities.without_qualifier(f.text))
        if not any(core in qt for qt in quotes):
            missing.append(f.text)
    return missing
