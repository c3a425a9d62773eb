"""Slide decks (.pptx, python-pptx) -> Documents: one slide, one passage.

Each slide is an article headed by its title and cited with its slide number as the page;
its text boxes, tables (each row with its column headers) and speaker notes are its text.
A bullet without final punctuation is closed with 。 so that bullets read as sentences, not
as a run of headlines.
"""

from __future__ import annotations

import io
import zipfile

from assistant.errors import LoadError
from assistant.ingest.documents import paged_document, printable, table_row

FINAL = "。！？；!?;…:：”」』）)"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in FINAL else text + "。"


def _shape_blocks(shape) -> list[str]:
    if getattr(shape, "shape_type", None) is not None and shape.shape_type == 6:  # a group: read its members
        return [b for member in shape.shapes for b in _shape_blocks(member)]
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
        return [table_row(rows[0], r) for r in rows[1:] or rows] if rows else []
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return [_sentence(p.text) for p in shape.text_frame.paragraphs if p.text.strip()]
    return []


def slide_blocks(number: int, slide) -> list[str]:
    title_shape = slide.shapes.title
    title = " ".join(title_shape.text.split()) if title_shape is not None and title_shape.has_text_frame else ""
    blocks = [f"# {title or f'第{number}页'}"]
    for shape in slide.shapes:
        if title_shape is not None and shape.shape_id == title_shape.shape_id:
            continue
        blocks.extend(b for b in _shape_blocks(shape) if b)
    if slide.has_notes_slide:
        notes = slide.notes_slide.notes_text_frame
        if notes is not None:
            blocks.extend(_sentence(line) for line in notes.text.splitlines() if line.strip())
    return blocks


def pptx_document(name: str, data: bytes, progress=None):
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    shown = printable(name)
    try:
        deck = Presentation(io.BytesIO(data))
        pages = [slide_blocks(n, slide) for n, slide in enumerate(deck.slides, start=1)]
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise LoadError(f"{shown}: not a readable PPTX, truncated or damaged ({type(exc).__name__})") from exc
    except Exception as exc:  # python-pptx/lxml raise their own kinds on broken XML
        raise LoadError(f"{shown}: not a readable PPTX ({type(exc).__name__}: {str(exc)[:80]})") from exc
    if not any(len(p) > 1 for p in pages):
        raise LoadError(f"{shown}: the slides have no text")
    return paged_document(name, pages, data, "pptx")
