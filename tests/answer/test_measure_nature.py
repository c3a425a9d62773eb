"""A figure of another basis (同比 for 环比) or of another nature than the asked measure's
name says (money for a rate, a percentage for a sum of money): answer/measure_nature.py."""

import pytest

from assistant.answer.figure_kind import disagreement
from assistant.answer.measure_nature import nature_disagreement, stated_disagreement
from assistant.query.question import analyse
from assistant.text.quantities import find_quantities


def verdicts(question: str, text: str, check=nature_disagreement) -> dict[str, str]:
    q = analyse(question)
    return {f.text: check(q, text, f) for f in find_quantities(text)}


def test_a_year_on_year_change_does_not_answer_a_month_on_month_question():
    found = verdicts("7月汽车批发量环比下降了多少？", "批发量为201万辆，同比下降6%，环比下降10%")
    assert found["6%"] and not found["10%"]


def test_a_month_on_month_change_does_not_answer_a_year_on_year_question():
    found = verdicts("7月汽车批发量同比增长了多少？", "批发量环比增长3%，同比增长8%")
    assert found["3%"] and not found["8%"]


def test_a_question_naming_both_bases_or_none_is_not_read():
    assert not any(verdicts("批发量同比和环比分别下降多少？", "同比下降6%").values())
    assert not any(verdicts("批发量下降了多少？", "同比下降6%").values())


@pytest.mark.parametrize("question, text, wrong, right", [
    ("储蓄账户的年利率是多少？", "账户吸引了10亿美元存款，年利率为4.15%", "10亿美元", "4.15%"),
    ("该县的森林覆盖率是多少？", "全县造林3000亩，森林覆盖率达到68%", "3000亩", "68%"),
])
def test_a_rate_is_not_a_sum_or_a_count(question, text, wrong, right):
    found = verdicts(question, text)
    assert found[wrong] and not found[right]


def test_power_and_speed_are_no_ratios():
    assert not any(verdicts("发动机最大功率是多少？", "最大功率145kW").values())
    assert not any(verdicts("回报率是多少？", "回报率为3倍").values())


def test_a_percentage_does_not_answer_a_sum_of_money():
    found = verdicts("出租车一个月要多掏多少电费？", "充电电费均有30%以上的涨幅，一个月要多掏500元")
    assert found["30%以上"] and not found["500元"]


@pytest.mark.parametrize("question", ["电费涨了多少？", "电费占成本的比例是多少？", "电费比去年增长多少？"])
def test_a_change_or_share_of_money_may_be_a_percentage(question):
    assert not any(verdicts(question, "电费上涨30%").values())


def test_a_rate_word_that_is_not_the_head_is_not_read():
    assert not any(verdicts("人民银行以利率招标方式开展了多少？", "以利率招标方式开展了2990亿元逆回购").values())


def test_the_check_is_one_of_the_figure_checks():
    q = analyse("储蓄账户的年利率是多少？")
    text = "账户吸引了10亿美元存款"
    assert disagreement(q, text, find_quantities(text)[0])


def test_a_figure_reached_does_not_answer_a_target():
    found = verdicts("今年全县招商引资到位资金要达到多少亿元？", "截至目前，全县招商引资到位额57.8亿元，同比增长37%")
    assert found["57.8亿元"]


@pytest.mark.parametrize("text", ["今年力争招商引资到位资金达到60亿元",  # names the aim
                                  "招商引资到位资金60亿元以上",  # a plan that names no aim reads as one
                                  "截至目前到位资金57.8亿元，全年预计达到60亿元"])  # a forward word: may be the aim
def test_a_target_may_be_a_plan_or_name_its_aim(text):
    assert not any(verdicts("今年全县招商引资到位资金要达到多少亿元？", text).values())


def test_a_figure_reached_answers_a_question_asking_what_was_reached():
    assert not any(verdicts("全县招商引资到位额是多少？", "截至目前，全县招商引资到位额57.8亿元，同比增长37%").values())


def test_this_year_does_not_answer_last_year():
    found = verdicts("古运河水上游去年暑期共接待游客多少人次？", "目前已接待游客近1.5万人次")
    assert found["1.5万人次"]
    found = verdicts("今年全县新增就业多少人？", "去年全县新增就业3000人")
    assert found["3000人"]


@pytest.mark.parametrize("question, text", [
    ("今年销量增长了多少？", "销量较去年同期增长15%"),  # a comparison names no period
    ("今年销量增长了多少？", "销量比去年增长15%"),
    ("去年销量是多少？", "去年销量12万辆，今年增长15%"),  # names both
    ("去年销量是多少？", "销量12万辆"),  # names none
])
def test_a_year_compared_with_or_not_named_is_no_other_year(question, text):
    assert not any(verdicts(question, text).values())


def test_the_question_s_own_figure_is_not_its_answer():
    found = verdicts("这次预拨的10亿元救灾资金中，分给吉林省的有多少？", "再次预拨10亿元救灾资金，其中吉林省2亿元",
                     stated_disagreement)
    assert found["10亿元"] and not found["2亿元"]
    # an ordinal's numeral is no figure of the question
    assert not any(verdicts("第七人民医院专家组一行多少人到巍山县调研？", "专家组一行7人到巍山县", stated_disagreement).values())


def test_a_money_word_that_only_begins_what_is_asked_is_not_its_head():
    assert not any(verdicts("芯片法案为工厂建设提供多少投资税收抵免？", "为工厂建设提供25%的投资税收抵免").values())



def test_a_target_does_not_say_what_was_done():
    found = verdicts("某区去年新签约了多少个亿元以上项目？", "今年，某区将扩大招商，力争新签约亿元以上项目不低于8个，10亿元以上项目不低于3个。")
    assert found["8个"] and found["3个"]  # the aim reaches every clause after it
    done = verdicts("某区新签约了多少个亿元以上项目？", "全年新签约亿元以上项目12个，超额完成年度目标。")
    assert not done["12个"]  # the aim named after the figure is what it reached


def test_a_target_asked_or_a_result_after_the_aim_stands():
    asked = verdicts("某区今年力争新签约多少个亿元以上项目？", "力争新签约亿元以上项目不低于8个。")
    assert "target" not in asked["8个"]
    said = verdicts("某区新签约了多少个亿元以上项目？", "围绕年初目标，全年实现新签约亿元以上项目12个。")
    assert "target" not in said["12个"]
    plain = verdicts("某区新签约了多少个亿元以上项目？", "某区新签约亿元以上项目12个。")
    assert "target" not in plain["12个"]


def test_an_aim_word_clauses_before_the_figure_does_not_reach_it():
    found = verdicts("某县先后解决了多少个要素难题？", "针对项目规划、用地等环节，实施集约化办公，倾听企业诉求，先后解决要素难题200余个。")
    assert not found["200余个"]


def test_the_length_of_a_run_is_no_amount():
    found = verdicts("第二季度平板电脑出货量同比下降了多少？", "平板电脑出货量连续三个季度下降，同比下降12.5%")
    assert found["三个"] and not found["12.5%"]
    found = verdicts("该县粮食总产量是多少？", "该县粮食总产量达81.3万吨，连续六年实现增产")
    assert found["六年"] and not found["81.3万吨"]


def test_a_run_asked_or_counted_in_its_unit_is_the_answer():
    assert not verdicts("该县连续多少年入选最美县域榜单？", "该县连续六年入选最美县域榜单")["六年"]
    assert not verdicts("出货量已经下降了几个季度？", "出货量连续三个季度下降")["三个"]


def test_a_number_of_digits_is_no_amount():
    found = verdicts("出货量同比下降了多少？", "美国市场出货量下降两位数，全球出货量同比下降8%")
    assert found["两位"] and not found["8%"]
    assert not verdicts("这个密码是几位数？", "这个密码是六位数")["六位"]


def test_an_english_rank_question_is_answered_by_an_ordinal():
    text = "该市营商环境评价位列全国第三名，较上年前进五位。"
    ranked = verdicts("Where did the city rank in the national business climate review?", text, stated_disagreement)
    assert not ranked["三名"], "第三名 is the rank asked"
    counted = verdicts("How many places did the city climb in the business climate review?", text, stated_disagreement)
    assert counted["三名"], "an ordinal answers no other English figure question"


def test_so_far_in_an_account_of_a_named_year_is_that_years_figure():
    """截至目前 in an article dated by a named year (2023年，…) is the writer's now within that year's account: it
    answers a question about 去年; 今年 written in the sentence is still this year's."""
    q = analyse("青川县的签约额去年同比增长了多少？")
    text = "截至目前，全县签约额80亿元，同比增长21%。"
    f = find_quantities(text)[-1]
    assert nature_disagreement(q, text, f) and not nature_disagreement(q, text, f, year_named=True)
    this_year = "今年以来，全县签约额80亿元，同比增长21%。"
    assert nature_disagreement(q, this_year, find_quantities(this_year)[-1], year_named=True)


def test_an_english_question_asking_last_year_is_not_answered_by_a_plan():
    """last year read as 去年: a figure of 今年 is this year's, an aim (确保, 力争) or a plan's section names a target,
    neither of them last year's."""
    asked = "By how much did Liuan County's tea exports grow last year?"
    assert verdicts(asked, "今年要确保全县茶叶出口额增长30%。")["30%"] == "今年's figure for 去年"
    assert verdicts(asked, "确保全县茶叶出口额增长30%。")["30%"] == "a plan's figure for last year's"
    planned = "全县茶叶出口额增长30%。"  # in a plan's section (answer/standing.PLAN)
    assert nature_disagreement(analyse(asked), planned, find_quantities(planned)[0], "plan") == "a plan's figure for last year's"


def test_an_english_question_is_answered_by_last_years_figure_or_asking_no_year():
    asked = "By how much did Liuan County's tea exports grow last year?"
    assert not any(verdicts(asked, "去年全县茶叶出口额增长18%。").values())
    assert not any(verdicts(asked, "全县茶叶出口额增长18%。").values())
    # a question naming no year, or this year, is answered by the plan's figure
    assert not any(verdicts("How much did the tea exports of Liuan County grow?", "确保全县茶叶出口额增长30%。").values())
    assert not any(verdicts("By how much will Liuan County's tea exports grow this year?", "今年要确保全县茶叶出口额增长30%。").values())


def test_an_output_value_is_a_sum_of_money_not_a_physical_measure():
    # 产值 asks money: the base's 3160亩 of land, its 8万公斤 of tea or 1200米 of canal earn nothing themselves
    found = verdicts("梧桐县茶叶基地的产值是多少？", "梧桐县茶叶基地面积3160亩，年产值1.2亿元")
    assert found["3160亩"] == "a figure in 亩 for 产值" and not found["1.2亿元"]
    assert verdicts("梧桐县茶叶基地产值有多少？", "茶叶基地年产干茶8万公斤，带动农户600户")["8万公斤"]
    assert verdicts("梧桐县茶叶基地产值有多少？", "新修灌渠1200米，蓄水池容量5000升")["5000升"]
    assert verdicts("梧桐县茶叶基地投资多少？", "茶叶基地占地3160亩")["3160亩"]  # any money head, not 产值 alone
    # a share of the output value is no sum of it either
    assert verdicts("梧桐县茶叶基地产值有多少？", "茶叶基地产值占全县农业的12%")["12%"]


def test_a_physical_measure_asked_or_a_change_of_the_output_value_is_not_read():
    # guard: 产量 and 面积 are answered in 公斤 and 亩; a rise of the output value may be a percentage
    assert not any(verdicts("梧桐县茶叶基地产量是多少？", "梧桐县茶叶基地面积3160亩，年产干茶8万公斤").values())
    assert not any(verdicts("梧桐县茶叶基地面积有多少？", "梧桐县茶叶基地面积3160亩，年产值1.2亿元").values())
    assert not any(verdicts("梧桐县茶叶基地产值有多少？", "茶叶基地产值1.2亿元，同比增长12%").values())
