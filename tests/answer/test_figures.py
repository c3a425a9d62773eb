"""The hand scorer of a sentence's figures (answer/figures.py) on made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks


def test_a_counted_figure_is_no_sum_of_money_asked():
    text = "青溪晶圆项目建成后将年产晶圆5.88万片，计划投入资金50亿元。"
    picks = _picks("青溪晶圆项目计划投入多少资金？", text)
    assert picks["5.88万片"].factors["unit"] == 0.3
    assert picks["50亿元"].factors["unit"] == 1.0
    assert picks["50亿元"].score > picks["5.88万片"].score
    # the same figure asked as what it counts, or with no money word, keeps its weight
    assert _picks("青溪晶圆项目每年生产多少晶圆？", text)["5.88万片"].factors["unit"] == 1.0
    assert _picks("青溪晶圆项目建成后的年产量是多少？", text)["5.88万片"].factors["unit"] == 1.0


def test_a_rate_or_change_of_money_is_not_read_as_a_sum():
    text = "青溪公司营收增长了3个门店，利润率为12%。"
    # 营收增长多少 asks a change, 利润率 a rate: neither is a sum of money
    assert _picks("青溪公司营收增长了多少？", text)["3个"].factors["unit"] == 1.0
    assert _picks("青溪公司的利润率是多少？", "青溪公司共有3家门店，利润率为12%。")["3家"].factors["unit"] == 1.0


def test_a_forecast_or_rough_figure_stays_next_to_its_indicator():
    # 年产量将翻倍至近400万辆: 将 (a plan), 已经 (done), 翻倍至 (the level reached) and 近 (about) stand
    # between the indicator and its figure as 达到 and 约 do
    picks = _picks("青溪车企预计2031年的年产量会达到多少？", "青溪车企预计到2031年，年产量将翻倍至近400万辆。")
    assert picks["400万辆"].indicator == "年产量" and picks["400万辆"].factors["adjacent"] == 1.0
    picks = _picks("青溪车企现有的总产能是多少？", "青溪车企现有的总产能已经超过95万辆，今年将达成150万辆。")
    assert picks["95万辆"].indicator == "产能" and picks["95万辆"].score > picks["150万辆"].score
    picks = _picks("青溪湖的江豚有多少头？", "青溪湖的江豚逾30头，其中幼豚5头。")
    assert picks["30头"].factors["adjacent"] == 1.0
    # words that say what else is measured still part them: 栖息地减少了 is no filler
    assert _picks("青溪湖的江豚有多少头？", "青溪湖的江豚栖息地减少了5处。")["5处"].factors["adjacent"] == 0.0
    # a statistic reported (录得) is still next to its indicator
    assert _picks("青川7月CPI年率是多少？", "青川7月CPI年率录得3.2%。")["3.2%"].factors["adjacent"] == 1.0


def test_a_change_its_verb_names_is_the_change_asked():
    # 上调235元/吨: the figure itself carries no change mark, its verb does (figure_kind.kind_of)
    picks = _picks("青溪汽柴油每吨预计上调多少？", "据测算，青溪汽柴油预计上调235元/吨，折合每升0.19元。")
    assert picks["235元/吨"].factors["change"] == 1.0
    # a level asked of the same sentence still is no change asked
    assert _picks("青溪汽柴油每吨价格是多少？", "青溪汽柴油每吨价格为8000元。")["8000元"].factors["change"] == 1.0


def test_a_rank_asked_with_a_change_word_is_no_change_asked():
    # 第几次上涨 asks a rank (第八次): its 上涨 names what is ranked, no change the figure must be
    picks = _picks("青溪油价今年第几次上涨？", "这将是青溪今年内油价的第八次上涨。")
    assert picks["八次"].factors["change"] == 1.0


def test_a_torque_is_a_figure_with_its_unit():
    picks = _picks("青溪牌发动机的峰值扭矩是多少？", "青溪牌发动机最大功率125千瓦，峰值扭矩260牛米，匹配7速变速箱。")
    assert picks["260牛米"].factors["unit"] == 1.0 and not picks["260牛米"].factors["veto"]


def test_a_sum_of_money_asked_is_named_by_a_figure_in_money():
    # 花了多少钱: 钱 names no measure but a sum; 投资1000万元 is one though the clause never says 钱
    picks = _picks("青溪公司打算花多少钱建设新厂？", "青溪公司计划投资1000万元建设新厂，新建厂房3栋。")
    assert picks["1000万元"].factors["relevant"] == 1.0
    assert picks["3栋"].factors["relevant"] < 1.0


def test_a_verb_with_a_result_complement_is_found_as_its_paraphrase():
    # 卖出了多少辆 is answered by 销量达到…辆: 卖出 is 卖, whose sentence word is 销量
    picks = _picks("青溪牌汽车7月卖出了多少辆？", "青溪牌汽车7月销量达到1200辆，创历史新高。")
    assert picks["1200辆"].factors["adjacent"] == 1.0 and picks["1200辆"].factors["relevant"] == 1.0



def test_a_level_reached_by_another_verb_is_next_to_its_indicator():
    # 回落到了多少 is answered by 退至: a verb of movement and 至 names the level reached
    text = "青溪站水位退至60.49米，低于警戒水位0.01米。"
    picks = _picks("青溪站的水位回落到了多少？", text)
    assert picks["60.49米"].factors["adjacent"] == 1.0 and picks["60.49米"].factors["relevant"] == 1.0
    assert picks["0.01米"].factors["veto"] == 1.0  # a distance from the warning level, not a level
    assert _picks("青溪公司用水量同比增长了多少？", "青溪公司用水量同比增加了20%。")["20%"].factors["adjacent"] == 1.0


def test_a_count_inside_the_modifier_of_another_count_is_a_part():
    text = "本届青溪杯共有来自各区及8支外籍球队的234支球队参赛。"
    picks = _picks("本届青溪杯共有多少支球队参赛？", text)
    assert picks["234支"].factors["adjacent"] == 1.0  # 多少支球队: the noun after the measure word
    assert picks["234支"].score > picks["8支"].score
    # counts of two kinds are no part and whole
    picks = _picks("青溪记者探访了多少个项目？", "青溪记者探访了14个地市的50个项目。")
    assert picks["50个"].score >= picks["14个"].score


def test_the_figures_after_respectively_read_the_items_before():
    text = "同时，青溪汽车公布了A1六座版和A1四座版的预售价，分别为138万元和158万元。"
    picks = _picks("青溪汽车A1四座版的预售价是多少？", text)
    assert picks["158万元"].factors["local"] > 0.5 and picks["138万元"].factors["veto"] == 1.0
    # a question naming no item keeps the bare clause: the figures are the items', not what is asked
    picks = _picks("青溪汽车首发车型的售价是多少？", text)
    assert picks["158万元"].factors["local"] == 0.0


def test_the_earlier_value_asked_is_the_one_marked_earlier():
    text = "青溪平台家庭方案每月为399元，此前为269元。"
    picks = _picks("青溪平台家庭方案涨价前每月多少钱？", text)
    assert picks["399元"].factors["veto"] == 1.0 and picks["269元"].score > 0.3
    picks = _picks("青溪平台家庭方案涨价后每月多少钱？", text)
    assert picks["269元"].factors["veto"] == 1.0 and picks["399元"].factors["veto"] == 0.0


def test_a_head_the_text_writes_another_way_is_still_there():
    # 投资额 is written 投资 before its sum; 几成 is the answer's form, not what is measured
    picks = _picks("青溪市对外直接投资额有多少？", "青溪市对外非金融类直接投资59.4亿元，同比增长18.1%。")
    assert picks["59.4亿元"].factors["relevant"] == 1.0
    picks = _picks("青溪企业的投资占同期总额的几成？", "青溪企业投资53.4亿元，占同期总额的19%。")
    assert picks["19%"].factors["relevant"] == 1.0


def test_a_sum_stem_inside_another_noun_is_not_the_head():
    # 交易额 may be written 交易 before its sum, but 交易中心1座 counts a building, not the sum
    picks = _picks("青溪县交易中心年交易额可达多少？", "青溪县新建交易中心1座，年交易额可达30亿元。")
    assert picks["30亿元"].score > picks["1座"].score
    picks = _picks("青溪市用水量是多少？", "青溪市去年用水2.1亿立方米。")
    assert picks["2.1亿立方米"].factors["relevant"] == 1.0


def test_only_the_noun_asked_after_a_figure_makes_it_adjacent():
    text = "青溪区实施34个重点项目建设，其中亿元以上项目26个。"
    picks = _picks("青溪区重点项目中亿元以上项目有多少个？", text)
    assert picks["34个"].factors["adjacent"] == 0.0 and picks["26个"].score > picks["34个"].score


def test_a_classifier_written_as_the_question_writes_it_is_the_unit():
    # 例 is a measure word (quantities.COUNT_WORDS): 73例 answers 多少例 as 73辆 answers 多少辆, and the cases
    # counted answer 多少中暑病例 over the people of the next clause
    picks = _picks("青溪市共报告了多少例中暑病例？", "青溪市共报告73例中暑病例，较上周多5人。")
    assert picks["73例"].factors["unit"] == 1.0 and picks["5人"].factors["unit"] == 0.3
    picks = _picks("青溪市共报告了多少中暑病例？", "青溪市共报告73例中暑病例，较上周多5人。")
    assert picks["73例"].score > picks["5人"].score


def test_a_sum_written_without_its_suffix_is_next_to_its_figure():
    picks = _picks("青溪项目年内的投资额下限是多少？", "确保青溪项目年内完成投资100亿元以上。")
    assert picks["100亿元以上"].factors["adjacent"] == 1.0


def test_a_one_character_verb_asked_with_names_no_measure():
    # 定在多少 makes 定 the head: it says how the figure is given, so no clause need write it (the
    # 定 of 固定资产 is not it); the clause of the indicator asked, which a shortened word (规上 of
    # 规模以上) names, is as relevant as that one and covers more of the question
    text = "今年预期目标是：规模以上工业增加值增长6%以上，固定资产投资增长5%左右。"
    picks = _picks("青溪市的规上工业增加值增速定在多少？", text)
    assert picks["5%左右"].factors["relevant"] == picks["6%以上"].factors["relevant"]
    assert picks["6%以上"].score > picks["5%左右"].score
    # a change or a deal (降了多少, 借了多少) still names what is measured
    from assistant.answer.asked_head import asking_verb
    from assistant.query.question import analyse
    assert asking_verb(analyse("青溪市的工业增加值增速定在多少？"), "定")
    assert asking_verb(analyse("青溪县的签约额应该报多少？"), "报")
    from assistant.answer.asked_head import stated_measure
    assert stated_measure(analyse("青溪县的高峰电价定为多少？"), "定") == "电价"
    assert stated_measure(analyse("青溪县的签约额应该报多少？"), "报") == "额"
    assert not asking_verb(analyse("青溪市的房价降了多少？"), "降")
    assert not asking_verb(analyse("他向对方借了多少？"), "借")
    # 提的目标是多少: the target set, whose measure is written before the verb
    assert asking_verb(analyse("青溪市对森林覆盖率提的目标是多少？"), "提")
    assert stated_measure(analyse("青溪市对森林覆盖率提的目标是多少？"), "提") == "覆盖率"


def test_a_word_naming_the_plan_is_passed_over_for_what_it_measures():
    # 造林任务定为多少亩: 任务 is what the plan sets, 造林 what its figure measures (指标 and 目标 alike)
    from assistant.answer.asked_head import stated_measure
    from assistant.query.question import analyse
    assert stated_measure(analyse("柳岸县今年的造林任务定为多少亩？"), "定") == "造林"
    assert stated_measure(analyse("白沙镇今年减排指标定为多少吨？"), "定") == "减排"


def test_a_measure_before_a_stating_verb_is_still_the_measure():
    from assistant.answer.asked_head import stated_measure
    from assistant.query.question import analyse
    assert stated_measure(analyse("白沙镇的高峰电价定为多少？"), "定") == "电价"
    assert stated_measure(analyse("白沙镇明年的招商目标定为多少亿元？"), "定") == "招商"


def test_a_bound_asked_is_stated_by_a_figure_with_that_bound():
    # 门槛是多少钱以上: the threshold, which 300万元以上 states before the projects it bounds
    text = "实施300万元以上产业项目42个，完成投资18亿元。"
    picks = _picks("青溪县的产业项目有个投资门槛，是多少钱以上？", text)
    assert picks["300万元以上"].factors["adjacent"] == 1.0
    assert picks["300万元以上"].score > picks["42个"].score
    # no bound asked: the figure is named by the words before it, as before
    assert _picks("青溪县今年完成投资多少？", text)["300万元以上"].factors["adjacent"] == 0.0
