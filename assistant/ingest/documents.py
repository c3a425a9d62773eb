"""Extracted text -> Document: the step every format ends with, and the helpers they share.

A converter (PDF, DOCX, spreadsheet, slides, web page, OCR) turns its file into blocks of
text; `text_document` joins them, layout repair finds the articles, and page ranges give
each paragraph run its page (or slide) number. Offsets and quotes refer to that text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from assistant.errors import LoadError
from assistant.ingest import layout
from assistant.records import Document

SENTENCE_INSIDE = re.compile(r"[。！？；!?;]+")


def printable(name: str) -> str:
    """A file name safe to print: control characters shown as escapes."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def table_row(headers: list[str], cells: list[str]) -> str:
    """One table row as one sentence, each value with its column header, so that a row is
    read, retrieved and quoted whole (项目：康养服务中心，投资额：3.2亿元。)."""
    cells = [SENTENCE_INSIDE.sub("，", c.strip()) for c in cells]
    headers = [SENTENCE_INSIDE.sub("，", h.strip()) for h in headers]
    if headers and len(headers) == len(cells) and headers != cells:
        parts = [f"{h}：{c}" if h else c for h, c in zip(headers, cells) if c]
    else:
        parts = [c for c in cells if c]
    return "，".join(parts) + "。" if parts else ""


def document_from_text(name: str, text: str, encoding: str, data: bytes, markdown: bool = False,
                       pages: list[tuple[int, int]] | None = None, ocr_pages: frozenset[int] = frozenset(),
                       warnings: tuple[str, ...] = ()) -> Document:
    """`pages` holds each page's (start, end) in `text`; pages in `ocr_pages` (numbered from 1)
    were read by OCR, and their articles say so."""
    if not text.strip():
        raise LoadError(f"{printable(name)}: contains no text")
    articles = layout.segment(text, markdown=markdown)
    if pages:
        articles = layout.assign_pages(articles, pages)
        if ocr_pages:
            articles = [replace(a, ocr=a.page in ocr_pages) for a in articles]
    if not articles:
        raise LoadError(f"{printable(name)}: contains no readable paragraphs")
    digest = hashlib.sha256(data).hexdigest()
    return Document(source=name, text=text, encoding=encoding, content_hash=digest,
                    articles=tuple(articles), warnings=tuple(w for w in warnings if w))


def text_document(name: str, blocks: list[str], data: bytes, encoding: str, warnings: tuple[str, ...] = ()) -> Document:
    """Blocks (paragraphs, `# headings`, table rows) separated by blank lines, read as Markdown."""
    text = "\n\n".join(b for b in blocks if b.strip()) + "\n"
    return document_from_text(name, text, encoding, data, markdown=True, warnings=warnings)


def paged_document(name: str, pages: list[list[str]], data: bytes, encoding: str,
                   ocr_pages: frozenset[int] = frozenset(), warnings: tuple[str, ...] = (),
                   markdown: bool = True) -> Document:
    """Pages (or slides) of blocks: each page's range is kept so citations carry its number."""
    body, ranges, pos = [], [], 0
    for blocks in pages:
        text = "\n\n".join(b for b in blocks if b.strip()) if markdown else "\n".join(b for b in blocks if b.strip())
        body.append(text)
        ranges.append((pos, pos + len(text)))
        pos += len(text) + 2
    return document_from_text(name, "\n\n".join(body) + "\n", encoding, data, markdown=markdown,
                              pages=ranges, ocr_pages=ocr_pages, warnings=warnings)
