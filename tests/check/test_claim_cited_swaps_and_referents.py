"""Claims of session 40: a document's words are checkable though they name no one; a common noun, a
country of a one-character list or a span of years put in another's slot refutes; a sentence pointing
back (参与其中) takes the claim's names and things from the text before it. Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk, made_hits

from assistant.check.claims import check
from assistant.check.swapped import country_swaps, named_swaps, period_swaps
from assistant.records import Hit

REPORT = "深入开展河砂专项整治。巩固预制构件行业专项整治成效。倡导绿色出行。"


def test_a_documents_words_are_checked_though_they_name_no_one():
    hits = made_hits(REPORT)
    assert check("报告提出，要巩固预制构件行业专项整治成效。", hits, flat_idf, 0.43).verdict == "supported"
    # without the document cited it names no one: opinion or framing, as before
    assert check("要巩固预制构件行业专项整治成效。", hits, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_common_noun_in_another_things_slot_refutes():
    assert named_swaps("要巩固煤炭运输行业专项整治成效。", REPORT)[0][:2] == ("煤炭运输", "预制构件")
    found = check("报告提出，要巩固煤炭运输行业专项整治成效。", made_hits(REPORT), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("预制构件",)


def test_a_thing_sharing_a_character_or_with_a_short_frame_is_no_swap():
    assert named_swaps("要巩固构件加工行业专项整治成效。", REPORT) == []  # 构件: one thing put two ways
    assert named_swaps("加快发展数字经济产业。", "加快发展海洋渔业产业。") == []  # 产业 alone is no frame


def test_a_country_of_a_one_character_list_swapped():
    text = "据报道，中美俄三国团队同日复现该试验的消息发布后，某公司股价飙升。"
    assert country_swaps("中美日三国团队同日复现该试验。", text)[0][:2] == ("日", "俄")
    assert country_swaps("中美俄三国团队同日复现该试验。", text) == []
    assert country_swaps("中美日四国团队同日复现该试验。", text) == []  # the count is no list's
    found = check("报道称，中美日三国团队同日复现该试验的消息传出后，某公司股价飙升。", made_hits(text), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("俄",)


def test_a_span_of_years_swapped():
    text = "县长李青山说：“县委全会明确指出了新一年奋斗目标和发展愿景，凝聚强大合力。”"
    assert period_swaps("全会明确指出了未来五年的奋斗目标。", text)[0][:2] == ("未来五年", "新一年")
    assert period_swaps("全会明确指出了新的一年奋斗目标。", text) == []  # the same span, worded otherwise
    assert period_swaps("全会明确指出了未来一年的奋斗目标。", text) == []
    found = check("李青山认为，县委全会明确指出了未来五年的奋斗目标和发展愿景。", made_hits(text), flat_idf, 0.43)
    assert found.verdict == "refuted" and found.sources_say == ("新一年",)


def test_a_sentence_pointing_back_takes_names_and_things_before_it():
    first = "近日，云服务商青鸾科技以手中的芯片作为抵押，获得了20亿元的债务融资。"
    second = "青鸾科技已购入大量芯片。白鹭资本领衔了这一轮的投资，远山基金、北辰资本等也都参与其中。"
    hits = [Hit(made_chunk(first, cid="a", source="made/a.txt"), 1.0),
            Hit(made_chunk(second, cid="b", source="made/a.txt", start=len(first)), 0.9)]
    assert check("远山基金也参与了青鸾科技此次以芯片作抵押的融资。", hits, flat_idf, 0.43).verdict == "supported"
    # what the subject did must be in the sentence itself: 领衔 is 白鹭资本's
    assert check("远山基金领衔了青鸾科技此次以芯片作抵押的融资。", hits, flat_idf, 0.43).verdict != "supported"
    # a sentence that does not point back takes nothing from before it
    plain = [hits[0], Hit(made_chunk("白鹭资本领衔了投资，远山基金等也参与了投资。", cid="b", source="made/a.txt",
                                     start=len(first)), 0.9)]
    assert check("远山基金也参与了青鸾科技以芯片作抵押的融资。", plain, flat_idf, 0.43).verdict == "not_enough_info"


def test_a_thing_of_an_open_list_swapped_is_unsaid_not_refuted():
    text = "加快新材料产业园和食品加工园区基础设施建设。"
    assert named_swaps("要加快新材料产业园和钢铁冶炼园区基础设施建设。", text) == []


def test_a_short_thing_may_be_a_synonym():
    assert named_swaps("要提升医疗服务水平。", "要全面提升卫生服务水平。") == []


def test_a_list_of_sessions_is_no_count():
    from assistant.check.draft import figures

    assert [f.text for f in figures("县委五届三次、四次全会明确了目标")] == []
    assert [f.text for f in figures("全县培训农民300人次")] == ["300人次"]
