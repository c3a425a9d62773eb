"""Session 68's text readings, on made-up sentences: the preposition 于 before a time word (将于本周) is no person's
name (answer/people.py), and an item of an enumeration is quoted with its list (text/sentences.with_its_list)."""


def test_the_preposition_yu_before_a_time_word_is_no_person():
    from assistant.answer import people
    assert people.persons("影片将于本周末在青溪上映。") == []
    # guards: a name whose given part jieba reads as a time word (李向前), and a surname 于 before a name, stay people
    assert [p.name for p in people.persons("青溪县县长李向前说。")] == ["李向前"]
    assert [p.name for p in people.persons("本报记者 于蕊")] == ["于蕊"]


def test_a_listed_item_is_quoted_with_its_list():
    from assistant.text import sentences
    text = "青溪县新增省级美丽乡村60个、示范村12个，改造农厕1000户。"
    a = text.index("示范村")
    assert text[slice(*sentences.with_its_list(text, a, a + len("示范村12个")))] == "青溪县新增省级美丽乡村60个、示范村12个"
    # guards: an item of no list, and a list too long to quote, keep their own span
    b = text.index("改造")
    assert sentences.with_its_list(text, b, b + len("改造农厕1000户")) == (b, b + len("改造农厕1000户"))
    long = "，".join(["甲"]) + "、".join(f"项目{i}共{i}个" for i in range(12)) + "。"
    c = long.index("项目5")
    assert sentences.with_its_list(long, c, c + 6) == (c, c + 6)
