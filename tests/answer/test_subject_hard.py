"""Subject agreement as a hard check (answer/subject.py and the checks it runs), on made-up sentences: the period,
country, model and company a question names must agree with the sentence or its article, else the next candidate."""

from __future__ import annotations

from assistant.answer import subject
from assistant.answer.asked_names import proper_names
from assistant.answer.evidence import Scored, Sentence
from assistant.query.question import analyse
from assistant.records import Chunk


def _chunk(text: str, cid: str, article: int, title: str = "") -> Chunk:
    return Chunk(id=cid, source=f"made/{cid}.txt", title=title, subject="", article=article, start=0,
                 end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)


def _kept(question: str, *chunks: Chunk) -> list[str]:
    """The chunks whose last sentence agrees with the question."""
    scored = [Scored(Sentence(i, c, c.text.rfind("。", 0, len(c.text) - 1) + 1, len(c.text)), 1.0, 1.0, {})
              for i, c in enumerate(chunks)]
    return [sc.sentence.chunk.id for sc in subject.agreeing(analyse(question), scored)]


def test_a_period_no_part_of_which_the_article_writes():
    q = "星河汽车第一季度的交付量是多少辆？"
    total = _chunk("星河汽车近日宣布，其空悬车型交付量已突破20万辆。", "total", 0)
    assert _kept(q, total) == []  # a running total, no quarter's figure
    titled = _chunk("星河汽车交付量为3万辆。", "titled", 1, title="星河汽车一季度交付数据")
    spoken = _chunk("星河汽车公布了1-3月的经营数据，交付量为3万辆。", "spoken", 2)
    assert _kept(q, total, titled, spoken) == ["titled", "spoken"]
    # a half year written in the article holds the month asked
    assert _kept("星河汽车6月交付了多少辆？", _chunk("星河汽车交付量为3万辆。", "half", 3, title="星河汽车上半年报告")) == ["half"]


def test_an_article_writing_no_period_is_dated_by_its_publication():
    # a news question's period often comes from the day the story ran: one figure the story gives is that period's
    paid = _chunk("星河航天的首位乘客为此次旅行支付了20万美元。", "paid", 0)
    assert _kept("2023年8月星河航天的首位乘客为旅行支付了多少美元？", paid) == ["paid"]
    # a running total is still no month's figure, unless the question asks a total up to a day (截至)
    total = _chunk("星河汽车近日宣布，其空悬车型交付量已突破20万辆。", "total", 1)
    assert _kept("星河汽车2023年6月交付新车多少辆？", total) == []
    assert _kept("截至2023年6月，星河汽车的空悬车型累计交付量突破了多少辆？", total) == ["total"]
    # an article writing another month is another month's
    other = _chunk("星河汽车5月交付新车3万辆。", "other", 2)
    assert _kept("星河汽车2023年6月交付新车多少辆？", other) == []


def test_a_foreign_country_asked_and_a_sentence_of_china_only():
    q = "星河汽车计划把越南工厂建在哪座城市？"
    home = _chunk("由于星河汽车南京工厂员工人数众多，暂时无法回应。", "home", 0)
    there = _chunk("星河汽车计划把越南工厂建在胡志明市。", "there", 1)
    assert _kept(q, home, there) == ["there"]
    assert _kept("星河汽车在中国的工厂建在哪座城市？", home) == ["home"]  # China asked: its places are its own


def test_a_model_a_year_vintage_or_a_spec_closes():
    assert proper_names("2023款星河澜岳的轴距有多长？") == ("澜岳",)  # the maker the dictionary knows is left off
    assert proper_names("新款澜岳1.5T发动机的峰值扭矩是多少？") == ("澜岳",)
    assert proper_names("2024款车型的售价是多少？") == ()
    q = "新款澜岳1.5T发动机的峰值扭矩是多少？"
    other = _chunk("新款猛虎将搭载1.5T发动机，峰值扭矩为243牛·米。", "other", 0)
    ours = _chunk("澜岳搭载1.5T发动机，峰值扭矩为260牛·米。", "ours", 1)
    assert _kept(q, other, ours) == ["ours"]


def test_a_company_the_question_opens_with_that_the_article_never_names():
    q = "星河汽车是哪家车企旗下的品牌？"
    other = _chunk("有消息称云帆集团旗下的捷风品牌正在谈合作。", "other", 0)
    ours = _chunk("星河汽车是云帆集团旗下的品牌。", "ours", 1)
    named = _chunk("星河汽车发布新车。该品牌隶属云帆集团。", "named", 2)
    assert _kept(q, other, ours, named) == ["ours", "named"]


def test_whose_head_is_asked():
    assert proper_names("谁是星嘉的社长？") == ("星嘉",)
    assert proper_names("谁是该公司的董事长？") == () and proper_names("该校的校长是谁？") == ()
    assert proper_names("辽源市的市长是谁？") == ()  # a place: the place check's
    q = "谁是星嘉的社长？"
    other = _chunk("光线诗社社长赵少琳先生发言。", "other", 0)
    ours = _chunk("星嘉社长杉野行雄在接受采访时表示看好。", "ours", 1)
    assert _kept(q, other, ours) == ["ours"]


def test_a_pair_of_countries_the_article_never_names():
    q = "中巴星河卫星计划在哪一年发射？"
    other = _chunk("这是自1998年国际空间站发射以来，美国航天局首次与其失联。", "other", 0)
    ours = _chunk("中国和巴西联合研制的星河卫星计划于2025年发射。", "ours", 1)
    paired = _chunk("中巴星河卫星计划于2025年发射。", "paired", 2)
    assert _kept(q, other, ours, paired) == ["ours", "paired"]


def test_a_company_opening_with_a_place_is_left_to_the_place_check():
    from assistant.answer.lead_names import firm_name, opening_actor

    assert firm_name(opening_actor("中国人民银行在哪一天举行挂牌仪式？")) == ""  # written 人民银行 too
    assert firm_name(opening_actor("星河汽车是哪家车企旗下的品牌？")) == "星河汽车"


def test_a_person_whose_name_opens_like_a_city_is_no_place_of_china():
    q = "越南星河学会的委员会由谁担任主席？"
    assert _kept(q, _chunk("越南星河学会成立委员会。委员会的主席是金昌永，他是河内大学教授。", "ours", 0)) == ["ours"]


def test_a_running_total_after_a_period_figure_leaves_the_period_figure():
    # an article writing no period: the sentence's first figure is no running total, so it may be the month's
    both = _chunk("星河汽车批发量为20万辆，环比下降10%，今年以来累计批发130万辆。", "both", 0)
    assert _kept("星河汽车7月批发量环比下降了多少？", both) == ["both"]
    first = _chunk("星河汽车累计批发130万辆，其中批发量为20万辆。", "first", 1)
    assert _kept("星河汽车7月批发量是多少？", first) == []


def test_a_running_total_after_a_figure_of_another_unit_is_still_a_running_total():
    # 11个月 is no figure of the total's unit: the sentence gives a running total only
    total = _chunk("星河汽车空悬车型自去年开始交付，至今已有11个月，交付量已超过20万辆。", "total", 0)
    assert _kept("星河汽车第一季度的交付量是多少辆？", total) == []
