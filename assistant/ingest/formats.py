"""PDF, DOCX and HTML -> text the layout repair understands, with page numbers for PDFs.

Each converter returns a Document whose `text` is the extracted text; offsets and quotes
refer to it (a PDF's text layer, a DOCX's paragraphs and table rows, an HTML page's article
text). Headings become Markdown headings so they start articles.
"""

from __future__ import annotations

import io
import re
import zipfile

from assistant.ingest.decoding import decode
from assistant.errors import LoadError


def printable(name: str) -> str:
    from assistant.ingest.loaders import printable as shown

    return shown(name)

SENTENCE_INSIDE = re.compile(r"[。！？；!?;]+")


def _row(headers: list[str], cells: list[str]) -> str:
    """One table row as one sentence, each value with its column header."""
    cells = [SENTENCE_INSIDE.sub("，", c.strip()) for c in cells]
    if headers and len(headers) == len(cells) and headers != cells:
        parts = [f"{h.strip()}：{c}" for h, c in zip(headers, cells) if c]
    else:
        parts = [c for c in cells if c]
    return "，".join(parts) + "。" if parts else ""


def _text_document(name: str, blocks: list[str], data: bytes, encoding: str, pages=None):
    from assistant.ingest.loaders import document_from_text

    text = "\n\n".join(b for b in blocks if b.strip()) + "\n"
    return document_from_text(name, text, encoding, data, markdown=True, pages=pages)


def pdf_document(name: str, data: bytes):
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
    texts, empty = [], []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # pypdf raises many kinds on a damaged content stream
            text = ""
        if not text.strip():
            empty.append(number)
        texts.append(text.strip())
    if len(empty) == len(pages):
        raise LoadError(f"{printable(name)}: no page has a text layer (scanned images?); run OCR on it first")
    # Page texts joined with blank lines; each page's range is kept for citations.
    body, ranges, pos = [], [], 0
    for text in texts:
        body.append(text)
        ranges.append((pos, pos + len(text)))
        pos += len(text) + 2
    from assistant.ingest.loaders import document_from_text

    doc = document_from_text(name, "\n\n".join(body) + "\n", "pdf", data, markdown=False, pages=ranges)
    if empty:
        pages_text = ", ".join(map(str, empty))
        warning = (f"{printable(name)}: page {pages_text} has no text layer (scanned?) and was skipped" if len(empty) == 1
                   else f"{printable(name)}: pages {pages_text} have no text layer (scanned?) and were skipped")
        from dataclasses import replace

        doc = replace(doc, warnings=doc.warnings + (warning,))
    return doc


def docx_document(name: str, data: bytes):
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
                    blocks.extend(_row(header, r) for r in rows[1:] or rows)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"{printable(name)}: not a readable DOCX, truncated or damaged ({type(exc).__name__})") from exc
    except Exception as exc:  # python-docx/lxml raise their own kinds on broken XML
        raise LoadError(f"{printable(name)}: not a readable DOCX ({type(exc).__name__}: {str(exc)[:80]})") from exc
    if not any(b.strip() for b in blocks):
        raise LoadError(f"{printable(name)}: the DOCX has no text")
    return _text_document(name, blocks, data, "docx")


DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template")
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "tr", "dd", "dt", "figcaption")


def html_document(name: str, data: bytes):
    from bs4 import BeautifulSoup

    text, encoding = decode(data, printable(name))
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if title and not root.find(["h1"]):
        blocks.append(f"# {title}")
    for element in root.find_all(BLOCK_TAGS):
        if element.find_parent(BLOCK_TAGS):
            continue  # a block inside a block is read with its parent
        if element.name == "tr":
            cells = [c.get_text(" ", strip=True) for c in element.find_all(["td", "th"])]
            table = element.find_parent("table")
            head = table.find("tr") if table else None
            headers = [c.get_text(" ", strip=True) for c in head.find_all(["td", "th"])] if head and head is not element else []
            if head is element:
                continue
            blocks.append(_row(headers, cells))
            continue
        content = element.get_text(" ", strip=True)
        if not content:
            continue
        blocks.append(f"# {content}" if element.name in ("h1", "h2", "h3") else content)
    if not blocks:  # a page of bare text without block elements
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    if not blocks:
        raise LoadError(f"{printable(name)}: the HTML page has no article text")
    return _text_document(name, blocks, data, encoding)


CONVERTERS = {".pdf": pdf_document, ".docx": docx_document, ".html": html_document, ".htm": html_document}
