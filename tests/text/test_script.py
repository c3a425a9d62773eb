"""Traditional and simplified Chinese matched as one script: the normaliser keeps every
offset, so what is matched in simplified form is quoted from the original."""

from assistant.text import script
from assistant.text.words import search_tokens

TAIWAN = "臺中市政府昨日公布，今年全市新設公共托育中心12個。\n本報記者 陳志明／臺中報導"


def test_traditional_text_becomes_simplified_character_for_character():
    simple = script.to_simplified(TAIWAN)
    assert simple == "台中市政府昨日公布，今年全市新设公共托育中心12个。\n本报记者 陈志明／台中报导"
    assert len(simple) == len(TAIWAN)
    at = simple.index("公共托育中心12个")
    assert TAIWAN[at : at + 9] == "公共托育中心12個"  # an offset found in one is the place in the other


def test_simplified_text_is_left_exactly_as_it_is():
    # t2s's phrase table would turn the simplified 打坏 into 打坯; text with no traditional
    # character is not converted at all
    for text in ("东丰县梅花鹿产值81.6亿元。", "车被打坏了", "", "GDP 5.2%"):
        assert script.to_simplified(text) == text


def test_a_conversion_that_would_change_the_length_falls_back_character_by_character(monkeypatch):
    real = script._convert

    def widening(text):  # as if a phrase rule wrote two characters for one
        return real(text).replace("台", "台湾")

    monkeypatch.setattr(script, "_convert", widening)
    script.to_simplified.cache_clear()
    script._one.cache_clear()
    try:
        text = "臺中市經濟發展"
        out = script.to_simplified(text)
        assert len(out) == len(text) and out == "臺中市经济发展"  # 臺 kept: its conversion is not one character
    finally:
        script.to_simplified.cache_clear()
        script._one.cache_clear()


def test_keyword_tokens_of_either_script_meet():
    assert set(search_tokens("遼源市經濟發展報告")) >= {"辽源", "经济", "发展", "报告"}
    assert search_tokens("遼源市經濟發展報告") == search_tokens("辽源市经济发展报告")
