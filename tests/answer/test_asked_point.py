"""The point asked on a scale or in time (answer/asked_point.py, answer/asked_slot.py) on made-up sentences: a place
in a ranking, a crossing of a threshold, a peak, and the event a date question asks."""

from __future__ import annotations

from assistant.answer import asked_point, asked_slot, subject
from assistant.query.question import analyse
from assistant.records import Chunk
from assistant.text import ordinals


def _why(question: str, text: str):
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return subject.disagreement(analyse(question), chunk, 0, len(text))


def test_ranks_are_read_apart_from_series_and_periods():
    assert ordinals.ranks("甲软件排名第二，占比8%") == {2}
    assert ordinals.ranks("乙市位居全省第三") == {3}
    assert ordinals.ranks("丙公司位居榜首") == {1}
    assert ordinals.ranks("全球第四大市场") == {4}
    assert ordinals.ranks("第二批名单") == set() and ordinals.ranks("第二季度营收") == set()
    assert ordinals.ranks("排名前三的品牌") == set()


def test_another_place_in_the_ranking_is_not_the_one_asked():
    q = "某下载榜单中排名第二的浏览器是哪个？"
    found = _why(q, "在某下载榜单中，青松浏览器排名第一，占比31.5%。")
    assert found is not None and found.kind == "rank"
    assert _why(q, "白桦浏览器排名第二，占比12.4%。") is None
    assert _why(q, "白桦浏览器紧随其后，占比12.4%。") is None  # states no place of its own
    # a claim stating another place is the claim check's to refute, not a sentence about something else
    assert asked_point.rank_disagreement(analyse("青松浏览器在某下载榜单中排名第二。"), "青松浏览器排名第一。") is None


def test_a_fall_below_a_threshold_is_not_the_rise_asked():
    q = "清水河最早是在哪个水文站开始超过警戒水位的？"
    found = _why(q, "截至9月3日，清水河下游石门站水位退至45.2米，低于警戒水位0.2米，全线退至警戒水位以下。")
    assert found is not None and found.kind == "point"
    assert _why(q, "9月1日8时，清水河上游石门站开始超警。") is None
    assert _why(q, "9月1日8时，清水河石门站水位超过警戒水位0.3米。") is None
    assert asked_point.crossing_disagreement(analyse("哪个站的水位跌破了保证水位？"), "水位超过保证水位0.5米。") is not None


def test_a_level_while_falling_is_not_the_peak():
    q = analyse("石门站这次出现的最高水位是多少米？")
    found = asked_point.extreme_disagreement(q, "石门站水位退至45.2米，低于警戒水位0.2米。")
    assert found is not None and found.kind == "point"
    assert asked_point.extreme_disagreement(q, "石门站洪峰水位47.1米，超过警戒水位1.7米。") is None
    assert asked_point.extreme_disagreement(q, "石门站水位一度涨至47.1米，随后退至45.2米。") is None
    assert _why("石门站这次出现的最高水位是多少米？", "石门站水位退至45.2米，低于警戒水位0.2米。") is not None
    # the lowest asked: a level reached while falling is the answer, one reached while rising is not
    low = "这款冰箱的价格最低可以降到多少？"
    assert _why(low, "这款冰箱目前售价为5999元，最低可降至5499元。") is None
    assert asked_point.extreme_disagreement(analyse("今年股价最低是多少元？"), "股价随后回升至12.5元。") is not None


def test_a_date_of_another_event_does_not_date_the_one_asked():
    q = "某市第二届街舞大赛将在哪天决出冠军？"
    found = _why(q, "7月2日上午，某市第二届街舞大赛决赛阶段开幕式在市体育中心举行。")
    assert found is not None and found.kind == "asked kind"
    assert _why(q, "某市第二届街舞大赛将持续到7月20日，在7月20日决出最终的冠军。") is None
    launch = "某探测卫星计划在哪一年发射？"
    assert _why(launch, "张工自2001年起参与该卫星项目，2015年起成为项目负责人。") is not None
    assert _why(launch, "该卫星计划于2026年升空。") is None  # another word for the same event
    opening = "市美术馆新馆预计什么时候正式对外开放？"
    assert _why(opening, "因布展需要，自6月1日起，老馆的书画厅将进行闭馆调整。") is not None
    assert _why(opening, "新馆预计于明年5月正式对外开放。") is None
    # a date standing alone dates the rest of its sentence
    assert _why("那部情景剧是在哪天晚上推出的？", "6月4日晚，景区迎来再升级，推出情景剧《江上月》。") is None


def test_a_launch_in_another_market_does_not_date_the_domestic_one():
    q = "国产版某新车预计什么时候在国内正式上市？"
    assert _why(q, "新车今年夏季在海外工厂投产，10月份全球陆续上市，国产版将于明年1月投产。") is not None
    assert _why(q, "国产版新车将于明年3月在国内上市。") is None
    assert asked_slot.dates_other_events(analyse("新车什么时候在全球上市？"), "新车10月份全球陆续上市。") == ""


def test_a_reopening_or_a_release_of_pictures_does_not_date_the_opening_or_the_launch():
    opening = "市美术馆新馆预计什么时候正式对外开放？"
    assert _why(opening, "5月9日起，老馆将闭馆进行展厅调整，预计于2024年年底前重新开放。") is not None
    assert asked_slot.dates_other_events(analyse("市美术馆什么时候重新开放？"), "预计于2024年年底前重新开放。") == ""
    launch = "某新车预计什么时候在国内正式上市？"
    assert _why(launch, "某公司于6月8日正式发布了某新车的官方图片。") is not None
    assert _why(launch, "某新车将于6月8日正式发售。") is None


def test_the_end_of_a_span_is_not_its_start():
    opening = "市美术馆新馆预计什么时候正式对外开放？"
    assert _why(opening, "公告同时表示，老馆的书画厅将开放至10月8日。") is not None
    assert asked_slot.dates_other_events(analyse("市美术馆书画厅将开放到什么时候？"), "书画厅将开放至10月8日。") == ""
