"""Bytes -> text for Chinese files: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16; binary is refused.

A byte-order mark decides first and strict UTF-8 second (it almost never decodes by chance).
Anything else goes to charset-normalizer, asked first among the Chinese encodings only:
GB18030 decodes nearly any byte string, so left to plain "does it decode" it turns Big5 into
nonsense (經濟發展 -> 竒蕾祇甶); the detector's chaos measure tells the two apart.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from assistant.errors import LoadError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in this order: UTF-16 without a BOM after the GB/Big5 pair, as pure CJK in UTF-16 has no
# NUL bytes to tell it by and the detector may read eight Big5 bytes as four Hangul syllables.
PASSES = (["gb18030", "big5"], ["utf_16_le", "utf_16_be"], None)
# charset-normalizer's names -> the names the rest of the project reports
NAMES = {"utf_8": "utf-8", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "big5hkscs": "big5"}
MAX_CHAOS = 0.2  # above this the detector itself calls the text mess


def _bad_share(text: str) -> float:
    """Share of control, private-use and unassigned characters: high for binary read as text."""
    sample = text[:20000]
    if not sample.strip():
        return 0.0
    bad = sum(1 for ch in sample
              if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\t\n\r\f")
    return bad / len(sample)


def replacement_warning(text: str, name: str) -> str:
    """A note for text that already held U+FFFD (a scraper's lost characters): read, but said."""
    n = text.count("\ufffd")
    return f"{name}: contains {n} replacement character{'s' if n > 1 else ''} (U+FFFD); read as it is" if n else ""


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """Return (text, encoding) or raise LoadError naming the file."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: has a {encoding} byte-order mark but does not decode ({exc.reason})") from exc
            return text.lstrip("\ufeff"), encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8 is kept even when it carries U+FFFD: those were lost before the file was written.
        if "\x00" not in text[:8192] and _bad_share(text) < 0.01:
            if text.count("\ufffd") > 0.3 * len(text.strip()):
                raise LoadError(f"{name}: is mostly replacement characters (U+FFFD), no text left to read")
            return text, "utf-8"
    for isolation in PASSES:
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is None or best.chaos > MAX_CHAOS:
            continue
        text = str(best)
        if "\x00" in text or _bad_share(text) >= 0.01:
            continue
        return text.lstrip("\ufeff"), NAMES.get(best.encoding, best.encoding)
    if b"\x00" in data[:8192]:
        raise LoadError(f"{name}: looks binary (contains NUL bytes), not a text file")
    raise LoadError(f"{name}: cannot be decoded as UTF-8, UTF-16, GB18030 or Big5 (binary or unknown encoding)")
