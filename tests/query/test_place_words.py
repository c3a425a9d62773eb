"""Words jieba reads as places that are no place a question asks about (query/place_words.py), on made-up
questions: a word the dictionary gives only a common sense (美化, 入园) is dropped from the question's places, a
place the question names stays."""

from __future__ import annotations

from assistant.query.question import analyse


def test_a_place_word_with_only_a_common_sense_is_no_place_of_the_question():
    # jieba tags 入园 and 美化 as places; the dictionary knows them as "to enter the park" and "to beautify"
    assert analyse("白沙镇新增入园企业多少家？").places == ("白沙镇",)
    assert analyse("柳岸县的美化工程投入多少资金？").places == ("柳岸县",)
    assert analyse("去年新增入园企业多少家？").places == ()


def test_no_place_reads_the_dictionarys_senses():
    from assistant.query.place_words import no_place

    assert no_place("入园", "白沙镇新增入园企业多少家？")
    assert not no_place("白沙镇", "白沙镇新增入园企业多少家？")


def test_a_place_the_question_names_stays():
    # a county named, and a part of the document named by a place-like word (科教兴国这块), read as before
    assert analyse("红溪县新建了多少公里绿道？").places == ("红溪县",)
    assert analyse("柳岸县科教兴国这块投入多少？").places == ("柳岸县",)
