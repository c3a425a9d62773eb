"""A question asking which members of a kind (哪项, 哪几条, 哪些) against a sentence that only counts them
(thing_asked.only_counted, read by asked_names.name_disagreement). Made-up sentences."""

from __future__ import annotations

from assistant.answer import subject
from assistant.answer.thing_asked import member_asked, only_counted, premise_count_only
from assistant.query.question import analyse
from assistant.records import Chunk


def _why(question: str, text: str):
    chunk = Chunk(id="c1", source="made/c1.txt", title="", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    return subject.disagreement(analyse(question), chunk, 0, len(text))


def test_members_asked():
    assert member_asked(analyse("青溪镇今年修通了哪几条绿道？")) == ("条", "绿道")
    assert member_asked(analyse("展会上哪项工艺拿到了金奖？")) == ("项", "工艺")
    assert member_asked(analyse("哪些企业入选了名单？")) == ("", "企业")
    assert member_asked(analyse("青溪镇今年修通了多少条绿道？")) == ("", "")  # how many, not which


def test_a_count_names_no_member():
    q = analyse("青溪镇今年修通了哪几条绿道？")
    assert only_counted(q, "今年青溪镇新修通5条绿道，方便群众出行。") == "5条"
    assert only_counted(analyse("展会上哪项工艺拿到了金奖？"), "来自某研究院的16项传统工艺集中亮相") == "16项"
    assert only_counted(analyse("哪些企业入选了名单？"), "全市共有12家企业入选") == "12家企业"
    assert _why("展会上哪项工艺拿到了金奖？", "来自某研究院的16项传统工艺集中亮相") is not None


def test_members_written_beside_the_count():
    q = analyse("青溪镇今年修通了哪几条绿道？")
    assert only_counted(q, "今年新修通5条绿道，分别是东岸道、西岸道、南山道、北山道和溪口道") == ""  # set out after it
    assert only_counted(q, "东岸道、西岸道等5条绿道今年修通") == ""  # listed before it
    assert only_counted(analyse("哪些企业入选了名单？"), "甲公司是入选的12家企业之一") == ""  # one of them named
    assert only_counted(analyse("展会上哪项工艺拿到了金奖？"), "16项工艺参展，“云纹漆”获金奖") == ""  # a quoted name
    assert only_counted(analyse("展会上哪项工艺拿到了金奖？"), "16项工艺参展，蓝染工艺拿到金奖") == ""  # the kind with a name
    assert only_counted(analyse("哪家企业排名第一？"), "5家企业上榜，乙厂排名第一") == ""  # a clause writing the predicate


def test_no_count_of_the_kind_asked():
    assert only_counted(analyse("这是第几条线路？"), "这是第5条线路") == ""  # no member asked
    assert only_counted(analyse("哪条绿道最长？"), "第5条绿道最长") == ""  # an ordinal names one
    assert only_counted(analyse("哪个城市人口最多？"), "青州是全省11个城市中人口最多的") == ""  # 中: not a count here
    assert only_counted(analyse("哪个城市人口最多？"), "去年3月青州人口最多") == ""  # a month counts nothing


def test_a_numbered_name_where_the_question_asks():
    # 省里哪一项制度: 省里三项制度 is a name holding a count, the one asked
    assert only_counted(analyse("报告要求落实省里哪一项制度？"), "严格落实省里三项制度") == ""
    assert only_counted(analyse("报告要求落实哪一项制度？"), "今年出台三项制度") == "三项"


def test_a_count_asked_reads_the_lead():
    # 哪三个方面: the lead counting them (要在三个方面用力：) opens the lines naming them
    assert member_asked(analyse("他说全镇要在哪三个方面用力？")) == ("", "")


def test_the_premise_count_again_names_no_member():
    asked = "镇里新添的20辆环卫车，会分到哪几个社区？"
    q = analyse(asked)
    assert premise_count_only(q, "更新环卫设备,添置环卫车20辆") == "20辆"
    assert _why(asked, "更新环卫设备,添置环卫车20辆") is not None
    assert premise_count_only(q, "为东坪社区、西坪社区添置环卫车20辆") == ""  # the communities named
    assert premise_count_only(q, "20辆环卫车分到各社区") == ""  # the kind written
    assert premise_count_only(q, "20辆环卫车将分到河谷沿线") == ""  # a word of the asking clause (分到)
    assert premise_count_only(analyse("添置环卫车20辆的是哪几个社区？"), "添置环卫车20辆") == ""  # no premise clause
