"""A claim worded otherwise than its source is still decided, and a sibling's figure
decides nothing: the months a figure is counted over are no figure (前7个月), 1月至7月 is
1-7月, a source's lead is read in whole words and without its period and filler words
(当月共计交付新车 measures 交付新车), a level reached names what its 从 clause names, a second
分别 run belongs to the first run's items; another name or model code before the source's
figure (理想汽车 for 岚图汽车, RX 7700 for RX 7800), a per-day measure for a per-month one,
and a forecast for months gone by decide nothing (check/measures.py, source_indicator.py).
Made-up sentences, no model."""

from __future__ import annotations

from support import flat_idf, made_hits

from assistant.check.claims import check
from assistant.check.draft import figures
from assistant.check.measures import contradicts, names_measure
from assistant.check.named_measures import names_another
from assistant.check.source_indicator import source_indicator
from assistant.check.stances import same_stance
from assistant.text import quantities
from assistant.text.periods import spans
from assistant.text.sentences import split_clauses


def verdict(claim: str, *texts: str) -> str:
    return check(claim, made_hits(*texts), flat_idf, 0.43).verdict


def indicators(text: str) -> dict[str, str]:
    clauses = split_clauses(text)
    return {f.text: source_indicator(clauses, text, f) for f in quantities.find_quantities(text)}


def test_the_months_a_figure_is_counted_over_are_no_figure():
    assert [f.text for f in figures("今年前7个月，规模以上工业增加值同比增长3.8%。")] == ["3.8%"]
    assert [f.text for f in figures("近三个月房价下降2%")] == ["2%"]
    assert [f.text for f in figures("该项目工期18个月")] == ["18个月"]  # a length of time is a figure


def test_a_month_range_written_with_both_months():
    assert spans("今年1月至7月，经济增长4.8%") == {(1, 7)}
    assert spans("1月份至7月份") == {(1, 7)}


def test_period_and_filler_words_of_a_source_lead_need_no_naming():
    assert names_measure("理想汽车7月交付新车", "当月共计交付新车")
    assert not names_measure("理想汽车7月生产新车", "当月共计交付新车")  # another action
    assert names_measure("电视A32的屏占比", "该电视采用屏占比")
    assert not names_measure("公司上半年销售额", "事业部在今年上半年销售额")


def test_a_lead_is_read_in_whole_words():
    found = indicators("化妆品事业部在今年上半年销售额达到1170亿日元，同比增长10.8%。")
    assert found["1170亿日元"].startswith("事业部")


def test_a_level_reached_names_what_its_from_clause_names():
    found = indicators("据悉，该品牌销售额从去年同期的192亿日元，同比大增33.3%至256亿日元，成为第二大品牌。")
    assert found["256亿日元"] == "该品牌销售额"


def test_a_second_respectively_run_belongs_to_the_first_runs_items():
    found = indicators("其中，新能源汽车产销分别完成378.8万辆和374.7万辆，同比分别增长42.4%和44.1%。")
    assert found["42.4%"].startswith("新能源汽车产量") and found["44.1%"].startswith("新能源汽车销量")
    assert found["378.8万辆"].startswith("新能源汽车产量")


def test_another_name_or_model_code_is_another_measure():
    assert names_another("岚图汽车7月交付新车", "理想汽车7月共计交付新车", "理想汽车7月共计交付新车34134辆")
    assert names_another("RX 7800显卡的TS跑分为", "而RX 7700显卡跑分为", "而RX 7700显卡跑分为15568分")
    assert not names_another("RX 7800显卡的TS跑分为", "RX 7800显卡的TS跑分为", "RX 7800显卡的TS跑分为18957分")


def test_per_day_is_not_per_month():
    assert contradicts("6月淘宝APP月活跃用户", "6月淘宝APP日活跃用户")
    assert not contradicts("7月份日均产量", "7月份日均产量")


def test_a_forecast_does_not_decide_months_gone_by():
    claim = "公司上半年在中国市场的销售额同比增长10%"
    source = "该集团预计2023年销售额将增长5.5%，其中中国市场预计增长10%"
    mine, theirs = quantities.find_quantities(claim)[-1], quantities.find_quantities(source)[-1]
    assert not same_stance(claim, mine, source, theirs)


def test_claims_worded_otherwise_are_decided():
    assert verdict("今年前7个月，全市规模以上工业增加值同比增长3.8%。",
                   "1—7月份，全市规模以上工业增加值同比增长3.8%。") == "supported"
    sales = "上半年，全市新能源汽车产销分别完成378.8万辆和374.7万辆，同比分别增长42.4%和44.1%。"
    assert verdict("上半年全市新能源汽车销量同比增长44.1%。", sales) == "supported"
    assert verdict("上半年全市新能源汽车产量同比增长44.1%。", sales) == "refuted"
    assert verdict("岚图汽车7月交付新车3452辆。", "理想汽车7月共计交付新车34134辆。") == "not_enough_info"


def test_an_action_after_a_count_is_what_it_counts():
    found = indicators("灾害造成2人死亡，15人受伤。")
    assert found == {"2人": "死亡", "15人": "受伤"}
    assert verdict("盐城大丰8月13日的龙卷风造成3人死亡。", "盐城市大丰区8月13日遭遇龙卷风，灾害造成2人死亡，15人受伤。") == "refuted"


def test_a_counts_noun_ends_before_a_preposition():
    assert indicators("经过竞拍，18项科技成果与企业成功牵手。")["18项"] == "科技成果"


def test_respectively_with_its_items_in_the_sentence_before():
    before = "新系列提供三种尺寸：32英寸（A32）、43英寸（A43）和65英寸（A65）。"
    text = "预售价格分别为579元、818元和1999元。"
    clauses = split_clauses(text)
    found = {f.text: source_indicator(clauses, text, f, before) for f in quantities.find_quantities(text)}
    assert "A43" in found["818元"] and "A65" in found["1999元"]
    assert verdict("该系列A65的预售价格为818元。", before + text) != "supported"


def test_figures_written_in_words_are_read():
    from assistant.check.claims import read_as_figures

    assert read_as_figures("收入同比增长三成。") == "收入同比增长约30%。"
    assert read_as_figures("产量增长一成多") == "产量增长10%多"
    assert read_as_figures("比上年同期减少54个小时") == "比上年同期减少54小时"
    assert read_as_figures("一成不变，成为第一，前7个月") == "一成不变，成为第一，前7个月"
    assert verdict("全市今年上半年社零总额同比增长三成。", "今年上半年，全市社零总额同比增长30.2%。") == "supported"


def test_a_level_reached_after_a_change_measures_what_changed():
    found = indicators("报告期内，该集团净销售额同比增长10.5%至1442亿日元；")
    assert found["1442亿日元"] == "该集团净销售额"


def test_a_change_in_the_next_clause_measures_the_claims_figure_before_it():
    text = "报告期内，该集团净销售额同比增长10.5%至1442亿日元；其他部门的销售额较去年同期增长20%。"
    assert verdict("该集团上半年净销售额达1442亿日元，比去年同期增长10.5%。", text) == "supported"
    assert not names_measure("比去年同期", "较去年同期")  # a comparison names no measure


def test_a_figure_is_not_read_as_a_year():
    from assistant.check.slots import years

    assert years("全国发电设备累计平均利用2079小时") == set()
    assert years("2023梅花鹿产业大会") == {"2023"}


def test_a_quarter_before_is_no_first_quarter_and_q2_may_be_glued():
    assert spans("摩根大通Q2持仓总市值为9202亿美元，上一季度为8208亿美元") == {(4, 6)}
    assert spans("一季度GDP") == {(1, 3)}


def test_a_source_naming_a_whole_decides_nothing_of_a_part_the_sources_name_elsewhere():
    text = ("此次共计338个项目集中签约。从产业分布看，绿色能源项目80个、文旅康养项目37个。"
            "其中前十大持仓标的占总市值的20.84%。微软持仓市值约384.89亿美元。苹果持仓市值约291亿美元。")
    assert verdict("博览会上有37个文旅康养项目签约。", text.split("。")[0] + "。文旅康养项目另行统计。") != "refuted"
    assert verdict("苹果的持仓市值约384.89亿美元。", text) != "supported"
    # a word the sources write nowhere only words the claim: 空气 of 空气优良天数比例
    assert verdict("全市2024年空气优良天数比例力争达到95%。", "全市2024年力争优良天数比例达到90%。") == "refuted"


def test_a_figure_with_its_scale_after_the_approximation_is_checked():
    # 200多亿元 was read as a bare 200: no source figure of money to decide by
    source = "商务部介绍，安排中央财政资金200多亿元，累计支持1489个县。"
    assert verdict("安排中央财政资金200多亿元，支持1489个县。", source) == "supported"
    assert verdict("安排中央财政资金500多亿元，支持1489个县。", source) == "refuted"


def test_a_time_reference_is_the_setting_of_the_fact_it_dates():
    source = "两年后，大丝瓜挂满攀藤架，平均每亩收益达到5000元。"
    assert verdict("两年后，大丝瓜挂满攀藤架，平均每亩收益达5000元。", source) == "supported"
    assert verdict("两年后，大丝瓜挂满攀藤架，平均每亩收益达9000元。", source) == "refuted"
    # a span the deciding sentence does not write stays a figure to check
    assert verdict("三年后，大丝瓜挂满攀藤架，平均每亩收益达5000元。", source) == "not_enough_info"


def test_an_event_part_the_figures_sentence_says_is_no_claim_of_its_own():
    before = "日前，一条预警信息引起了宁波市鄞州区纪委监委的注意：某镇一辆公车涉嫌私车公养。"
    source = "经过调查发现，该镇2名驾驶员利用职务之便，多次违规使用单位公车加油卡为私车加油。"
    claim = "鄞州区发现的私车公养问题中，涉事镇的2名驾驶员多次违规使用单位公车加油卡为私车加油。"
    assert verdict(claim, before + source) == "supported"
    # an action the sentence does not say still has to be found
    assert verdict(claim.replace("发现的", "查获的"), before + source) == "not_enough_info"


def test_a_past_year_is_not_the_time_of_writing():
    source = "目前德国所有天然气储存设施的填充率已达89.62%。"
    assert verdict("去年同期德国天然气储存设施的填充率为75%。", source) == "not_enough_info"
    assert verdict("目前德国天然气储存设施的填充率为75%。", source) == "refuted"


def test_a_year_in_a_model_name_the_sentence_writes_too_is_no_other_period():
    source = "今年五月，联想推出了小新 Pro 16 2023笔记本的核显版，首发售价为5699元。"
    assert verdict("今年五月，联想推出小新 Pro 16 2023笔记本的核显版，首发售价为2850元。", source) == "refuted"
    # a year of its own against a sentence of 今年 in an article of unknown year stays undecided
    assert verdict("2022年五月，联想推出小新 Pro 16笔记本的核显版，首发售价为2850元。", source) == "not_enough_info"


def test_a_particle_glued_to_the_cut_indicator_names_nothing():
    # the source's indicator is cut at ten characters (级机身空间内实现了高): 了高 is no word of it
    source = "在追求轻薄的同时，星辰X2采用新一代电池，在毫米级机身空间内实现了高达5000mAh的大容量。"
    claim = "星辰X2采用新一代电池，在毫米级机身空间内取得高达{}mAh的大容量。"
    found = check(claim.format(3500), made_hits(source), flat_idf, 0.43)
    assert (found.verdict, found.sources_say) == ("refuted", ("5000mAh",))
    assert check(claim.format(5000), made_hits(source), flat_idf, 0.43).verdict == "supported"
