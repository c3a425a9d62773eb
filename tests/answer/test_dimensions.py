"""A dimension word asked that a figure's unit states: held by the sentence though it never writes the word."""

from __future__ import annotations

from assistant.answer import dimensions
from assistant.text import quantities


def test_left_to_unit():
    text = "改造12平方公里棚户区"
    area = quantities.find_quantities(text)
    assert dimensions.left_to_unit("面积", area, text) == "面积"
    assert dimensions.left_to_unit("绿地面积", area, text) == ""  # a measure of its own, not the dimension alone
    assert dimensions.left_to_unit("比例", area, text) == ""
    share = "有12%的住户装了太阳能板"
    assert dimensions.left_to_unit("比例", quantities.find_quantities(share), share) == "比例"
    rate = "新车每百公里耗电12度"  # the basis of a rate: no distance
    assert dimensions.left_to_unit("里程", quantities.find_quantities(rate), rate) == ""
    assert dimensions.left_to_unit("", area, text) == ""


def test_a_sum_asked_is_left_to_the_currency():
    text = "新建一座仓库投资3亿元，占地20亩"
    found = quantities.find_quantities(text)
    assert dimensions.left_to_unit("钱", found, text) == "钱"
    assert dimensions.left_to_unit("钱", found[1:], text) == ""  # 20亩 is no sum


def test_the_physical_units_are_of_area_volume_length_and_weight():
    # a sum of money is stated in none of them (measure_nature: 3160亩 for 产值)
    assert {"亩", "公斤", "米", "升", "平方米", "吨"} <= dimensions.PHYSICAL_UNITS
    assert not {"元", "美元", "%", "个", "人"} & dimensions.PHYSICAL_UNITS
