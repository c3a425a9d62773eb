"""Plain frozen records passed between the pipeline's steps."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of the original file: `original[start:end]`."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    title: str
    byline: str  # reporter line(s): 本报记者 X
    subject: str  # the place the article is about, '' when none is evident
    # Logical paragraphs: each is the list of original spans that layout repair joined.
    paragraphs: tuple[tuple[Span, ...], ...]
    subtitle: str = ""  # ——访市人大代表、东丰县县长 邢树纲
    page: int | None = None
    ocr: bool = False  # its text was read from a scanned page by OCR


@dataclass(frozen=True)
class Document:
    source: str  # path as given, used as the document's name
    text: str  # the decoded original text; every offset points into it
    encoding: str
    content_hash: str
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str
    title: str  # header line: headline, subtitle, subject place
    subject: str
    article: int
    start: int
    end: int
    text: str  # the passage with layout breaks removed, paragraphs separated by "\n"
    # (position in `text`, offset in the original, length): where each run of `text` came from
    segments: tuple[tuple[int, int, int], ...] = ()
    raw: str = ""  # original[start:end], so quotes can be cut exactly
    page: int | None = None
    year: str = ""  # the year the article speaks of where the chunk begins ('' unknown)
    ocr: bool = False  # read from a scanned page by OCR

    def embed_text(self) -> str:
        """What is embedded and keyword-indexed: the title travels with the passage."""
        return f"{self.title}\n{self.text}" if self.title else self.text

    def to_original(self, pos: int) -> int:
        """Offset in the original file of character `pos` of `text`."""
        for at, orig, length in self.segments:
            if at <= pos < at + length:
                return orig + pos - at
        before = [seg for seg in self.segments if seg[0] <= pos]
        if before:  # a paragraph separator: map to the end of the run before it
            at, orig, length = before[-1]
            return orig + length
        return self.start

    def original_span(self, a: int, b: int) -> Span:
        """Original offsets of `text[a:b]`."""
        if b <= a:
            start = self.to_original(a)
            return Span(start, start)
        return Span(self.to_original(a), self.to_original(b - 1) + 1)

    def quote(self, a: int, b: int) -> tuple[str, Span]:
        """The original text of `text[a:b]` (layout breaks included) and its offsets."""
        span = self.original_span(a, b)
        return self.raw[span.start - self.start : span.end - self.start], span


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    similarity: float | None = None  # cosine similarity from the dense search


@dataclass(frozen=True)
class Citation:
    n: int
    source: str
    title: str
    quote: str  # exactly original[start:end]
    start: int
    end: int
    passage: str = ""  # the chunk the quote sits in, for display
    page: int | None = None
    chunk_id: str = ""
    passage_start: int = 0  # where the quote sits in `passage`
    passage_end: int = 0
    ocr: bool = False  # the quote was read by OCR from page `page` of a scan

    def as_dict(self) -> dict:
        """What the CLI's and the API's JSON show of a citation."""
        return {"n": self.n, "source": self.source, "title": self.title, "quote": self.quote,
                "start": self.start, "end": self.end, "page": self.page, "ocr": self.ocr}


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    hits: tuple[Hit, ...] = ()
    mode: str = "extractive"
    conflict: bool = False
    flags: tuple[str, ...] = ()
    parts: tuple[tuple[str, int], ...] = ()  # (answer text piece, citation number)
    timings_ms: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
