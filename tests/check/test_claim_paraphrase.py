"""A claim that words its figure or its measure differently from the source is still
decided by the source's figure: 百分之八 is 8%, 213万千瓦 is 2130兆瓦, 营收 abbreviates
营业收入, 提高到 gives a level, not a change; a figure of another measure the claim's words
only share a head with (水电站装机容量 for 光伏装机容量) or of another relative year
(去年 for 今年) decides nothing (check/measures.py). Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.draft import figures
from assistant.check.measures import abbreviated_span, counterpart, is_change, names_measure
from assistant.text import quantities


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


def test_a_percentage_in_words_is_compared_as_a_figure():
    source = "星河公司2023年上半年营业收入同比增长12%。"
    assert verdict("星河公司2023年上半年营业收入同比增长百分之十二。", source) == "supported"
    assert verdict("星河公司2023年上半年营业收入同比增长百分之二十。", source) == "refuted"


def test_a_figure_in_another_scale_of_its_unit_is_the_same_figure():
    source = "青禾电站总装机容量2130兆瓦。"
    assert verdict("青禾电站总装机容量为213万千瓦。", source) == "supported"
    assert verdict("青禾电站总装机容量为313万千瓦。", source) == "refuted"


def test_an_abbreviated_measure_names_the_written_out_one():
    source = "报告期内，星河公司实现营业收入14.43亿元。"
    assert verdict("星河公司营收14.43亿元。", source) == "supported"
    assert verdict("星河公司营收15.43亿元。", source) == "refuted"
    assert abbreviated_span("营收", "公司实现营业收入") == (4, 7)
    assert abbreviated_span("营收", "营业额") is None
    assert abbreviated_span("二氧化硫", "减少二氧化碳排放") is None


def test_the_measure_the_claim_names_whole_decides_before_one_sharing_its_head():
    source = "青禾电站总装机容量2130兆瓦，其中，光伏装机容量850兆瓦，水电站装机容量1280兆瓦。"
    assert verdict("青禾电站中，光伏装机容量为1280兆瓦。", source) == "refuted"
    assert verdict("青禾电站中，光伏装机容量为850兆瓦。", source) == "supported"
    assert names_measure("光伏装机容量", "光伏装机容量")
    assert not names_measure("光伏装机容量", "水电站装机容量")
    assert names_measure("上半年营收", "公司实现营业收入")  # 公司 says whose, not what


def test_a_level_reached_is_no_change():
    text = "送出线路年利用小时由原来的4621小时提高到5019小时。"
    reached = quantities.find_quantities(text)[1]
    assert reached.change and not is_change(text, reached)
    assert is_change("产值同比提高5%。", quantities.find_quantities("产值同比提高5%。")[0])
    assert verdict("青禾电站送出线路的年利用小时增至5019小时。", "青禾电站" + text) == "supported"


def test_another_relative_year_decides_nothing():
    source = "青禾指数从去年1月份的210%跌至9月份的150%。"
    assert verdict("今年1月份青禾指数为210%。", source) == "not_enough_info"
    assert verdict("今年1月份青禾指数为310%。", source) == "not_enough_info"
    assert verdict("去年1月份青禾指数为210%。", source) == "supported"


def test_a_copied_run_of_figures_with_one_changed_is_decided_by_its_counterpart():
    source = "青禾湾共转移3个乡镇、57个村、4.2万人，已经完成转移4.2万人。"
    assert verdict("青禾湾共转移3个乡镇、57个村、5.2万人。", source) == "refuted"
    assert verdict("青禾湾共转移3个乡镇、57个村、4.2万人。", source) == "supported"
    text = "该市成立了28支共计8755人的抢险队伍。"
    assert counterpart("成立了28支队伍，共计9755人。", figures("成立了28支队伍，共计9755人。")[1], text) == text.find("8755")
    # the claim's other figure is not the source's: nothing is copied
    assert counterpart("成立了30支队伍，共计9755人。", figures("成立了30支队伍，共计9755人。")[1], text) is None


def test_an_acronym_names_the_measure_it_stands_for():
    source = "2022年，青禾国内生产总值已达1.8万亿美元。"
    assert verdict("2022年青禾GDP已达1.8万亿美元。", source) == "supported"
    assert verdict("2022年青禾GDP已达2.8万亿美元。", source) == "refuted"
    assert verdict("2022年青禾CPI已达1.8万亿美元。", source) == "not_enough_info"


def test_a_synonym_of_the_conflict_checks_list_names_the_measure():
    assert names_measure("事故遇难人数", "事故死亡人数")
    assert not names_measure("事故受伤人数", "事故死亡人数")
    source = "青禾县山洪事故死亡人数为12人。"
    assert verdict("青禾县山洪事故遇难人数为12人。", source) == "supported"
    assert verdict("青禾县山洪事故遇难人数为15人。", source) == "refuted"
    # 雨量 and 降雨量 are 降水量 (answer/values.SYNONYMS)
    rain = ("7月29日08时至8月1日11时，青禾市出现明显降水天气过程。全市平均降水量355.1毫米，"
            "最大降水量为两河村435.7毫米，多个乡镇降水量均超300毫米。")
    assert verdict("7月29日至8月1日，青禾全市的平均雨量为355.1毫米。", rain) == "supported"
    assert verdict("7月29日至8月1日，青禾全市的平均雨量为255.1毫米。", rain) == "refuted"


def test_an_aside_in_brackets_is_not_part_of_the_measure():
    source = "近日，星河汽车宣布其全球电动汽车（包括纯电动和混合动力）的累计销量已经突破100万辆。"
    assert verdict("星河汽车全球电动汽车累计销量已突破100万辆。", source) == "supported"
    assert verdict("星河汽车全球电动汽车累计销量已突破150万辆。", source) == "refuted"


def test_a_rate_set_anew_by_its_figure_is_a_change_and_a_level_set_is_not():
    for text in ("乙市把停车收费砍掉20%。", "乙市将停车收费下调20%。", "甲厂削减开支15%。"):
        assert is_change(text, quantities.find_quantities(text)[0]), text
    for text in ("停车费由3元下调为2元。", "停车费调降至2元。"):
        assert not is_change(text, quantities.find_quantities(text)[-1]), text
