"""The figure must be the kind and the indicator the question asks for (answer/figure_kind.py),
on made-up sentences, and its hook in the rules path: a figure of another kind or indicator
is never the answer, the next one is tried, else the answer abstains."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import extractive, figure_kind, indicator_match, rates
from assistant.query.question import analyse
from assistant.records import Chunk, Hit
from assistant.text import quantities, respectively
from support import figure_named


def _why(question: str, text: str, written: str) -> str:
    return figure_kind.disagreement(analyse(question), text, figure_named(text, written))


def _chunk(text: str, cid: str = "c1", title: str = "青溪新闻") -> Chunk:
    return Chunk(id=cid, source=f"made/{cid}.txt", title=title, subject="", article=0, start=0, end=len(text),
                 text=text, segments=((0, 0, len(text)),), raw=text)


def _answer(question: str, *texts: str) -> str | None:
    hits = [Hit(_chunk(t, f"c{i}"), 1.0 - i / 10, i + 1, i + 1, 0.9) for i, t in enumerate(texts)]
    made = extractive.draft_answer(analyse(question), hits, lambda t: 2.0)
    if made is None or made.support < 0.05:
        return None
    part = made.parts[0]
    return part.sentence.chunk.text[part.a : part.b]


def test_the_kind_a_question_asks_for():
    assert figure_kind.wanted(analyse("青溪市平板电脑出货量是多少万台？")) == "level"
    assert figure_kind.wanted(analyse("青溪市平板电脑出货量同比增长多少？")) == "change"
    assert figure_kind.wanted(analyse("青溪市工业增加值是多少？")) == "level"  # an indicator, not a change
    assert figure_kind.wanted(analyse("青溪市粮食产量提高到多少万吨？")) == "level"
    assert figure_kind.wanted(analyse("新能源汽车占全市汽车销量的比重是多少？")) == "share"
    assert figure_kind.wanted(analyse("青溪市地区生产总值在全省排名第几？")) == "rank"
    assert figure_kind.wanted(analyse("青溪动物园占地面积是多少？")) == "level"  # 占地 is no share
    assert figure_kind.wanted(analyse("How much did tablet shipments grow in Qingxi?")) == "change"


@pytest.mark.parametrize("question", [
    "How much did Liuan Cloud's revenue expand last year?",
    "What was the expansion of Baisha port's throughput in 2023?",
    "How much did Redstone Foods' exports shrink in the first half?",
    "How much did Redstone Foods' shipments climb in May?",
    "How much did Liuan Motors' sales jump in July?",
    "How much did the Baisha index surge on Monday?",
    "How much did Liuan tea prices soar this spring?",
    "How much did Redstone Foods' profit plunge in the third quarter?",
    "How much did Baisha's home sales slump last year?",
    "How much did the number of Liuan's rural schools decrease?",
])
def test_more_english_change_verbs_ask_a_change(question):
    assert figure_kind.wanted(analyse(question)) == figure_kind.CHANGE


def test_an_english_change_verb_before_to_asks_the_level_reached():
    # climb to, jump to: the level reached, as 提高到多少 asks; a question naming no change asks a level
    assert figure_kind.wanted(analyse("What did Baisha port's throughput climb to in 2023?")) == figure_kind.LEVEL
    assert figure_kind.wanted(analyse("How many tons did Liuan's grain output jump to?")) == figure_kind.LEVEL
    assert figure_kind.wanted(analyse("How much revenue did Liuan Cloud earn last year?")) == figure_kind.LEVEL


def test_the_kind_of_a_figure_in_a_text():
    text = "出货量2830万台，同比下降29.9%，占全球市场的35.2%，排名第3位，营收增长8.5%至120亿元，新增就业3000人。"
    kinds = {f.text: figure_kind.kind_of(text, f) for f in quantities.find_quantities(text)}
    assert kinds == {"2830万台": "level", "29.9%": "change", "35.2%": "share", "3位": "rank", "8.5%": "change",
                     "120亿元": "level", "3000人": "level"}
    assert figure_kind.kind_of("规上工业增加值完成12.3亿元", figure_named("规上工业增加值完成12.3亿元", "12.3亿元")) == "level"
    assert figure_kind.kind_of("城镇化率达到61.5%", figure_named("城镇化率达到61.5%", "61.5%")) == "level"
    assert figure_kind.kind_of("比重提高2个百分点", figure_named("比重提高2个百分点", "2个百分点")) == "change"


OUTPUT = "青溪市平板电脑出货量2830万台，同比下降29.9%。"
SHARE = "新能源汽车销量50万辆，占全市汽车销量的30.5%。"
RANK = "地区生产总值达到5000亿元，在全省排名第3位。"
EXPORTS = "全年汽车出口额405亿美元，出口汽车214万辆。"


@pytest.mark.parametrize("question,text,figure,disagrees", [
    # a level is not answered by a change or a share
    ("青溪市平板电脑出货量是多少？", OUTPUT, "29.9%", True),
    ("青溪市平板电脑出货量是多少？", OUTPUT, "2830万台", False),
    ("新能源汽车销量是多少？", SHARE, "30.5%", True),
    ("新能源汽车占全市汽车销量的比重是多少？", SHARE, "30.5%", False),
    ("新能源汽车占全市汽车销量的比重是多少？", SHARE, "50万辆", True),
    # a change is not answered by a level, nor a rank by an amount
    ("青溪市平板电脑出货量同比下降多少？", OUTPUT, "2830万台", True),
    ("青溪市平板电脑出货量同比下降多少？", OUTPUT, "29.9%", False),
    ("青溪市地区生产总值在全省排名第几？", RANK, "5000亿元", True),
    ("青溪市地区生产总值在全省排名第几？", RANK, "3位", False),
    ("青溪市地区生产总值是多少？", RANK, "3位", True),
    # a unit the question states of another kind than the figure's
    ("全年出口汽车多少辆？", EXPORTS, "405亿美元", True),
    ("全年汽车出口额是多少亿美元？", EXPORTS, "214万辆", True),
    ("全年汽车出口额是多少亿美元？", EXPORTS, "405亿美元", False),
])
def test_a_figure_of_another_kind_than_asked_disagrees(question, text, figure, disagrees):
    assert bool(_why(question, text, figure)) == disagrees


def test_another_measure_word_is_another_indicator():
    text = "7月青溪市汽车产量12万辆，销量11.8万辆。"
    assert _why("7月青溪市汽车销量是多少？", text, "12万辆")
    assert not _why("7月青溪市汽车销量是多少？", text, "11.8万辆")
    text = "上半年汽车出口量21万辆；出口额40亿美元。"
    assert _why("上半年汽车出口额是多少？", text, "21万辆")
    assert not _why("上半年汽车出口额是多少？", text, "40亿美元")
    # a longer or shorter spelling of the same measure agrees (粮食总产量 / 粮食产量; 地区生产总值 / GDP)
    assert not _why("青溪市粮食产量是多少？", "全市粮食总产量60万吨。", "60万吨")
    assert not _why("青溪市GDP增长多少？", "全市地区生产总值增长6%。", "6%")
    # 高质量 ends like a measure and is none: the 签约额 of a 高质量发展大会 is what is asked
    assert not _why("青溪高质量发展大会的签约额是多少？", "青溪高质量发展大会签约额达160亿元。", "160亿元")


def test_a_figure_whose_clause_names_something_else_disagrees():
    text = "青溪公司平板出货量同比增长8%，其中小米同比增长41.6%。"
    assert _why("青溪公司平板出货量同比增长多少？", text, "41.6%")
    assert not _why("青溪公司平板出货量同比增长多少？", text, "8%")


def test_the_rules_path_takes_the_figure_of_the_kind_asked_or_abstains():
    text = "青溪市平板电脑出货量同比下降29.9%，总量为2830万台。"
    found = _answer("青溪市平板电脑出货量是多少万台？", text)
    assert found is not None and "2830万台" in found
    found = _answer("青溪市平板电脑出货量同比下降多少？", text)
    assert found is not None and "29.9%" in found
    # only a change in the passages: a level asked is not answered with it
    assert _answer("青溪市平板电脑出货量是多少台？", "青溪市平板电脑出货量同比下降29.9%。") is None
    # the product's figure in the next sentence, not the other indicator of the first
    found = _answer("7月青溪市汽车销量是多少？", "7月青溪市汽车产量12万辆。", "7月青溪市汽车销量为11.8万辆。")
    assert found is not None and "11.8万辆" in found


def test_figures_after_fenbie_belong_to_the_items_in_order():
    text = "上半年，青溪市汽车产销量分别完成132.4万辆和131.9万辆，同比分别增长9.3%和9.8%。"
    assert respectively.respective_items(text, figure_named(text, "131.9万辆")) == (["产", "销"], 1)
    assert _why("上半年青溪市汽车销量是多少？", text, "132.4万辆")
    assert not _why("上半年青溪市汽车销量是多少？", text, "131.9万辆")
    assert not _why("上半年青溪市汽车产量是多少？", text, "132.4万辆")
    assert _why("上半年青溪市汽车产量同比增长多少？", text, "9.8%")
    text = "其次是白鹭公司和青柚公司，预计收入分别为43.8亿元和36.8亿元。"
    assert _why("青柚公司预计收入是多少？", text, "43.8亿元")
    assert not _why("青柚公司预计收入是多少？", text, "36.8亿元")
    # both asked: nothing to choose between
    assert not _why("上半年青溪市汽车产销量是多少？", "汽车产销量分别完成132.4万辆和131.9万辆。", "131.9万辆")


def test_each_item_of_an_enumeration_owns_the_figure_that_closes_it():
    text = "今年，青溪县改造农厕800户，创建整洁型村庄80个、宜居型村庄120个、生态型村庄12个。"
    assert respectively.enumerated_items(text, figure_named(text, "120个")) == (["整洁型村庄", "宜居型村庄", "生态型村庄"], 1)
    assert "整洁型村庄" in _why("青溪县今年要创建多少个宜居型村庄？", text, "80个")
    assert not _why("青溪县今年要创建多少个宜居型村庄？", text, "120个")
    assert "120个" in _answer("青溪县今年要创建多少个宜居型村庄？", text)
    assert not _why("青溪县今年创建整洁型村庄多少个？", text, "80个")
    # an English question names its item through the words it translates to (ecological -> 生态)
    q = analyse("How many ecological-type villages will Qingxi County create?")
    q.terms = ("生态", "生物", "型", "村庄", "创造", "创")
    assert "生态型村庄" in figure_kind.disagreement(q, text, figure_named(text, "80个"))
    assert not figure_kind.disagreement(q, text, figure_named(text, "12个"))
    # a figure and its change are not two items
    text = "全县粮食产量120万吨、增长3%。"
    assert respectively.enumerated_items(text, figure_named(text, "3%")) == ([], -1)


def test_a_clause_that_narrows_the_measure_another_way_gives_another_figure():
    # 财政收入 is not 可支配收入, though both are 收入 and the sentence names 可支配收入 later
    text = "主要预期目标是:地区生产总值增长6.5%左右,地方级财政收入增长12%左右,城乡居民可支配收入增速高于经济增长速度。"
    question = "青溪城乡居民人均可支配收入预期增长多少？"
    assert "财政收入" in _why(question, text, "12%左右")
    assert _answer(question, text) is None
    assert not _why("青溪地方级财政收入预期增长多少？", text, "12%左右")
    # a clause that names the narrower word after its figure (限量200支的…镜头) narrows it the way asked
    text = "白鹭公司近期发布了一款全球限量200支的复古镜头，售价为7910元。"
    assert not _why("白鹭公司的复古镜头全球限量多少支？", text, "200支")


def test_a_measure_narrowed_by_the_question_needs_a_sentence_that_names_it():
    q = analyse("白鹭公司第三财季消费产品的营业收入是多少？")
    assert indicator_match.modifier(q) == ("产品", "营业收入")
    total = "白鹭公司第三财季营业收入约223.3亿美元，同比增长3.84%。"
    assert _why("白鹭公司第三财季消费产品的营业收入是多少？", total, "223.3亿美元")
    assert not _why("白鹭公司第三财季消费产品的营业收入是多少？", "消费产品的营业收入约11.45亿美元。", "11.45亿美元")
    # places, periods and scope words do not narrow a measure
    assert indicator_match.modifier(analyse("上半年全国汽车产量是多少？"))[0] == ""
    assert indicator_match.modifier(analyse("2024年青溪市地区生产总值预期增长多少？"))[0] == ""
    assert indicator_match.modifier(analyse("白鹭公司中期业绩的净利润率是多少？"))[0] == ""  # results: any figure's


def test_a_market_the_question_asks_in_narrows_the_measure():
    q = analyse("白鹭公司第二季度在印度的营收是多少？")
    assert indicator_match.modifier(q) == ("印度", "营收")
    total = "白鹭公司第二季度的营收为81亿美元，超出市场预期。"
    assert figure_kind.disagreement(q, total, quantities.find_quantities(total)[0]) == "the sentence does not name 印度"
    india = "白鹭公司第二季度在印度的营收为6亿美元，创下新高。"
    assert figure_kind.disagreement(q, india, quantities.find_quantities(india)[0]) == ""
    # a place the figure is of, not a market in it, is the place check's (a county's 全县 figure)
    assert indicator_match.modifier(analyse("青溪县的地区生产总值是多少？"))[0] == ""


def test_change_verbs_beyond_the_figure_readers():
    text = "归母净利润同比下滑13.6%，营收微跌0.75%。"
    assert figure_kind.kind_of(text, figure_named(text, "13.6%")) == "change"
    assert _why("白鹭公司归母净利润是多少？", text, "13.6%")


def test_one_measure_spelt_short_or_long_agrees_with_itself():
    """营收 and 营业收入 are one measure whichever the question or the sentence uses: the two
    synonym tables once mapped them opposite ways and the question's 营业收入 was read as 收入."""
    assert not _why("白鹭公司营收是多少？", "白鹭公司营业收入约223.3亿美元。", "223.3亿美元")
    assert not _why("白鹭公司营业收入是多少？", "白鹭公司营收约223.3亿美元。", "223.3亿美元")
    assert _why("白鹭公司营业收入是多少？", "白鹭公司净利润约23.3亿美元。", "23.3亿美元")


def test_a_sibling_of_the_noun_asked_counts_the_sibling():
    # 存款 and 贷款 are both 款: the loans' growth does not answer how much deposits grew
    text = "上半年青溪县居民存款增加30亿元，其中6月份居民贷款增加5亿元。"
    assert "贷款" in _why("6月份居民存款增加了多少？", text, "5亿元")
    assert _why("6月份居民贷款增加了多少？", text, "5亿元") == ""
    # two posts (长): the deputy's quota is not the one asked
    text = "县级路长全年巡路不少于4次，其中总队长巡路2次以上。"
    assert "总队长" in _why("县级路长每年至少要巡路几次？", text, "2次以上")
    assert _why("县级路长每年至少要巡路几次？", text, "4次") == ""
    assert "4次" in _answer("县级路长每年至少要巡路几次？", text)


def test_a_longer_name_of_the_noun_asked_is_not_its_sibling():
    # 具体措施 is the 措施 asked; a title's words are the title check's
    text = "《实施方案》围绕三个方面，提出了12条具体措施。"
    assert _why("《实施方案》提出了多少条措施？", text, "12条") == ""


def test_a_shortened_name_of_the_measure_is_not_its_sibling():
    # 销量 is 销售量 shortened, not a sibling that also ends in 量; 产量 still is one
    text = "上半年，青溪县新能源乘用车销售量同比增长37.3%，产量同比增长12.1%。"
    assert _why("上半年青溪县新能源乘用车销量同比增长了多少？", text, "37.3%") == ""
    assert _why("上半年青溪县新能源乘用车销量同比增长了多少？", text, "12.1%") != ""


def test_a_total_said_with_gongji_measures_what_the_clause_counts():
    # 共计 says the figure is a sum, not what it measures
    text = "青溪汽车公司将召回2021年4月5日至2022年9月13日期间生产的部分白鹭牌汽车，共计6728辆。"
    assert _why("青溪汽车公司召回的白鹭牌汽车有多少辆？", text, "6728辆") == ""
    assert "6728辆" in _answer("青溪汽车公司召回的白鹭牌汽车有多少辆？", text)


def test_an_english_question_about_a_price_asks_for_money():
    text = "青溪拍卖会上12项成果成交，最高一项拍出35万元。"
    question = "What was the highest price paid at the Qingxi auction?"
    assert "money" in _why(question, text, "12项")
    assert _why(question, text, "35万元") == ""
    assert _why("How many results were sold at the Qingxi auction?", text, "12项") == ""
    # the value of contracts signed is a sum too: not the count of the meetings that signed them
    text = "青溪县第三次招商大会上，签约项目12个，合同总额35万元。"
    question = "What was the total value of the investment contracts Qingxi County signed?"
    assert "money" in _why(question, text, "12个")
    assert _why(question, text, "35万元") == ""


def test_a_noun_named_in_a_clause_without_a_figure_introduces_the_figure():
    # 汽车 of 青溪汽车 opens the sentence; 新车 of the next clause is no sibling of it
    text = "青溪汽车公布了7月的交付数据，当月交付新车3000辆，同比增长20%。"
    assert _why("青溪汽车7月交付量同比增长多少？", text, "20%") == ""


def test_a_figure_an_english_question_writes_is_part_of_a_name_not_the_answer():
    text = "青溪汽车将召回部分进口NX 400h+汽车，共计864辆。"
    q = analyse("How many imported NX 400h+ cars will Qingxi Motors recall?")
    assert "400h" in figure_kind.disagreement(q, text, figure_named(text, "400h"))
    assert not figure_kind.stated_disagreement(q, text, figure_named(text, "864辆"))
    text = "青溪75岁及以上老人中只有25.7%的人感到幸福。"
    q = analyse("What share of Qingxi people aged 75 and over feel happy?")
    assert figure_kind.stated_disagreement(q, text, figure_named(text, "75岁"))
    assert not figure_kind.stated_disagreement(q, text, figure_named(text, "25.7%"))
    # a Chinese question's own figure too, but no ordinal of the text
    assert figure_kind.stated_disagreement(analyse("青溪75岁以上老人中多少人感到幸福？"), text, figure_named(text, "75岁"))
    assert not figure_kind.stated_disagreement(analyse("青溪75岁以上老人中多少人感到幸福？"), text, figure_named(text, "25.7%"))
    # a number the question writes in words, and an ordinal
    text = "青溪医院前四批医疗队开展远程诊断2183次，第三次会议于5月召开。"
    q = analyse("How many remote diagnoses did the first four medical teams of Qingxi Hospital make?")
    assert "四批" in figure_kind.disagreement(q, text, figure_named(text, "四批"))
    assert not figure_kind.stated_disagreement(q, text, figure_named(text, "2183次"))
    assert "ordinal" in figure_kind.stated_disagreement(q, text, figure_named(text, "三次"))


def test_an_english_question_asks_no_measure_from_its_dictionary_guesses():
    # 'quality' translates to 服务质量 among others: the figure's own measure 达标率 is no other measure
    text = "青溪市集中式饮用水源地水质达标率达到100%。"
    q = analyse("What share of Qingxi's drinking water sources should meet the water quality standard?")
    q.groups = (("饮用", "饮食"), ("水源", "源头"), ("质量", "服务质量"), ("标准", "达标"))
    q.terms = tuple(t for g in q.groups for t in g)
    assert not figure_kind.disagreement(q, text, figure_named(text, "100%"))


def test_a_sum_asked_in_any_currency_is_answered_by_money():
    # every currency is money (quantities.CURRENCIES), not only 元, 美元 and 欧元
    text = "青溪汽车第二季度合并营收为新台币582.61亿元，在日本售价为300万日元，共交付6728辆。"
    assert _why("青溪汽车第二季度合并营收是多少新台币？", text, "582.61亿元") == ""
    assert _why("青溪汽车在日本售价多少日元？", text, "300万日元") == ""
    assert "count figure" in _why("青溪汽车在日本售价多少日元？", text, "6728辆")


def test_a_verb_that_moves_a_figure_gives_a_change_and_to_gives_the_level_reached():
    # 上调0.30元 is how much the price moved: it answers 涨了多少, not 售价是多少
    text = "本轮调价中，青溪牌柴油每升上调0.30元。"
    assert _why("青溪牌柴油每升涨了多少钱？", text, "0.30元") == ""
    assert _why("青溪牌柴油每升上调了多少钱？", text, "0.30元") == ""
    assert _why("青溪牌柴油每升售价是多少？", text, "0.30元") == "a change for a level"
    # 上调到了8亿元 is the level reached, asked by 调高到多少; the verb names no other measure
    raised = "青溪公司把全年亏损预期由此前的5亿元，上调到了8亿元。"
    assert figure_kind.wanted(analyse("青溪公司把全年亏损预期调高到了多少？")) == "level"
    assert _why("青溪公司把全年亏损预期调高到了多少？", raised, "8亿元") == ""
    assert _why("青溪公司全年亏损预期上调了多少？", raised, "8亿元") == "a level for a change"
    # the price after a cut is a level
    assert figure_kind.wanted(analyse("青溪牌电视降价后售价是多少？")) == "level"


def test_a_measure_named_before_another_noun_is_not_the_one_asked():
    # 超大功率车辆…罚多少钱 asks a fine, not a 功率: 超大 is no narrower measure the sentence must write
    q = analyse("在青溪市，超大功率车辆司机在公路上关掉安全功能最高要罚多少钱？")
    assert indicator_match.modifier(q) == ("", "")
    assert _why(q.text, "如果他们在公路上关闭这些功能，可能会面临高达5000元的罚款。", "5000元") == ""
    assert indicator_match.modifier(analyse("青溪公司消费产品的营业收入是多少？")) == ("产品", "营业收入")


def test_a_verb_before_a_sum_names_no_other_measure_but_a_noun_does():
    text = "据悉，在青溪安装一套地源热泵系统，动辄需要2.5万元，这依然是一笔不小的开销。"
    assert _why("在青溪装一套地源热泵系统通常要花多少钱？", text, "2.5万元") == ""
    # a noun before the sum still says what it measures (青溪公司的利润, not its 营业收入)
    assert _why("青溪公司去年的营业收入是多少？", "青溪公司去年实现利润3.2亿元。", "3.2亿元").startswith("it measures")
    # a verb with a measure ending (签约额, 成交额) names a measure as a noun does: a signed sum is no investment
    fair = "青溪县举办招商大会，签约额达160亿元。"
    assert _why("青溪县去年固定资产投资是多少？", fair, "160亿元").startswith("it measures")
    english = replace(analyse("What was Qingxi County's fixed-asset investment last year?"), terms=("固定资产", "投资"))
    assert figure_kind.disagreement(english, fair, figure_named(fair, "160亿元")).startswith("it measures")  # as translated
    assert _why("青溪县招商大会签约金额是多少？", fair, "160亿元") == ""
    assert _why("青溪县招商大会签了多少钱的项目？", fair, "160亿元") == ""


def test_an_english_amount_is_no_count_of_things():
    text = "青溪县实施重点项目86个，完成投资52亿元。"
    q = analyse("What was the total amount of investment in Qingxi County?")
    assert figure_kind.kind_disagreement(q, text, figure_named(text, "86个")).startswith("a count")
    assert figure_kind.kind_disagreement(q, text, figure_named(text, "52亿元")) == ""
    assert figure_kind.kind_disagreement(analyse("How many projects did Qingxi County carry out?"), text, figure_named(text, "86个")) == ""


def test_an_english_count_of_things_is_no_measure_sum_or_share():
    text = "青溪市打造24小时自助服务区，新增绿地4万平方米，城镇新增就业7000人，投入资金3亿元，增长12%。"
    q = analyse("How many new urban jobs will Qingxi create this year?")
    for figure in ("24小时", "4万平方米", "3亿元", "12%"):
        assert "count of things" in _why(q.text, text, figure)
    assert _why(q.text, text, "7000人") == ""
    # a question naming the measure it counts asks for it
    assert _why("How many hours a day will Qingxi's self-service area open?", text, "24小时") == ""
    assert _why("How many square metres of green space will Qingxi add?", text, "4万平方米") == ""


def test_a_sum_that_qualifies_what_an_english_question_counts_is_not_asked():
    # "worth over 5 million yuan" says which projects are counted: no unit, no sum asked,
    # and 500万元 is the question's own figure
    text = "青溪县实施500万元以上重点项目86个。"
    q = analyse("How many key projects worth over 5 million yuan did Qingxi County carry out?")
    assert q.unit == "" and "500万" in q.figures
    assert _why(q.text, text, "86个") == ""
    assert "states" in figure_kind.stated_disagreement(q, text, figure_named(text, "500万元以上"))

def test_a_fall_or_rise_asked_with_many_asks_a_change():
    # 下滑了多少 asks the change (45.2%), as 下降了多少 does; 攀升是多少 is left a level
    text = "青溪公司本季度营收为337亿日元，利润下滑了45.2%。"
    assert figure_kind.wanted(analyse("青溪公司本季度的利润下滑了多少？")) == "change"
    assert _why("青溪公司本季度的利润下滑了多少？", text, "45.2%") == ""
    assert _why("青溪公司本季度的利润下滑了多少？", text, "337亿日元") == "a level for a change"
    assert figure_kind.wanted(analyse("青溪县死亡人数已攀升至多少？")) == "level"
    assert figure_kind.wanted(analyse("青溪县游客数量上升了几成？")) == "change"


def test_a_rate_per_one_period_does_not_answer_one_per_another():
    text = "青溪电池租用服务可按天、按月或按年租赁，费用分别为每天50元、每月880元、每年9800元。"
    q = "青溪电池租用服务按月租要多少钱？"
    assert _why(q, text, "50元") == "a figure per 天 for one per 月"
    assert _why(q, text, "9800元") == "a figure per 年 for one per 月"
    assert _why(q, text, "880元") == ""
    # a unit per period (元/小时) and a wage per period (年薪) say it too; a question asking none checks none
    assert rates.rate_disagreement(analyse("青溪的充电宝每小时收费多少？"), "每天最高50元，8元/小时", 
                                         figure_named("每天最高50元，8元/小时", "8元")) == ""
    assert _why("青溪公司经理的月薪是多少？", "青溪公司经理年薪30万元。", "30万元") == "a figure per 年 for one per 月"
    assert _why("青溪电池租用服务要多少钱？", text, "50元") == ""


def test_money_asked_as_qian_is_paid_as_a_fee_or_price():
    # 多少钱: the sentence names the sum by what it pays for (花费, 费用), not by 钱
    text = "在六到七天的小长假期间，青溪用户只需花费350元，就能用上大电池。"
    assert _why("小长假里在青溪租一块大电池要花多少钱？", text, "350元") == ""


def test_a_figure_after_a_comparative_and_its_reference_is_a_distance():
    text = "青溪站水位退至60.49米，低于警戒水位0.01米。"
    assert figure_kind.kind_of(text, figure_named(text, "0.01米")) == figure_kind.CHANGE
    assert figure_kind.kind_of(text, figure_named(text, "60.49米")) == figure_kind.LEVEL
    assert _why("青溪站水位是多少？", text, "0.01米")
    assert not _why("青溪站水位低于警戒水位多少米？", text, "0.01米")  # the distance asked
    # a bound (超过每小时60公里) or the reference's own figure with 的 is no distance
    for text, written in (("车速不得超过每小时60公里。", "60公里"), ("通胀率远高于央行2%的目标。", "2%")):
        assert figure_kind.kind_of(text, figure_named(text, written)) == figure_kind.LEVEL


def test_the_reference_asked_owns_the_figure_after_it():
    text = "青溪汽车出口量已达106.9万台，超过日本同期汽车出口104.7万辆。"
    assert not _why("日本同期汽车出口了多少辆？", text, "104.7万辆")
    assert _why("青溪站水位是多少？", "青溪站水位退至60.49米，低于警戒水位0.01米。", "0.01米")


def test_a_share_the_question_states_is_not_the_share_it_asks():
    # 占比96%的散户 describes who is asked about; the asked figure is a sum
    q = analyse("青溪市场中占比96%的散户，其持股市值在多少以下？")
    assert figure_kind.wanted(q) == figure_kind.LEVEL and q.unit == ""
    assert figure_kind.wanted(analyse("青溪散户的占比是多少？")) == figure_kind.SHARE


def test_a_share_counted_in_things_asks_how_many():
    # 占了多少个: a share is never counted in 个; 占 with a classifier asks a count of them
    q = analyse("青溪新区的20个项目当中，投资超过亿元的占了多少个？")
    assert figure_kind.wanted(q) == figure_kind.LEVEL
    assert _why("青溪新区的20个项目当中，投资超过亿元的占了多少个？", "其中，亿元以上项目12个。", "12个") == ""
    assert figure_kind.wanted(analyse("青溪新区投资超过亿元的项目占多少？")) == figure_kind.SHARE


def test_a_one_character_word_of_the_question_inside_another_word_names_no_indicator():
    # 给GDP定的增幅: the verb 定 is no part of 固定资产, so that figure measures another indicator
    text = "主要预期目标是:全年地区生产总值增长6%左右,固定资产投资增长4%左右,社会消费品零售总额增长5%以上。"
    question = "规划给青溪今年GDP定的增幅是多少？"
    assert _why(question, text, "4%左右") and _why(question, text, "5%以上")
    assert not _why(question, text, "6%左右")
    assert indicator_match._related("年产", "产") and indicator_match._related("产量", "产") and not indicator_match._related("固定资产", "定")


def test_a_figure_after_shrank_is_a_change():
    # 缩水, 缩减 ask a change in a question (query/question.CHANGE_ASKED); the figure they lead is one
    text = "月初该公司市值仍达3000亿美元，七天市值缩水200亿美元。"
    assert figure_kind.kind_of(text, figure_named(text, "200亿美元")) == "change"
    assert figure_kind.kind_of(text, figure_named(text, "3000亿美元")) == "level"
    cut = "全年开支缩减12亿元"
    assert figure_kind.kind_of(cut, figure_named(cut, "12亿元")) == "change"


def test_a_company_is_named_by_its_name_without_its_form_word():
    assert indicator_match.narrower_held("青鸟公司的市值缩水了多少？", "青鸟公司", "青鸟市值缩水200亿美元")
    assert indicator_match.narrower_held("青鸟集团的市值是多少？", "青鸟集团", "青鸟市值3000亿美元")
    assert not indicator_match.narrower_held("青鸟公司的市值缩水了多少？", "青鸟公司", "白沙市值缩水200亿美元")


def test_a_percent_followed_by_a_word_of_change_is_a_change():
    # 将实现24%的增长: a rise of 24%, though no verb of change stands before the figure
    for text, written in (("预计今年梧桐县旅游收入将实现24%的增长", "24%"), ("销量同比出现12%的增幅", "12%"),
                          ("出口额出现8.5%的下滑", "8.5%")):
        assert figure_kind.kind_of(text, figure_named(text, written)) == figure_kind.CHANGE, text


def test_a_percent_followed_by_another_noun_is_still_a_level():
    # guard: 24%的水平, 24%的居民 and a percent whose clause ends before 增长 are levels as before
    for text in ("梧桐县森林覆盖率达到24%的水平", "梧桐县24%的居民参加了医保", "利润率为24%，增长明显"):
        assert figure_kind.kind_of(text, figure_named(text, "24%")) == figure_kind.LEVEL, text


def test_an_english_question_about_deposits_spending_or_a_budget_asks_for_money():
    # a deposit balance, a county's spending, a budget: sums of money, not the count of branches or schools
    assert "money" in _why("How much did Pinevale Bank's deposits reach at year end?", "松谷银行共有12个网点", "12个")
    assert "money" in _why("What was the made-up county's education spending last year?", "全县共有中小学45所", "45所")
    assert "money" in _why("What is the made-up county's budget for road repairs this year?", "今年计划修复道路120条", "120条")


def test_a_sum_answers_a_budget_and_a_count_asked_beside_one_is_a_count():
    # guard: the budget's own sum, and how many roads a budget covers, are not refused as no money
    q = analyse("What is the made-up county's budget for road repairs this year?")
    text = "今年道路修复预算为3亿元"
    assert figure_kind.kind_disagreement(q, text, figure_named(text, "3亿元")) == ""
    counted = analyse("How many roads is the made-up county's budget for repairs covering?")
    text = "今年计划修复道路120条"
    assert figure_kind.kind_disagreement(counted, text, figure_named(text, "120条")) == ""
