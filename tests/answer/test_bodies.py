"""Whose figure (answer/bodies.py) on made-up sentences: a sentence whose figures all belong
to a sibling of the body asked (another company, person, model) does not answer, while one
giving the asked body's figure, or naming no body, keeps its answer; and the sibling
questions the generator (learn/sibling_questions.py) makes of a made-up article."""

from __future__ import annotations

from assistant.answer import bodies, subject
from assistant.learn import sibling_questions
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _check(question: str, text: str):
    return bodies.body_disagreement(analyse(question), _chunk(text), 0, len(text))


def test_another_company_s_figure_does_not_answer():
    found = _check("星河公司去年营收是多少？", "月亮公司去年营收120亿元，同比增长5%。")
    assert found is not None and found.kind == "body" and found.asked == "星河公司" and found.found == "月亮公司"
    # the whole subject check runs it
    text = "月亮公司去年营收120亿元，同比增长5%。"
    assert subject.disagreement(analyse("星河公司去年营收是多少？"), _chunk(text), 0, len(text)) is not None


def test_the_owner_is_the_figure_s_clause_not_the_source_the_sentence_cites():
    text = "据星河银行分析师的报告，月亮公司的新手机起售价可能上涨100美元。"
    assert _check("星河银行的新手机起售价可能上涨多少？", text) is not None
    assert _check("月亮公司的新手机起售价可能上涨多少？", text) is None


def test_a_sentence_giving_the_asked_body_s_figure_beside_a_sibling_s_keeps_it():
    assert _check("星河公司去年营收是多少？", "星河公司去年营收120亿元，月亮公司营收80亿元。") is None
    # a short form of the asked name is that body
    assert _check("星河科技公司去年营收是多少？", "星河公司去年营收120亿元。") is None


def test_a_clause_naming_no_body_or_another_kind_is_left_alone():
    assert _check("星河公司去年营收是多少？", "去年营收120亿元，同比增长5%。") is None
    assert _check("星河公司去年营收是多少？", "董事长张伟说，去年营收120亿元。") is None
    # a question naming no body, a question asking no figure
    assert _check("去年营收是多少？", "月亮公司去年营收120亿元。") is None
    assert _check("星河公司的董事长是谁？", "月亮公司的董事长张伟说营收120亿元。") is None


def test_people_and_models_have_siblings_too():
    assert _check("张伟今年完成多少台手术？", "李强今年完成手术300台。").found == "李强"
    assert _check("腾势N7的续航是多少？", "腾势D9的续航为620公里。").found == "D9"
    assert _check("腾势N7的续航是多少？", "腾势N7的续航为620公里。") is None


ARTICLE = "星河公司今年营收120亿元。月亮公司今年营收80亿元。太阳公司董事长出席了发布会。\n"


def test_the_generator_asks_the_owner_a_sibling_without_a_figure_and_one_with_its_own():
    made = {x["kind"]: x for x in sibling_questions.questions_of(ARTICLE, "made:1")}
    assert made["own"]["question"] == "星河公司今年营收是多少？" and made["own"]["answers"] == ["120亿元"]
    assert made["absent"]["question"] == "太阳公司今年营收是多少？" and made["absent"]["abstain"] is True
    assert made["elsewhere"]["question"] == "月亮公司今年营收是多少？" and made["elsewhere"]["answers"] == ["80亿元"]
    # an article naming one company only makes nothing
    assert sibling_questions.questions_of("星河公司今年营收120亿元。\n", "made:2") == []


def test_tally_counts_each_kind():
    items = [{"kind": "own"}, {"kind": "absent"}, {"kind": "absent"}]
    outcomes = [{"abstained": False, "correct": True}, {"abstained": True, "correct": True},
                {"abstained": False, "correct": False}]
    assert sibling_questions.tally(items, outcomes) == {"own": {"right": 1}, "absent": {"refused": 1, "confident_wrong": 1},
                                                       "elsewhere": {}}


def test_a_company_news_writes_bare_is_a_body_from_the_learned_names():
    # 三星 and 美光 are in the list learned from news part a (answer/body_names.json)
    assert bodies.bodies("但三星的市场份额仍增长了0.4个百分点") == {"三星": "org"}
    found = _check("美光在NAND闪存市场的份额是多少？", "但三星的市场份额仍增长了0.4个百分点，达到34.3%。")
    assert found is not None and (found.asked, found.found) == ("美光", "三星")
    assert _check("美光在NAND闪存市场的份额是多少？", "美光的市场份额达到12.3%。") is None
    # a learned Latin name is a whole word (Meta, not Metaverse); one inside a longer name is that one
    assert bodies.known_companies("Metaverse和Meta") == ["Meta"]
    assert bodies.bodies("三星电子公司营收下降") == {"三星电子公司": "org"}


def test_a_figure_clause_naming_no_body_is_the_earlier_clause_s_body_s():
    text = "月亮公司是今年的出口冠军，上半年海外销量53万辆，同比增长40%。"
    found = _check("星河公司上半年海外销量是多少？", text)
    assert found is not None and found.found == "月亮公司"
    assert _check("月亮公司上半年海外销量是多少？", text) is None
    # only within the sentence: a sentence before it is another statement (organisations.py reads those)
    two = "月亮公司是出口冠军。上半年海外销量53万辆。"
    at = two.index("上半年")
    assert bodies.body_disagreement(analyse("星河公司上半年海外销量是多少？"), _chunk(two), at, len(two)) is None


def test_a_part_the_asked_model_carries_is_no_sibling():
    # the module carries the chip: the chip's figures (its NPU) are the module's
    text = "青溪公司推出了新款模组QX200-A，该模组搭载了青溪K900芯片，NPU算力达到6 TOPS。"
    assert _check("QX200-A模组的NPU算力有多少？", text) is None
    # a sibling model written without carrying stays one
    assert _check("QX200-A模组的NPU算力有多少？", "青溪公司还推出了QX300，其NPU算力达到6 TOPS。") is not None
