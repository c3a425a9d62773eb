"""English figure questions: the dimension an English word asks (capacity, power, weight, price,
warranty, wheelbase) vetoes a figure whose unit states another (answer/english_dimensions.py);
"how powerful" asks a figure. Made-up sentences."""

from __future__ import annotations

from assistant.answer import english_dimensions, figure_kind
from assistant.query.question import analyse
from assistant.text import quantities

SPECS = "该本重量为1.2kg，厚度为15mm，电池容量为60Wh，售价4999元。"


def _figures(text: str = SPECS):
    return {f.text: f for f in quantities.find_quantities(text)}


def test_a_battery_rating_in_watt_hours_is_a_figure():
    assert _figures()["60Wh"].unit == "Wh"


def test_the_dimension_asked_in_english_vetoes_figures_of_another():
    q = analyse("What is the battery capacity of the made-up laptop?")
    assert q.kind == "quantity"
    found = _figures()
    assert english_dimensions.unit_disagreement(q, found["1.2kg"])
    assert english_dimensions.unit_disagreement(q, found["15mm"])
    assert english_dimensions.unit_disagreement(q, found["4999元"])
    assert not english_dimensions.unit_disagreement(q, found["60Wh"])
    assert figure_kind.disagreement(q, SPECS, found["1.2kg"])
    weight = analyse("How heavy is the made-up laptop?")
    assert weight.kind == "quantity"
    assert not english_dimensions.unit_disagreement(weight, found["1.2kg"])
    assert english_dimensions.unit_disagreement(weight, found["60Wh"])


def test_no_veto_when_no_dimension_or_two_are_named_nor_for_a_count_or_share():
    found = _figures("新车销量为3万辆，同比增长12%，售价10万元。")
    sales = analyse("How many cars did the made-up brand sell?")
    assert not english_dimensions.unit_disagreement(sales, found["10万元"])
    price = analyse("What is the price of the made-up car?")
    assert not english_dimensions.unit_disagreement(price, found["12%"])  # a change is of any measure
    assert english_dimensions.unit_disagreement(price, found["3万辆"])  # a count is no price
    capacity = analyse("What is the annual capacity of the made-up plant?")
    assert not english_dimensions.unit_disagreement(capacity, found["3万辆"])  # a plant's capacity may be counted
    both = analyse("How much does the 1.2 kg laptop cost, by weight?")
    assert english_dimensions.asked_units(both.text) is None
    chinese = analyse("该笔记本的电池容量是多少？")
    assert not english_dimensions.unit_disagreement(chinese, _figures()["1.2kg"])


def test_power_asked_takes_kilowatts_and_not_a_purchasing_power():
    q = analyse("How powerful is the motor of the made-up car?")
    assert q.kind == "quantity"
    found = _figures("该车搭载100千瓦电机，售价12万元，续航400公里，共推出三款车型。")
    assert not english_dimensions.unit_disagreement(q, found["100千瓦"])
    assert english_dimensions.unit_disagreement(q, found["三款"])  # a count of models is no power
    assert english_dimensions.unit_disagreement(q, found["400公里"])
    assert english_dimensions.asked_units("How did purchasing power change?") is None
    assert english_dimensions.asked_units("How many towers does the power supply project erect?") is None


def test_a_bare_number_states_no_dimension():
    q = analyse("What is the height of the made-up tower?")
    found = _figures("同日3时2分，该塔建成，塔高120米。")
    assert english_dimensions.unit_disagreement(q, found["3"])
    assert not english_dimensions.unit_disagreement(q, found["120米"])


def test_two_drafts_cutting_one_clause_are_taken_at_the_agreed_support():
    from assistant.answer import english, english_answers, evidence, extractive
    from assistant.records import Hit
    from support import made_chunk

    text = "该本重量为1.2kg，电池容量为60Wh。新品售价4999元。"
    sentences = evidence.sentences_of([Hit(made_chunk(text), 1.0)])
    first, second = sentences[0], sentences[1]
    at = text.index("电池")

    def draft(sentence, a, b, support):
        return extractive.Draft([extractive.Part(sentence, a, b, support)], support, kind="quantity")

    q = analyse("What is the battery capacity of the made-up laptop?")
    made = english_answers.same_cut(q, draft(first, at, at + 9, 0.3), draft(first, at, at + 9, 0.6))
    assert made.support == english.AGREED_SUPPORT
    # the rules short of the agreed support, another clause, or a vetoed draft: unchanged
    assert english_answers.same_cut(q, draft(first, at, at + 9, 0.3), draft(first, at, at + 9, 0.45)).support == 0.3
    assert english_answers.same_cut(q, draft(first, at, at + 9, 0.3), draft(second, second.a, second.b, 0.8)).support == 0.3
    assert english_answers.same_cut(q, draft(first, at, at + 9, 0.0), draft(first, at, at + 9, 0.8)).support == 0.0
    # a sentence answer may be of another kind than asked
    which = analyse("Which company makes the battery of the made-up laptop?")
    assert english_answers.same_cut(which, draft(first, at, at + 9, 0.3), draft(first, at, at + 9, 0.6)).support == 0.3


DRIVE = "今年以来，甲县共开展“敞开大门”活动45次，签约项目12个，到位资金8.5亿元，同比增长20%。"


def test_how_many_times_asks_a_count_of_occasions_not_how_many_times_larger():
    assert analyse("How many times has the made-up county held its open-door campaign?").unit == "次"
    assert analyse("How many times larger is the made-up park than last year?").unit != "次"


def test_the_sentences_one_figure_in_a_unit_the_question_names_is_its_answer():
    q = analyse("How many times has the made-up county held its open-door campaign?")
    q.groups = (("驱动", "驱使"), ("邀请", "请进"))  # the dictionary's guess for 'campaign' is no word of the text
    found = _figures(DRIVE)
    assert english_dimensions.sole_measure(q, DRIVE, "活动45次")
    assert not english_dimensions.sole_measure(q, DRIVE, "签约项目12个")
    assert not figure_kind.disagreement(q, DRIVE, found["45次"])
    assert figure_kind.disagreement(q, DRIVE, found["8.5亿元"])
    # two figures in the unit: the unit points to neither
    twice = DRIVE.replace("签约项目12个", "走访企业30次")
    assert not english_dimensions.sole_measure(q, twice, "活动45次")


def test_a_plain_unit_pins_no_clause():
    share = analyse("What share of the made-up county's budget goes to schools?")
    assert share.unit == "%"
    assert not english_dimensions.sole_measure(share, DRIVE, "同比增长20%")
    assert not english_dimensions.sole_measure(analyse("如何看待甲县的活动？"), DRIVE, "活动45次")


LAND = "今年全县城镇登记失业率控制在4%以内，复垦土地300亩，治理水土流失80平方公里。"


def test_an_area_asked_is_stated_in_an_area_unit_and_a_share_states_no_area():
    q = analyse("How much soil erosion area will the made-up county treat this year?")
    found = _figures(LAND)
    assert english_dimensions.unit_disagreement(q, found["4%以内"])
    assert not english_dimensions.unit_disagreement(q, found["80平方公里"])
    assert not english_dimensions.unit_disagreement(q, found["300亩"])
    assert english_dimensions.asked_units("Which areas will the made-up county treat?") is None
    # a change asked may be a share of the dimension
    fell = analyse("By how much did the made-up county's farmland area fall?")
    assert not english_dimensions.unit_disagreement(fell, found["4%以内"])
    price = analyse("What is the price of the made-up car?")
    assert english_dimensions.unit_disagreement(price, _figures("该车首付比例为20%。")["20%"])


def test_a_dimension_asked_by_its_english_word_is_written_by_its_noun_or_unit():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    bridge = Bridge(["区", "区域", "治理", "水土", "流失", "售价", "价格"])
    q = with_translation(analyse("How much wetland area will the made-up county restore?"), bridge)
    assert q.head_group and "面积" not in q.head_group  # the dictionary's area is a place's (区, 区域)
    read = english_dimensions.with_unit_head(q)
    assert {"面积", "平方公里", "亩"} <= set(read.head_group) and read.head_group in read.groups
    assert english_dimensions.with_unit_head(read) == read
    price = with_translation(analyse("What is the price of the made-up car?"), bridge)
    assert english_dimensions.with_unit_head(price) is price  # every sum of money is in a currency


def test_a_dimension_asked_without_a_head_noun_is_one_more_word_asked():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    q = with_translation(analyse("How powerful is the motor of the made-up car?"), Bridge(["强大", "电动机", "汽车"]))
    read = english_dimensions.with_unit_head(q)
    assert {"功率", "千瓦", "马力"} <= set(read.head_group) and read.head_group in read.groups
    assert len(read.groups) == len(q.groups) + 1


def test_the_noun_added_is_that_of_the_one_dimension_asked():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    bridge = Bridge(["电池", "容量", "移动", "电源", "重", "充电宝"])
    capacity = english_dimensions.with_unit_head(
        with_translation(analyse("What is the battery capacity of the made-up power bank?"), bridge))
    assert "容量" in capacity.head_group and "功率" not in capacity.head_group  # "power bank" names no power asked
    heavy = english_dimensions.with_unit_head(with_translation(analyse("How heavy is the made-up power bank?"), bridge))
    assert "重量" in heavy.head_group and "功率" not in heavy.head_group


def test_a_target_grown_into_is_a_level_and_a_size_is_no_span_of_time():
    text = "启动实施产业集群培育三年计划，推动甲产业和乙产业分别向200亿级和50亿级目标奋进。"
    found = {f.text: f for f in quantities.find_quantities(text)}
    q = analyse("How big an industry cluster does the made-up city want its glove sector to grow into?")
    assert figure_kind.wanted(q) == figure_kind.LEVEL  # grow into: the level reached, as 提高到多少
    assert figure_kind.wanted(analyse("How much did the made-up city's output grow last year?")) == figure_kind.CHANGE
    assert figure_kind.wanted(analyse("What did the made-up city's output rise to last year?")) == figure_kind.LEVEL
    assert english_dimensions.unit_disagreement(q, found["三年"])
    assert not english_dimensions.unit_disagreement(q, found["200亿级"])
    assert not english_dimensions.unit_disagreement(analyse("How long is the made-up plan?"), found["三年"])
    assert figure_kind.wanted(analyse("What is the made-up city's output growth to date?")) == figure_kind.CHANGE


def test_how_long_asks_a_length_or_a_span_of_time_and_a_value_a_sum_of_money():
    text = "该船长150米，工期为18个月，载重2万吨，合同金额3亿元。"
    found = _figures(text)
    long = analyse("How long is the made-up ship?")
    assert english_dimensions.unit_disagreement(long, found["2万吨"])
    assert english_dimensions.unit_disagreement(long, found["3亿元"])
    assert not english_dimensions.unit_disagreement(long, found["150米"])
    assert not english_dimensions.unit_disagreement(long, found["18个月"])
    value = analyse("What is the contract value of the made-up order?")
    assert english_dimensions.unit_disagreement(value, found["2万吨"])
    assert not english_dimensions.unit_disagreement(value, found["3亿元"])
    # a warranty asked "how long" names two dimensions: no veto
    assert english_dimensions.asked_units("How long is the made-up warranty?") is None


def test_a_budget_or_a_fee_is_a_sum_of_money():
    found = {f.text: f for f in quantities.find_quantities("该片上映30天，制作成本2亿元。")}
    for asked in ("What was the made-up film's production budget?", "How much is the made-up park's entry fee?"):
        q = analyse(asked)
        assert english_dimensions.unit_disagreement(q, found["30天"]), asked
        assert not english_dimensions.unit_disagreement(q, found["2亿元"]), asked


def test_how_far_asks_a_length():
    q = analyse("How far can the made-up walkie-talkie reach?")
    found = {f.text: f for f in quantities.find_quantities("该款对讲机配有800万像素摄像头，通话距离8公里。")}
    assert english_dimensions.unit_disagreement(q, found["800万"])
    assert not english_dimensions.unit_disagreement(q, found["8公里"])


def test_a_sum_spent_or_paid_is_money_and_land_burned_or_planted_is_an_area():
    spend = analyse("How much do pensioners in the made-up province spend on travel each year?")
    found = _figures("调查覆盖3000名老人，每年旅游消费约80亿元。")
    assert english_dimensions.unit_disagreement(spend, found["3000名"])  # a head count, no sum
    assert not english_dimensions.unit_disagreement(spend, found["80亿元"])
    assert english_dimensions.asked_units("How much time do pupils spend online?") is None
    assert english_dimensions.asked_units("How many hours do pupils spend online?") is None
    land = analyse("How much forest did the made-up county plant last year?")
    found = _figures("全县有造林点45处，新造林面积2.3万亩。")
    assert english_dimensions.unit_disagreement(land, found["45处"])  # sites counted, no area
    assert not english_dimensions.unit_disagreement(land, found["2.3万亩"])


def test_a_price_per_share_is_a_price_and_a_stake_bought_states_none():
    q = analyse("At what price per share will the made-up fund buy into the made-up maker?")
    stake = _figures("该基金将购买该公司3.5%的股份。")["3.5%"]
    assert english_dimensions.unit_disagreement(q, stake)
    assert not english_dimensions.unit_disagreement(analyse("What share of the made-up maker will the fund buy?"), stake)


def test_a_distance_per_hour_is_a_speed_not_a_length_of_a_way():
    q = analyse("How long is Made-up Coastal Railway?")
    text = "甲乙铁路设计时速250公里，正线全长约180公里，建成后两地车程缩短至40分钟。"
    found = _figures(text)
    assert english_dimensions.unit_disagreement(q, found["250公里"], text)  # 时速 leads it: a speed
    assert english_dimensions.unit_disagreement(q, found["40分钟"], text)  # a travel time is no length of the line
    assert not english_dimensions.unit_disagreement(q, found["180公里"], text)
    assert english_dimensions.unit_missing(q, "设计时速250公里")
    for said in ("列车以120公里/小时运行", "大风每小时120公里"):
        assert english_dimensions.unit_disagreement(q, _figures(said)["120公里"], said)


def test_how_long_asks_a_span_of_time_when_the_way_is_not_its_subject_or_a_duration_is_named():
    assert english_dimensions.asked_units("How long is Made-up River Bridge?") == english_dimensions.LENGTH_UNITS
    assert "小时" in english_dimensions.asked_units("How long will Made-up Tunnel stay closed?")
    assert "年" in english_dimensions.asked_units("How long did Made-up Canal take to dig?")
    assert "分钟" in english_dimensions.asked_units("How long does a trip on Made-up Metro Line take?")


def test_how_big_a_site_is_asks_an_area_not_a_count():
    q = analyse("How big will Made-up Warehouse Park's site be?")
    assert english_dimensions.asked_units(q.text) == english_dimensions.AREA_UNITS
    text = "该园区占地约50公顷，已建成仓库6个。"
    found = _figures(text)
    assert english_dimensions.unit_disagreement(q, found["6个"], text)
    assert not english_dimensions.unit_disagreement(q, found["50公顷"], text)
    assert english_dimensions.asked_units("How large is Made-up Market?") is None  # a size of any kind
    assert english_dimensions.asked_units("How large is Made-up App's user base?") is None  # users are counted
    assert english_dimensions.asked_units("How big will Made-up Tea Base be?") == english_dimensions.AREA_UNITS


def test_hours_of_use_are_no_amount_made():
    q = analyse("How much grain did the made-up county harvest last autumn?")
    q.kind = "quantity"
    assert english_dimensions.unit_missing(q, "收割机平均作业120小时")
    assert not english_dimensions.unit_missing(q, "全县收获粮食8万吨")
    power = analyse("How much electricity was the made-up dam delivering in spring?")
    assert english_dimensions.unit_missing(power, "机组平均利用900小时")
    assert not english_dimensions.unit_missing(power, "累计发电12亿千瓦时")
