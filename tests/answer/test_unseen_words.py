"""A question word no document writes is read by its pieces (answer/unseen_words.py); made-up sentences."""

from assistant.answer import unseen_words
from assistant.answer.topic_coverage import coverage, term_weights
from assistant.query.question import analyse

# a made-up store: the words its documents write are common (idf 2), any other the rarest (6)
HELD = {"青溪", "县", "亿元", "项目", "签约", "签", "蔬菜", "产量", "总", "保", "保持", "吨", "断面", "省", "大棚", "说"}


def idf(term: str) -> float:
    return 0.1 if term == "的" else 2.0 if term in HELD else 6.0


UNSEEN = unseen_words.never_held(idf)


def groups_with(weights, word):
    return [g for g in weights if word in g]


def test_a_guessed_word_is_read_by_its_pieces():
    q = analyse("青溪县今年计划签下多少个亿元以上项目？")
    weights = term_weights(q, idf)
    assert not groups_with(weights, "签下") and groups_with(weights, "签")
    # the sentence writes 签约: 签 is held, 下 (a complement no sentence shows) weighs little
    assert coverage(weights, "青溪县力争签约亿元以上项目12个。", "", {}) > 0.8


def test_the_word_weighed_most_before():
    q = analyse("青溪县今年计划签下多少个亿元以上项目？")
    rarity = {"的": 0.1, "签下": 6.0, unseen_words.NEVER_WRITTEN: 8.0}
    held = term_weights(q, lambda t: rarity.get(t, 2.0))  # a store writing 签下, in few documents
    assert groups_with(held, "签下")
    assert coverage(held, "青溪县力争签约亿元以上项目12个。", "", {}) < 0.6


def test_a_compound_by_the_words_the_store_writes():
    q = analyse("青溪县蔬菜总产量今年要保到多少吨？")
    weights = term_weights(q, idf)
    assert groups_with(weights, "产量") and groups_with(weights, "总") and not groups_with(weights, "总产量")
    assert groups_with(weights, "保") and not groups_with(weights, "保到")
    assert coverage(weights, "青溪县蔬菜产量保持在20万吨以上。", "", {}) > 0.8


def test_a_place_no_document_names_keeps_its_weight():
    q = analyse("白沙县今年要签下多少个项目？")
    weights = term_weights(q, idf)
    assert weights[("白沙县",)] == 6.0
    # a sentence of another county's projects: the place asked is missing and weighs the most
    assert coverage(weights, "青溪县力争签约项目12个。", "", {"白沙县": False}) < 0.5


def test_a_noun_of_the_dictionary_keeps_its_weight():
    q = analyse("青溪县今年要新建多少亩温室？")
    weights = term_weights(q, idf)
    assert [w for g, w in weights.items() if "温室" in g] == [6.0 * 1.5]  # the head, unheld by 大棚


def test_a_glued_name_keeps_the_name():
    # jieba's guess glues a verb to a name (说|吉利): the name is a piece of its own, at its full weight
    assert unseen_words.parts("说吉利", analyse("青溪县签约多少个项目？"), UNSEEN) == ("说", "吉利")


def test_a_word_holding_a_place_asked_is_kept():
    assert unseen_words.parts("说吉利", analyse("记者说吉利是哪年成立的？"), UNSEEN) == ("说吉利",)


def test_function_words_only_read_as_nothing():
    q = analyse("那一年青溪县签约多少个项目？")
    assert unseen_words.parts("那一", q, UNSEEN) == ()


def test_an_idf_telling_no_word_from_another_splits_nothing():
    q = analyse("青溪县今年计划签下多少个亿元以上项目？")
    assert groups_with(term_weights(q, lambda t: 3.0), "签下")


def test_a_spoken_directional_complement_is_dropped():
    # 搬出来 (no document writes it) is the deed 搬, said 搬迁 in writing: 出 and 来 are its direction
    q = analyse("青溪县今年要把多少户居民搬出来？")
    assert unseen_words.parts("搬出来", q, UNSEEN) == ("搬",)
    # the asker's level (县里) is read as a level, not as 县 and 里
    assert unseen_words.parts("县里", analyse("县里今年新建多少座大棚？"), UNSEEN) == ("县里",)


def test_the_noun_counted_by_the_unit_asked():
    # 多少户人家, no document writing 人家: the figure's unit (户) says what is counted
    q = analyse("青溪县今年要在大棚区安置多少户人家？")
    weights = term_weights(q, idf)
    assert coverage(weights, "青溪县大棚区今年安置300户。", "", {}) == 1.0
    # a noun after the unit the store writes is what is asked, and must be held
    q = analyse("青溪县今年有多少户蔬菜大棚？")
    assert coverage(term_weights(q, idf), "青溪县今年安置300户。", "", {}) < 0.7


def test_a_spoken_pro_verb_is_no_topic_word():
    # 搞 stands for whatever deed the sentence names (举办, 开展): no sentence is missing it
    q = analyse("青溪县义诊活动一共搞了多少次？")
    assert not groups_with(term_weights(q, idf), "搞")
    q = analyse("青溪县的蔬菜大棚弄好了多少个？")
    assert not groups_with(term_weights(q, idf), "弄")
