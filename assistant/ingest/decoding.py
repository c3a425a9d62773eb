"""Bytes -> text for Chinese files: BOMs, UTF-8, GB18030/GBK, Big5; binary is refused."""

from __future__ import annotations

import codecs
import unicodedata

from assistant.errors import LoadError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACKS = ("utf-8", "gb18030", "big5")


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return True
    sample = text[:20000]
    bad = sum(
        1 for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\t\n\r\f")
        or ch == "\ufffd"
    )
    return bad / len(sample) < 0.01


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """Return (text, encoding) or raise LoadError naming the file."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: has a {encoding} byte-order mark but does not decode ({exc.reason})") from exc
            return text.lstrip("\ufeff"), encoding
    if b"\x00" in data[:8192]:
        raise LoadError(f"{name}: looks binary (contains NUL bytes), not a text file")
    for encoding in FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise LoadError(f"{name}: cannot be decoded as UTF-8, UTF-16, GB18030 or Big5 (binary or unknown encoding)")
