"""A figure whose sentence measures another indicator, another part or another period than the
one asked is no answer (session 42): made-up sentences, each reading through
figure_kind.disagreement, which the figure picker runs on every candidate figure."""

from __future__ import annotations

from assistant.answer import figure_kind, measure_words, wider_group
from assistant.query.question import analyse
from assistant.text import quantities


def _why(question: str, text: str, written: str) -> str:
    f = next(g for g in quantities.find_quantities(text) if g.text == written)
    return figure_kind.disagreement(analyse(question), text, f)


def test_an_english_net_income_is_not_a_revenue():
    text = "报告显示，青溪公司第二季度的总营收为120.5亿元，同比下滑2%；净利润为18.3亿元，同比增长4%。"
    assert _why("What was Qingxi's net income in the second quarter?", text, "120.5亿元")
    assert not _why("What was Qingxi's net income in the second quarter?", text, "18.3亿元")
    assert _why("What was Qingxi's revenue in the second quarter?", text, "18.3亿元")
    assert not _why("What was Qingxi's revenue in the second quarter?", text, "120.5亿元")


def test_english_families_read_only_the_english_word():
    assert measure_words.english_disagreement("How much profit did it make?", "营业收入") == \
        "it measures 营业收入, not the measure asked"
    assert not measure_words.english_disagreement("How many cars did it sell?", "营业收入")


def test_a_part_the_sentence_never_names_is_not_answered_by_the_whole():
    text = "今年5月，青溪汽车新能源汽车销量达到3120辆，同比增长12%。"
    assert _why("今年5月星河品牌单独卖出了多少辆车？", text, "3120辆")
    assert not _why("今年5月星河品牌单独卖出了多少辆车？", "今年5月，青溪汽车旗下星河品牌销量达到3120辆。", "3120辆")
    assert _why("青溪公司第二季度Lumo业务营收是多少？", "青溪公司第二季度的单季度营收为52亿元。", "52亿元")
    assert not _why("青溪公司第二季度Lumo业务营收是多少？", "青溪公司第二季度Lumo业务的营收为12亿元。", "12亿元")


def test_a_named_market_is_a_part():
    q = analyse("2022年第四季度青溪电子在OLED面板市场的份额是多少？")
    assert wider_group._part_names(q) == [["面板", "OLED"]]
    assert _why("2022年第四季度青溪电子在OLED面板市场的份额是多少？", "而青溪电子以18.5%的市场份额位居第三。", "18.5%")


def test_generic_words_name_no_part():
    assert wider_group._part_names(analyse("青溪公司主营业务收入是多少？")) == []
    assert wider_group._part_names(analyse("青溪公司海外市场的销量是多少？")) == []


def test_home_and_abroad_asked_together_is_not_one_side():
    text = "今年一季度，青溪景区接待境外游客2.4万人次，同比增长30%。"
    assert _why("How many domestic and foreign tourists did Qingxi receive in the first quarter?", text, "2.4万人次")
    assert _why("今年一季度青溪景区共接待国内外游客多少人次？", text, "2.4万人次")
    whole = "今年一季度，青溪景区共接待国内外游客320万人次。"
    assert not _why("今年一季度青溪景区共接待国内外游客多少人次？", whole, "320万人次")


def test_a_sum_named_by_what_it_is_of():
    text = "1—5月，青溪企业在东盟国家非金融类直接投资12.4亿元，同比增长8.1%。"
    assert _why("1—5月，青溪企业在东盟国家承包工程的新签合同额同比增长了多少？", text, "8.1%")
    ok = "1—5月，青溪企业在东盟国家新签承包工程合同额30亿元，同比增长8.1%。"
    assert not _why("1—5月，青溪企业在东盟国家承包工程的新签合同额同比增长了多少？", ok, "8.1%")
    assert not _why("青溪市今年的营业额是多少？", "青溪市今年实现营收40亿元。", "40亿元")  # another spelling


def test_no_sum_where_e_begins_a_word_or_follows_an_adverb():
    """额度, 额外 begin a word (the characters before 额 are other words of the question), and 绝对额 is
    how a sum is reckoned, not what it is of: no such question asks the sentence to write them."""
    text = "青溪县今年将清理闲置厂房面积5万平方米以上，回收闲置资金2亿元以上。"
    assert not _why("回收闲置资金，县里设定的额度起码要到多大？", text, "2亿元以上")
    assert not _why("青溪县回收闲置资金，按绝对额算有多大规模？", text, "2亿元以上")
    assert measure_words.named_sum_disagreement("青溪县新签合同额是多少？", text)  # 合同额: a sum of contracts


def test_money_for_another_purpose():
    text = "同时还投入道路硬化奖励资金80万元，建成道路12公里。"
    assert _why("青溪镇为改良茶树品种投入了多少资金？", text, "80万元")
    assert not _why("青溪镇为改良茶树品种投入了多少资金？", "同时还投入茶树品种改良资金80万元。", "80万元")
    assert not _why("青溪镇为改良茶树品种投入了多少资金？", "为改良茶树品种，青溪镇共投入资金80万元。", "80万元")


def test_last_years_same_period_is_not_this_periods_figure():
    text = "报告显示，该公司在此期间的游戏营收为337亿元，相比上一季度下降了2.9%。"
    assert _why("青溪游戏去年同一季度的营收是多少？", text, "337亿元")
    assert not _why("青溪游戏去年同一季度的营收是多少？", "去年同期该公司的游戏营收为310亿元。", "310亿元")
    assert not _why("青溪游戏的营收与去年同期相比增长了多少？", "该公司游戏营收为337亿元，同比增长2.9%。", "2.9%")


def test_a_noun_narrowing_the_kind_asked_must_be_written():
    text = "截至6月底，全省机动车保有量达到820万辆，其中汽车达到610万辆。"
    assert _why("截至6月底，全省纯电动汽车保有量是多少？", text, "610万辆")
    assert not _why("截至6月底，全省纯电动汽车保有量是多少？", "截至6月底，全省纯电动汽车保有量达到61万辆。", "61万辆")
    assert _why("截至6月底，全省新能源汽车保有量是多少？", text, "610万辆") == "the sentence does not name 新能源"
    # written shortened right before the narrowing word: 混动 of 混合动力
    assert not _why("今年青溪对混合动力汽车的税率降到了多少？", "今年，青溪对混动汽车的税率已降至12%。", "12%")


def test_an_english_stock_is_not_a_flow():
    text = "前5个月，青溪社会融资规模增量累计为3.2万亿元，比上年同期多210亿元。"
    assert _why("What was the outstanding stock of Qingxi's social financing at the end of May?", text, "3.2万亿元")
    assert not _why("What was the outstanding stock of Qingxi's social financing at the end of May?",
                    "5月末，青溪社会融资规模存量为65.1万亿元。", "65.1万亿元")
