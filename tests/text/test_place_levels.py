"""The administrative levels a sentence speaks of (text/places.py levels_mentioned): a level owning the chance or
the plan its subject seizes or joins (紧抓我省…新机遇) is not one, as a ranking against a level (领跑全市) is not."""

from assistant.text import places


def test_a_level_seized_or_joined_is_not_spoken_of():
    assert places.levels_mentioned("紧抓投资我省构建新格局新机遇,调整产业发展规划,培育新质生产力。") == set()
    assert places.levels_mentioned("主动融入全省发展大局,加快建设青河新城。") == set()
    assert places.levels_mentioned("增速领跑全市。") == set()
    # the level as the sentence's own subject or scope is still spoken of
    assert places.levels_mentioned("全省新增就业3万人。") == {"省"}
    assert places.levels_mentioned("紧抓机遇,我省新增就业3万人。") == {"省"}


def test_a_divisions_own_level_word():
    from assistant.text import adcodes

    # an autonomous region's texts say 全区 of the region itself, a municipality's 全市 of itself
    assert adcodes.own_levels("宁夏") == {"区"} and adcodes.own_levels("广西壮族自治区") == {"区"}
    assert adcodes.own_levels("北京") == {"市"}
    # a name written with its form is that division only (吉林省, not 吉林市)
    assert adcodes.own_levels("吉林省") == {"省"} and adcodes.own_levels("吉林") == {"省", "市"}


def test_the_regions_own_level_word_agrees_with_the_region_asked():
    from dataclasses import replace

    from support import made_chunk

    from assistant.answer import subject
    from assistant.query.question import analyse

    text = "全区今年新建社区服务站120个。"
    asked = analyse("今年新建社区服务站多少个？")
    region = made_chunk(text, title="宁夏回族自治区", subject="宁夏回族自治区")
    assert subject.disagreement(replace(asked, places=("宁夏",)), region, 0, len(text)) is None
    # in a province's article 全区 is still one of its districts
    province = made_chunk(text, title="江苏省", subject="江苏省")
    assert subject.disagreement(replace(asked, places=("江苏",)), province, 0, len(text)).found == "全区"
