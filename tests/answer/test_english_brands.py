"""An English brand no dictionary, pinyin or sound reaches, read off the model written with it
(answer/english_brands.py): the Chinese characters right before the model's code or its translated
words. Made-up brands and sentences."""

from __future__ import annotations

from assistant.answer import english, english_brands, subject
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk


def test_the_model_written_after_the_name_is_read():
    assert english_brands.model_words("What does the Vorda 770 cost?", "Vorda") == ["770"]
    assert english_brands.model_words("How fast is the Vorda Blue Fox?", "Vorda") == ["Blue", "Fox"]
    assert english_brands.model_words("What did Vorda's chief say?", "Vorda") == []
    assert english_brands.model_words("How many cars did Vorda sell?", "Vorda") == []


def test_a_code_points_to_the_characters_before_it():
    texts = ["续航500km的沃达770，起售价30万元。", "国产版沃达770售价更低。"]
    assert english_brands.model_brands("Vorda", "What does the Vorda 770 cost?", texts) == ("沃达",)
    # a code the text writes only inside a longer one, or not at all, names nothing
    assert english_brands.model_brands("Vorda", "What does the Vorda 77 cost?", texts) == ()
    assert english_brands.model_brands("Vorda", "What does the Vorda 990 cost?", texts) == ()


def test_translated_model_words_point_to_the_characters_before_them():
    texts = ["2023款沃达蓝狐享有现金优惠。"]
    assert english_brands.model_brands("Vorda", "How fast is the Vorda Blue Fox?", texts) == ("沃达",)


def test_a_verb_before_the_model_is_no_brand():
    # 来自蓝狐: 'comes from' a Blue Fox, no brand's name
    texts = ["这款新车的设计灵感来自蓝狐。"]
    assert english_brands.model_brands("Vorda", "How fast is the Vorda Blue Fox?", texts) == ()
    # but a single character jieba tags a verb may be a piece of the brand (蔚|来 of 蔚来EC6)
    assert english_brands.model_brands("Nova", "Who supplies the Nova EC6's battery?", ["全新蔚来EC6的动力更强。"]) == ("蔚来",)


def test_a_brand_read_off_its_model_is_still_required_of_the_answers_passage():
    ours = Hit(made_chunk("续航500km的沃达770，起售价格30万元。", "车市", cid="a1", source="made/a.txt"), 1.0)
    other = Hit(made_chunk("续航500km的别克新车，起售价格20万元。", "车市", cid="b1", source="made/b.txt"), 0.9)
    q = analyse("What is the starting price of the Vorda 770?")
    q.names = (("Vorda", ()),)  # a brand the dictionary, pinyin and sound do not reach
    assert subject.disagreement(q, ours.chunk, 0, len(ours.chunk.text)) is not None
    q = english.names_in_passages(q, [ours, other])
    assert dict(q.names)["Vorda"] == ("沃达",)
    assert subject.disagreement(q, ours.chunk, 0, len(ours.chunk.text)) is None
    assert subject.disagreement(q, other.chunk, 0, len(other.chunk.text)) is not None
