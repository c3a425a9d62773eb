"""Which year a piece of text speaks of: its own year, else the one in force before it."""

from __future__ import annotations

from assistant.records import Chunk
from assistant.text.quantities import YEAR_CONTEXT_RE, year_in_force, years


def title_year(title: str) -> str | None:
    """The year a document is written for, when its title says (二、2024年工作安排): the
    year 今年 counts from."""
    found = sorted(years(title))
    return found[-1] if found else None


def sentence_years(chunk: Chunk, a: int, b: int) -> set[str]:
    """Years `chunk.text[a:b]` speaks of: its own, else the one in force before it in its
    article, else the year the chunk starts in."""
    own = years(chunk.text[a:b])
    if own:
        return own
    before = chunk.text[:a]
    if YEAR_CONTEXT_RE.search(before):
        year = year_in_force(before, title_year(chunk.title))
        return {year} if year else set()
    return {chunk.year} if chunk.year else set()
