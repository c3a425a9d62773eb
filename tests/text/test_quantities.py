"""The quantity parser on forms from the seeds and from ordinary news language."""

import pytest

from assistant.text.quantities import chinese_to_number, find_quantities, in_common_unit, numeral, same_unit, year_in_force, years

CASES = [
    # text, figure as written, value in base units, unit, qualifier
    ("涉鹿产值81.6亿元。", "81.6亿元", 8.16e9, "元", ""),
    ("梅花鹿饲养量达到28.2万只", "28.2万只", 282000, "只", ""),
    ("年产鹿茸546吨", "546吨", 546, "吨", ""),
    ("全年地区生产总值增长6.5%左右", "6.5%左右", 6.5, "%", "左右"),
    ("规模以上工业增加值增长6%以上", "6%以上", 6, "%", "以上"),
    ("城镇调查失业率控制在5.5%左右", "5.5%左右", 5.5, "%", "左右"),
    ("确保年内完成投资100亿元以上", "100亿元以上", 1e10, "元", "以上"),
    ("年内新增风电装机容量15万千瓦", "15万千瓦", 150000, "千瓦", ""),
    ("新增智能袜机2400台", "2400台", 2400, "台", ""),
    ("巨晟轻合金10万吨再生铝", "10万吨", 100000, "吨", ""),
    ("力争新签约亿元以上项目不低于50个", "50个", 50, "个", "不低于"),
    ("建设高标准农田60万亩以上", "60万亩以上", 600000, "亩", "以上"),
    ("粮食产量力争保持在33亿斤以上水平", "33亿斤以上", 3.3e9, "斤", "以上"),
    ("力争新增梅花鹿1万头", "1万头", 10000, "头", ""),
    ("城镇新增就业7000人", "7000人", 7000, "人", ""),
    ("购置纯电动公交车50辆", "50辆", 50, "辆", ""),
    ("增设城区分类垃圾桶6750个", "6750个", 6750, "个", ""),
    ("招商引资到位额57.828亿元", "57.828亿元", 5.7828e9, "元", ""),
    ("同比增长37.01%", "37.01%", 37.01, "%", ""),
    ("实施500万元以上重点项目86个", "500万元以上", 5e6, "元", "以上"),
    ("合同引资额312.285亿元", "312.285亿元", 3.12285e10, "元", ""),
    ("新增绿地4万平方米", "4万平方米", 40000, "平方米", ""),
    ("治理水土流失125平方公里", "125平方公里", 125, "平方公里", ""),
    ("农村劳动力转移就业11万人次", "11万人次", 110000, "人次", ""),
    ("地方级财政收入完成1.7亿元，增长93%", "1.7亿元", 1.7e8, "元", ""),
    ("建设绿水长廊94公里", "94公里", 94, "公里", ""),
    ("新增普惠性学位600个", "600个", 600, "个", ""),
    ("增长8.5个百分点", "8.5个百分点", 8.5, "个百分点", ""),
    ("总投资约3000万元", "3000万元", 3e7, "元", "约"),
    ("三千五百万元", "三千五百万元", 3.5e7, "元", ""),
    ("预算1.2万亿元", "1.2万亿元", 1.2e12, "元", ""),
    ("投资超过两千亿元", "两千亿元", 2e11, "元", "超过"),
    ("新建学校十二所", "十二所", 12, "所", ""),
    ("增长一点五倍", "一点五倍", 1.5, "倍", ""),
    ("吸纳就业3万余人", "3万余人", 30000, "人", ""),
    ("营收达1,250万元", "1,250万元", 1.25e7, "元", ""),
    ("人口约三十万人", "三十万人", 300000, "人", "约"),
    ("出口额5亿美元", "5亿美元", 5e8, "美元", ""),
    ("成立75周年", "75周年", 75, "周年", ""),
    ("降低0.3个百分点", "0.3个百分点", 0.3, "个百分点", ""),
    ("价格为每吨4500元", "4500元", 4500, "元", ""),
    ("覆盖率不低于95%", "95%", 95, "%", "不低于"),
    ("解决要素难题200余个", "200余个", 200, "个", ""),
    ("带动就业1000多人", "1000多人", 1000, "人", ""),
    # the scale after the approximation: 1430多万元 is 1430万元 and more, not a bare 1430
    ("受贿1430多万元", "1430多万元", 1.43e7, "元", ""),
    ("安排资金200余亿元", "200余亿元", 2e10, "元", ""),
    ("保有量1620余万辆", "1620余万辆", 1.62e7, "辆", ""),
]


@pytest.mark.parametrize("text,written,value,unit,qualifier", CASES)
def test_figures_are_read_as_written_and_normalised(text, written, value, unit, qualifier):
    found = find_quantities(text)
    assert found, text
    q = found[0]
    assert q.text == written
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_there_are_at_least_forty_real_forms():
    assert len(CASES) >= 40


@pytest.mark.parametrize("text,low,high,unit", [
    ("增长5%-8%", 5, 8, "%"),
    ("5至8万吨", 50000, 80000, "吨"),
    ("3到5个", 3, 5, "个"),
    ("增速6%～7%", 6, 7, "%"),
    # both ends with their own scale: the scale counts once
    ("售价1.2万至1.5万欧元", 12000, 15000, "欧元"),
    ("价值在2000万至3000万欧元之间", 2 * 10**7, 3 * 10**7, "欧元"),
    ("约为3.5万~4万元", 35000, 40000, "元"),
])
def test_ranges(text, low, high, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.upper, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize("text", [
    "2024年,是中华人民共和国成立", "1月9日，出席", "亿元以上项目", "一体化项目", "统一部署",
    "启星铝业235MM挤压生产线", "两大产业集群", "第一", "一个好报告", "汽车零部件",
])
def test_non_figures_are_skipped(text):
    assert [q.text for q in find_quantities(text) if q.unit not in ("周年",)] == []


def test_change_figures_know_they_are_changes():
    growth = find_quantities("固定资产投资完成17.3亿元，增长41%")
    assert [(q.text, q.change) for q in growth] == [("17.3亿元", ""), ("41%", "增长")]


def test_same_amount_written_differently_agrees():
    a = find_quantities("涉鹿产值81.6亿元")[0]
    b = find_quantities("产值816000万元")[0]
    c = find_quantities("签约额255.4亿元")[0]
    assert a.agrees(b)
    assert not a.agrees(c)
    assert not find_quantities("6%")[0].agrees(find_quantities("6个百分点")[0])


@pytest.mark.parametrize("text,value", [
    ("三千五百万", 35_000_000), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两万", 20_000),
    ("一亿二千万", 120_000_000), ("二〇二四", 2024), ("一点五", 1.5), ("十万", 100_000),
])
def test_chinese_numerals(text, value):
    assert chinese_to_number(text) == pytest.approx(value)


def test_what_is_no_one_number_is_none_and_numbers_are_written_back():
    assert chinese_to_number("百万") == 1_000_000  # 百万 is 一百万
    assert chinese_to_number("十四五") is None  # a plan's name, not 15
    assert chinese_to_number("二三十") is None  # an estimate, no one value
    assert chinese_to_number("六亿七千") == 670_000_000  # 六亿七千多万: 万 unsaid
    assert [numeral(n) for n in (3, 10, 23, 105)] == ["三", "十", "二十三", "一百零五"]


def test_years_and_the_year_in_force():
    assert years("2023年,东丰县聚焦重点") == {"2023"}
    assert year_in_force("仇景锐说，2023年，在市委领导下") == "2023"
    assert year_in_force("2023年，在市委领导下……今年，高新区将") is None


def test_a_year_compared_with_is_not_the_year_in_force():
    assert year_in_force("青禾发布了2023年二季度财报。净利润为3亿元，而2022年同期净亏损2亿元。") == "2023"
    assert year_in_force("2023年营收比2022年增长5%。") == "2023"
    assert year_in_force("2023年营收为9亿元，与2022年相比增长5%。") == "2023"
    assert year_in_force("2021年与2022年两次招标中，价格相差5万元。") == "2022"  # a list of years, no basis


def test_people_counted_by_any_of_their_measure_words_are_one_unit():
    from assistant.text.quantities import same_unit

    assert same_unit("人", "名") and same_unit("位", "人") and same_unit("吨", "吨")
    assert not same_unit("人", "个") and not same_unit("名", "元")


def test_a_percentage_written_in_words():
    found = find_quantities("增速提高百分之三点八，占比超过百分之六十")
    assert [(q.text, q.value, q.unit) for q in found] == [("百分之三点八", 3.8, "%"), ("百分之六十", 60.0, "%")]
    assert found[1].qualifier == "超过"
    assert find_quantities("百分之") == []


def test_units_of_one_measure_at_another_scale():
    mw, kw = find_quantities("2130兆瓦")[0], find_quantities("213万千瓦")[0]
    assert (in_common_unit(mw).value, in_common_unit(mw).unit) == (2130000.0, "千瓦")
    assert in_common_unit(mw).agrees(in_common_unit(kw))
    assert in_common_unit(kw) == kw
    assert same_unit("兆瓦", "千瓦") and not same_unit("兆瓦", "千瓦时")


def test_a_sum_in_any_currency_is_money():
    found = find_quantities("起售价为200万印度卢比，约合2.4万美元，日本售价300万日元")
    assert [(q.text, q.unit, q.kind) for q in found] == [
        ("200万印度卢比", "印度卢比", "money"), ("2.4万美元", "美元", "money"), ("300万日元", "日元", "money")]
    assert find_quantities("装机300万千瓦")[0].kind == "count"


def test_degrees_celsius_written_any_way_are_one_unit():
    assert same_unit("℃", "度") and same_unit("°C", "摄氏度")
    assert [f.unit for f in find_quantities("最高气温达到了37°C，往年约15℃")] == ["°C", "℃"]
    assert not same_unit("℃", "元")


def test_a_year_written_with_a_space_is_a_year():
    from assistant.text.quantities import years
    assert years("于 2021 年 12 月 25 日发射") == {"2021"}
    assert years("共 12021 年") == set()


def test_imperial_and_energy_units_are_units():
    found = find_quantities("用水量达到56亿加仑，电池容量为4600毫安时，日产100万桶，重1.5磅")
    assert [(q.text, q.unit) for q in found] == [("56亿加仑", "加仑"), ("4600毫安时", "毫安时"), ("100万桶", "桶"),
                                                  ("1.5磅", "磅")]
    assert found[0].value == 5.6e9 and found[0].kind == "count"


def test_compute_in_tops_is_a_unit():
    # NPU算力达到6 TOPS: a chip's compute, written in Latin letters after a space
    assert [(f.text, f.unit) for f in find_quantities("该芯片NPU算力达到6 TOPS。")] == [("6 TOPS", "TOPS")]


def test_a_relative_basis_is_read_as_before():
    assert year_in_force("2023年营收为9亿元，比去年增长5%。", "2023") == "2022"


def test_a_score_is_read_in_points_but_not_a_clock_time_or_an_adverb():
    assert [(f.text, f.unit) for f in find_quantities("平均得分分别为2265分和1980分。")] == [("2265分", "分"), ("1980分", "分")]
    assert [(f.text, f.unit) for f in find_quantities("评分8.2分，用时5分钟")] == [("8.2分", "分"), ("5分钟", "分钟")]
    assert [f.unit for f in find_quantities("会议于10点30分开始，8时15分结束")] == ["", "", "", ""]
    assert find_quantities("这十分重要，占三分之一") == []


def test_a_figure_in_words_is_a_range_not_its_bare_scale():
    (q,) = find_quantities("吸引了几十万人参加")
    assert (q.text, q.value, q.upper, q.unit) == ("几十万人", 200000.0, 990000.0, "人")
    (q,) = find_quantities("投资数千万元")
    assert (q.text, q.value, q.upper, q.unit) == ("数千万元", 2e7, 9.999e7, "元")
    (q,) = find_quantities("有十几万人")
    assert (q.value, q.upper) == (110000.0, 190000.0)
    (q,) = find_quantities("额外付出上亿的成本")
    assert (q.text, q.value, q.upper, q.qualifier) == ("上亿", 1e8, None, "上")
    assert not find_quantities("十万人").pop().agrees(find_quantities("几十万人").pop())


def test_words_that_only_look_like_a_figure_in_words():
    assert find_quantities("上百度搜索") == []
    assert find_quantities("现场有几万人？") == []  # a question asks with 几
    assert find_quantities("这几年") == []
