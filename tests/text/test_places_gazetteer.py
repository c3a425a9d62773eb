"""The gazetteer behind place comparison (text/places.py): cpca's administrative divisions
and Babel's country names, read offline."""

from assistant.text import places


def test_levels_of_real_places():
    assert places.known_level("广东省") == "省" and places.known_level("广东") == "省"
    assert places.known_level("深圳") == "市" and places.known_level("广州市") == "市"
    assert places.known_level("广西") == "省"  # 广西壮族自治区, the nationality dropped
    assert places.known_level("日本") == places.COUNTRY and places.known_level("中国") == places.COUNTRY
    assert places.known_level("辰溪县") == "县"
    assert places.known_level("深度") == "" and places.known_level("美丽") == ""


def test_a_bare_county_or_district_name_is_not_taken_for_a_place():
    # 新建 is a district of 南昌 and an everyday verb; 合作 a county-level city and a noun
    assert places.known_level("新建") == "区" and places.bare_level("新建") == ""
    assert places.bare_level("合作") == ""
    assert places.bare_level("昭通") == "市" and places.bare_level("美国") == places.COUNTRY


def test_named_finds_bare_cities_and_countries_jieba_does_not_tag():
    assert places.named("今年上半年，中国汽车整车出口量达到234万辆") == ("中国",)
    assert "昭通" in places.named("昭通上半年GDP是多少？")
    assert places.named("广州上半年GDP增长5%，深圳增长6%") == ("广州", "深圳")
    assert places.named("大豆种植面积不低于11万亩,新建棚室800亩以上。") == ()
    assert places.named("柳河县县长王建国说") == ("柳河县",)


def test_a_district_jieba_cuts_from_its_level_is_read_whole():
    # jieba cuts 兖州|区托育: the gazetteer knows 兖州区, so it is one place
    assert places.places("济宁市兖州区托育服务机构有多少家？") == ("济宁市", "兖州区")
    # 区域 is a word of its own, not the level of 朝阳
    assert "朝阳区" not in places.places("朝阳区域经济")


def test_a_river_lake_or_mountain_is_not_an_administrative_place():
    assert places.natural_feature("长江") and places.natural_feature("洞庭湖") and places.natural_feature("黄河")
    # a city or province named like a river or mountain is a place (镇江, 佛山, 浙江)
    assert not places.natural_feature("镇江") and not places.natural_feature("佛山")
    assert not places.natural_feature("浙江") and not places.natural_feature("清河县")


def test_a_division_with_a_numeral_in_its_name_is_a_place():
    # 四川省, 三明市, 五常市 are divisions the gazetteer knows; 三区 and 两县 count, not places
    assert places.places("四川省成都市和三明市、五常市的数据") == ("四川省", "成都市", "三明市", "五常市")
    assert places.places("全市三区两县完成目标") == ()


def test_a_known_place_with_diqu_is_that_place_and_a_city_of_adjectives_is_none():
    # 香港地区 is 香港 (地区 is no district level); 美丽|城市 is no city jieba's two ns glue into one
    assert places.places("据了解，香港地区的最新订阅方案每月为78港币。") == ("香港",)
    assert places.places("在台湾地区，订阅方案每月为199新台币。") == ("台湾",)
    assert places.named("打造有韵味的美丽城市、幸福城市、韧性城市。") == ()


def test_a_postposition_glued_to_the_next_word_is_no_place():
    # jieba guesses 中占比 (ns) in 青股中占比: the noun's 中 and the word after it
    for text in ("港股中占比96%的散户", "在总人口中约有三成"):  # 中占比, 中约 (ns)
        assert places.places(text) == ()
    assert "中山" in places.places("去年到广东中山旅游的人")  # a dictionary's and the gazetteer's name stays


def test_a_housing_estate_is_a_kind_of_area_not_a_place():
    # 住宅小区, 老旧小区: what a report builds or renovates, no district beside the county it speaks of
    found = places.places("加快西城路网优化升级，完成某某湾一期等住宅小区建设，改造老旧小区12个。")
    assert "住宅小区" not in found and "老旧小区" not in found
    assert "朝阳区" in places.places("朝阳区新建小区3个")


def test_a_word_opening_with_a_level_noun_is_no_place_unless_the_gazetteer_knows_it():
    assert "城建" not in places.places("今年要加强城建管理。")
    assert "城关" in places.places("城关的街道变了样。")


def test_a_word_done_right_after_a_known_place_is_no_place():
    """东山上马的项目: 上马 is what was done in the place, not a second place."""
    assert places.places("去年辽源上马的项目有多少个？") == ("辽源",)
    assert places.places("辽源东丰的项目") == ("辽源", "东丰")
    assert "肇兴" in places.places("黎平县肇兴镇一客栈")  # its level follows: a town


def test_a_word_done_at_a_time_is_not_a_place():
    # jieba guesses some verbs places (上马); after a time word and before 的/了 they are what was done then
    assert "上马" not in places.places("甲县今年上马的项目有几个")
    assert "上马" not in places.places("去年上马了一批项目")


def test_a_county_name_that_is_also_an_ordinary_word_is_that_word_where_a_verb_stands():
    """要新建多少亩: after a modal or an adverb, or right before 多少/几, 新建 (a district of 南昌 and
    "newly built") builds; a county name with no ordinary sense (东丰) stays a place there."""
    assert places.places("北岭明年要新建多少座桥？") == ("北岭",)
    assert "新建" not in places.places("北岭县将新建3所学校")
    assert "新建" not in places.places("今年新建多少个停车场")
    assert "新建" not in places.places("北岭新建了几座桥")  # an aspect particle after it
    assert "东丰" in places.places("东丰多少个乡镇通了公交？")
    assert "新建" in places.places("新建区的停车场有多少个")  # not where a verb stands: the place
    assert "辽源" in places.places("要辽源多少钱")  # a city's name is never read so
