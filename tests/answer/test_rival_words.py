"""Rival words (answer/rival_words.py) on made-up sentences: the figure's clause writes the words
asked after another word of the same shape (1.5T for 2.0T, 随机 for 顺序), or counts two groups
together; its hook in figure_kind.disagreement."""

from __future__ import annotations

from assistant.answer import figure_kind, indicator_match, joined_counts, rival_words
from assistant.query.question import analyse
from assistant.text import asked_numbers, quantities, words
from support import figure_named


def test_another_model_code_before_the_words_asked():
    q = analyse("新款星河2.0T发动机的最大功率是多少？")
    other = "其中，1.5T发动机的最大功率为120千瓦，峰值扭矩250牛米；"
    own = "2.0T发动机的最大功率为180千瓦，匹配8AT变速箱。"
    assert rival_words.rival_disagreement(q, other, figure_named(other, "120千瓦")) == "it is of 1.5T, not 2.0T"
    assert rival_words.rival_disagreement(q, own, figure_named(own, "180千瓦")) == ""
    assert figure_kind.disagreement(q, other, figure_named(other, "120千瓦"))  # the hook


def test_another_word_before_the_words_asked():
    q = analyse("青鸟硬盘的顺序写入速度最高是多少？")
    text = "顺序写入速度可达6000MB/s，随机写入速度可达3000MB/s。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "6000MB/s")) == ""
    assert rival_words.rival_disagreement(q, text, figure_named(text, "3000MB/s")) == "it is of 随机, not 顺序"
    money = analyse("今年河口县招商引资到位资金要达到多少亿元？")
    paid = "拨付资金3.2亿元扶持家具产业发展"
    assert rival_words.rival_disagreement(money, paid, figure_named(paid, "3.2亿元")) == "it is of 拨付, not 到位"


def test_a_word_half_of_which_the_question_writes_is_no_rival():
    # 招商引资 writes the 招商 asked: the clause's own word for the money asked, which the question qualifies by 落地
    q = analyse("青溪县真正落地到位的招商资金有多少？")
    text = "全县签约项目30个，招商引资到位额12.5亿元，同比增长8%。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "12.5亿元")) == ""


def test_words_that_narrow_nothing_are_no_rivals():
    # 正式 says how the number was fixed, not which award; 其中 and a place are other checks'
    q = analyse("最佳男配角奖固定每年提名几位人选？")
    text = "从1950年开始，这一奖项正式固定为每年提名4位人选。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "4位")) == ""
    car = analyse("全国电动汽车保有量是多少？")
    stock = "全国机动车保有量达4亿辆，其中汽车保有量达到3亿辆。"
    assert rival_words.rival_disagreement(car, stock, figure_named(stock, "3亿辆")) == ""
    road = analyse("灾后，河西县级以上公路的路面宽度达到了多少？")
    wide = "所有县级以上公路均已达到7米以上路面宽度"
    assert rival_words.rival_disagreement(road, wide, quantities.find_quantities(wide)[0]) == ""
    # items listed with 、 share what follows them: 投资 is ranked too
    rank = analyse("青山县去年的固定资产投资总量在全市排第几？")
    both = "去年，青山县固定资产投资、社会消费品零售总额总量全市第二。"
    assert all(rival_words.rival_disagreement(rank, both, f) == "" for f in asked_numbers.figures(rank.text, both))


def test_a_count_of_two_groups_together():
    text = "这套丛书凝结了36位编辑与校对专家的心血。"
    assert joined_counts.joined_disagreement(analyse("参与丛书的校对专家有多少位？"), text, figure_named(text, "36位")) \
        == "it counts 编辑 and 校对专家 together"
    assert joined_counts.joined_disagreement(analyse("参与丛书的编辑与校对专家有多少位？"), text, figure_named(text, "36位")) == ""
    share = "调查中，24%提到了网速问题和界面的问题。"
    assert joined_counts.joined_disagreement(analyse("多少比例的人提到界面的问题？"), share, figure_named(share, "24%")) == ""


def test_how_often_does_not_narrow_a_measure():
    # “林下药材”每年的产值: the modifier is 药材, not 每年
    assert indicator_match.modifier(analyse("青石村“林下药材”每年的产值有多少？")) == ("药材", "产值")
    text = "目前，该村共种植核桃2000亩，年产值约300万元。"
    q = analyse("青石村“林下药材”每年的产值有多少？")
    assert indicator_match.indicator_disagreement(q, text, figure_named(text, "300万元")) == "the sentence does not name 药材"


def test_a_model_code_the_sentence_never_writes_asks_another_version():
    text = "新车提供1.6T和2.4T两种动力，最大功率分别为150千瓦和210千瓦。"
    asked = analyse("新车3.0T版的最大功率是多少？")
    assert rival_words.code_disagreement(asked, text, figure_named(text, "150千瓦")) == "it is of another version than 3.0T"
    assert rival_words.code_disagreement(asked, text, figure_named(text, "210千瓦"))
    assert rival_words.code_disagreement(analyse("新车2.4T版的最大功率是多少？"), text, figure_named(text, "210千瓦")) == ""
    # codes with a series prefix listed together share the figures 分别 gives: the pairing decides
    chips = "测试显示，酷睿i9-14900K和i7-14700K的平均得分分别为2265分和1980分。"
    assert rival_words.code_disagreement(analyse("酷睿i9-14900K的平均得分是多少？"), chips, figure_named(chips, "2265分")) == ""
    alone = "测试显示，酷睿i7-14700K的平均得分为1980分。"
    assert rival_words.code_disagreement(analyse("酷睿i9-14900K的平均得分是多少？"), alone, figure_named(alone, "1980分"))
    # no code of the asked shape before the figure: no rival
    plain = "新车最大功率为150千瓦，另有4K屏幕。"
    assert rival_words.code_disagreement(asked, plain, figure_named(plain, "150千瓦")) == ""


def test_a_figure_after_a_rival_place_is_that_places():
    text = "青马越野车在美国的起售价格为3.5万美元，但目前国内平行进口的青马价格都在60万元左右。"
    home = analyse("目前国内平行进口的青马价格大约是多少？")
    assert rival_words.place_disagreement(home, text, figure_named(text, "3.5万美元")) == "it is of 美国, not 国内"
    assert rival_words.place_disagreement(home, text, figure_named(text, "60万元左右")) == ""
    two = "上海GDP为4万亿元，北京为3.9万亿元。"
    assert rival_words.place_disagreement(analyse("北京的GDP是多少？"), two, figure_named(two, "4万亿元")) == "it is of 上海, not 北京"
    assert rival_words.place_disagreement(analyse("北京的GDP是多少？"), two, figure_named(two, "3.9万亿元")) == ""
    # a place inside the asked one is no rival; a sentence not writing the asked place is the sentence check's
    part = "北京GDP为4万亿元，其中海淀区为1万亿元。"
    assert rival_words.place_disagreement(analyse("北京的GDP是多少？"), part, figure_named(part, "1万亿元")) == ""
    assert rival_words.place_disagreement(analyse("广州的GDP是多少？"), two, figure_named(two, "4万亿元")) == ""


def test_an_engine_named_in_litres_is_a_rival_of_one_turbocharged():
    text = "该车搭载2.0L发动机，百公里油耗为4.6升。"
    assert rival_words.code_disagreement(analyse("新车1.5T版的百公里油耗是多少？"), text, figure_named(text, "4.6升"))
    rate = "该车最高车速达205km/h，综合油耗为6.9L/100km，另有5.1升的版本。"  # a rate is no code
    assert rival_words.code_disagreement(analyse("新车1.5T版的综合油耗是多少？"), rate, figure_named(rate, "5.1升")) == ""
    # the asked place written after the figure in its clause, a body's 中国, both sides (境内外): no rival
    listed = "中国证监会称，加强境内外监管协调，已有19家企业完成境外上市备案。"
    q = analyse("已经有多少家企业完成了境外上市备案？")
    assert rival_words.place_disagreement(q, listed, figure_named(listed, "19家")) == ""


def test_the_code_in_force_where_the_figure_stands_must_be_the_one_asked():
    text = "新车搭载1.5L及1.4T发动机，其中1.5L发动机最大功率为80千瓦，1.4升涡轮增压发动机最大功率100千瓦，峰值扭矩200牛·米。"
    asked = analyse("新车1.5L发动机的峰值扭矩是多少？")
    assert rival_words.code_disagreement(asked, text, figure_named(text, "200牛·米")) == "it is of 1.4升, not 1.5L"
    assert rival_words.code_disagreement(asked, text, figure_named(text, "80千瓦")) == ""
    assert rival_words.code_disagreement(analyse("新车1.4升发动机的峰值扭矩是多少？"), text, figure_named(text, "200牛·米")) == ""
    prices = "青川掌机翻新版价格如下：32GB翻新版为200美元；128GB翻新版为300美元。"
    cheap = analyse("32GB的翻新青川掌机卖多少钱？")
    assert rival_words.code_disagreement(cheap, prices, figure_named(prices, "300美元")) == "it is of 128GB, not 32GB"
    assert rival_words.code_disagreement(cheap, prices, figure_named(prices, "200美元")) == ""
    # codes listed together share what follows (分别), and a volume measured names no noun
    listed = "新车提供1.6T和2.4T两种动力，最大功率分别为150千瓦和210千瓦。"
    assert rival_words.code_disagreement(analyse("新车1.6T版的最大功率是多少？"), listed, figure_named(listed, "150千瓦")) == ""
    volume = "新车搭载1.5T发动机，百公里油耗5.8升，最大功率120千瓦。"
    assert rival_words.code_disagreement(analyse("新车1.5T发动机的最大功率是多少？"), volume, figure_named(volume, "120千瓦")) == ""
    # another code of the asked shape names a version: no answer of what the version measures
    assert rival_words.code_disagreement(asked, text, figure_named(text, "1.4升")) == "1.4升 names a version, as the question's 1.5L does"


def test_another_owner_of_the_measure_past_the_period_asked():
    # the question writes its period between the owner and the measure (产业园去年产值); the clause
    # writes another owner right before the measure, in single characters jieba splits (涉牛)
    q = analyse("青山县的果蔬产业园去年产值是多少？")
    other = "去年，全县肉牛饲养量达到3万头，涉牛产值12.5亿元。"
    assert rival_words.rival_disagreement(q, other, figure_named(other, "12.5亿元")) == "it is of 涉牛, not 产业园"
    for own in ("去年，果蔬产业园实现产值12.5亿元。", "去年，全县果蔬产业园产值12.5亿元，同比增长8%。"):
        assert rival_words.rival_disagreement(q, own, figure_named(own, "12.5亿元")) == ""


def test_a_verb_written_with_its_complement_is_no_rival_word():
    # jieba tags 培育出 a noun: it is the verb and its 出, which narrows nothing
    q = analyse("青河县的茶叶产业年产值有多大规模？")
    text = "青河县还培育出年产值近50亿的茶叶产业。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "50亿")) == ""
    assert words.resultative("培育出") and not words.resultative("出口") and not words.resultative("产出")


def test_joined_groups_the_question_names_in_another_order():
    text = "年内完成30平方公里河滩湿地保护和岸线整治。"
    both = analyse("计划完成保护和岸线整治的河滩湿地共计多大？")
    assert joined_counts.joined_disagreement(both, text, figure_named(text, "30平方公里")) == ""
    one = analyse("计划完成岸线整治的地块共计多大？")
    assert joined_counts.joined_disagreement(one, text, figure_named(text, "30平方公里")) != ""
    assert joined_counts.written_apart("河滩湿地保护", "保护和岸线整治的河滩湿地")
    assert not joined_counts.written_apart("河滩湿地保护", "岸线整治的河滩湿地")


def test_a_lead_clause_frames_and_is_not_asked_of():
    # 创建 names the campaign the count belongs to; the asking clause's 换成 is what is counted (更换)
    q = analyse("打造新能源样板区，公交车今年要换成新能源的有多少辆？")
    text = "全力打造新能源样板区,加快充电桩建设,更换新能源公交车120辆,新增电动出租车60辆。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "120辆")) == ""
    # the whole question, when the asking clause shares no words with the figure's clause: 转移 is not 新增
    q = analyse("今年青溪城镇新增就业目标是5000人，去年实际做到了多少？")
    text = "城镇新增就业4800人，农村劳动力转移就业9万人次。"
    assert rival_words.rival_disagreement(q, text, figure_named(text, "9万人次")) == "it is of 转移, not 新增"


def test_the_measure_is_read_in_the_asking_clause_first():
    # 教育质量 is the section the question points to, not a measure of the schools counted (质量 is no measure)
    assert indicator_match.modifier(analyse("提升教育质量部分，有多少所乡村学校要完成改造？")) == ("", "")
    # nor a lead clause's words (a report's 实际到位金额: 实际 is how the report counts, not a kind of sum)
    assert indicator_match.modifier(analyse("那篇报道统计的青溪实际到位金额，具体是多少？")) == ("", "")
    assert indicator_match.modifier(analyse("青溪县梅花鹿的产值是多少？")) == ("梅花鹿", "产值")
    # 一项 points back to what it follows: the 鹿茸 output, not the whole 产值
    assert indicator_match.modifier(analyse("青溪县鹿茸一项的产值有多少亿元？")) == ("鹿茸", "产值")
    # a verb of aiming says the figure is a target, not whose
    q = analyse("在与某集团的配套上，今年市里希望份额涨多少？")
    assert indicator_match.modifier(q)[0] != "希望"
