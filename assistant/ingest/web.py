"""Web pages: fetching a URL safely, and the article text of any HTML (fetched or saved).

Extraction is trafilatura's (main text without navigation, ads, headers and footers, with
headings and tables kept); its XML output is turned into the blocks the layout repair
reads: `# headings`, paragraphs, list items and table rows with their column headers.

Fetching follows redirects itself so that each hop is checked: only http and https, a
size limit while the body streams in, a timeout, and no private, loopback or link-local
address unless the setting SUYUAN_ALLOW_PRIVATE_URLS allows it (a page must not make the
server read its own network).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

from assistant.errors import LoadError
from assistant.ingest.decoding import decode, replacement_warning
from assistant.ingest.documents import printable, table_row, text_document

MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Content types a URL may return -> the suffix whose converter reads it.
SUFFIX_FOR_TYPE = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
    "application/pdf": ".pdf", "text/csv": ".csv",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
}


def is_url(text) -> bool:
    """True for anything written as scheme://..., so that ftp:// or file:// is refused, not read as a path."""
    return isinstance(text, str) and "://" in text[:16]


def _addresses(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to."""
    return [info[4][0].split("%", 1)[0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def _check_address(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise LoadError(f"{printable(url)}: only http:// and https:// addresses can be fetched")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise LoadError(f"{printable(url)}: not a valid address ({exc})") from exc
    if not parts.hostname:
        raise LoadError(f"{printable(url)}: the address names no host")
    if allow_private:
        return
    try:
        found = _addresses(parts.hostname, port)
    except (OSError, UnicodeError) as exc:
        raise LoadError(f"{printable(url)}: the host cannot be found ({exc})") from exc
    for text in found:
        address = ipaddress.ip_address(text)
        if not address.is_global:
            raise LoadError(f"{printable(url)}: refused, the host is a private or local address ({address}); "
                            "set SUYUAN_ALLOW_PRIVATE_URLS=1 to allow it")


def fetch(url: str, max_bytes: int, timeout: float, allow_private: bool = False) -> tuple[str, bytes, str]:
    """(final URL, body, content type) of a page, or LoadError naming the URL and the reason."""
    import httpx

    current = url
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                          headers={"User-Agent": "suyuan/0.1 (document indexer)"}) as client:
            for _ in range(MAX_REDIRECTS + 1):
                _check_address(current, allow_private)
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise LoadError(f"{printable(url)}: the server answered {response.status_code} "
                                        f"{response.reason_phrase}")
                    declared = int(response.headers.get("content-length") or 0)
                    if declared > max_bytes:
                        raise LoadError(f"{printable(url)}: is {declared / 2**20:.1f} MB, over the "
                                        f"{max_bytes / 2**20:.1f} MB limit (setting SUYUAN_MAX_FILE_MB)")
                    body = bytearray()
                    for piece in response.iter_bytes():
                        body += piece
                        if len(body) > max_bytes:
                            raise LoadError(f"{printable(url)}: is over the {max_bytes / 2**20:.1f} MB limit "
                                            "(setting SUYUAN_MAX_FILE_MB)")
                    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    return current, bytes(body), kind
    except httpx.TimeoutException as exc:
        raise LoadError(f"{printable(url)}: no answer within {timeout:g} s (timed out)") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise LoadError(f"{printable(url)}: cannot be fetched ({type(exc).__name__}: {str(exc)[:80]})") from exc
    raise LoadError(f"{printable(url)}: more than {MAX_REDIRECTS} redirects")


def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Short pages (a notice of two paragraphs) are articles too; trafilatura's default of 250
    # characters sends them to a fallback that keeps the navigation.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


def _blocks(main) -> list[str]:
    blocks = []
    for element in main:
        tag = element.tag
        text = "".join(element.itertext()).strip()
        if tag == "head" and text:
            blocks.append(f"# {' '.join(text.split())}")
        elif tag == "list":
            blocks.extend("".join(item.itertext()).strip() for item in element.iter("item"))
        elif tag == "table":
            rows = [[" ".join("".join(c.itertext()).split()) for c in row.iter("cell")] for row in element.iter("row")]
            rows = [r for r in rows if any(r)]
            if rows:
                head = element.find("row")
                has_header = head is not None and any(c.get("role") == "head" for c in head.iter("cell"))
                header = rows[0] if has_header or len(rows) > 1 else []
                blocks.extend(table_row(header, r) for r in (rows[1:] if header else rows))
        elif text:
            blocks.append(text)
    return [b for b in blocks if b.strip()]


def html_document(name: str, data: bytes, progress=None):
    import trafilatura
    from lxml import etree

    shown = printable(name)
    text, encoding = decode(data, shown)
    extracted = trafilatura.extract(text, output_format="xml", include_tables=True, include_comments=False,
                                    include_images=False, include_links=False, config=_config(),
                                    url=name if is_url(name) else None)
    blocks = []
    if extracted:
        main = etree.fromstring(extracted.encode("utf-8")).find("main")
        blocks = _blocks(main) if main is not None else []
    if not blocks:
        raise LoadError(f"{shown}: the HTML page has no article text")
    if not any(b.startswith("# ") for b in blocks[:1]):
        meta = trafilatura.extract_metadata(text)
        if meta is not None and meta.title:
            blocks.insert(0, f"# {meta.title}")
    return text_document(name, blocks, data, encoding, warnings=(replacement_warning(text, shown),))
