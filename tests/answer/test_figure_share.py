"""What sinks a right figure's share (answer/figures.py) on made-up sentences: a head the unit states,
an adverb of the phrasing, the noun after the figure, a local currency written 元."""

from __future__ import annotations

from assistant.answer import dimensions
from assistant.answer.figures import sole
from assistant.text import quantities
from support import figure_picks as _picks


def test_a_duration_asked_is_stated_by_the_one_figure_in_seconds():
    picks = _picks("青溪牌电动车从0加速到50km/h需要多长时间？", "官方数据显示，青溪牌电动车从0-50km/h加速仅需2.6秒。")
    assert picks["2.6秒"].factors["relevant"] == 1.0
    # two durations, neither vetoed nor aligned with the question's words: which one is asked is not said
    text = "青溪牌电动车充电需4小时，保养需2小时。"
    found = quantities.find_quantities(text)
    assert not sole(text, found, 0, [False, False], [False, False])
    assert sole(text, found, 0, [False, True], [False, False])  # the other measures 保养
    assert sole(text, found, 0, [False, False], [True, False])  # only the first aligned


def test_a_compound_head_is_no_bare_dimension():
    f = quantities.find_quantities("追踪距离20km")[0]
    assert dimensions.stated("距离", f, whole=True)
    assert not dimensions.stated("距离精度", f, whole=True)
    assert not dimensions.stated("时间", quantities.Quantity("2023年", 0, 5, 2023.0, "年"))


def test_an_adverb_head_names_no_measure():
    picks = _picks("青溪导航系统能提供的定位精度只有多少？", "青溪导航系统能提供的精度仅为5—10米。")
    assert picks["5—10米"].factors["relevant"] == 1.0


def test_the_noun_after_a_figure_names_what_it_measures():
    picks = _picks("这款青溪冰箱的变温区容积是多少？", "青溪冰箱拥有342L冷藏区、80L冷冻区、96L变温区。")
    assert picks["96L"].factors["adjacent"] == 1.0 and picks["96L"].factors["relevant"] == 1.0
    assert picks["342L"].factors["adjacent"] == 0.0 and picks["342L"].factors["relevant"] == 0.7
    assert picks["96L"].score > picks["342L"].score
    # 5%和1%的母语使用者: the first figure shares the second's noun, neither is the one aligned
    picks = _picks("青溪语的使用比例是多少？", "青溪语和白溪语分别有5%和1%的母语使用者。")
    assert picks["1%"].factors["relevant"] == 0.7


def test_a_part_asked_is_not_aligned_with_the_whole():
    # 重点项目中亿元以上项目: asked of the part, so 34个重点项目 is not next to what is asked
    picks = _picks("青溪区今年的重点项目中亿元以上项目有多少个？", "青溪区今年共实施34个重点项目建设。")
    assert picks["34个"].factors["adjacent"] == 0.0


def test_a_local_currency_is_written_yuan():
    picks = _picks("青溪公司第二季度合并营收是多少新台币？", "财报显示，青溪公司该季度的合并营收为新台币58.26亿元。")
    assert picks["58.26亿元"].factors["unit"] == 1.0
    assert _picks("青溪公司营收是多少美元？", "青溪公司营收为58.26亿元。")["58.26亿元"].factors["unit"] == 0.3


def test_a_figure_another_verb_governs_is_not_aligned_by_its_noun():
    # 推荐35个…项目 counts the projects recommended, not those listed (已上市的…项目 asked)
    picks = _picks("已上市的青溪REITs项目共有多少个？", "青溪发改委已推荐35个青溪REITs项目。")
    assert picks["35个"].factors["adjacent"] == 0.0
    picks = _picks("青溪保护站放归前给几只游隼佩戴了跟踪器？", "放归前，青溪保护站已对2只游隼佩戴跟踪器。")
    assert picks["2只"].factors["adjacent"] == 1.0
    # 出 for 出台: the question writes the sentence's verb by its first character
    picks = _picks("青溪为扶持产业一共出了多少条政策措施？", "青溪县制定出台12项政策举措。")
    assert picks["12项"].factors["adjacent"] == 1.0


def test_a_bracketed_conversion_stands_between_a_figure_and_its_noun():
    # 最多可提30磅（约14公斤）货物: the noun after the brackets names what both figures measure
    picks = _picks("青溪牌机器人最多能搬运多重的货物？", "青溪牌机器人身高1.5米，重90磅（约41公斤），最多可搬运30磅（约14公斤）货物。")
    assert picks["30磅"].factors["adjacent"] == 1.0 and picks["14公斤"].factors["adjacent"] == 1.0
    assert picks["90磅"].factors["adjacent"] == 0.0


def test_a_price_asked_is_stated_by_the_one_sum_of_money():
    picks = _picks("128GB的青川掌机售价是多少？", "128GB版为300美元。")
    assert picks["300美元"].factors["relevant"] == 1.0
    assert not dimensions.stated("售价", quantities.find_quantities("重300克")[0], whole=True)
