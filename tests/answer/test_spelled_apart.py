"""Two places writing one phrase a character apart (a name, a machine), asked by a question saying its
sources differ: both sentences are the answer (answer/spelled_apart.py). Made-up sentences, no model."""

from __future__ import annotations

from support import made_hits

from assistant.answer import spelled_apart
from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import Draft, make_part
from assistant.query.question import analyse

REPORT = "加快蓝湾光电、松岭精密、金穗食品等企业扩能投产，支持骨干企业释放产能。"
INTERVIEW = "实施龙头企业培育行动，加快蓝湾光电、松岭精蜜、金穗食品等企业扩能投产。"
ASKED = "和蓝湾光电排在一起的那家松岭企业，报告和专访的写法不一致，各写作什么？"


def _versions(question: str, *texts: str) -> list[str]:
    hits = made_hits(*texts)
    first = sentences_of(hits)[0]
    draft = Draft([make_part(first, first.a, first.b, 1.0)], 1.0, kind="generic")
    found = spelled_apart.spelled_parts(analyse(question), [draft], hits)
    return [p.sentence.chunk.text[p.a : p.b] for p in found]


def test_the_other_spelling_is_the_other_version():
    found = _versions(ASKED, INTERVIEW, REPORT)
    assert len(found) == 2 and "松岭精蜜" in found[0] and "松岭精密" in found[1]


def test_a_question_not_saying_its_sources_differ_gets_one_answer():
    assert _versions("和蓝湾光电排在一起的那家松岭企业叫什么？", INTERVIEW, REPORT) == []


def test_the_question_must_name_the_words_beside_the_difference():
    assert _versions("报告和专访里写法不一样的是什么，各写作什么？", INTERVIEW, REPORT) == []


def test_a_run_is_a_character_or_two_and_no_numeral():
    assert spelled_apart.apart("推动百座粮仓智能化升级", "推动百座粮舱智能化升级") is not None
    assert spelled_apart.apart("推动百座粮仓智能化升级", "推动百座粮仓智能化升级") is None
    # 一季度 / 二季度: two periods, not two spellings
    assert spelled_apart.apart("一季度产值稳步增长态势明显", "二季度产值稳步增长态势明显") is None
    assert spelled_apart.apart("全县第一季度产值稳步增长", "全县第二季度产值稳步增长") is None
    # two or more characters apart: another word
    assert spelled_apart.apart("加快蓝湾新型材料项目扩能投产", "加快松岭新型能源项目扩能投产") is None
    assert spelled_apart.apart("在上级的正确领导下深入推进工作", "在上级的坚强领导下深入推进工作") is None
    # two places, not one place spelled two ways
    assert spelled_apart.apart("全力推动青溪县乡村振兴示范建设", "全力推动青川县乡村振兴示范建设") is None
    # too little shared around the run
    assert spelled_apart.apart("甲厂达产", "乙厂达产") is None


def test_both_spellings_already_quoted_are_left_alone():
    hits = made_hits(INTERVIEW, REPORT)
    first, second = sentences_of(hits)[:2]
    parts = [make_part(first, first.a, first.b, 1.0), make_part(second, second.a, second.b, 1.0)]
    assert spelled_apart.shown_apart(parts)
    assert spelled_apart.spelled_parts(analyse(ASKED), [Draft(parts, 1.0, kind="generic")], hits) == []


def test_a_figure_question_is_left_to_the_figure_versions():
    assert _versions("松岭精密的项目投资，报告和专访写法不一致，各是多少？", INTERVIEW, REPORT) == []


def test_an_unanswered_question_gets_both_spellings_of_its_first_passages():
    hits = made_hits(INTERVIEW, REPORT)
    found = spelled_apart.spelled_parts(analyse(ASKED), [None], hits, answered=False)
    assert len(found) == 2
    assert spelled_apart.spelled_parts(analyse("和蓝湾光电排在一起的那家松岭企业叫什么？"), [None], hits, answered=False) == []


def test_the_question_picks_which_phrase_of_the_sentence_is_spelled_apart():
    # the interview writes two phrases another way than two sentences of the report
    interview = "加快蓝湾光电、松岭精蜜、金穗食品等企业扩能投产，推动百座粮舱智能化升级。"
    machines = "着力提升仓储水平，整体推动百座粮仓智能化升级，新增智能烘干塔60座。"
    found = _versions("百座粮仓智能化升级这一句，报告和专访写法不一致，各写成什么？", interview, REPORT, machines)
    assert len(found) == 2 and "百座粮仓" in found[1]
    found = _versions(ASKED, interview, machines, REPORT)
    assert len(found) == 2 and "松岭精密" in found[1]


def test_parallel_lines_of_one_article_are_no_versions():
    one = "推进城区绿化建设，改善人居环境。推进郊区绿化建设，深入开展植树行动。"
    assert _versions("推进哪里的绿化建设，两处写法不一致，各写成什么？", one) == []


def test_a_quoted_part_of_a_name_with_two_tails():
    # the question quotes the part both write (“松岭”); the rest of the name differs by more than a character
    asked = "和蓝湾光电排在一起的那个“松岭”项目，报告和专访的写法不一致，各写作什么？"
    report = "加快推进蓝湾光电、松岭水街、金穗食品等项目建设，确保年内投用。"
    interview = "我们将加快蓝湾光电、松岭文化园等重点项目。"
    found = _versions(asked, interview, report)
    assert len(found) == 2 and "松岭文化园" in found[0] and "松岭水街" in found[1]
    assert spelled_apart.quoted_apart(asked, interview, "加快推进金穗食品、松岭水街等项目建设") is None  # other words before it
    assert spelled_apart.quoted_apart("那个松岭项目各写作什么？", interview, report) is None  # nothing quoted


# a report and an interview naming one company in sentences worded otherwise (answer/name_variants.py)
PLAN = "壮大生物制造产业，引进青禾农业科技落户白沙新区。"
TALK = "区长说，要主动与青禾农业股份科技深入对接，共建示范基地。"
ADDED = "白沙新区引进的那家青禾农业企业，区长访谈里的名字长了一截，两份材料写法不同，请给出各自的写法。"


def _shows(question: str, texts: tuple[str, str], names: tuple[str, str]) -> bool:
    """Is the answer the two sentences, in order, each writing its spelling of the name?"""
    found = _versions(question, *texts)
    return len(found) == 2 and all(name in sentence for name, sentence in zip(names, found))


def test_a_name_with_two_characters_added_in_sentences_worded_otherwise():
    assert _shows(ADDED, (TALK, PLAN), ("青禾农业股份科技", "青禾农业科技"))


def test_a_name_whose_last_character_changed_before_each_sentence_goes_its_own_way():
    talk = "代表说，百川云谷赛、湖畔驿站等活动让市民的周末更加丰富。"
    plan = "统筹湖畔文旅开发，推动“百川云谷汇”等场馆改造提升。"
    asked = "报告要改造提升的“百川云谷”那处场馆，代表说它让周末更丰富，两份材料的叫法有出入，各是什么？"
    assert _shows(asked, (talk, plan), ("百川云谷赛", "百川云谷汇"))


def test_a_head_a_third_piece_writes_is_a_common_phrase():
    from assistant.answer.name_variants import variant

    assert variant(PLAN, TALK) is not None
    assert variant(PLAN, TALK, ("另一篇稿子也写到青禾农业的消息。",)) is None
    # a numeral or a particle where they differ is no spelling
    assert variant("全面建成三号线工程并通车运营", "加快推进五号线工程前期工作") is None
    assert variant("加快建设松岭的产业园区", "加快建设松岭和产业园区") is None


def test_a_two_character_head_the_question_writes():
    from assistant.answer.name_variants import variant

    plan = "支持白鹭控股集团建设研发中心。"
    talk = "我们将为白鹭集团的新项目做好服务。"
    assert variant(plan, talk) is None
    assert variant(plan, talk, asked="报告里的那家白鹭企业，访谈里的名称少了两个字，各写作什么？") is not None


def test_a_name_may_differ_two_characters_in():
    # 青山湖畔 / 青山河畔: two characters alike before the change, the rest of the phrase alike after it
    a = "全力推进习近平书记提出的青山湖畔生态示范区建设"
    b = "今年是落实青山河畔生态示范区建设要求的关键之年"
    assert spelled_apart.apart(a, b) is not None
    assert spelled_apart.apart("青山湖畔", "青山河畔") is None  # too little shared: a common word
