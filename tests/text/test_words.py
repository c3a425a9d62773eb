"""Cutting text into words: a figure's end is a word boundary jieba must not cross."""

import pytest

from assistant.text import words


@pytest.mark.parametrize("text,name", [
    ("截止7月28日京唐港主焦煤库提价是多少", "主焦煤"),
    ("河南给几只游隼佩戴了卫星跟踪器", "跟踪器"),
])
def test_a_word_after_a_day_or_a_count_is_read_on_its_own(text, name):
    found = words.content_words(text)
    assert name in found
    # nothing glues the figure's last character to the next word (日京, 只游)
    assert not any(w[0] in "日只" and len(w) > 1 for w in found)


def test_a_question_and_its_sentence_cut_a_name_after_a_count_alike():
    asked = set(words.content_words("给几只游隼佩戴了卫星跟踪器"))
    said = set(words.content_words("对2只游隼佩戴卫星跟踪器"))
    assert {"佩戴", "卫星", "跟踪器"} <= asked & said
    assert not ({"只游", "几只游"} & (asked | said))


def test_tagging_cuts_at_the_same_boundaries():
    tagged = [w for w, _ in words.tagged("7月28日京唐港")]
    assert "日京" not in tagged and "".join(tagged) == "7月28日京唐港"



@pytest.mark.parametrize("text,names", [
    ("事故发生后，经双方协商，江某向杨某赔偿25000元", {"江某", "杨某"}),
    ("交通事故私了后江某向杨某赔偿了多少钱", {"江某", "杨某"}),
    ("张某某说", {"张某某"}),
])
def test_a_name_hidden_as_family_name_and_mou_is_one_word(text, names):
    assert names <= set(words.content_words(text))
    assert {w for w, flag in words.tagged(text) if flag == "nr"} >= names
    assert "后江" not in words.content_words(text)


def test_mou_after_no_family_name_is_left_to_jieba():
    assert "某某" in words.content_words("某某公司")


def test_a_shortened_word_is_said_by_its_long_form():
    from assistant.text.words import match, shortened, writes
    # jieba's abbreviations and the nouns its dictionary lacks are read as shortened
    assert shortened("规上") and shortened("营收") and shortened("文旅")
    assert writes("规上", "规模以上工业增加值增长6%以上")
    assert writes("营收", "实现营业收入12亿元") and writes("文旅", "文化和旅游部门")
    assert match("规上", "规模以上工业增加值增长6%以上") == 1.0
    # not across punctuation, and not with more than two characters between
    assert not writes("规上", "规模，以上") and not writes("规上", "规划建设用地以上")
    # a dictionary word, a person's name, a place's name is no shortening (张伟 is not 张大伟)
    assert not shortened("工业") and not shortened("张伟") and not shortened("东丰")
    assert not writes("张伟", "张大伟说") and match("工业", "工商业") == 0.0


def test_a_word_jieba_glued_to_a_function_character_is_no_shortening():
    from assistant.text.words import shortened, writes
    assert not shortened("个区") and not writes("个区", "每个新区")  # 每个|区 read 个区


def test_a_demonstrative_and_its_classifier_are_no_topic_words():
    # 那篇, 那组, 这次 point at a piece or an event the question names by its other words
    found = words.content_words("那组专访里，青河县接受采访的负责人是哪位？")
    assert "那组" not in found and "专访" in found
    assert "那篇" not in words.content_words("新华社那篇评论是从哪里发的稿？")
    assert "这次" not in words.content_words("这次会议在哪里举行？")


def test_a_chinese_word_is_chinese_characters_only():
    assert words.chinese_word("东丰县") and not words.chinese_word("")
    assert not words.chinese_word("24核") and not words.chinese_word("县长，") and not words.chinese_word("东丰\n")


def test_a_place_s_level_written_again_as_its_office_is_cut_between_them():
    """某某区区长张三: jieba reads 区区 (trifling) and glues the office's 长 to the surname (区区|长孙|…); the
    doubled level is where the place ends and its office (区长, 县委, 市政府) begins."""
    cut = [w for w, _ in words.tagged("南岗安区区长孙小峰说明年要办三件事")]
    assert "区长" in cut and "区区" not in cut and "长孙" not in cut
    assert "县委" in "".join(w for w, _ in words.tagged("北川县县委书记到村里调研")[1:3])
    assert [w for w, _ in words.tagged("不过区区几个人")][:2] == ["不过", "区区"]  # no office after it: trifling
