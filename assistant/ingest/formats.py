"""Each file type -> Document: PDF (text layer, OCR where a page has none) and DOCX here;
spreadsheets, slides, web pages and images in their own modules; CONVERTERS maps suffixes.

Each converter returns a Document whose `text` is the extracted text; offsets and quotes
refer to it. Headings become Markdown headings so they start articles.
"""

from __future__ import annotations

import io
import zipfile

from assistant.errors import LoadError
from assistant.ingest import ocr, slides, tables, web
from assistant.ingest.documents import paged_document, printable, table_row, text_document

STAMP_CHARS = 20  # a page with fewer visible characters in its text layer is read by OCR too


def _visible(text: str) -> int:
    return len("".join(text.split()))


def pdf_document(name: str, data: bytes, progress=None):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(f"{printable(name)}: the PDF is encrypted")
        pages = list(reader.pages)
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"{printable(name)}: not a readable PDF, truncated or damaged ({type(exc).__name__})") from exc
    if not pages:
        raise LoadError(f"{printable(name)}: the PDF has no pages")
    texts = []
    for page in pages:
        try:
            texts.append((page.extract_text() or "").strip())
        except Exception:  # pypdf raises many kinds on a damaged content stream
            texts.append("")
    # A page with a text layer keeps it; OCR reads the pages without one, and those whose
    # layer is a stamp (a page number, an archive's header) when OCR finds more there.
    scanned = [n for n, text in enumerate(texts, start=1) if _visible(text) < STAMP_CHARS]
    read = ocr.pdf_pages(name, data, scanned, progress) if scanned else {}
    read = {n: found for n, found in read.items()
            if found and (not texts[n - 1] or _visible("".join(found)) > 2 * _visible(texts[n - 1]) + 10)}
    blank = [n for n in scanned if n not in read and not texts[n - 1]]
    if len(blank) == len(pages):
        raise LoadError(f"{printable(name)}: no page has a text layer and OCR found no text on any page")
    page_blocks = [read[n] if n in read else [texts[n - 1]] for n in range(1, len(pages) + 1)]
    warnings = ()
    if blank:
        listed = ", ".join(map(str, blank))
        warnings = (f"{printable(name)}: page {listed} has no text layer and OCR found no text on it" if len(blank) == 1
                    else f"{printable(name)}: pages {listed} have no text layer and OCR found no text on them",)
    return paged_document(name, page_blocks, data, "pdf", ocr_pages=frozenset(read), warnings=warnings,
                          markdown=False)


def docx_document(name: str, data: bytes, progress=None):
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        blocks = []
        for element in document.element.body.iterchildren():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(element, document)
                text = p.text.strip()
                if not text:
                    continue
                style = (p.style.name if p.style is not None else "") or ""
                if style.startswith(("Heading", "Title", "标题")):
                    blocks.append(f"# {text}")
                else:
                    blocks.append(text)
            elif tag == "tbl":
                rows = [[cell.text for cell in row.cells] for row in Table(element, document).rows]
                if rows:
                    header = rows[0]
                    blocks.extend(table_row(header, r) for r in rows[1:] or rows)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"{printable(name)}: not a readable DOCX, truncated or damaged ({type(exc).__name__})") from exc
    except Exception as exc:  # python-docx/lxml raise their own kinds on broken XML
        raise LoadError(f"{printable(name)}: not a readable DOCX ({type(exc).__name__}: {str(exc)[:80]})") from exc
    if not any(b.strip() for b in blocks):
        raise LoadError(f"{printable(name)}: the DOCX has no text")
    return text_document(name, blocks, data, "docx")


CONVERTERS = {
    ".pdf": pdf_document, ".docx": docx_document,
    ".html": web.html_document, ".htm": web.html_document,
    ".xlsx": tables.xlsx_document, ".xlsm": tables.xlsx_document, ".xls": tables.xls_document,
    ".csv": tables.csv_document, ".tsv": tables.csv_document,
    ".pptx": slides.pptx_document,
    **{suffix: ocr.image_document for suffix in ocr.IMAGE_SUFFIXES},
}
