"""A claim copying a sentence's frame with another term put in it (a section's end, a product, a code,
a span of days) is refuted with the sentence's term; a verb or adverb put another way is a paraphrase,
and a sentence of another body or one writing the claim's own term decides nothing. Made-up
sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.same_frame import swaps


def test_a_term_between_the_same_words():
    text = "实施青溪公路白塔至红石段改造工程，完成农村公路建设。"
    assert [s[:2] for s in swaps("今年实施青溪公路白塔至黑山段改造工程。", text)] == [("黑山", "红石")]
    assert swaps("今年实施青溪公路白塔至红石段改造工程。", text) == []
    # the words around it differ: another frame
    assert swaps("今年修建白塔至黑山的隧道。", text) == []


def test_a_paraphrased_verb_is_no_term():
    text = "追求业绩不能脱离实际，推进改革务必因地制宜。"
    assert swaps("追求业绩不能不顾实际，推进改革一定要因地制宜。", text) == []


def test_a_code_is_widened_to_the_whole_code():
    text = "开通“96315+网络+热线”三位一体投诉渠道。"
    assert [s[:2] for s in swaps("开通“96345+网络+热线”三位一体投诉渠道。", text, codes_only=True)] == [
        ("96345", "96315")]


def test_a_supported_claim_with_another_code_in_its_frame_is_refuted():
    hits = made_hits("青溪县将开通“96315+网络+热线”三位一体投诉渠道，方便群众反映问题。")
    found = check("报告提出，要开通“96345+网络+热线”三位一体的投诉渠道。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("96315",)
    assert check("报告提出，要开通“96315+网络+热线”三位一体的投诉渠道。", hits, flat_idf, 0.43).verdict == "supported"


def test_a_name_bound_to_the_frame_after_it():
    text = "打造高新区产业示范区、白塔区和东部新城宜居核心区、青溪区和北部新区消费集聚区。"
    assert [s[:2] for s in swaps("规划把青溪区和东部新城定位为宜居核心区。", text)] == [("青溪", "白塔")]
    assert swaps("规划把白塔区和东部新城定位为宜居核心区。", text) == []


def test_a_list_of_both_terms_is_no_swap():
    # the claim's term with the claim's words after it: the sentence lists it too
    assert swaps("实施青溪公路白塔至黑山段改造工程。", "实施青溪公路白塔至红石段、黑山段改造工程。") == []


def test_terms_of_another_sort_are_no_swap():
    # an ordinal against a count, a model's name against another's: not one term put for another
    assert swaps("青溪是全省第一个获批开展出口试点的城市。", "白塔、青溪是全省内2个获批出口试点的城市。") == []
    assert swaps("星河全新X7将于今年10月正式上市。", "全新5系将在今年10月上市。", codes_only=True) == []


def test_an_open_claim_with_another_common_term_is_refuted():
    hits = made_hits("青溪县今年将推行“先看病后付费”“一张社保卡管就医”等便民措施。")
    found = check("青溪县将推行“一张身份证管就医”的便民措施。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("社保卡",) and "一张社保卡管就医" in found.text
    assert check("青溪县将推行“一张社保卡管就医”的便民措施。", hits, flat_idf, 0.43).verdict != "refuted"


def test_the_terms_are_named_without_their_binding_words():
    hits = made_hits("青溪县将推动产业转型，打造新材料、新旅游“两大新兴产业”，延长产业链条。")
    found = check("青溪县要打造新材料、新能源这“两大新兴产业”。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("旅游",) and found.claimed == ("能源",)


def test_another_body_in_the_same_frame_decides_nothing():
    hits = made_hits("白塔县今年将推行“先看病后付费”“一张社保卡管就医”等便民措施。")
    assert check("青溪县将推行“一张身份证管就医”的便民措施。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_sentence_writing_the_claims_term_too_decides_nothing():
    hits = made_hits("青溪县今年将推行“一张社保卡管就医”等便民措施。", "青溪县部分医院推行“一张身份证管就医”等便民措施。")
    assert check("青溪县将推行“一张身份证管就医”的便民措施。", hits, flat_idf, 0.43).verdict != "refuted"


def test_a_piece_of_a_word_is_left_to_the_other_checks():
    # 产 against 销售 is another measure (产量, 销售量), no term put in another's place; a place or name is
    # left so too (tests/check/test_claim_items_and_slots.py, test_claim_members_and_aims.py)
    hits = made_hits("数据显示，青溪县去年茶叶销售量首次超过白塔县，位列全市第一。")
    assert check("青溪县去年的茶叶产量首次超过白塔县，位列全市第一。", hits, flat_idf, 0.43).verdict != "refuted"


def test_a_sibling_district_acted_on_in_the_frame_is_refuted():
    # two districts of one city (by the adcodes), the claim's after 把: the act is the sibling's
    hits = made_hits("围绕打造高新区产业示范区、江宁区和东部新城宜居核心区，优化城市设计。")
    found = check("规划把浦口区和东部新城定位为宜居核心区。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("江宁区",) and found.claimed == ("浦口区",)
    # a district of another city (杭州's 西湖区) says nothing of the claim's
    assert check("规划把西湖区和东部新城定位为宜居核心区。", hits, flat_idf, 0.43).verdict != "refuted"


def test_the_end_of_a_roads_section_is_refuted():
    hits = made_hits("今年将实施青溪公路永安至龙山段养护工程，完成农村公路建设。")
    found = check("报告提出，今年实施青溪公路永安至朝阳段养护工程。", hits, flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("龙山",)
    assert check("报告提出，今年实施青溪公路永安至龙山段养护工程。", hits, flat_idf, 0.43).verdict != "refuted"
