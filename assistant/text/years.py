"""Which year a piece of text speaks of: its own year, else the one in force before it."""

from __future__ import annotations

from assistant.records import Chunk
from assistant.text.quantities import SINCE_RE, YEAR_CONTEXT_RE, year_in_force, years


def title_year(title: str) -> str | None:
    """The year a document is written for, when its title says (二、2024年工作安排): the
    year 今年 counts from."""
    found = sorted(years(title))
    return found[-1] if found else None


def since_years(text: str) -> set[str]:
    """Years a run starts from (自2018年推出…以来, 2021年9月起): the run reaches the present."""
    return {y for m in SINCE_RE.finditer(text) for y in years(m.group())}


def sentence_years(chunk: Chunk, a: int, b: int) -> set[str]:
    """Years `chunk.text[a:b]` speaks of: its own, else the one in force before it in its
    article, else the year the chunk starts in; a run's start is one beside them."""
    own = years(SINCE_RE.sub(" ", chunk.text[a:b]))
    if own:
        return own
    since = since_years(chunk.text[a:b])
    before = chunk.text[:a]
    # no year before it but runs' starts (2021年9月起): the year the chunk starts in
    year = year_in_force(before, title_year(chunk.title)) if YEAR_CONTEXT_RE.search(SINCE_RE.sub(" ", before)) else chunk.year
    return since | ({year} if year else set())
