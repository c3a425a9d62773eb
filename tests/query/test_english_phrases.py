"""English phrases translated as a whole (query/english_phrases.py), on made-up questions."""

from assistant.query.cedict import ENGLISH_STOPWORDS
from assistant.query.crosslingual import Bridge, variants
from assistant.query import english_phrases
from assistant.query.english_phrases import phrase_index, phrase_words


def test_a_dictionary_sense_of_two_words_is_a_phrase():
    index = phrase_index()
    assert "总经理" in index["general manager"]
    assert "上半年" in index["first half"]
    assert "高铁" in index["high speed rail"], "a hyphen reads as a space"


def test_the_phrase_joins_its_head_word_and_the_modifier_keeps_its_own_group():
    bridge = Bridge(["总经理", "经理", "普通", "第二", "季度", "二季度"])
    groups, _, _ = bridge.groups("Who is the general manager of the dairy?")
    manager = next(g for g in groups if "经理" in g)
    assert manager[0] == "总经理"
    groups, _, _ = bridge.groups("What were the sales in the second quarter?")
    assert any("第二" in g for g in groups), "second quarter is not first quarter"
    assert any("二季度" in g and "季度" in g for g in groups)


def test_a_stopword_makes_no_group_of_its_own():
    words = phrase_words(["sales", "fell", "last", "year"], {"去年"}, ENGLISH_STOPWORDS, variants)
    assert words == {2: ["去年"]}, "year is a stopword: last year's words join last"
    assert phrase_words(["the", "year"], {"去年"}, ENGLISH_STOPWORDS, variants) == {}


def test_the_project_words_fill_what_the_dictionary_lacks():
    bridge = Bridge(["城镇", "就业", "游客", "肉牛"])
    groups, _, _ = bridge.groups("How many urban jobs and visitors were there, and how many beef cattle?")
    assert ("城镇",) in groups
    assert any("游客" in g for g in groups), "visitors -> visitor, the word inflected"
    assert any("肉牛" in g for g in groups)


def test_only_words_the_corpus_holds_are_given():
    assert phrase_words(["general", "manager"], {"经理"}, ENGLISH_STOPWORDS, variants) == {}



def test_every_sense_of_a_modifier_is_read_from_the_dictionary():
    from assistant.query.english_senses import senses

    assert "完整" in senses("complete") and "整" in senses("complete"), "CC-CEDICT glosses both as complete"
    assert senses("the") == ()


def test_a_noun_the_dictionary_glosses_in_the_plural_alone_is_read_through_its_plural():
    """sock's own sense (短袜) is not in the corpus; socks' (袜) is. A word whose own senses give one keeps them."""
    groups = Bridge(["袜", "袜子", "工厂"]).groups("How many sock factories are there?")[0]
    assert any("袜" in g for g in groups)
    assert not any("袜" in g for g in Bridge(["短袜", "袜"]).groups("How many sock factories are there?")[0])


def test_a_surname_before_a_given_name_is_a_persons_not_a_place():
    q = "Zhang Mingyuan of the made-up institute says what?"
    assert english_phrases.surname_at(q, 0)
    assert not english_phrases.surname_at("Zhang County is near which city?", 0)
    assert not english_phrases.surname_at("Harbin Airport handled how many flights?", 0)  # Harbin is no surname
    assert not english_phrases.surname_at("zhang Mingyuan", 0)  # a lower-case word is no name
    # the bridge reads no place from the surname; a place named with its level stays one
    bridge = Bridge(["漳县", "研究员"])
    assert "漳县" not in bridge.groups(q)[1]
    assert "漳县" in bridge.groups("What did Zhang County build?")[1]


def test_a_place_named_as_a_partner_is_no_place_asked():
    q = "What brand is the made-up mill building through its tie-up with the Yantai tennis base?"
    assert english_phrases.partner_at(q, q.index("Yantai"))
    assert not english_phrases.partner_at("What did Yantai build with its partners?", 0)
    bridge = Bridge(["烟台", "品牌"])
    groups, places, _ = bridge.groups(q)
    assert places == [] and ("烟台",) in groups  # still a word the answer's sentence may write
    assert bridge.groups("What brand is Yantai's mill building?")[1] == ["烟台"]
