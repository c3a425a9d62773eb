"""An amount added (answer/increments.py): 新增X answers 增加多少 and 增加X answers 新增了多少,
on made-up sentences; a rate, a level reached and the indicator 增加值 are no increments."""

from __future__ import annotations

from assistant.answer import figure_kind, figures, increments
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk
from support import figure_named


def _why(question: str, text: str, written: str) -> str:
    return figure_kind.disagreement(analyse(question), text, figure_named(text, written))


def test_an_increment_is_asked_by_either_verb():
    assert increments.asked(analyse("青溪市今年要再增加多少个停车泊位？"))
    assert increments.asked(analyse("青溪市7月人民币贷款新增了多少？"))
    assert not increments.asked(analyse("青溪市工业增加值是多少？"))  # an indicator
    assert not increments.asked(analyse("青溪市用户数增加到多少？"))  # the level reached
    assert not increments.asked(analyse("青溪市营收增加了百分之几？"))  # a rate


def test_an_increment_is_stated_before_an_absolute_figure():
    text = "年内新增风电装机容量15万千瓦，全力把绿电打造成招商利器。"
    assert increments.stated(text, figure_named(text, "15万千瓦"))
    text = "用户数增加到13万户，同比增长8%。"
    assert not increments.stated(text, figure_named(text, "13万户"))  # the level reached
    assert not increments.stated(text, figure_named(text, "8%"))  # a rate
    text = "规上工业增加值完成12.3亿元，增长12%。"
    assert not increments.stated(text, figure_named(text, "12.3亿元"))
    text = "新增固定泊位2000个，临时泊位1000个。"
    assert not increments.stated(text, figure_named(text, "1000个"))  # another clause says no 新增


def test_the_kind_check_lets_one_verb_answer_the_other():
    assert _why("青溪市今年计划增加多少个美丽乡村？", "新增省级美丽乡村60个、示范村12个。", "60个") == ""
    assert _why("青溪市7月人民币贷款新增了多少？", "其中7月份人民币贷款增加3459亿元。", "3459亿元") == ""
    # still vetoed: a level that is no increment, for a change asked
    assert _why("青溪市今年计划增加多少个美丽乡村？", "全市共有美丽乡村60个。", "60个") == "a level for a change"


def _pick(question: str, text: str, written: str) -> dict:
    chunk = Chunk(id="c1", source="made/c1.txt", title="青溪", subject="", article=0, start=0, end=len(text),
                  text=text, segments=((0, 0, len(text)),), raw=text)
    scored = Scored(Sentence(1, chunk, 0, len(text)), 1.0, 1.0, {})
    picks = figures.pick_figures(analyse(question), scored, lambda t: 2.0)
    return next(p.factors for p in picks if p.figure.text == written)


def test_a_head_word_is_found_in_its_paraphrase():
    # 涨 is not written in the clause; 增长93% is the change it asks
    factors = _pick("去年青溪区地方财政收入比上年涨了多少？", "地方级财政收入完成1.7亿元，增长93%。", "93%")
    assert factors["change"] == 1.0 and factors["relevant"] == 1.0
    factors = _pick("青溪市年内风电装机要再增加多少？", "年内新增风电装机容量15万千瓦。", "15万千瓦")
    assert factors["change"] == 1.0 and factors["relevant"] == 1.0
    # a level is no change: both factors still weigh it down
    factors = _pick("去年青溪区地方财政收入比上年涨了多少？", "地方级财政收入完成1.7亿元，增长93%。", "1.7亿元")
    assert factors["change"] == 0.5 and factors["relevant"] == 0.7


def test_a_comparison_asked_is_answered_by_a_change():
    text = "招商引资到位额57.828亿元，同比增长37.01%。"
    assert _why("青溪县去年到位的招商资金比前一年多了百分之几？", text, "37.01%") == ""
    # an adjective of a dimension compares too (比现款长了多少: 增加了45毫米)
    body = "新车车身长4700毫米，车身长度相比老款增加了40毫米。"
    assert _why("新车的车身比老款长了多少？", body, "40毫米") == ""
    assert _why("新车的车身比老款长多少？", body, "40毫米") == ""  # an adjective before 多少 compares too
    # with no comparison asked, a change is still no level
    assert _why("青溪县去年社会消费品零售额是百分之几？", "社会消费品零售额增长28%。", "28%") == "a change for a level"


def test_the_asking_phrase_百分之几_is_no_topic_word():
    assert "百分之" not in analyse("青溪县去年到位资金比前一年多了百分之几？").terms


def test_one_increment_word_governs_the_list_after_it():
    # 新增 X数、Y数: the list's later item is added too
    text = "力争新增公园绿地3处、口袋公园12个，着力解决群众休闲难题。"
    assert increments.stated(text, figure_named(text, "12个"))
    assert _why("青溪市今年口袋公园要增加多少？", text, "12个") == ""
    # an item with its own verb is not the increment's; nor one after a list item with no figure
    text = "新增公园3个、建成绿地12万平方米。"
    assert not increments.stated(text, figure_named(text, "12万平方米"))
    text = "改造道路、绿地、广场20处。"
    assert not increments.stated(text, figure_named(text, "20处"))


def test_a_stock_does_not_answer_an_amount_added():
    q = "报告里今年光伏装机要新增多少？"
    assert _why(q, "星河电站总装机容量2130兆瓦，其中，光伏装机容量850兆瓦。", "850兆瓦") != ""
    assert _why(q, "年内新增光伏装机容量850兆瓦。", "850兆瓦") == ""  # added, in a stock's words
    assert _why("星河电站光伏装机容量是多少？", "其中，光伏装机容量850兆瓦。", "850兆瓦") == ""  # a stock asked
