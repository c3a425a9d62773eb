"""Figure scope (answer/figure_scope.py) on made-up sentences: a figure per another period,
a running total for one month's figure, a count of a sibling kind; its hook in
siblings.designator_figure_disagreement."""

from __future__ import annotations

from assistant.answer import counted_kind, figure_kind, figure_scope, rates, siblings
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import quantities
from support import figure_named


def test_a_rate_per_another_period_is_not_the_one_asked():
    text = "星河电池可按天、按月或按年租用，费用分别为每天60元、每月900元、每年9000元。"
    quarter = analyse("星河电池按季度租用的费用是多少？")
    for figure in ("60元", "900元", "9000元"):
        assert rates.rate_disagreement(quarter, text, figure_named(text, figure)), figure
    month = analyse("星河电池按月租用的费用是多少？")
    assert rates.rate_disagreement(month, text, figure_named(text, "900元")) == ""
    assert rates.rate_disagreement(month, text, figure_named(text, "60元")) == "a figure per 天 for one per 月"
    assert figure_kind.disagreement(quarter, text, figure_named(text, "60元"))  # the hook
    # written after the figure; a question asking no rate is not read
    after = "青川停车费为5元/小时。"
    assert rates.rate_disagreement(analyse("青川停车费每天多少钱？"), after, figure_named(after, "5元"))
    assert rates.rate_disagreement(analyse("青川停车费是多少？"), after, figure_named(after, "5元")) == ""


def test_a_running_total_is_not_one_months_figure():
    text = "8月份星河共售出4200台，累计销量达9800台。"
    month = analyse("星河8月份的总销量是多少？")
    assert figure_scope.running_total_disagreement(month, text, figure_named(text, "9800台"))
    assert figure_scope.running_total_disagreement(month, text, figure_named(text, "4200台")) == ""
    # a question asking the running total, or no period, is answered by it
    for question in ("星河截至8月份的累计销量是多少？", "星河1-8月的销量是多少？", "星河的累计销量是多少？"):
        assert figure_scope.running_total_disagreement(analyse(question), text, figure_named(text, "9800台")) == "", question


def test_a_count_of_a_sibling_kind_is_not_the_one_asked():
    text = "青川拥有12个省级历史文化名镇，创建整洁型村庄80个。"
    villages = analyse("青川拥有多少个省级历史文化名村？")
    assert counted_kind.counted_disagreement(villages, text, figure_named(text, "12个")) == "it counts 省级历史文化名镇, not 省级历史文化名村"
    communities = analyse("青川要创建多少个整洁型社区？")
    assert counted_kind.counted_disagreement(communities, text, figure_named(text, "80个"))
    # the kind asked, a shortening of it (新能源车 for 新能源汽车) or an act asked are not read
    assert counted_kind.counted_disagreement(analyse("青川拥有多少个省级历史文化名镇？"), text, figure_named(text, "12个")) == ""
    cars = "青川新增新能源车3000辆。"
    assert counted_kind.counted_disagreement(analyse("青川新增多少辆新能源汽车？"), cars, figure_named(cars, "3000辆")) == ""
    # a word before the figure that is not the kind it counts (违规的|110991个账号)
    accounts = "该平台已对存在违规的2000个账号进行了处罚。"
    assert counted_kind.counted_disagreement(analyse("青川平台处罚了多少个违规账号？"), accounts, figure_named(accounts, "2000个")) == ""
    members = "青川议会由45名成员组成。"
    assert counted_kind.counted_disagreement(analyse("青川议会由几名议员组成？"), members, figure_named(members, "45名")) == ""


def test_a_figure_before_the_state_asked_is_another_states():
    text = "青川SUV后备厢常规状态下容积为460升，放倒后排座椅后，容积可扩展到1400升。"
    q = analyse("青川SUV放倒后排座椅后，后备厢容积能扩到多大？")
    assert figure_scope.state_disagreement(q, text, figure_named(text, "460升"))
    assert figure_scope.state_disagreement(q, text, figure_named(text, "1400升")) == ""
    # a question stating no such state is not read
    assert figure_scope.state_disagreement(analyse("青川SUV后备厢容积是多少？"), text, figure_named(text, "460升")) == ""


def test_a_count_of_a_sibling_kind_beside_the_count_asked():
    text = "当天青川银行12个省(区)分行、3个计划单列市分行和90个地(市)分行正式挂牌。"
    asked = analyse("这次挂牌的青川银行省(区)分行一共有多少个？")
    assert counted_kind.sibling_count_disagreement(asked, text, figure_named(text, "12个")) == ""
    for figure in ("3个", "90个"):
        assert counted_kind.sibling_count_disagreement(asked, text, figure_named(text, figure)), figure
    assert figure_kind.disagreement(asked, text, figure_named(text, "90个"))  # the hook
    # a question naming no kind of the sentence's counts, or the whole kind, reads none
    for question in ("这次挂牌的分行一共有多少个？", "青川银行一共有多少个分行挂牌？"):
        for figure in ("12个", "3个", "90个"):
            assert counted_kind.sibling_count_disagreement(analyse(question), text, figure_named(text, figure)) == ""


def test_a_figure_of_another_condition_than_asked_counts_other_things():
    text = "力争新签约亿元以上项目不低于50个，10亿元以上项目不低于10个。"
    asked = analyse("青川力争新签约10亿元以上项目不低于多少个？")
    assert figure_scope.condition_disagreement(asked, text, figure_named(text, "50个")) == "it is of 亿元以上, not 10亿元以上"
    assert figure_scope.condition_disagreement(asked, text, figure_named(text, "10个")) == ""
    assert figure_kind.disagreement(asked, text, figure_named(text, "50个"))  # the hook
    other = "新签约5亿元以上项目8个、十亿元以上项目3个。"
    assert figure_scope.condition_disagreement(asked, other, figure_named(other, "8个")) == "it is of 5亿元以上, not 10亿元以上"
    assert figure_scope.condition_disagreement(asked, other, figure_named(other, "3个")) == ""
    # a question setting no condition is answered by either
    plain = analyse("青川力争新签约亿元以上项目不低于多少个？")
    assert figure_scope.condition_disagreement(plain, text, figure_named(text, "50个")) == ""


def test_a_period_written_before_a_figure_in_its_clause_is_the_figures():
    text = "星河S7的交付量从3月的1.2万辆提升到7月的2万辆。"
    quarter = analyse("星河汽车第一季度的交付量是多少辆？")
    assert figure_scope.own_period_disagreement(quarter, text, figure_named(text, "1.2万辆")) == "it is the figure of 3月"
    assert figure_scope.own_period_disagreement(quarter, text, figure_named(text, "2万辆")) == "it is the figure of 7月"
    july = analyse("星河S7七月的交付量是多少辆？")
    assert figure_scope.own_period_disagreement(july, text, figure_named(text, "2万辆")) == ""
    # a period in another clause is the subject check's; one in the figure's clause agrees
    split = "一季度，星河交付新车3.1万辆，其中3月交付1.2万辆。"
    assert figure_scope.own_period_disagreement(quarter, split, figure_named(split, "3.1万辆")) == ""
    assert figure_scope.own_period_disagreement(quarter, split, figure_named(split, "1.2万辆")) == "it is the figure of 3月"


def test_the_quarter_before_the_one_reported_is_not_that_one():
    text = "本季度星河硬盘的退货率为3.15%，相较于上一季度的2.04%有所上升。"
    previous = analyse("星河硬盘上季度的退货率是多少？")
    assert figure_scope.own_period_disagreement(previous, text, figure_named(text, "3.15%"))
    assert figure_scope.own_period_disagreement(previous, text, figure_named(text, "2.04%")) == ""
    this = analyse("星河硬盘本季度的退货率是多少？")
    assert figure_scope.own_period_disagreement(this, text, figure_named(text, "2.04%"))
    assert figure_scope.own_period_disagreement(this, text, figure_named(text, "3.15%")) == ""
    english = analyse("What was the return rate of Xinghe drives in the previous quarter?")
    assert figure_scope.own_period_disagreement(english, text, figure_named(text, "3.15%"))
    assert figure_scope.own_period_disagreement(english, text, figure_named(text, "2.04%")) == ""
    # a question naming neither reads neither
    assert figure_scope.own_period_disagreement(analyse("星河硬盘的退货率是多少？"), text, figure_named(text, "3.15%")) == ""


def test_a_figure_of_another_level_than_asked_counts_other_things():
    text = "推荐企业申报国家级专精特新企业，新认定省市级专精特新企业10户以上，新增国家级专精特新企业3户、省级12户。"
    asked = analyse("青川今年新增多少户国家级专精特新企业？")
    assert figure_scope.level_disagreement(asked, text, figure_named(text, "10户以上")) == "it is of 市级, not 国家级"
    assert figure_scope.level_disagreement(asked, text, figure_named(text, "3户")) == ""
    assert figure_scope.level_disagreement(asked, text, figure_named(text, "12户")) == "it is of 省级, not 国家级"
    # a clause naming no level, or a question asking none, is not read
    assert figure_scope.level_disagreement(analyse("青川今年新增多少户专精特新企业？"), text, figure_named(text, "12户")) == ""
    plain = "新增专精特新企业5户。"
    assert figure_scope.level_disagreement(asked, plain, figure_named(plain, "5户")) == ""


def test_a_figure_of_a_variant_of_the_model_asked_is_the_variants():
    text = "星河在青川再次降价，其中Model 3性能版降幅高达14%，Model 3降价5%。"
    asked = analyse("星河把Model 3的售价下调了多少？")
    assert figure_scope.variant_disagreement(asked, text, figure_named(text, "14%")) == "it is of Model 3性能版"
    assert figure_scope.variant_disagreement(asked, text, figure_named(text, "5%")) == ""
    assert figure_scope.variant_disagreement(analyse("星河把Model 3性能版的售价下调了多少？"), text, figure_named(text, "14%")) == ""


def test_a_figure_after_another_year_than_asked_is_that_years():
    text = "机构预计，到2026年，光伏组件市场规模将翻倍，达到800亿美元，2027年将达到1100亿美元。"
    q = analyse("机构预计2027年光伏组件市场规模将达到多少？")
    assert figure_scope.own_year_disagreement(q, text, figure_named(text, "800亿美元")) == "it is the figure of 2026年"
    assert figure_scope.own_year_disagreement(q, text, figure_named(text, "1100亿美元")) == ""
    assert figure_scope.scope_disagreement(q, text, figure_named(text, "800亿美元"))  # the hook
    # a year compared with, a run of years holding the asked one, a date, a relative year: no veto
    compared = "青川公司营收50亿元，比2022年增长12%。"
    assert figure_scope.own_year_disagreement(analyse("青川公司2023年营收增长多少？"), compared, figure_named(compared, "12%")) == ""
    run = "2021-2025年青川累计投资300亿元。"
    assert figure_scope.own_year_disagreement(analyse("2023年青川投资多少？"), run, figure_named(run, "300亿元")) == ""
    dated = "2023年3月1日，青川公司公布营收50亿元。"
    assert figure_scope.own_year_disagreement(analyse("青川公司2022年营收多少？"), dated, figure_named(dated, "50亿元")) == ""
    relative = "青川公司成立于2010年，今年营收50亿元。"
    assert figure_scope.own_year_disagreement(analyse("青川公司2023年营收多少？"), relative, figure_named(relative, "50亿元")) == ""


def test_a_unit_glued_to_a_number_names_no_model_with_a_variant():
    text = "青川掌机翻新版价格如下：32GB翻新版为200美元，全新版为260美元。"
    q = analyse("32GB的青川掌机卖多少钱？")
    assert figure_scope.variant_disagreement(q, text, figure_named(text, "200美元")) == ""
    # the variant's word written without 版 names it
    model = "其中Model 3性能版降幅高达14%。"
    assert figure_scope.variant_disagreement(analyse("Model 3性能车型降价多少？"), model, figure_named(model, "14%")) == ""


def test_a_figure_with_yishang_before_a_noun_is_a_threshold_not_an_amount():
    threshold_disagreement = figure_scope.threshold_disagreement
    text = "青溪县实施500万元以上重点项目86个，完成投资52亿元以上。"
    found = {f.text: f for f in quantities.find_quantities(text)}
    asked = analyse("青溪县去年完成投资多少？")
    assert threshold_disagreement(asked, text, found["500万元以上"])
    assert not threshold_disagreement(asked, text, found["52亿元以上"])  # 以上 closes its clause: the level reached
    assert not threshold_disagreement(analyse("投资多少万元以上的项目算重点项目？"), text, found["500万元以上"])
    wide = "青溪县所有县级以上公路均已达到6.5米以上路基宽度。"  # the noun asked is what is measured
    width = quantities.find_quantities(wide)[0]
    assert not threshold_disagreement(analyse("青溪县县级以上公路的路基宽度达到了多少？"), wide, width)


def test_a_figure_kept_at_a_level_is_no_threshold():
    text = "青溪县小麦产量力争稳定在5亿斤以上水平。"
    level = quantities.find_quantities(text)[0]
    assert not figure_scope.threshold_disagreement(analyse("小麦产量今年要保持在多少斤？"), text, level)


def test_an_enumerated_figure_counts_the_noun_right_before_it():
    text = "全面提升公园品质，新建城区休闲座椅420个、智能遮阳雨棚35个。"
    q = analyse("智能遮阳雨棚今年要新建几个？")
    assert figure_scope.item_disagreement(q, text, figure_named(text, "420个")) == "it counts 座椅, not 雨棚"
    assert figure_scope.item_disagreement(q, text, figure_named(text, "35个")) == ""
    assert figure_kind.disagreement(q, text, figure_named(text, "420个"))  # the hook
    # a question naming both items, or neither, picks none out; a lone figure is no enumeration
    both = analyse("座椅和雨棚一共新建多少个？")
    assert not any(figure_scope.item_disagreement(both, text, figure_named(text, f)) for f in ("420个", "35个"))
    lone = "新建城区休闲座椅420个。"
    assert figure_scope.item_disagreement(q, lone, figure_named(lone, "420个")) == ""
    # two figures of one item (a count and a sum) are no enumeration of items
    money = "新建雨棚35个、投资120万元。"
    assert figure_scope.item_disagreement(q, money, figure_named(money, "35个")) == ""


def test_an_account_dated_by_a_named_whole_year():
    def chunk(text, title="青川县奋力推进高质量发展", year=""):
        return Chunk(id="c", source="s.txt", title=title, subject="", article=0, start=0, end=len(text), text=text,
                     segments=((0, 0, len(text)),), raw=text, year=year)
    recount = "2023年，青川县聚焦重点项目。截至目前，全县签约项目40个。"
    assert figure_scope.named_year_account(chunk(recount), recount.index("截至"))
    # a run from a year, a part of one, a basis year: no whole year recounted
    for text in ("2024年以来，青川县聚焦重点项目。截至目前，全县签约项目40个。",
                 "2024年上半年，青川县聚焦重点项目。截至目前，全县签约项目40个。",
                 "今年，青川县聚焦重点项目。截至目前，全县签约项目40个。"):
        assert not figure_scope.named_year_account(chunk(text), text.index("截至")), text
    # the chunk's year in force, from the article before it, when its title names no year to count from
    later = "截至目前，全县签约项目40个。"
    assert figure_scope.named_year_account(chunk(later, year="2023"), 0)
    assert not figure_scope.named_year_account(chunk(later, title="二、2024年工作安排", year="2024"), 0)
    assert not figure_scope.named_year_account(chunk(later), 0)


def test_an_amount_of_another_thing_than_the_one_written_after_the_unit():
    text = "重点抓好甲钢铁改造、年产120万吨冷轧板卷等项目建设，支持乙水泥等企业优化结构。"
    cement = analyse("乙水泥一年能产多少万吨水泥？")
    assert counted_kind.measured_disagreement(cement, text, figure_named(text, "120万吨")) == "it measures 冷轧板卷, not 水泥"
    # the asked thing in the figure's clause, a thing sharing its characters, or nothing after the figure is not read
    for said in ("乙水泥年产水泥120万吨熟料。", "乙厂年产120万吨水泥熟料。", "乙水泥年产能达120万吨，居全省首位。", "乙水泥年产120万吨的生产线投产。"):
        assert counted_kind.measured_disagreement(cement, said, figure_named(said, "120万吨")) == "", said
    # a classifier's count is counted_disagreement's: its things have names of their own (3000个座位 for 多少个坐席)
    seats = "主看台有3000个座位。"
    assert counted_kind.measured_disagreement(analyse("主看台有多少个坐席？"), seats, figure_named(seats, "3000个")) == ""
    # no thing written after the unit in the question
    assert counted_kind.measured_disagreement(analyse("乙水泥一年能产多少万吨？"), text, figure_named(text, "120万吨")) == ""
