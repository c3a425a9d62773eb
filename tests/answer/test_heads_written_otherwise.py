"""A question's head word that the answer's sentence writes otherwise: a change word by another
word of the same direction, a verb of doing by the act the sentence names, a frame noun (任务)
by its modifier before the figure. Made-up sentences."""

from __future__ import annotations

from support import figure_picks as _picks


def test_a_change_word_asked_is_held_by_a_word_of_the_same_direction():
    picks = _picks("青溪县去年税收收入涨幅有多大？", "青溪县税收收入完成3.2亿元，增长17%。")
    assert picks["17%"].factors["relevant"] == 1.0
    # 增幅 asked, 提升 written; 扩 (of 扩大) asked, 新增 written
    assert _picks("青溪市今年用电量增幅是多少？", "青溪市今年用电量提升8.5%。")["8.5%"].factors["relevant"] == 1.0
    assert _picks("青溪区托育床位今年扩多少？", "青溪区新增托育床位300张。")["300张"].factors["relevant"] == 1.0


def test_a_change_word_asked_is_not_held_by_a_word_of_the_other_direction():
    picks = _picks("青溪县去年税收收入涨幅有多大？", "青溪县税收收入完成3.2亿元，下降17%。")
    assert picks["17%"].factors["relevant"] < 1.0
    assert _picks("青溪区托育床位今年扩多少？", "青溪区减少托育床位300张。")["300张"].factors["relevant"] < 1.0


def test_a_verb_of_doing_asked_with_a_unit_leaves_the_unit_to_say_what_is_counted():
    picks = _picks("青溪县的上门服务一共搞了多少次？", "全县开展上门服务行动86次，签约项目12个。")
    assert picks["86次"].factors["relevant"] == 1.0
    # 搞 is a stop word (words.STOPWORDS), so the head above is 上门服务; 办 stays the head and is left to the unit
    assert _picks("青溪县的上门服务一共办了多少次？", "全县开展上门服务行动86次，签约项目12个。")["86次"].factors["relevant"] == 1.0
    # a verb that names the act (卖) is still the head: 销量, not 产量
    picks = _picks("青溪厂上月卖了多少辆？", "青溪厂上月产量1200辆，销量900辆。")
    assert picks["900辆"].score > picks["1200辆"].score


def test_a_frame_noun_asked_is_named_by_its_modifier_before_the_figure():
    picks = _picks("青溪市今年植树任务是多少株？", "青溪市今年完成植树12万株。")
    assert picks["12万株"].factors["relevant"] == 1.0
    # the figure in another unit, or the modifier not before it: no
    assert _picks("青溪市今年植树任务是多少株？", "青溪市今年植树投入资金12万元。")["12万元"].factors["relevant"] < 1.0
    picks = _picks("青溪市今年植树任务是多少株？", "青溪市今年植树活动中，栽下果苗12万株。")
    assert picks["12万株"].factors["relevant"] < 1.0


def test_a_one_character_word_is_a_change_asked_only_right_before_the_asking_word():
    from assistant.answer.asked_head import asked_direction
    assert asked_direction("扩", "青溪区托育床位今年扩多少？") == 1
    assert asked_direction("降", "青溪区房价降了几个点？") == -1
    # 县长's 长 (of 增长), 至高's 高 (of 提高), 提的目标's 提: no change asked
    assert asked_direction("长", "青溪县长说它总共投多少？") == 0
    assert asked_direction("高", "新款车的礼遇总价值至高是多少？") == 0
    assert asked_direction("提", "报告对优良天数占比提的目标是多少？") == 0
    assert asked_direction("涨幅", "青溪县税收收入涨幅有多大？") == 1
