"""English names over Chinese passages: a transliterated name found by its sound in the
passages (answer/english.py: sounding_runs), and a company the dictionary knows by name
required of the answer's passage (query/crosslingual.py: Bridge.proper_names). Made-up names
and sentences."""

from __future__ import annotations

from assistant.answer import english, evidence, subject
from assistant.query.crosslingual import Bridge
from assistant.query.english_question import with_translation
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk

TEXT = "汽车商会主席巴托莱克表示，今年前七个月新车销量增长12%。发展实体经济是重点。"


def _hits(text: str = TEXT) -> list[Hit]:
    return [Hit(made_chunk(text, "某国车市", source="made/news.txt"), 1.0)]


def test_consonants_are_compared_as_a_transliteration_hears_them():
    assert english.latin_key("Bartolek") == "PLTLK"  # b~p, r~l, t~d, c~k
    assert english.han_key("巴托莱克") == "PTLK"
    assert english.latin_key("Citroën") == english.latin_key("Citroen") == "STLN"  # accents, soft c
    assert english.han_key("雪铁龙") == "STLN"  # a final ng counts as n


def test_a_transliterated_name_is_found_among_the_passages_names():
    assert english.sounding_runs("Bartolek", [TEXT]) == ("巴托莱克",)
    assert english.sounding_runs("Marvell", [TEXT]) == ()
    # 实体 sounds like Sted, but it is an ordinary word, not a name
    assert english.sounding_runs("Sted", ["发展实体经济。"]) == ()
    # a name of two consonants is taken only when the span has the same two (库迪: KT; 库伦: KLN)
    assert english.sounding_runs("Cotti", ["库迪咖啡门店数突破5000家。"]) == ("库迪",)
    assert english.sounding_runs("Cotti", ["库迪咖啡门店数突破5000家。"]) == english.sounding_runs("Kadi", ["库迪咖啡。"])
    assert english.sounding_runs("Cotti", ["库伦咖啡门店数突破5000家。"]) == ()


def test_a_transliteration_keeps_the_names_first_consonant():
    # Vesonik (F-S-N-K) sounds like 中国 (S-N-K) but for its first consonant, which a transliteration keeps
    assert english.sounding_runs("Vesonik", ["中国显示器市场出货量增长8%。"]) == ()
    assert english.sounding_runs("Vosnek", ["中国平板出货量增长8%。"]) == ()


def test_a_transliteration_with_the_same_first_consonant_is_still_found():
    assert english.sounding_runs("Feltrona", ["费尔特罗纳公司表示，显示器出货量增长8%。"]) == ("费尔特罗纳",)
    assert english.sounding_runs("Feltrona", ["中国显示器市场出货量增长8%。"]) == ()


def test_k_or_g_before_i_may_be_heard_as_pinyin_j():
    assert english.sounding_runs("Kirovanov", ["国防部总司令基罗瓦诺夫中将16日表示，将继续推进改革。"]) == ("基罗瓦诺夫",)
    assert english.sounding_runs("Girenko", ["该队主教练吉连科赛后表示满意。"]) == ("吉连科",)
    assert english.sounding_runs("Kirovanov", ["该队主教练吉连科赛后表示满意。"]) == ()


def test_an_acronym_is_not_sounded_out():
    text = "当地毛伊岛大火死亡人数已升至101人。"
    assert english.sounding_runs("Miit", [text]) == ("毛伊岛",), "M-T: the same two consonants"
    assert english.sounding_runs("MIIT", [text]) == (), "MIIT is spelled letter by letter, never transliterated"


def test_a_name_found_by_its_sound_lets_its_passage_agree_and_stays_required():
    q = analyse("How much did new car sales grow according to Bartolek?")
    q.names = (("Bartolek", ()),)
    sentences = evidence.sentences_of(_hits())
    assert not subject.agreeing(q, evidence.score_sentences(q, sentences, lambda t: 1.0))
    found = english.names_in_passages(q, _hits())
    assert found.names == (("Bartolek", ("巴托莱克",)),)
    assert subject.agreeing(found, evidence.score_sentences(found, sentences, lambda t: 1.0))
    other = _hits(TEXT.replace("巴托莱克", "张建国"))
    assert english.names_in_passages(q, other).names == q.names


def test_a_company_the_dictionary_knows_must_be_in_the_passage_but_not_a_country_or_a_month():
    bridge = Bridge(["诺基亚", "中国", "一月", "销售额"])
    assert bridge.proper_names("What were Nokia's sales in China in January?") == (("Nokia", ("诺基亚",)),)
    q = with_translation(analyse("What were Nokia's sales?"), bridge)
    other = [Hit(made_chunk("该公司销售额为57亿欧元。", "某公司", cid="c2", source="made/b.txt"), 1.0)]
    assert not subject.agreeing(q, evidence.score_sentences(q, evidence.sentences_of(other), lambda t: 1.0))
    own = [Hit(made_chunk("诺基亚销售额为57亿欧元。", "诺基亚财报", cid="c3", source="made/c.txt"), 1.0)]
    assert subject.agreeing(q, evidence.score_sentences(q, evidence.sentences_of(own), lambda t: 1.0))


def test_a_name_the_dictionary_writes_with_an_accent_is_translated():
    bridge = Bridge(["雪铁龙", "售价"])
    groups, _, _ = bridge.groups("What is the price of the Citroen?")
    assert ("雪铁龙",) in groups
    assert bridge.proper_names("What is the price of the Citroen?") == (("Citroen", ("雪铁龙",)),)


def _chunk(cid: str, source: str, text: str, start: int = 0) -> Hit:
    return Hit(made_chunk(text, cid=cid, source=source, start=start), 1.0)


def test_a_later_passage_of_an_article_that_names_the_company_speaks_for_it():
    q = analyse("What were Nokia's net sales?")
    q.names = (("Nokia", ("诺基亚",)),)
    hits = [_chunk("a1", "made/a.txt", "诺基亚公布了二季度财报。"),
            _chunk("a2", "made/a.txt", "该公司净销售额为57.1亿欧元。", start=12),
            _chunk("b1", "made/b.txt", "该公司净销售额为9亿欧元。")]
    found = english.names_in_passages(q, hits)
    assert found.name_articles == {"Nokia": frozenset({("made/a.txt", 0)})}
    kept = {sc.sentence.text for sc in subject.agreeing(found, evidence.score_sentences(
        found, evidence.sentences_of(hits), lambda t: 1.0))}
    assert "该公司净销售额为57.1亿欧元。" in kept and "该公司净销售额为9亿欧元。" not in kept
    # without the article's first passage among the hits, nothing ties the later one to Nokia
    alone = english.names_in_passages(q, hits[1:])
    assert not subject.agreeing(alone, evidence.score_sentences(alone, evidence.sentences_of(hits[1:]), lambda t: 1.0))


def test_a_brand_no_passage_writes_is_vouched_for_by_the_model_code_beside_it():
    q = analyse("How many drive writes per day is the Zorvex QX7-V rated for?")
    q.names = (("Zorvex", ()), ("QX7", ()))
    coded = [_chunk("c1", "made/ssd.txt", "新款QX7-V固态硬盘每天可全盘写入3次。")]
    sentences = evidence.sentences_of(coded)
    found = english.names_in_passages(q, coded)
    assert subject.agreeing(found, evidence.score_sentences(found, sentences, lambda t: 1.0)), \
        "the passage writes the code: the brand without a Chinese form is the code's"
    bare = [_chunk("c2", "made/other.txt", "这款固态硬盘每天可全盘写入1次。")]
    q.names = (("Zorvex", ()),)
    alone = english.names_in_passages(q, bare)
    assert not subject.agreeing(alone, evidence.score_sentences(alone, evidence.sentences_of(bare), lambda t: 1.0)), \
        "a brand with no code beside it stays required"


def test_a_brand_no_passage_writes_is_vouched_for_by_the_place_the_question_names():
    q = analyse("What should the cooperation with Zorvex promote in Qinghe County?")
    q.names, q.places = (("Zorvex", ()),), ["青河县"]
    hits = [_chunk("p1", "made/report.txt", "青河县将推动与某电商深度合作，促进农产品上行。"),
            _chunk("p2", "made/other.txt", "白沙县将推动与某电商深度合作，促进工业品下行。")]
    found = english.names_in_passages(q, hits)
    assert found.name_articles == {"Zorvex": frozenset({("made/report.txt", 0)})}, \
        "no passage writes the brand in any form: the articles writing the place answer for it"
    kept = {sc.sentence.text for sc in subject.agreeing(found, evidence.score_sentences(
        found, evidence.sentences_of(hits), lambda t: 1.0))}
    assert "青河县将推动与某电商深度合作，促进农产品上行。" in kept
    q.places = ["中国"]
    assert not english.names_in_passages(q, [_chunk("p3", "made/c.txt", "中国将推动与某电商深度合作。")]).name_articles["Zorvex"], \
        "a country is every article's place: it vouches for nothing"
    q.places = ["青河县"]
    q.names = (("Zorvex", ("卓维",)),)
    assert not english.names_in_passages(q, hits).name_articles["Zorvex"], \
        "a name with a Chinese form no passage writes is another's: no place vouches for it"
    q.names = (("Zorvex", ()),)
    named = hits + [_chunk("p4", "made/z.txt", "Zorvex将推动合作。")]
    assert english.names_in_passages(q, named).name_articles == {"Zorvex": frozenset({("made/z.txt", 0)})}, \
        "a brand some passage writes is required as written"


def test_a_one_character_abbreviation_the_dictionary_gives_is_no_name_to_require():
    bridge = Bridge(["丽", "韩国", "出口"])
    assert bridge.proper_names("By how much did Korea's exports fall?") == (), \
        "丽 (Korea) is one character any text may hold; the country itself is left out"
