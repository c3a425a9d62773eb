import codecs

import pytest

from assistant.ingest.decoding import decode
from assistant.errors import LoadError

TEXT = "东丰县梅花鹿饲养量达到28.2万只，涉鹿产值81.6亿元。"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ("遼源市政府工作報告，地區生產總值增長6.5%。".encode("big5"), "big5"),
])
def test_decodes_common_chinese_encodings(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert "6.5%" in text or "81.6亿元" in text
    assert not text.startswith("\ufeff")


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(LoadError, match="photo.txt.*binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_undecodable_bytes_are_refused():
    with pytest.raises(LoadError, match="cannot be decoded"):
        decode(bytes([0x81, 0xFF, 0xFE, 0x80]) * 50, "broken.txt")


def test_broken_utf16_with_bom_is_refused():
    with pytest.raises(LoadError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "half.txt")
