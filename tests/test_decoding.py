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
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: the NUL bytes of the ASCII tell it
    (TEXT.encode("utf-16-be"), "utf-16-be"),
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


@pytest.mark.parametrize("text,encoding", [
    ("經濟發展", "big5"),  # GB18030 decodes these bytes too, as 竒蕾祇甶
    ("臺灣經濟發展報告指出，國內生產毛額成長", "big5"),
    ("经济发展", "gb18030"),
    ("經濟發展報告", "gb18030"),  # traditional characters written in GB18030
])
def test_short_big5_and_gbk_are_told_apart(text, encoding):
    assert decode(text.encode(encoding)) == (text, encoding)


def test_utf16_without_bom_and_without_ascii():
    text = "东丰县梅花鹿饲养量达到万只涉鹿产值亿元"
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")


def test_utf8_with_replacement_characters_is_read_and_noted(tmp_path):
    from assistant.ingest.loaders import load_file

    body = "记者从市统计局获悉，\ufffd\ufffd全市地区生产总值增长6.5%。\n" + "据介绍，\ufffd三产\ufffd增速加快。\n"
    path = tmp_path / "scraped.txt"
    path.write_text(body, encoding="utf-8")
    doc = load_file(path, 2**20)
    assert doc.encoding == "utf-8" and doc.text == body
    assert any("scraped.txt" in w and "4 replacement characters" in w for w in doc.warnings)


def test_a_file_of_replacement_characters_only_is_refused():
    with pytest.raises(LoadError, match="gone.txt.*replacement characters"):
        decode(("\ufffd" * 200).encode("utf-8"), "gone.txt")
