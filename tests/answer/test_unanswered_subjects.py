"""Unanswerable questions a near sentence answered (session 44): an organisation named by place and
kind whose place alone is written, a place word after another modifier than the question's, a model
name a vintage word opens, and a count of another act than the one asked. Made-up sentences; each
check refuses the sibling's sentence and keeps the asked one's."""

from __future__ import annotations

from assistant.answer import asked_act, asked_names, subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import quantities


def _chunk(text: str, title: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject="", article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _verdict(question: str, text: str, sentence: str | None = None, title: str = ""):
    sentence = sentence or text
    a = text.index(sentence)
    return subject.disagreement(analyse(question), _chunk(text, title), a, a + len(sentence))


def _figure(text: str, figure: str) -> quantities.Quantity:
    return next(f for f in quantities.find_quantities(text) if f.text.startswith(figure))


def test_an_organisation_named_by_its_place_is_not_named_by_the_place_alone():
    text = "在甘肃首次技术成果拍卖会上，来自甘肃农科院的30项成果亮相，其中12项成果成功成交。"
    found = _verdict("甘肃大学在拍卖会上有多少项成果成交？", text, "其中12项成果成功成交。")
    assert found is not None and found.kind == "organisation"
    own = "在甘肃首次技术成果拍卖会上，甘肃大学的30项成果亮相，其中12项成果成功成交。"
    assert _verdict("甘肃大学在拍卖会上有多少项成果成交？", own, "其中12项成果成功成交。") is None
    short = "在甘肃的拍卖会上，甘大的30项成果亮相，其中12项成果成功成交。"  # its short form names it
    assert _verdict("甘肃大学在拍卖会上有多少项成果成交？", short, "其中12项成果成功成交。") is None


def test_a_place_word_after_another_modifier_is_a_sibling():
    text = "大洞竹海景区位于某县东部，核心区森林覆盖率高达80%。"
    found = _verdict("赤水竹海核心区的森林覆盖率是多少？", text)
    assert found is not None and found.found == "大洞竹海"
    own = "赤水竹海景区位于某县东部，核心区森林覆盖率高达80%。"
    assert _verdict("赤水竹海核心区的森林覆盖率是多少？", own) is None


def test_a_model_a_vintage_word_opens_must_be_written():
    assert "揽境" in asked_names.proper_names("新款揽境的百公里加速时间是多少秒？")
    assert asked_names.proper_names("新款车型的价格是多少？") == ()  # a dictionary word is no name
    text = "四驱高性能版百公里加速时间3.5秒。"
    found = _verdict("新款揽境的百公里加速时间是多少秒？", text, title="某品牌新车上市")
    assert found is not None and found.kind == "name"
    assert _verdict("新款揽境的百公里加速时间是多少秒？", text, title="新款揽境上市") is None


def test_a_count_of_another_act_than_the_one_asked():
    q = analyse("某市今年计划推荐多少户企业申报示范企业？")
    text = "重点培育龙头企业3户,积极推荐甲公司、乙公司等企业申报示范企业,新认定省级企业12户以上。"
    assert asked_act.act_disagreement(q, text, _figure(text, "12户")).startswith("it counts what 认定")
    same_act = "积极推荐甲公司、乙公司等企业申报示范企业,共计15户。"  # the count of the act the clause before names
    assert asked_act.act_disagreement(q, same_act, _figure(same_act, "15户")) == ""
    own = "今年计划推荐15户企业申报示范企业。"
    assert asked_act.act_disagreement(q, own, _figure(own, "15户")) == ""


def test_a_real_place_after_a_company_or_its_parent_is_no_sibling():
    text = "位于江苏苏州的苏州工厂是该公司的主力基地，苏州工厂每个月的产能上限为2万台左右。"
    assert _verdict("某某汽车苏州工厂每个月的产能上限是多少？", text) is None


def test_an_organisation_or_a_code_names_no_city():
    from assistant.answer import asked_kind
    question = "甲与乙的这次会谈是在哪座城市举行的？"
    text = "记者从外交部获悉，甲18日应约与《联合国某公约》第十次缔约方大会(COP10)候任主席乙举行会谈。"
    assert not asked_kind.names_one(question, text, "城")
    assert asked_kind.names_one(question, "甲18日在日内瓦与乙举行会谈。", "城")


def test_a_holding_verb_states_what_the_acts_come_to():
    q = analyse("某公司计划到明年底在某国开设多少家门店？")
    text = "今年3月，某公司在某国开设了首家门店，公司的目标是到明年底在某国拥有50多家门店。"
    assert asked_act.act_disagreement(q, text, _figure(text, "50多家")) == ""
