"""Scanned pages and images -> text in reading order, offline.

RapidOCR runs PP-OCR's Chinese detection and recognition models with onnxruntime; the
models ship inside its PyPI wheel, so nothing is downloaded. A page's text lines are put in
reading order by cutting the page at white space: at a vertical gutter first (columns are
read one after the other, left to right), else between rows; rows that share a gutter are
cut together, so a headline across the columns is read before them and the columns below
it are read column by column. Lines of one column are joined into paragraphs.
"""

from __future__ import annotations

import hashlib
import io
import logging
import statistics
import threading
from collections import OrderedDict
from dataclasses import dataclass

from assistant.errors import LoadError
from assistant.ingest.documents import paged_document, printable
from assistant.ingest.layout import HEADLINE_MARK

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
PDF_DPI = 200  # newspaper body text at 200 dpi is about 25 px high: enough for the recogniser
HEADLINE_SIZE = 1.3  # a headline's type is at least this much taller than the body's
HEADLINE_CHARS = 40
HEADLINE_ENDS = tuple("。！？；!?;，,：:")

_lock = threading.Lock()  # one engine; pdfium is not thread-safe either
_engine = None
_cache: OrderedDict[str, list[str]] = OrderedDict()  # an upload is checked, then indexed: OCR once
CACHE_PAGES = 256


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def engine():
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        _engine = RapidOCR(params={"Global.log_level": "warning"})
    return _engine


def recognise(image) -> list[Line]:
    """Text lines of a PIL image, as the engine found them (no order implied)."""
    result = engine()(image.convert("RGB"))
    if result.boxes is None or result.txts is None:
        return []
    lines = []
    for box, text in zip(result.boxes, result.txts):
        xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
        if text.strip():
            lines.append(Line(min(xs), min(ys), max(xs), max(ys), text.strip()))
    return lines


def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Empty stretches between the union of intervals."""
    out, reach = [], None
    for a, b in sorted(intervals):
        if reach is not None and a > reach:
            out.append((reach, a))
        reach = b if reach is None else max(reach, b)
    return out


def _gutter(lines: list[Line], width: float) -> float | None:
    """The middle of the widest vertical white stripe through all lines, if wide enough."""
    gaps = [g for g in _gaps([(l.x0, l.x1) for l in lines]) if g[1] - g[0] >= width]
    if not gaps:
        return None
    a, b = max(gaps, key=lambda g: g[1] - g[0])
    return (a + b) / 2


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into rows at horizontal white space (boxes trimmed, as they touch)."""
    rows: list[list[Line]] = []
    reach = None
    for line in sorted(lines, key=lambda l: (l.y0 + l.y1) / 2):
        trim = line.height * 0.2
        top, bottom = line.y0 + trim, line.y1 - trim
        if reach is None or top > reach:
            rows.append([line])
            reach = bottom
        else:
            rows[-1].append(line)
            reach = max(reach, bottom)
    return [sorted(r, key=lambda l: l.x0) for r in rows]


def reading_order(lines: list[Line], width: float | None = None) -> list[list[list[Line]]]:
    """Blocks (columns or single rows) in reading order; each block is its rows top to bottom."""
    if not lines:
        return []
    width = width or 0.8 * statistics.median(l.height for l in lines)
    cut = _gutter(lines, width)
    if cut is not None:
        left = [l for l in lines if l.x1 <= cut]
        return reading_order(left, width) + reading_order([l for l in lines if l.x1 > cut], width)
    rows = _rows(lines)
    groups: list[list[list[Line]]] = [[rows[0]]]
    for row in rows[1:]:
        joined = [l for r in groups[-1] for l in r] + row
        if _gutter(joined, width) is not None:
            groups[-1].append(row)
        else:
            groups.append([row])
    if all(len(g) == 1 for g in groups):
        return [rows]  # one column: its rows in order
    blocks = []
    for g in groups:
        blocks.extend(reading_order([l for r in g for l in r], width) if len(g) > 1 else [g])
    return blocks


def _join(left: str, right: str) -> str:
    """Chinese joins without a space; two Latin words or numbers keep one."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


def _headlines(texts: list[str], heights: list[list[float]]) -> list[bool]:
    """Which paragraphs are headlines: short, not a sentence, and set clearly larger than
    the paragraph they head (every row of it; compared with the next paragraph's typical
    row, since on a small page the headlines themselves move the page's median)."""
    out = []
    for n, (text, rows) in enumerate(zip(texts, heights)):
        after = heights[n + 1] if n + 1 < len(heights) else []
        out.append(bool(after) and min(rows) >= HEADLINE_SIZE * statistics.median(after)
                   and len(text) <= HEADLINE_CHARS and not text.endswith(HEADLINE_ENDS))
    return out


def paragraphs(lines: list[Line]) -> list[str]:
    """A page's text: paragraphs in reading order. A row continues the paragraph above it
    unless the row above ends short of the column's edge, this one is indented, of another
    size (a headline), or set apart by a wider gap. A headline (by its type size, which the
    boxes give) is marked as a heading, so that it opens an article (layout.HEADLINE_MARK)."""
    out: list[str] = []
    sizes: list[list[float]] = []  # each paragraph's row heights
    for block in reading_order(lines):
        left = min(l.x0 for r in block for l in r)
        right = max(l.x1 for r in block for l in r)
        prev = None
        for row in block:
            text = ""
            for line in row:
                text = _join(text, line.text)
            height = statistics.median(l.height for l in row)
            top, bottom = min(l.y0 for l in row), max(l.y1 for l in row)
            starts = prev is None
            if prev is not None:
                p_height, p_bottom, p_end = prev
                starts = (p_end < right - 1.5 * height or row[0].x0 > left + 1.0 * height
                          or not 0.7 < height / p_height < 1.4 or top - p_bottom > 1.2 * height)
            if starts:
                out.append(text)
                sizes.append([height])
            else:
                out[-1] = _join(out[-1], text)
                sizes[-1].append(height)
            prev = (height, bottom, row[-1].x1)
    return [HEADLINE_MARK + text if head else text for text, head in zip(out, _headlines(out, sizes))]


def _page_key(data: bytes, page: int) -> str:
    return f"{hashlib.sha256(data).hexdigest()}:{page}"


def read_page(key: str, render) -> list[str]:
    """The paragraphs of one page, from the cache or by rendering and recognising it."""
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        found = paragraphs(recognise(render()))
        _cache[key] = found
        if len(_cache) > CACHE_PAGES:
            _cache.popitem(last=False)
        return found


def pdf_pages(name: str, data: bytes, numbers: list[int], progress=None) -> dict[int, list[str]]:
    """OCR of the given PDF pages (numbered from 1), rendered with pdfium."""
    import pypdfium2 as pdfium

    out = {}
    with _lock:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise LoadError(f"{printable(name)}: the PDF's pages cannot be rendered for OCR ({exc})") from exc
    try:
        for done, number in enumerate(numbers, start=1):
            if progress:
                progress(done, len(numbers), f"{name} OCR page {number}")
            log.info("%s: OCR of page %d (%d of %d)", printable(name), number, done, len(numbers))

            def render(number=number):
                return pdf[number - 1].render(scale=PDF_DPI / 72).to_pil()

            out[number] = read_page(_page_key(data, number), render)
    finally:
        with _lock:
            pdf.close()
    return out


def image_document(name: str, data: bytes, progress=None):
    """An image file (every frame of a multi-page TIFF is a page), read by OCR."""
    from PIL import Image, UnidentifiedImageError

    shown = printable(name)
    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise LoadError(f"{shown}: not a readable image ({type(exc).__name__})") from exc
    pages = []
    for n in range(frames):
        if progress:
            progress(n + 1, frames, f"{name} OCR page {n + 1}")

        def render(n=n):
            image.seek(n)
            return image.copy()

        try:
            pages.append(read_page(_page_key(data, n + 1), render))
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise LoadError(f"{shown}: the image is damaged or truncated ({type(exc).__name__})") from exc
    if not any(pages):
        raise LoadError(f"{shown}: OCR found no text in the image")
    empty = [str(n) for n, p in enumerate(pages, start=1) if not p]
    warnings = (f"{shown}: OCR found no text on page {', '.join(empty)}",) if empty else ()
    return paged_document(name, pages, data, "ocr", ocr_pages=frozenset(range(1, frames + 1)),
                          warnings=warnings, markdown=False)
