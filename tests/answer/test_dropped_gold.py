"""Subject checks that dropped the sentence holding the answer (session 34), on made-up sentences: a
version compared with (比燃油版), a version shortened (长轴版 of 长轴距版), a river's basin (莲河流域),
an autonomous county's short name, a rank in the province (全省首批), a kind of zone (商务区), an ordinal
asked of listed events, an acronym the question writes (AMD) — and the siblings they still reject."""

from __future__ import annotations

from assistant.answer import qualifiers, siblings, subject, subject_names
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import comparisons, places


def _chunk(text: str, title: str = "", subject_place: str = "") -> Chunk:
    return Chunk(id="c1", source="made/c1.txt", title=title, subject=subject_place, article=0, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _check(check, question: str, text: str, **kw):
    return check(analyse(question), _chunk(text, **kw), 0, len(text))


def test_a_thing_compared_with_is_not_what_the_sentence_speaks_of():
    assert comparisons.compared("比燃油版的3系还要实惠", 1, 4)
    assert comparisons.compared("价格比燃油版低", 3, 6)
    assert comparisons.compared("与燃油版相比，贵了5万元", 1, 4)
    assert not comparisons.compared("燃油版的官方指导价为30万元", 0, 3)
    assert not comparisons.compared("和燃油版的价格分别为30万元", 1, 4)  # 和 with no comparing word after


def test_the_version_asked_is_kept_when_another_is_only_compared_with():
    question = "星河i9运动套装版的官方指导价是多少？"
    assert _check(qualifiers.sibling_disagreement, question, "这款车的官方指导价为41.89万元，比燃油版还要实惠。") is None
    assert _check(qualifiers.sibling_disagreement, question, "燃油版的官方指导价为30万元。") is not None


def test_a_version_named_short_is_the_one_asked():
    question = "现款星河9系长轴距版停产后，新一代9系在哪家工厂投产？"
    assert _check(siblings.designator_disagreement, question, "新车在甲城工厂投产，国产版9系长轴版将于明年投产。") is None
    assert _check(siblings.designator_disagreement, question, "标轴版将在乙城工厂投产。") is not None
    assert _check(siblings.designator_disagreement, question, "插电混动版将于9月停产。") is not None


def test_a_rivers_basin_is_named_by_the_river():
    assert places.stem("辽河流域") == "辽河"
    text = "高标准推进东辽河、莲河流域裸露山体生态修复。"
    assert _check(subject.place_disagreement, "除了东辽河流域，还涉及哪条河的流域？", text, subject_place="辽源") is None


def test_an_autonomous_area_goes_by_the_name_before_its_peoples():
    assert places.stem("三江侗族自治县") == "三江"
    assert places.stem("恩施土家族苗族自治州") == "恩施"
    assert places.stem("东丰县") == "东丰"


def test_the_first_of_its_kind_in_the_province_is_a_rank_not_the_province():
    assert places.levels_mentioned("用活用好全省首批省级科学家工作室") == set()
    assert places.levels_mentioned("全省新增就业3000人") == {"省"}


def test_a_kind_of_zone_is_no_place():
    assert places.places("做强虹桥商务区，开展综合保税区试点") == ("虹桥",)


def test_an_ordinal_asked_is_each_listed_events_own():
    text = "办好第五届国际琵琶艺术节、辽源传统文化艺术节。"
    assert _check(qualifiers.sibling_disagreement, "辽源今年要办的是第几届国际琵琶艺术节？", text) is None
    # a figure after the list is still theirs together
    text = "北区园区、南区园区共引进企业50家。"
    assert _check(qualifiers.sibling_disagreement, "南区园区引进了多少家企业？", text) is not None


def test_an_acronym_the_question_writes_is_asked_too():
    question = "ShopMart第31周卖出了多少颗AMD处理器？"
    text = "数据显示，AMD处理器在当周销售量达到3385颗，而Intel处理器的销售量仅为1070颗。"
    assert _check(subject_names.latin_disagreement, question, text) is None
    assert _check(subject_names.latin_disagreement, question, "数据显示，Intel处理器在当周销售量达到3385颗。") is not None


def test_a_level_the_question_speaks_of_is_asked_too():
    question = "报告提到辽源要紧抓我省构建什么格局的新机遇？"
    text = "紧抓投资我省构建“464”格局新机遇，调整产业发展规划。"
    assert _check(subject.place_disagreement, question, text, subject_place="辽源") is None
    # unasked too, the province owns the chance the city seizes (places.SEIZED_RE): the sentence is the city's
    assert _check(subject.place_disagreement, "辽源要紧抓什么格局的新机遇？", text, subject_place="辽源") is None
    assert _check(subject.place_disagreement, "辽源要紧抓什么格局的新机遇？", "我省构建“464”格局，全省新增就业3万人。",
                  subject_place="辽源") is not None


def test_the_places_volunteers_go_to_are_not_the_sentences_subject():
    text = "5000名青年志愿者奔赴粤北12个地市及肇庆市、惠州市龙门县乡村基层。"
    assert _check(subject.place_disagreement, "广东高校毕业生志愿服务行动有多少名青年志愿者？", text, subject_place="广东") is None
    assert _check(subject.place_disagreement, "广东有多少名青年志愿者？", "肇庆市有5000名青年志愿者。", subject_place="广东") is not None


def test_an_ordinal_of_another_series_is_not_the_one_asked():
    question = "第四届国际琵琶艺术节是在哪一年举办的？"
    found = _check(siblings.series_disagreement, question, "小米举办了2023年第四届黑客马拉松“创想无界”大赛。")
    assert found is not None and found.found == "第四届黑客马拉松"
    assert _check(siblings.series_disagreement, question, "第四届琵琶节于2019年举办。") is None
    assert _check(siblings.series_disagreement, "第十四届全国运动会在哪里举办？", "第十四届全运会在西安举办。") is None
    assert _check(siblings.series_disagreement, question, "第四届，2019年。") is None  # no name: the ordinal check's
    # a batch goes on with a common noun: its list is the one asked
    assert _check(siblings.series_disagreement, "第二批试点城市有哪些？", "第二批名单包括甲市和乙市。") is None


def test_a_numbered_week_is_a_member_of_a_series():
    text = "数据显示，第31周AMD处理器销量达到3385颗。"
    assert _check(siblings.designator_disagreement, "ShopMart第30周卖出了多少颗AMD处理器？", text) is not None
    assert _check(siblings.designator_disagreement, "ShopMart第31周卖出了多少颗AMD处理器？", text) is None
