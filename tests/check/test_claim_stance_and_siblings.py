"""A figure decides a claim only when it is of the same kind and the same measure: a
target (计划全年达到20亿元) is not what was done (已实现12亿元), a sibling measure of the
same sentence (低功率版 for 高功率版, 出口 for 进出口) or another one's (民营企业进出口 for
欧盟进出口) decides nothing (check/measures.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.draft import figures
from assistant.check.measures import contradicts
from assistant.check.named_measures import names_another
from assistant.check.stances import PLANNED, DONE, stance


def verdict(claim: str, *texts: str):
    return check(claim, made_hits(*texts), flat_idf, 0.43)


def test_a_figure_is_read_as_planned_or_done_in_its_clause():
    text = "星河公司今年已实现营收12亿元，计划全年营收达到20亿元。"
    first, second = figures(text)
    assert stance(text, first) == DONE
    assert stance(text, second) == PLANNED
    # the clause before says what the figure is: 计划授予100万股，约占股本的0.3%
    text = "星河公司计划向员工授予100万股股票，约占股本总额的0.3%。"
    assert stance(text, figures(text)[-1]) == PLANNED
    assert stance("蓝湾大桥将近20公里。", figures("蓝湾大桥将近20公里。")[0]) == ""


STATIONS = ("星河汽车宣布，全国已建成160座换电站。尽管离年底“超300座”的目标还有一段距离，"
            "但预计本月会建成10座。")


def test_a_target_does_not_decide_what_was_done_nor_the_reverse():
    plan = "星河汽车还计划到2030年推出总共12款新的电动车型。"
    assert verdict("星河汽车已推出12款新的电动车型。", plan).verdict == "not_enough_info"
    assert verdict("星河汽车计划到2030年推出总共12款新的电动车型。", plan).verdict == "supported"
    # the year's target is not refuted by what is built so far
    assert verdict("星河汽车年底换电站的目标是超过300座。", STATIONS).verdict == "not_enough_info"


def test_a_date_to_be_reached_makes_a_target_of_what_follows():
    source = ("在销售服务网络上，我省更加突出集成创新。到2025年，青州要建成新能源汽车维保服务网点超500家，"
              "实现城区汽车维修需求半小时触达。")
    assert verdict("青州已建成新能源汽车维保服务网点超500家。", source).verdict == "not_enough_info"
    assert verdict("到2025年，青州要建成新能源汽车维保服务网点超500家。", source).verdict == "supported"
    v = verdict("到2025年，青州计划建成新能源汽车维保服务网点超800家。", source)
    assert (v.verdict, v.sources_say) == ("refuted", ("500家",))
    text = "到2022年底，青州已建成网点300家。"
    assert stance(text, figures(text)[-1]) == DONE  # 已: the date is reached
    text = "从2020年到2022年，青州累计建成网点300家。"
    assert stance(text, figures(text)[-1]) == DONE  # a span of past years, not a date to reach
    # a schedule: the date governs every figure after it in its sentence
    schedule = "《意见》明确了进度表：到2023年底，累计创建未来社区300个以上、覆盖不少于20%的城镇社区，累计建成未来社区100个。"
    assert [stance(schedule, f) for f in figures(schedule)] == [PLANNED] * 3


def test_a_claim_is_refuted_by_the_figure_of_its_own_kind():
    built = verdict("星河汽车已累计建成300座换电站。", STATIONS)
    assert (built.verdict, built.sources_say) == ("refuted", ("160座",))
    planned = verdict("星河汽车预计本月会建成换电站50座。", STATIONS)
    assert (planned.verdict, planned.sources_say) == ("refuted", ("10座",))


def test_an_opposite_modifier_makes_another_measure():
    source = ("动力方面，青禾跑车搭载了高、低功率两种驱动电机，其低功率版驱动电机的最大功率为231千瓦，"
              "高功率版驱动电机的最大功率为250千瓦；四驱版本前驱动电机最大功率为150千瓦。")
    v = verdict("青禾跑车高功率版驱动电机的最大功率为231千瓦。", source)
    assert (v.verdict, v.sources_say) == ("refuted", ("250千瓦",))
    # 出口总值 is not 进出口总值
    share = "1至7月，青州市出口机电产品1277.9亿元，占出口总值的49.3%。"
    assert verdict("1至7月，青州市对欧盟进出口占进出口总值的17.7%。", share).verdict == "not_enough_info"
    assert contradicts("高功率版电机的最大功率为", "其低功率版电机的最大功率为")
    assert contradicts("全市出口增长", "全市进口增长")
    assert contradicts("对欧盟进出口占进出口总值的", "占出口总值的")  # both sides against one
    assert not contradicts("目前出口增长", "出口增长")  # 前 of 目前 is no modifier here
    assert not contradicts("对欧盟进出口占进出口总值的", "占进出口总值的")


def test_a_figure_of_another_named_one_of_the_measure_decides_nothing():
    private = "1至7月，青州市民营企业进出口2453.9亿元，增长21.8%，占同期青州市外贸进出口总值的44.4%。"
    partners = "1至7月，青州市对东盟进出口974.7亿元，占进出口总值的17.7%；对欧盟进出口772.4亿元，占14%。"
    claim = "1至7月，青州市对欧盟进出口占进出口总值的17.7%。"
    v = verdict(claim, private, partners)
    assert (v.verdict, v.sources_say) == ("refuted", ("14%",))  # 欧盟's, not 东盟's 17.7% nor 44.4%
    assert verdict(claim, private).verdict == "not_enough_info"  # nor 民营企业's 44.4%
    assert verdict("1至7月，青州市民营企业进出口占外贸进出口总值的17.7%。", private).verdict == "refuted"
    assert names_another("青州市对欧盟进出口占", "青州市民营企业进出口", "青州市民营企业进出口245亿元")
    assert not names_another("青州市民营企业进出口占", "青州市民营企业进出口", "青州市民营企业进出口245亿元")


def test_a_share_after_an_item_is_that_items_share():
    # 占14% names no whole: it is the share of what the clause before measures (对欧盟进出口)
    partners = ("1至7月，青州市对东盟进出口974.7亿元，占进出口总值的17.7%；对欧盟进出口772.4亿元，占14%；"
                "对美国进出口652.5亿元，占11.8%。")
    v = verdict("1至7月，青州市对欧盟进出口占进出口总值的17.7%。", partners)
    assert (v.verdict, v.sources_say) == ("refuted", ("14%",))  # not 东盟's 17.7%
    assert verdict("1至7月，青州市对欧盟进出口占进出口总值的14%。", partners).verdict == "supported"
    v = verdict("1至7月，青州市对美国进出口占进出口总值的14%。", partners)
    assert (v.verdict, v.sources_say) == ("refuted", ("11.8%",))
