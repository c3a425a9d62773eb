"""Figures of a sibling, another date, another setting, a wider group or another dimension
(answer/modifier_rivals.py, answer/measured_at.py, answer/wider_group.py, answer/dimensions.py),
on made-up sentences: each check refuses the sibling's figure and keeps the asked one's."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answer import dimensions, figure_kind, measured_at, modifier_rivals, rival_words, wider_group
from assistant.query.question import analyse, asking_clauses
from support import figure_named


def test_sibling_modifier_after_the_figure():
    q = analyse("长岭镇设立的蓝莓产业振兴专项资金有多少万元？")
    other = "安排资金800万元支持水稻产业振兴，设立蓝莓产业振兴专项资金，推动蓝莓种植。"
    own = "设立蓝莓产业振兴专项资金600万元。"
    assert modifier_rivals.disagreement(q, other, figure_named(other, "800万元")) == "it is of 水稻产业振兴, not 蓝莓产业振兴"
    assert modifier_rivals.disagreement(q, own, figure_named(own, "600万元")) == ""


def test_sibling_the_question_names_as_its_contrast():
    q = analyse("计划引进小麦新品系进行试种，那要引进几个高粱新品系？")
    text = "引进3个小麦新品系开展试种示范"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "3个")).startswith("it is of 小麦新品系")
    same = analyse("要引进几个小麦新品系？")
    assert modifier_rivals.disagreement(same, text, figure_named(text, "3个")) == ""


def test_sibling_sharing_one_whole_word_after_the_modifier():
    # 蓝莓产业设的…基金: only 产业 is shared, a whole word after the modifier: 水稻产业's money is another industry's
    q = analyse("柳岸县为蓝莓产业设的专项基金有多少万元？")
    other = "安排资金900万元扶持水稻产业绿色发展。"
    assert modifier_rivals.sibling_disagreement(q, other, figure_named(other, "900万元")) == "it is of 水稻产业, not 蓝莓产业"
    tea = analyse("白沙镇为茶叶产业设立的发展基金有多少？")
    shoots = "拨付600万元支持竹笋产业提档升级。"
    assert modifier_rivals.sibling_disagreement(tea, shoots, figure_named(shoots, "600万元")) == "it is of 竹笋产业, not 茶叶产业"


def test_one_word_shared_after_two_bodies_side_by_side_is_no_sibling():
    # 高校院所 is 高校 and 院所: a sentence's 科研院所 is one of them, no sibling of 高校; the asked one's own figure stands
    q = analyse("白沙区高校院所今年转化了多少项科技成果？")
    text = "科研院所转化科技成果86项。"
    assert modifier_rivals.sibling_disagreement(q, text, figure_named(text, "86项")) == ""
    own = "设立蓝莓产业专项基金600万元。"
    assert modifier_rivals.sibling_disagreement(analyse("柳岸县为蓝莓产业设的专项基金有多少万元？"), own,
                                                figure_named(own, "600万元")) == ""


def test_a_field_named_before_the_figures():
    q = analyse("8月货车产量比上月变化了多少？")
    text = "在工程机械领域，8月产量为5.2万台，环比增长4%。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "4%")) == "it is of the field 工程机械"
    asked = analyse("8月工程机械产量比上月变化了多少？")
    assert modifier_rivals.disagreement(asked, text, figure_named(text, "4%")) == ""


def test_a_stock_at_another_date():
    q = analyse("截至2022年9月底，全省充电桩保有量是多少？")
    other = "截至今年12月底，全省充电桩保有量达到8.6万台。"
    own = "截至9月30日，全省充电桩保有量达到7.1万台。"
    assert measured_at.disagreement(q, other, figure_named(other, "8.6万台")).startswith("it stands at 截至今年12月底")
    assert measured_at.disagreement(q, own, figure_named(own, "7.1万台")) == ""
    undated = "全省充电桩保有量达到7.1万台。"
    assert measured_at.disagreement(q, undated, figure_named(undated, "7.1万台")) == ""


def test_a_figure_at_another_setting():
    q = analyse("这款跑车从静止加速到200公里/小时要多少秒？")
    other = "该车可在2.9秒内从静止加速到100公里/小时。"
    own = "该车从静止加速到200公里/小时仅需7.8秒。"
    assert measured_at.disagreement(q, other, figure_named(other, "2.9秒")) == "it is at 100公里, not 200公里"
    assert measured_at.disagreement(q, own, figure_named(own, "7.8秒")) == ""


def test_the_place_asked_with_its_own_figure_later():
    q = analyse("暑期杭州的民宿价格涨幅最高达到多少？")
    text = "暑期多地民宿价格明显上涨，平均涨幅约30%，其中杭州的涨幅更是达到65%。"
    assert wider_group.disagreement(q, text, figure_named(text, "30%")).startswith("65% is the figure of")
    assert figure_kind.disagreement(q, text, figure_named(text, "65%")) == ""
    # the figure's own clause names the organisation asked: it is that one's, not a wider group's
    text = "人民党获得议会中的136个席位，由葡萄牙首相领导的工人社会党获得122个席位。"
    q = analyse("葡萄牙议会选举中，人民党获得了多少个议会席位？")
    assert wider_group.disagreement(q, text, figure_named(text, "136个")) == ""
    # without the organisation the earlier figure is read as the wider group's, as above
    q = analyse("葡萄牙议会选举中，政党获得了多少个议会席位？")
    assert wider_group.disagreement(q, text, figure_named(text, "136个")) != ""


def test_an_extent_word_is_no_rival():
    q = analyse("杭州的民宿价格涨幅最高达到多少？")
    text = "其中杭州的涨幅甚至达到65%"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "65%")) == ""


def test_a_part_along_a_route():
    q = analyse("上半年我国对“海上丝路”沿线国家的出口额同比增长了多少？")
    whole = "上半年，我国出口额12.3万亿元，同比增长3.7%。"
    part = "上半年，我国对“海上丝路”沿线国家出口额4.1万亿元，同比增长9.2%。"
    assert wider_group.disagreement(q, whole, figure_named(whole, "3.7%")) == "the sentence does not name 海上丝路"
    assert wider_group.disagreement(q, part, figure_named(part, "9.2%")) == ""


def test_a_distance_asked_is_no_voltage():
    q = analyse("升级后，这款电动摩托的续航里程增加到了多少？")
    text = "升级后，电池由48V 20Ah升级为60V 32Ah，续航里程增加到了95km。"
    asking = asking_clauses(q.text)
    assert dimensions.unit_disagreement((), figure_named(text, "60V"), asking).startswith("60V states another dimension")
    assert dimensions.unit_disagreement((), figure_named(text, "95km"), asking) == ""
    time = analyse("行驶里程达到500公里需要几个小时？")
    trip = "行驶里程达到500公里需要6小时。"
    assert dimensions.unit_disagreement((), figure_named(trip, "6小时"), asking_clauses(time.text)) == ""


def test_deposits_held_in_another_currency():
    q = analyse("3月份外汇管理局公布的人民币贷款增加了多少？")
    other = "该基金的贷款余额达1200亿日元（约60亿元人民币），同比增长4.5%。"
    own = "3月份人民币贷款增加3.9万亿元，同比多增7000亿元。"
    assert modifier_rivals.disagreement(q, other, figure_named(other, "4.5%")) == "its sums are in 日元, not 人民币"
    assert modifier_rivals.disagreement(q, own, figure_named(own, "3.9万亿元")) == ""
    asked_in = analyse("这笔并购交易的金额是多少美元？")
    deal = "交易金额为35亿美元。"
    assert modifier_rivals.disagreement(asked_in, deal, figure_named(deal, "35亿美元")) == ""


def test_an_aspect_is_no_field():
    q = analyse("截至6月末，社会融资规模存量同比增长了多少？")
    text = "在融资总量方面，截至6月末，社会融资规模存量365万亿元，同比增长9%。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "9%")) == ""


def test_places_the_figure_counts_are_no_later_place():
    q = analyse("这次揭牌的省(自治区、直辖市)分中心一共有多少个？")
    text = "当天，12个省(自治区、直辖市)分中心和40个地市分中心同时揭牌。"
    assert wider_group.later_place_disagreement(q, text, figure_named(text, "12个")) == ""


def test_a_name_written_inside_the_words_asked_counts_a_narrower_group():
    q = analyse("去年全县新增就业多少人？")
    text = "全年新增农民工就业3000人。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "3000人")) == "it is of 新增农民工就业, not 新增就业"
    plain = "全年新增就业3000人。"
    assert modifier_rivals.disagreement(q, plain, figure_named(plain, "3000人")) == ""
    # the name the question writes itself (城镇) is no narrower group
    asked = analyse("去年全县城镇新增就业多少人？")
    own = "全年新增城镇就业3000人。"
    assert modifier_rivals.disagreement(asked, own, figure_named(own, "3000人")) == ""
    # a 其中 clause counts a part of the clause before it: that one's group is its own
    part = "全年新增农民工就业3000人，其中城镇新增2000人。"
    assert modifier_rivals.disagreement(asked, part, figure_named(part, "2000人")).startswith("it is of 新增农民工就业")
    whole = "全年新增就业3000人，其中城镇新增2000人。"
    assert modifier_rivals.disagreement(asked, whole, figure_named(whole, "2000人")) == ""


def test_a_figure_beside_the_one_written_after_the_measure_asked():
    text = "截至目前，全县签约项目52个，合同外资额120.5亿元，外资到位额30.2亿元，同比增长12%。"
    q = analyse("全县签下的合同外资额一共多少？")
    assert modifier_rivals.disagreement(q, text, figure_named(text, "30.2亿元")) == "the sentence gives 合同外资额 its own figure"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "120.5亿元")) == ""
    other = analyse("全县外资到位额是多少？")
    assert modifier_rivals.disagreement(other, text, figure_named(text, "120.5亿元")) == "the sentence gives 外资到位额 its own figure"
    assert modifier_rivals.disagreement(other, text, figure_named(text, "30.2亿元")) == ""
    # a change written after its measure's figure (完成72亿元，增长8.5%) is that measure's
    growth = "全区地区生产总值完成72亿元，增长8.5%。"
    assert modifier_rivals.disagreement(analyse("全区地区生产总值增长多少？"), growth, figure_named(growth, "8.5%")) == ""


def test_a_name_spelling_out_the_words_asked_is_no_narrower_group():
    q = analyse("今年新增参保多少人？")
    text = "全年新增社会保险参保3000人。"  # 保险 spells out the 保 of 参保
    assert modifier_rivals.disagreement(q, text, figure_named(text, "3000人")) == ""
    pipes = analyse("今年要铺设的污水管线总长多少？")
    laid = "铺设城镇污水管网管线40公里。"
    assert modifier_rivals.disagreement(pipes, laid, figure_named(laid, "40公里")) == ""


def test_a_measure_written_after_the_figure_or_a_model_code_is_no_neighbour_measure():
    q = analyse("甲型显卡有多少组计算单元？")
    text = "乙型显卡的计算单元是70组，新推出的甲型显卡则是80组计算单元。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "80组")) == ""
    chip = analyse("星河X9-5000K一共有多少个核心？")
    spec = "星河X9-5000K采用大小核配置，共计24核32线程。"
    assert modifier_rivals.disagreement(chip, spec, figure_named(spec, "24核")) == ""


def test_a_figure_inside_a_name_is_no_neighbour_measure():
    plan = "启动实施产业培育三年计划，推动甲产业向300亿级目标奋进。"
    q = analyse("按照产业培育计划，甲产业要朝多大的规模迈进？")
    assert modifier_rivals.disagreement(q, plan, figure_named(plan, "300亿级")) == ""


def test_a_noun_widened_or_a_condition_the_question_gives_is_no_rival():
    q = analyse("星河大学向职能部门和院系下发了几份建议？")
    text = "已向相关职能部门、院系单位下发11份建议。"  # 院系单位 names the 院系 asked, before the verb
    assert modifier_rivals.disagreement(q, text, figure_named(text, "11份")) == ""
    fog = analyse("高速公路上能见度小于200米时，车速最高不能超过多少？")
    rule = "如能见度小于200米，应开启雾灯，车速不得超过每小时60公里。"
    assert modifier_rivals.disagreement(fog, rule, figure_named(rule, "60公里")) == ""


def test_a_kind_asked_written_after_a_name_the_question_lacks_is_a_narrower_kind():
    # 电动货车 is a kind of the 货车 asked: its figures are not all 货车's
    q = analyse("8月货车销量环比变化了多少？")
    text = "8月电动货车销量为3.1万辆，同比增长20%，环比下降2%。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "2%")) == "it is of 电动货车, not all 货车"
    # the nearest kind before the figure decides: the whole's figure, then its part's
    both = "8月全国货车销量为30万辆，环比下降5%，电动货车销量为3.1万辆。"
    assert modifier_rivals.disagreement(q, both, figure_named(both, "5%")) == ""
    assert modifier_rivals.disagreement(q, both, figure_named(both, "3.1万辆")).startswith("it is of 电动货车")
    # a question asking the narrower kind, or a kind written as the whole of one country, agrees
    asked = analyse("8月电动货车销量环比变化了多少？")
    assert modifier_rivals.disagreement(asked, text, figure_named(text, "2%")) == ""
    country = "8月全国货车销量为30万辆，环比下降5%。"
    assert modifier_rivals.disagreement(q, country, figure_named(country, "5%")) == ""


def test_a_name_asked_or_a_date_word_before_the_kind_is_no_narrower_kind():
    # 企业青原 is the name asked in apposition; 7月份 dates the kind, it names no narrower one
    q = analyse("青原股份今年上半年营收是多少？")
    text = "芯片领军企业青原股份上半年实现营收11.8亿元。"
    assert modifier_rivals.disagreement(q, text, figure_named(text, "11.8亿元")) == ""
    q = analyse("7月货车销量是多少？")
    text = "星河汽车公布了7月份货车销量数据，销售量达到28896辆。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "28896辆")) == ""


def test_a_measure_asked_or_a_whole_range_is_no_kind():
    # 估值 is the measure itself (its next word is a verb), 全系 the whole range: no kind a name narrows
    q = analyse("此前星河科技的估值有多高？")
    text = "在此之前，星河科技已经融资4亿美元，公司估值超过20亿美元。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "20亿美元")) == ""
    q = analyse("星河6月份全系销量是多少？")
    text = "6月份星河汽车全系销量仅为1.07万辆。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "1.07万辆")) == ""


def test_a_verb_joined_to_another_names_no_kind():
    # 捕捉和解码键盘敲击声: 解码 acts on the 键盘 asked as 捕捉 does
    q = analyse("研究人员的模型靠键盘敲击声窃取信息，准确率最高达到多少？")
    text = "研究人员开发出一种模型，能通过捕捉和解码键盘敲击声来窃取信息，准确率高达95%。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "95%")) == ""
    named = "研究人员开发出一种模型，能通过捕捉机械键盘敲击声来窃取信息，准确率高达95%。"
    assert modifier_rivals.narrower_kind(q, named, figure_named(named, "95%")).startswith("it is of 机械键盘")


def test_a_whole_word_or_a_name_pointed_back_is_no_narrower_kind():
    # 社会 covers every kind of 消费品: the sentence writes the indicator's full name
    q = analyse("今年青溪县的消费品零售总额增长多少？")
    text = "社会消费品零售总额增长6%以上。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "6%以上")) == ""
    # 该集团 is the company asked, pointed back at
    q = analyse("截至去年末星河地产的负债总额是多少？")
    text = "截至去年末，该集团负债总额超过2000亿元。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "2000亿元")) == ""
    # a name no demonstrative points back still narrows the kind
    named = "截至去年末，地产集团负债总额超过2000亿元。"
    assert modifier_rivals.narrower_kind(q, named, figure_named(named, "2000亿元")).startswith("it is of ")


def test_a_kind_named_in_a_list_the_figure_counts_is_no_narrower_kind():
    # “医疗器械产业园” is one of the parks 等五大产业园区 counts, no narrower kind of them
    q = analyse("青溪县去年建设了几大产业园区？")
    text = "建设了“茶叶产业园”“医疗器械产业园”等五大产业园区。"
    count = SimpleNamespace(start=text.index("五大"), end=text.index("五大") + 2)  # a count the figure reader leaves
    assert modifier_rivals.narrower_kind(q, text, count) == ""
    # the same kind named before the count, outside any list, still narrows it
    named = "建设了医疗器械产业园五个。"
    assert modifier_rivals.narrower_kind(q, named, figure_named(named, "五个")).startswith("it is of ")


def test_a_kind_the_figure_counts_after_it_is_no_narrower_kind():
    # 10个科技创新团队 counts the kind asked; 农业科技特派员 in the clause before is another phrase
    q = analyse("青溪县要建设多少个科技创新团队？")
    text = "组建农业科技特派员队伍，建设10个科技创新团队。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "10个")) == ""


def test_the_last_of_kinds_listed_together_is_no_narrower_kind():
    # 要素招商 closes a list of ways to attract investment; the projects counted are all of theirs
    q = analyse("青溪县的招商目标里，新签约项目下限是几个？")
    text = "综合运用产业招商、要素招商，力争新签约项目不低于5个。"
    assert modifier_rivals.narrower_kind(q, text, figure_named(text, "5个")) == ""


def test_one_word_shared_beside_a_modifier_holding_the_questions_own_word_is_no_sibling():
    # 招商实际到位 asked, 招商引资到位 written: only 到位 is shared, and 招商引资 holds the question's own 招商
    q = analyse("梧桐县今年招商实际到位多少亿元？")
    text = "今年梧桐县招商引资到位12亿元。"
    assert modifier_rivals.sibling_disagreement(q, text, figure_named(text, "12亿元")) == ""


def test_one_word_shared_beside_a_modifier_of_other_words_is_still_a_sibling():
    # guard: 财政资金到位 holds none of the question's words: another sum's arrival, refused as before
    q = analyse("梧桐县今年招商实际到位多少亿元？")
    text = "今年梧桐县财政资金到位12亿元。"
    assert modifier_rivals.sibling_disagreement(q, text, figure_named(text, "12亿元")) == "it is of 财政资金到位, not 实际到位"
