"""Siblings of a designator (answer/siblings.py) on made-up sentences: 98号 asked, 92号's figure
given; its hooks in subject.disagreement and figure_kind.disagreement."""

from __future__ import annotations

from assistant.answer import figure_kind, siblings, subject
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk
from support import figure_named


def _chunk(text: str, title: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _families(text: str) -> list[tuple[str, str]]:
    return [(d.family, d.value) for d in siblings.designators(text)]


def test_designators_are_numbers_ordinals_and_model_names():
    assert _families("青川牌95号汽油与第三批物资") == [("号", "95"), ("批", "3")]
    assert _families("首站在滨城，第二站在河州") == [("站", "1"), ("站", "2")]
    assert _families("星河Model 3和星河Model X、Orbit-7") == [("model", "3"), ("model", "X"), ("orbit", "7")]
    assert _families("新区三期工程与03星") == [("期", "3"), ("星", "3")]


def test_days_periods_ranks_and_english_prose_are_no_designators():
    assert siblings.designators("8月3号开幕，第一季度排名第三名") == []
    assert siblings.designators("The output grew in 2023 by 5 percent") == []


SENTENCE = "本轮调价中，青川92号汽油每升上调0.21元，95号汽油每升上调0.23元。"


def test_a_figure_of_another_number_is_a_siblings():
    q = analyse("本轮调价中青川98号汽油每升上调了多少？")
    assert "92号" in siblings.designator_figure_disagreement(q, SENTENCE, figure_named(SENTENCE, "0.21元"))
    assert "95号" in siblings.designator_figure_disagreement(q, SENTENCE, figure_named(SENTENCE, "0.23元"))
    assert figure_kind.disagreement(q, SENTENCE, figure_named(SENTENCE, "0.23元"))  # the hook


def test_the_figure_of_the_number_asked_is_kept_and_its_neighbours_is_not():
    q = analyse("本轮调价中青川95号汽油每升上调了多少？")
    assert siblings.designator_figure_disagreement(q, SENTENCE, figure_named(SENTENCE, "0.23元")) == ""
    assert siblings.designator_figure_disagreement(q, SENTENCE, figure_named(SENTENCE, "0.21元"))


def test_numbers_named_together_share_their_figure():
    text = "青川92号和98号汽油每升均上调0.2元。"
    q = analyse("青川98号汽油每升上调了多少？")
    assert siblings.designator_figure_disagreement(q, text, figure_named(text, "0.2元")) == ""


def test_a_batch_named_before_the_figure_is_in_force_even_when_the_asked_one_follows():
    text = "星禾公司捐出首批物资（含300箱饮用水和400箱方便食品），随后还将送出第二批物资。"
    second = analyse("星禾公司第二批物资包括多少箱方便食品？")
    first = analyse("星禾公司首批物资包括多少箱方便食品？")
    assert siblings.designator_figure_disagreement(second, text, figure_named(text, "400箱"))
    assert siblings.designator_figure_disagreement(first, text, figure_named(text, "400箱")) == ""


def test_a_sum_in_another_currency_is_not_the_one_asked():
    text = "星河新车起售价为150万青川卢比（约1.8万美元），国内售价13万元。"
    rupees = analyse("星河新车起售价定在多少青川卢比？")
    assert siblings.designator_figure_disagreement(rupees, text, figure_named(text, "1.8万美元")) == "a sum in 美元, not in 卢比"
    assert siblings.designator_figure_disagreement(rupees, text, figure_named(text, "13万元"))
    assert siblings.designator_figure_disagreement(rupees, text, figure_named(text, "150万")) == ""
    # 元 is the local currency: it answers 人民币; a bare 元 asked names no currency
    assert siblings.currency_disagreement(analyse("国内售价多少人民币？"), text, figure_named(text, "13万元")) == ""
    assert siblings.currency_disagreement(analyse("国内售价多少万元？"), text, figure_named(text, "1.8万美元")) == ""


def test_a_sentence_naming_only_siblings_is_rejected_when_its_passage_never_names_the_one_asked():
    text = "今年初，星河在本地将Model X和Model S的售价都下调了6000元。"
    q = analyse("星河今年把Model 3的售价下调了多少？")
    found = siblings.designator_disagreement(q, _chunk(text), 0, len(text))
    assert found is not None and found.asked == "Model 3" and found.found == "Model X"
    assert subject.disagreement(q, _chunk(text), 0, len(text)) is not None  # the hook
    # the passage names it elsewhere: which figure is whose is the figure check's
    longer = text + "Model 3的售价则维持不变。"
    assert siblings.designator_disagreement(q, _chunk(longer), 0, len(text)) is None


def test_a_question_naming_no_designator_is_not_checked():
    q = analyse("本轮调价中汽油每升上调了多少？")
    assert siblings.designator_figure_disagreement(q, SENTENCE, figure_named(SENTENCE, "0.21元")) == ""
    assert siblings.designator_disagreement(q, _chunk(SENTENCE), 0, len(SENTENCE)) is None


def _scored(chunk: Chunk, sentence: str, score: float) -> Scored:
    a = chunk.text.index(sentence)
    return Scored(Sentence(0, chunk, a, a + len(sentence)), score, 1.0)


def test_an_article_naming_only_a_sibling_answers_nothing_of_the_one_asked():
    first = Chunk(id="p1", source="made/a.txt", title="星禾快闪活动", subject="", article=3, start=0, end=20,
                  text="星禾快闪活动首站登陆滨城。", segments=(), raw="")
    rest = Chunk(id="p2", source="made/a.txt", title="星禾快闪活动", subject="", article=3, start=20, end=60,
                 text="活动将持续到年底，市民可在河州的门店品尝。", segments=(), raw="")
    other = Chunk(id="p3", source="made/b.txt", title="星禾巡展", subject="", article=0, start=0, end=40,
                  text="星禾快闪活动第二站将在海州举行。", segments=(), raw="")
    q = analyse("星禾快闪活动的第二站在哪个城市？")
    candidates = [_scored(rest, rest.text, 0.9), _scored(first, first.text, 0.8), _scored(other, other.text, 0.5)]
    assert siblings.sibling_articles(q, [sc.sentence for sc in candidates]) == {"p1", "p2"}
    assert [sc.sentence.chunk.id for sc in subject.agreeing(q, candidates)] == ["p3"]  # the hook


def test_a_version_or_season_named_by_a_word_is_a_designator():
    assert _families("星河增程版与纯电版，稻米再生季和头季") == [("版", "增程"), ("版", "纯电"), ("季", "再生"), ("季", "1")]
    # a publisher, a reprint, a sports season, the four seasons, a quarter: no member named
    assert siblings.designators("星河出版社再版此书，本赛季四季度与四季") == []


def test_a_figure_of_another_season_or_version_is_a_siblings():
    text = "测产结果显示，星禾稻头季平均亩产干谷460公斤。"
    ratoon = analyse("星禾稻再生季的平均亩产是多少公斤？")
    assert "头季" in siblings.designator_figure_disagreement(ratoon, text, figure_named(text, "460公斤"))
    first = analyse("星禾稻头季的平均亩产是多少公斤？")
    assert siblings.designator_figure_disagreement(first, text, figure_named(text, "460公斤")) == ""
    both = "星河将推出纯电和增程两种版本，增程版售价20万元。"
    q = analyse("星河增程版的售价是多少？")
    assert siblings.designator_figure_disagreement(q, both, figure_named(both, "20万元")) == ""


def test_the_whole_series_figure_does_not_answer_one_phase():
    text = "该项目总投资达50亿元，预计全部达产后年产值可达40亿元。"
    q = analyse("星禾项目首期达产后年产值预计是多少？")
    assert "全部达产" in siblings.designator_figure_disagreement(q, text, figure_named(text, "40亿元"))
    own = "该项目预计首期达产后年产值可达40亿元。"
    assert siblings.designator_figure_disagreement(q, own, figure_named(own, "40亿元")) == ""


def test_a_range_over_the_versions_does_not_answer_one_version():
    text = "星河新车共推出五款车型，售价区间为16.98-21.98万元。"
    q = analyse("星河新车四驱版车型的售价是多少？")
    assert "every version" in siblings.designator_figure_disagreement(q, text, figure_named(text, "16.98-21.98万元"))
    named = "星河新车四驱版车型售价为21.98万元。"
    assert siblings.designator_figure_disagreement(q, named, figure_named(named, "21.98万元")) == ""
    # a version the sentence names nowhere, its figure a single one: not read
    single = "星河新车售价为21.98万元。"
    assert siblings.designator_figure_disagreement(q, single, figure_named(single, "21.98万元")) == ""


def test_a_figure_of_another_stated_case_is_not_the_one_asked():
    text = "如能见度小于200米，车速不得超过每小时60公里；若能见度小于100米，车速不得超过每小时40公里。"
    q = analyse("能见度小于300米时，车速不得超过每小时多少公里？")
    assert siblings.condition_disagreement(q, text, figure_named(text, "60公里")) == "it is for 小于200米, not 小于300米"
    assert "小于100米" in siblings.condition_disagreement(q, text, figure_named(text, "40公里"))
    asked = analyse("能见度小于100米时，车速不得超过每小时多少公里？")
    assert siblings.condition_disagreement(asked, text, figure_named(text, "40公里")) == ""
    assert siblings.condition_disagreement(asked, text, figure_named(text, "60公里"))
    assert figure_kind.disagreement(q, text, figure_named(text, "60公里"))  # the hook


def test_an_ordinal_with_its_kind_is_a_designator():
    assert _families("第五个工作日与首个交易日") == [("个工作", "5"), ("个交易", "1")]
    q = analyse("本轮调价周期第六个工作日的变化率是多少？")
    text = "8月2日，第五个工作日，变化率为4.75%。"
    found = siblings.designator_disagreement(q, _chunk(text), 0, len(text))
    assert found is not None and found.found == "第五个工作"


def test_a_question_asking_when_is_not_answered_by_a_siblings_date_or_sentence():
    q = analyse("青川1号探测器是哪一年发射的？")
    text = "青川2号于1979年发射，是距地球第二远的探测器，仅次于青川1号。"
    found = siblings.designator_disagreement(q, _chunk(text), 0, len(text))
    assert found is not None and found.found == "2号"
    own = "青川1号于1977年发射，比青川2号早两年。"
    assert siblings.designator_disagreement(q, _chunk(own), 0, len(own)) is None
    # a sentence naming only the sibling, its passage naming the asked one elsewhere
    passage = "青川2号上的仪器在发射40年后仍能工作。青川1号已飞出太阳系。"
    cut = passage.index("。") + 1
    assert siblings.designator_disagreement(q, _chunk(passage), 0, cut) is not None
    # the asking phrase names no designator (哪一代)
    assert siblings._asked(analyse("哪一代战机开始高度电子化？")) == {}


def _variant(question, text):
    return siblings.variant_disagreement(question, _chunk(text), 0, len(text))


def test_a_model_written_without_the_variant_word_asked_is_a_sibling():
    question = analyse("青川50mm F1.8 DG Retro限量镜头提供哪些卡口？")
    plain = "今年3月，青川发布了普通款的50mm F1.8 DG镜头，可选E卡口和L卡口。"
    found = _variant(question, plain)
    assert found is not None and found.found == "50mm F1.8 DG"
    assert subject.disagreement(question, _chunk(plain), 0, len(plain)) is not None  # the hook
    # the variant itself, or both named, or a name with no number in it: no sibling
    assert _variant(question, "青川50mm F1.8 DG Retro镜头仅在国内制造。") is None
    assert _variant(question, "50mm F1.8 DG Retro比50mm F1.8 DG贵两千元。") is None
    assert _variant(analyse("星河Nova Pro的售价是多少？"), "星河Nova售价999元。") is None


def test_a_variant_after_a_hyphen_is_another_model():
    text = "星河X9分两个版本：均衡型KX9-A每天可充放2次，高能型KX9-B每天可充放4次。"
    assert _families("星河KX9-A与KX9-B") == [("kx", "9-A"), ("kx", "9-B")]
    q = analyse("How many cycles a day is the balanced Xinghe KX9-A rated for?")
    assert siblings.designator_figure_disagreement(q, text, figure_named(text, "4次"))
    assert siblings.designator_figure_disagreement(q, text, figure_named(text, "2次")) == ""


def test_a_standards_version_with_a_decimal_is_a_designator():
    assert _families("支持QLink 5.0与QLink 6.1，XYBus 3接口") == [("qlink", "5"), ("qlink", "6.1"), ("xybus", "3")]
    q = analyse("QLink 7.0的正式规范预计何时发布？")
    text = "一年前，星河曾发布过支持QLink 5.0的企业级硬盘。"
    found = siblings.designator_disagreement(q, _chunk(text), 0, len(text))
    assert found is not None and found.found == "QLink 5.0"
    named = "星河的QLink 7规范预计明年发布。"  # 7 is 7.0
    assert siblings.designator_disagreement(q, _chunk(named), 0, len(named)) is None


def test_a_version_written_with_the_model_asked_must_be_written_with_it():
    q = analyse("星河海外特供版QX500显卡预计什么时候上市？")
    plain = "星河的大杀器QX500要到年底才能出货，明年才能大批量上市。"
    found = siblings.variant_disagreement(q, _chunk(plain), 0, len(plain))
    assert found is not None and found.found == "QX500"
    # another model's 特供版 in the passage is not this one's
    other = "国内只能买到特供版的A800。" + plain
    assert siblings.variant_disagreement(q, _chunk(other), len(other) - len(plain), len(other)) is not None
    lead = "星河将推出特供版QX500。" + plain  # its lead names it once
    assert siblings.variant_disagreement(q, _chunk(lead), len(lead) - len(plain), len(lead)) is None
    assert siblings.variant_disagreement(analyse("QX500的正式版何时推送？"), _chunk(plain), 0, len(plain)) is None


def test_a_figure_of_the_plain_model_is_not_the_capacity_versions():
    q = analyse("星河Nova 2 Pro的24GB版本定价多少元？")
    assert siblings.variant_disagreement(q, _chunk("1元预约星河Nova 2 Pro手机。"), 0, 13) is not None
    text = "星河Nova 2 Pro的24G版本定价3999元。"
    assert siblings.variant_disagreement(q, _chunk(text), 0, len(text)) is None


def test_another_model_of_a_word_of_the_one_asked_is_another_product():
    q = analyse("星河电视S Pro 100搭载的是什么处理器？")
    text = "作为参考，现款星河平板6 Pro采用骁龙8处理器。"
    found = siblings.variant_disagreement(q, _chunk(text), 0, len(text))
    assert found is not None and found.asked == "S Pro 100" and found.found == "6 Pro"
    asked = "星河电视S Pro 100英寸搭载四核A73处理器。"  # the one asked, its spacing aside
    assert siblings.variant_disagreement(q, _chunk(asked), 0, len(asked)) is None
    spec = "该机搭载5000 mAh电池和12 GB内存。"  # units are no model's words
    assert siblings.variant_disagreement(analyse("星河Nova 12 GB版搭载什么处理器？"), _chunk(spec), 0, len(spec)) is None


def test_the_model_asked_written_shorter_is_the_one_asked():
    q = analyse("星河在哪个市场停售纯电动SUV QX-30 EV？")
    text = "星河在北美市场停止销售其纯电动SUV——QX-30 EV。"
    assert siblings.variant_disagreement(q, _chunk(text), 0, len(text)) is None
    listed = "RZ 7900、RZ 7800和RZ 7700的建议售价分别在579到649美元、499到549美元和399到449美元之间。"
    assert siblings.variant_disagreement(analyse("星河RZ 7800的建议售价是多少？"), _chunk(listed), 0, len(listed)) is None


def test_a_figure_of_a_word_version_may_stand_apart_from_the_version_word():
    lead = "星河针对本地市场推出了特供版的RZ 7900 GRE。"
    text = "新推出的RZ 7900 GRE则是80组CU单元。"
    q = analyse("星河特供版RZ 7900 GRE有多少组CU单元？")
    assert siblings.variant_disagreement(q, _chunk(lead + text), len(lead), len(lead + text)) is None


def test_a_passage_naming_the_model_asked_too_is_left_to_the_ranking():
    q = analyse("星河RZ 7800的建议售价在什么区间？")
    one = "据知名爆料人士透露，RZ 7900将向欧洲少量出货。"
    assert siblings.variant_disagreement(q, _chunk(one), 0, len(one)) is not None
    both = one + "RZ 7800的建议售价在499到549美元之间。"
    assert siblings.variant_disagreement(q, _chunk(both), 0, len(one)) is None
