"""Which year a piece of text speaks of: its own year, else the one in force before it."""

from __future__ import annotations

import re

from assistant.records import Chunk
from assistant.text.quantities import RELATIVE_YEARS, SINCE_RE, YEAR_CONTEXT_RE, year_in_force, years

# 今年, 去年 before a sentence with no document year to count from: the year is unknown, not the chunk's
RELATIVE_BEFORE_RE = re.compile("|".join(RELATIVE_YEARS))


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
    year = year_in_force(before, title_year(chunk.title)) if YEAR_CONTEXT_RE.search(before) else None
    if YEAR_CONTEXT_RE.search(before) is None or (year is None and SINCE_RE.search(before) and not RELATIVE_BEFORE_RE.search(before)):
        year = chunk.year  # no year before it, or only a run's start (2021年9月起): the year the chunk starts in
    return since | ({year} if year else set())
