"""Chinese figure phrases read on made-up sentences (session 41): 这几年's 几 asks nothing, a condition's
后 glued to a modal names nothing, 与上月相比 asks 环比, a run of bare changes measures what the clause
before the run names, a unit before 的 names no sibling, 欧拉品牌的车 is 车 of a brand, and a wider group's
figure (全球, 本土, both sexes) does not answer a narrower one."""

from __future__ import annotations

from assistant.answer import counted_kind, figure_kind, qualifiers, wider_group
from assistant.answer.measure_nature import asked_bases
from assistant.query.question import analyse
from assistant.text.indicators import clause_named_before
from assistant.text.sentences import split_clauses
from support import figure_named, figure_picks as _picks


def test_a_few_years_is_no_asking_word():
    q = analyse("这几年青溪市每年的财政收入都超过了多少？")
    assert q.unit == "" and q.head != "每年"
    assert analyse("青溪市建了几个公园？").unit == "个"  # 几 that asks still gives its unit
    picks = _picks("这几年每年青溪市场的交易金额都超过了多少？", "近年来，每年青溪市场交易3000单左右，交易金额均超过1.5万亿元。")
    assert picks["1.5万亿元"].score > picks["3000"].score


def test_a_condition_glued_to_a_modal_is_no_topic_word():
    q = analyse("青溪显示器的刷新率超频后能达到多少？")
    assert "后能" not in q.terms and q.head == "超频"
    picks = _picks("青溪显示器的刷新率超频后能达到多少？", "青溪显示器的刷新率为165Hz，可超频至180Hz。")
    assert picks["180Hz"].score > picks["165Hz"].score


def test_a_change_against_the_month_before_asks_month_on_month():
    assert asked_bases("与6月相比，7月青溪汽车销量变化了多少？") == ["环比"]
    assert asked_bases("与上月相比，青溪汽车销量增长了多少？") == ["环比"]
    assert asked_bases("7月青溪汽车销量比去年同期增长多少？") == ["同比"]
    assert asked_bases("与3月相比，7月青溪汽车销量变化了多少？") == []  # not the month before
    assert analyse("与6月相比，7月青溪汽车销量变化了多少？").change
    q = analyse("与6月相比，7月青溪汽车销量变化了多少？")
    text = "7月，青溪汽车共售出17.3万辆，同比下降5%，环比下降8%。"
    assert figure_kind.disagreement(q, text, figure_named(text, "5%"))
    assert figure_kind.disagreement(q, text, figure_named(text, "8%")) == ""


def test_a_run_of_bare_changes_measures_what_the_clause_before_names():
    text = "青溪汽车共售出17.3万辆，同比下降5%，环比下降8%。"
    clauses = split_clauses(text)
    at = text.index("环比")
    assert clause_named_before(clauses, text, at, at + 4) == clauses[0]
    at = text.index("同比")
    assert clause_named_before(clauses, text, at, at + 4) == clauses[0]


def test_a_clause_of_a_total_word_and_its_figure_measures_what_the_clause_before_names():
    for text, word in (("召回青溪牌汽车，共计672辆。", "共计"), ("青溪县今年新建学校和医院，合计5所。", "合计")):
        clauses = split_clauses(text)
        at = text.index(word)
        assert clause_named_before(clauses, text, at, at + len(word)) == clauses[0]
    text = "青溪县新建学校3所，投资5000万元。"  # 投资 names its own measure: nothing borrowed
    clauses = split_clauses(text)
    at = text.index("投资")
    assert clause_named_before(clauses, text, at, at + 2) is None


def test_a_unit_before_de_names_no_sibling():
    assert qualifiers.siblings("副屏是一个12英寸的彩色墨水面板，刷新率为12Hz。", "笔记本", "的彩色", "这款笔记本的彩色墨水副屏刷新率是多少？") == []
    assert qualifiers.siblings("平板的彩色墨水面板刷新率为12Hz。", "笔记本", "的彩色", "这款笔记本的彩色墨水副屏刷新率是多少？") == ["平板"]


def test_a_brand_modifying_the_kind_counted_is_no_other_kind():
    q = analyse("青溪汽车7月份卖出了多少辆欧拉品牌的车？")
    text = "新能源车型销售28920辆，其中欧拉品牌销售10116辆。"
    assert counted_kind.counted_disagreement(q, text, figure_named(text, "10116辆")) == ""


def test_a_world_or_home_figure_does_not_answer_a_market_asked():
    q = analyse("青溪汽车第二季度在中国市场卖出了多少辆车？")
    for text, figure in (("青溪汽车全球销量达到80万辆。", "80万辆"), ("在本土市场，销量达到15816辆。", "15816辆"),
                         ("在海外市场，销量达到65万辆。", "65万辆")):
        assert wider_group.disagreement(q, text, figure_named(text, figure)), text
    text = "青溪汽车全球销量80万辆，其中中国市场销量12万辆。"
    assert wider_group.disagreement(q, text, figure_named(text, "12万辆")) == ""
    assert wider_group.disagreement(q, text, figure_named(text, "80万辆"))
    # the world after 占 is the whole of a share; a question asking the world is not read
    share = "中国新能源乘用车占全球市场的60%。"
    assert wider_group.disagreement(analyse("中国新能源乘用车在中国市场占多大份额？"), share, figure_named(share, "60%")) == ""
    assert wider_group.disagreement(analyse("青溪汽车全球销量是多少？"), "青溪汽车全球销量达到80万辆。",
                                    figure_named("青溪汽车全球销量达到80万辆。", "80万辆")) == ""


def test_both_sexes_together_do_not_answer_one():
    q = analyse("青溪男性成年人的幸福指数是多少分？")
    text = "青溪成年人的幸福指数为6.68分。"
    assert wider_group.disagreement(q, text, figure_named(text, "6.68分"))
    text = "青溪男性成年人的幸福指数为6.1分。"
    assert wider_group.disagreement(q, text, figure_named(text, "6.1分")) == ""
    assert wider_group.disagreement(analyse("青溪成年人的幸福指数是多少分？"), text, figure_named(text, "6.1分")) == ""
    # a sex in the clause that frames the event, not in the one asking, narrows no group
    text = "对王某处以罚款500元的行政处罚。"
    assert wider_group.disagreement(analyse("青溪女生拒买奶茶被辱骂一事中，王某被处以多少罚款？"), text, figure_named(text, "500元")) == ""


def test_a_question_writing_the_world_after_zhan_asks_of_it():
    q = analyse("青溪车企占全球市场的份额是多少？")
    text = "预测青溪车企在全球市场的份额将达到31%。"
    assert wider_group.disagreement(q, text, figure_named(text, "31%")) == ""


def test_a_share_the_text_marks_with_zhan_is_next_to_a_share_asked():
    question = "青溪新能源汽车在全省汽车市场占多大份额？"
    text = "今年上半年，青溪新能源汽车占全省汽车市场的60%，同比增长12%。"
    picks = _picks(question, text)
    assert picks["60%"].factors["adjacent"] == 1.0 and picks["60%"].factors["relevant"] == 1.0
    assert picks["60%"].score > picks["12%"].score
    # a level asked is no share
    assert not figure_kind.share_as_asked(analyse("青溪新能源汽车销量是多少？"), text, figure_named(text, "60%"))


def test_a_share_asked_without_the_verb_zhan_is_read_by_its_words():
    # 市场份额是多少 names no 占: whose share it is stays with the words before each figure
    text = "青溪处理器销量3385颗，占据了市场份额的75.98%，而川北处理器的市场份额为24.02%。"
    picks = _picks("川北处理器的市场份额是多少？", text)
    assert picks["75.98%"].factors["adjacent"] == 0.0
    text = "青溪用户比例达到了1.96%，川北用户占1.84%。"  # 占比 is a noun: the question asks with no verb 占
    assert not figure_kind.share_as_asked(analyse("青溪用户占比是多少？"), text, figure_named(text, "1.84%"))
    assert figure_kind.share_as_asked(analyse("川北用户占多大份额？"), text, figure_named(text, "1.84%"))


def test_a_world_word_opening_a_name_names_no_market():
    text = "用好中国东北亚博览会、全球吉商大会等平台,力争承接产业项目200个。"
    q = analyse("长春力争承接多少个产业项目？")
    assert q.places
    assert wider_group.disagreement(q, text, figure_named(text, "200个")) == ""
    world = "青溪汽车全球销量比去年增长了10.1%，达到了80万辆。"
    assert wider_group.disagreement(analyse("青溪汽车在中国市场卖出了多少辆车？"), world, figure_named(world, "80万辆"))


def test_a_figure_given_to_another_party_does_not_answer():
    """给X送去了多少份: the clause giving the figure to another party (向来往游客赠送) answers nothing; one
    giving it to the party asked in other words (送到了…青溪保洁员手中) may."""
    q = analyse("青溪乳业给青溪保洁员送去了多少箱牛奶？")
    text = "在湖畔广场的展台，青溪乳业向来往游客免费赠送上千箱牛奶，为市民解暑。"
    assert wider_group.disagreement(q, text, figure_named(text, "上千箱"))
    text = "当天，青溪乳业还将300箱牛奶送到了一线劳动者——青溪保洁员手中。"
    assert wider_group.disagreement(q, text, figure_named(text, "300箱")) == ""
    text = "青溪乳业共发放给社区保洁员牛奶200箱。"  # 保洁员 is written: the party asked
    assert wider_group.disagreement(q, text, figure_named(text, "200箱")) == ""
    text = "青溪乳业共售出牛奶5000箱。"  # no party written: not read
    assert wider_group.disagreement(q, text, figure_named(text, "5000箱")) == ""
    # a question naming no party, or asking who received, reads none
    assert wider_group.disagreement(analyse("青溪乳业送出了多少箱牛奶？"), "青溪乳业向来往游客赠送300箱牛奶。",
                                    figure_named("青溪乳业向来往游客赠送300箱牛奶。", "300箱")) == ""
    assert wider_group.recipients("为什么要向他们发放补贴？") == ["他们"]
    assert wider_group.recipients("他认为企业提供了帮助。") == []  # 认为 is no 为

