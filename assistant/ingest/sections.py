"""The section a passage of a long document sits in: the numbered headings in force.

A 75 KB work report is one article of many sections; a passage from the middle of
(三)突出深化改革开放 rarely repeats its heading, nor the place or year the heading names. The
chunker adds the headings in force to each chunk's header line, so they are embedded and
keyword-indexed with the passage (never quoted), and starts a chunk at each heading.
Pure functions.
"""

from __future__ import annotations

import re
from collections import Counter


NUMERALS = "一二三四五六七八九十百零〇"
# Heading levels by numbering style, as Chinese official documents nest them.
LEVELS = (
    (1, re.compile(rf"^\s*(?:[{NUMERALS}]+、|第[{NUMERALS}\d]+[章部篇]|第[{NUMERALS}\d]+部分)")),
    (2, re.compile(rf"^\s*(?:[(（][{NUMERALS}]+[)）]|第[{NUMERALS}\d]+节)")),
    (3, re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])")),
)
SENTENCE_END_RE = re.compile(r"[。！？；!?;]")
MAX_HEADING = 40  # characters of a heading kept in the header line
# An article at least this long, numbered in sections, holds many stories or topics (a day's
# news compiled under 一、二、…, a 50-75 KB work report); its sections are compared with other
# articles one by one. A shorter one (a story listing 一、二、三 measures) stays one article.
LONG_ARTICLE = 4000  # characters


def heading_level(paragraph: str) -> int:
    """1-3 for a paragraph that opens a numbered section (一、 / （一） / 1.), else 0."""
    for level, pattern in LEVELS:
        if pattern.match(paragraph):
            return level
    return 0


def heading_text(paragraph: str) -> str:
    """The heading itself: the paragraph's first sentence ((一)聚焦…,着力推动产业结构调整。紧抓…)."""
    m = SENTENCE_END_RE.search(paragraph)
    text = paragraph[: m.start()] if m else paragraph
    text = " ".join(text.split())
    return text if len(text) <= MAX_HEADING else text[:MAX_HEADING] + "…"


def in_force(paragraphs: list[str]) -> list[tuple[str, ...]]:
    """For each paragraph, the headings in force where it is (outermost first), its own
    heading included when it opens a section."""
    stack: list[tuple[int, str]] = []
    out = []
    for text in paragraphs:
        level = heading_level(text)
        if level:
            stack = [(lv, h) for lv, h in stack if lv < level] + [(level, heading_text(text))]
        out.append(tuple(h for _, h in stack))
    return out


def outer_sections(paragraphs: list[str]) -> list[int]:
    """For each paragraph, the index of the paragraph opening the outermost numbered section
    it is in (one of 一、/第一章), or -1 before the first."""
    top = min((heading_level(t) for t in paragraphs if heading_level(t)), default=0)
    out, current = [], -1
    for n, text in enumerate(paragraphs):
        if top and heading_level(text) == top:
            current = n
        out.append(current)
    return out


def units(paragraphs: list[str]) -> list[int]:
    """For each paragraph, the part of its article it belongs to, the unit retrieval compares
    with other articles: in a long article, each section of the outermost heading level used
    at least twice (a page holding one 二、 and its (一)…(十) is cut at (一)), what comes before
    the first section part 0; a short article, or one with no such level, all 0."""
    levels = [heading_level(t) for t in paragraphs]
    counts = Counter(lv for lv in levels if lv)
    level = min((lv for lv, n in counts.items() if n >= 2), default=0)
    if not level or sum(len(t) for t in paragraphs) < LONG_ARTICLE:
        return [0] * len(paragraphs)
    out, part = [], 0
    for n, lv in enumerate(levels):
        # a heading of an outer level (the lone 二、) ends the section before it as well; a
        # heading right under an outer one (二、 then (一)) opens the same part
        part += bool(lv and lv <= level and n and not 0 < levels[n - 1] < lv)
        out.append(part)
    return out


def header_line(article_header: str, headings: tuple[str, ...], superseded: tuple[str, ...] = ()) -> str:
    """The article's header with the section's headings appended:
    二、2024年工作安排 · (三)突出深化改革开放,着力激发经济发展活力. Headings of other sections
    that layout put into the article's title (`superseded`) are left out."""
    for old in superseded:
        if old not in headings:
            article_header = " ".join(article_header.replace(old, " ").split())
    extra = [h for h in headings if h and h not in article_header]
    return " · ".join([p for p in [article_header, *extra] if p])


# A work report heads each run of sentences within a numbered section with a short line of its own, no comma in it
# (完善城市管理。 then the sentences of that work, up to the next such line): an unnumbered heading.
LEAD_RE = re.compile(r"(?:^|(?<=[。！？；\n]))\s*([^。！？；，,、：:\n“”]{4,16})。")


def lead_in_force(text: str, at: int) -> str:
    """The last unnumbered heading line (`LEAD_RE`) of `text` before offset `at`, '' for none: the heading in force
    where a sentence stands, when the run it heads is what a question names."""
    found = ""
    for m in LEAD_RE.finditer(text, 0, at):
        found = m.group(1)
    return found
