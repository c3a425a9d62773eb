"""A word jieba's dictionary tags as a person's name but the dictionary (CC-CEDICT) gives only as a
common word is no name the passage must write (answer/asked_names.py)."""

from assistant.answer.asked_names import proper_names


def test_a_common_noun_tagged_as_a_person_is_no_name():
    assert "幼儿园" not in proper_names("青溪县幼儿园今年招了多少人？")
    assert "维生素" not in proper_names("这种水果的维生素含量是多少？")


def test_a_person_or_a_foreign_name_stays_a_name():
    assert "特朗普" in proper_names("特朗普说了什么？")
    assert "高峰" in proper_names("高峰说今年投资多少？")  # a family name first: a name, whatever else it means


def test_a_proper_noun_tag_on_a_dictionary_common_word_is_no_name():
    # 丙烷 is nz in jieba's dictionary, a common word only in CC-CEDICT: the passage need not name it as a name
    assert "丙烷" not in proper_names("青溪县的丙烷储量是多少？")


def test_a_proper_noun_the_dictionary_does_not_know_as_a_common_word_stays_a_name():
    assert "京东方" in proper_names("京东方今年的利润有多少？")  # nz, not a CC-CEDICT common word
