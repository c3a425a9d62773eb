"""English which/what questions asking a thing by its kind: the answer's sentence must write that kind or
name one as it is named (answer/english_slot.py). Made-up sentences; the translations are set by hand as
the bridge would give them."""

from __future__ import annotations

from assistant.answer import english_clauses, english_slot
from assistant.answer.extractive import Draft
from assistant.query import english_phrases
from assistant.query.question import analyse


def _q(question: str, head: tuple[str, ...]):
    q = analyse(question)
    q.asked_head = head
    return q


def test_the_asked_noun_phrase_of_a_which_question():
    assert english_phrases.asked("Which stock exchange are the two made-up firms planning to list on?") == "stock exchange"
    assert english_phrases.asked("Which two kinds of roadside litter does the plan want cleared?") == "roadside litter"
    assert english_phrases.asked("Which newspaper carried the commentary on the made-up network?") == "newspaper"
    assert english_phrases.asked("What is the name of the made-up programme?") == ""
    assert english_phrases.asked("What does the made-up bureau say it will do?") == ""


def test_the_asked_noun_ends_before_an_adverb_of_the_verb():
    # "cut" in its past has no -ed: the adverb before it ends the noun phrase
    assert english_phrases.asked("Which made-up company also cut staff in its speaker division?") == "made-up company"
    assert english_phrases.asked("Which firm first launched the made-up phone?") == "firm"
    assert english_phrases.asked("Which first batch of made-up villages was named?") == "first batch"


def test_a_sentence_naming_no_thing_of_the_kind_asked_is_no_answer():
    q = _q("Which stock exchange are the two made-up firms planning to list on?", ("交易所", "交换", "换"))
    assert english_slot.unfilled(q, ["推进甲乙蛋品、丙丁机械上市，加快项目建设"])
    assert not english_slot.unfilled(q, ["甲乙蛋品计划在北京证券交易所上市"])


def test_a_quoted_name_fills_any_kind():
    q = _q("Through which scheme does the made-up country reward local factories?", ("策划", "谋"))
    assert not english_slot.unfilled(q, ["该国还会通过“本地制造奖励”为工厂提供补贴"])
    assert english_slot.unfilled(q, ["该国还会为工厂提供补贴"])


def test_a_place_kind_is_filled_by_a_place_and_a_firm_by_a_proper_name():
    cities = _q("In which two cities did the made-up county hold fairs?", ("城", "市"))
    assert not english_slot.unfilled(cities, ["该县成功举办天津、北京推介会"])
    firm = _q("Which e-commerce company does the made-up county want to work with?", ("公司", "子公司"))
    assert not english_slot.unfilled(firm, ["推动与京东深度合作，促进农产品上行"])
    assert english_slot.unfilled(firm, ["推动合作，促进农产品上行"])


def test_vague_nouns_figures_and_people_ask_no_kind():
    things = _q("What two things does the made-up report want builders to do?", ("东西",))
    assert not english_slot.unfilled(things, ["推进企业去库存、降负债"])
    person = _q("Which deputy said the made-up report was good?", ("代表",))
    assert not english_slot.unfilled(person, ["张三说，报告很好"])
    chinese = analyse("哪个交易所？")
    assert not english_slot.unfilled(chinese, ["推进上市"])


def test_the_english_check_refuses_a_draft_writing_no_kind():
    from assistant.answer.evidence import Sentence
    from assistant.answer.extractive import Part
    from assistant.records import Chunk

    text = "推进甲乙蛋品、丙丁机械上市，加快项目建设。"
    chunk = Chunk(id="c1", source="made-up.txt", title="", subject="", article=0, start=0, end=len(text), text=text)
    part = Part(Sentence(0, chunk, 0, len(text)), 0, len(text) - 1, 1.0)
    q = _q("Which stock exchange are the two made-up firms planning to list on?", ("交易所",))
    assert english_clauses.checked(q, Draft([part], 0.7)).support == 0.0


def _sc(text: str):
    from assistant.answer.evidence import Scored, Sentence
    from assistant.records import Chunk

    chunk = Chunk(id=text[:4], source="made-up.txt", title="", subject="", article=0, start=0, end=len(text), text=text)
    return Scored(Sentence(0, chunk, 0, len(text)), 0.3, 0.5)


def _made(sc):
    from assistant.answer.extractive import Part

    return Draft([Part(sc.sentence, 0, len(sc.sentence.text), 1.0)], 0.3)


def test_the_one_named_thing_of_the_kind_asked_is_answered_at_agreed_support():
    q = _q("Which hotel project is the made-up zone speeding up?", ("酒店", "宾馆"))
    first, other = _sc("加快甲乙酒店、丙丁商业街等重点项目。"), _sc("园区服务业增加值增长5%。")
    assert english_slot.lifted(q, 0.3, _made(first), [first, other]) == 0.5
    # another candidate naming a hotel: which one is asked, the scorer's probability decides
    rival = _sc("推进戊己宾馆建设。")
    assert english_slot.lifted(q, 0.3, _made(first), [first, rival]) == 0.3
    # the one named before (该酒店) names none
    this = _sc("加快该酒店等重点项目。")
    assert english_slot.lifted(q, 0.3, _made(this), [this, other]) == 0.3


def test_one_place_asked_is_not_named_only_as_an_example_nor_in_quotation_marks():
    city = _q("In which city was the made-up commentary written?", ("城", "市"))
    assert english_slot.unfilled(city, ["这个冬天,天津等地冰雪经济“火”了,让人们更加理解了“冰雪也是财富”的道理"])
    assert not english_slot.unfilled(city, ["（新华社天津1月3日电）本报评论"])
    assert english_slot.unfilled(city, ["然而,在少数地区,这些年上马了一些冰雪项目"]), "上马了 is a verb"
    cities = _q("In which two cities did the made-up county hold fairs?", ("城", "市"))
    assert not english_slot.unfilled(cities, ["该县在天津、北京等地举办推介会"])


def test_a_kind_asked_is_not_named_by_a_documents_title():
    q = _q("Which kind of noise control does the made-up report want to strengthen?", ("控制", "掌控"))
    assert english_slot.unfilled(q, ["该局共同形成《关于开展噪声治理专项行动的报告》"])
    assert not english_slot.unfilled(q, ["加强“源头”噪声治理"])
    scheme = _q("Through which scheme does the made-up country reward local factories?", ("策划", "谋"))
    assert not english_slot.unfilled(scheme, ["该国还会通过《本地制造奖励办法》为工厂提供补贴"])


def test_the_partner_of_the_one_asked_about_is_the_firm_asked():
    q = _q("Which company is the made-up walnut park to cooperate with?", ("公司", "企业"))
    q.groups = (("公司", "企业"), ("核桃", "胡桃"), ("园区", "产业园"))
    first = _sc("推动甲县核桃产业园与乙丙食品深度合作，做大核桃品牌。")
    other = _sc("全县新建核桃基地2万亩。")
    assert english_slot.lifted(q, 0.3, _made(first), [first, other]) == 0.5
    # another candidate naming a partner of the one asked about: which is asked, the scorer's probability decides
    rival = _sc("支持核桃产业园同丁戊集团合作。")
    assert english_slot.lifted(q, 0.3, _made(first), [first, rival]) == 0.3
    # a partner of another (no word of the question before 与), or a question asking no partner
    others = _sc("推动己庚农业与辛壬轮胎深度合作。")
    assert english_slot.lifted(q, 0.3, _made(others), [others, other]) == 0.3
    supplies = _q("Which company supplies the made-up walnut park?", ("公司", "企业"))
    supplies.groups = q.groups
    assert english_slot.lifted(supplies, 0.3, _made(first), [first, other]) == 0.3


def _with_words(question: str, *words: str):
    q = analyse(question)
    q.terms = words
    return q


def test_a_body_asked_by_its_kind_needs_a_name_the_question_does_not_write():
    # a made-up maker asked as the fastest grower reads as a figure question: the name is still needed
    maker = _with_words("Which pump maker grew quickest of the made-up top five in May?", "水泵", "增长")
    assert english_slot.slot_unfilled(maker, ["5月水泵总产量为12万台，同比增长8.1%"])
    assert not english_slot.slot_unfilled(maker, ["其中江州泵业的增长速度最快，达到了52%"])
    owner = _with_words("Who is Zhenghe Pumps' controlling shareholder?", "正和")
    owner.names = (("Zhenghe", ("正和",)),)
    # a firm called after the one asked about (正和新材) is its own, not its owner
    assert english_slot.slot_unfilled(owner, ["正和新材负责正和工业产品的售后维修"])
    assert not english_slot.slot_unfilled(owner, ["东江控股持有约60%股份，为正和泵业控股股东"])
    assert not english_slot.slot_unfilled(owner, ["Riverside Holdings holds the majority"])


def test_a_cause_asked_needs_a_word_of_cause():
    q = _with_words("What caused the fire at the made-up depot?", "火灾", "仓库")
    assert english_slot.slot_unfilled(q, ["该仓库昨日发生火灾，引发交通拥堵"])  # the fire caused the jam: no cause of it
    assert not english_slot.slot_unfilled(q, ["初步调查显示，火灾系电线老化所致"])
    assert not english_slot.slot_unfilled(q, ["电线短路引发火灾"])
    assert not english_slot.slot_unfilled(q, ["火灾原因正在调查中"])
    assert not english_slot.slot_unfilled(q, ["受雷击影响，该仓库发生火灾"])
    assert english_slot.slot_unfilled(q, ["仓库发生火灾，因此封闭了道路"])  # 因此 says what followed


def test_a_figure_named_by_its_noun_needs_a_figure():
    cap = _with_words("What is the upper limit of the made-up allowance in 2031?", "津贴", "上限")
    assert english_slot.slot_unfilled(cap, ["自2031年5月起，津贴标准可在上下限之间选择"])  # a date is no cap
    assert not english_slot.slot_unfilled(cap, ["月津贴上限为5200元"])
    score = _with_words("What score on average did shoppers award the made-up mall?", "商场")
    assert english_slot.slot_unfilled(score, ["调查显示，七成左右的受访者表示满意"])
    assert not english_slot.slot_unfilled(score, ["受访者对该商场的平均分为4.3分"])


def test_a_measure_named_by_its_noun_needs_a_figure_not_a_year():
    margin = _with_words("What was Pinewood's operating margin in the made-up quarter?", "利润率")
    assert english_slot.slot_unfilled(margin, ["松木公司将于下周公布2031财年半年报"])  # a year read bare is no margin
    assert not english_slot.slot_unfilled(margin, ["该季度松木公司营业利润率为18.5%"])
    space = _with_words("What is the made-up art centre's usable floor space?", "艺术中心")
    assert english_slot.slot_unfilled(space, ["艺术中心日前落成，向市民免费开放"])
    assert not english_slot.slot_unfilled(space, ["艺术中心总建筑面积约2.4万平方米"])
    # the revenue model asks a way of earning, which a sentence writes in words
    assert not english_slot.slot_unfilled(_with_words("What is the made-up app's revenue model?", "应用"), ["应用靠广告盈利"])


def test_a_dateline_dates_no_event_and_a_planned_date_is_written_as_to_come():
    when = analyse("When did the made-up ferry line resume service?")
    assert english_slot.slot_unfilled(when, ["新华社甲城9月4日电（记者 王小明）记者从甲城港务局获悉，渡轮航线恢复运营"])
    assert not english_slot.slot_unfilled(when, ["甲城晚报9月4日讯 9月3日，渡轮航线恢复运营"])
    planned = analyse("When is the made-up river tunnel expected to open?")
    assert english_slot.slot_unfilled(planned, ["李小红 摄5月6日，工人在隧道内施工"])  # a photo's day
    assert english_slot.slot_unfilled(planned, ["5日晚，隧道内积水已全部排出"])  # a past day of the story
    assert not english_slot.slot_unfilled(planned, ["隧道预计于2032年6月建成通车"])
    assert not english_slot.slot_unfilled(planned, ["本办法自2032年1月1日起施行"])


def test_a_publication_title_names_no_body_in_its_list():
    q = _with_words("Which company topped the made-up Harbour Weekly ranking?", "榜单")
    assert english_slot.slot_unfilled(q, ["近日，《港湾周刊》发布了年度排行榜"])
    assert english_slot.slot_unfilled(q, ["港湾周刊发布年度排行榜"])  # 行 inside a common word ends no bank's name
    assert not english_slot.slot_unfilled(q, ["近日，《港湾周刊》发布年度排行榜，东江控股位列榜首"])


def test_a_model_asked_is_named_by_its_designation():
    q = _with_words("Which Tianhe chip drives the made-up toll gate?", "天河", "芯片")
    assert english_slot.slot_unfilled(q, ["该收费闸机基于天河自主芯片研发，实现“无感通行”"])
    assert not english_slot.slot_unfilled(q, ["该收费闸机搭载天河TH-2200芯片"])
    jet = _with_words("What aircraft type does the made-up airline fly to the island?", "航空")
    assert english_slot.slot_unfilled(jet, ["该航空公司此前曾多次调整航班"])
    assert not english_slot.slot_unfilled(jet, ["航线由运-9改装机型执飞"])


def test_a_post_asked_is_written_by_its_title():
    q = _q("Which vice-minister for farming opened the made-up fair?", ("部长",))
    assert english_slot.unfilled(q, ["甲协会副理事长乙丙发布了《丁戊报告》"])
    assert english_slot.unfilled(q, ["农业部部长乙丙为展会揭幕"])
    assert not english_slot.unfilled(q, ["农业部副部长乙丙为展会揭幕"])


def test_a_body_asked_by_its_kind_is_filled_by_a_body_named():
    q = _q("Apart from the made-up college, which research body did the county's firms work with?", ("主体", "机构"))
    assert not english_slot.unfilled(q, ["青河企业跟松岭农业研究院等8家单位签了合作协议"])
    assert english_slot.unfilled(q, ["企业们希望创新能力更上层楼"])


def test_a_match_score_is_written_as_two_numbers():
    # 以3:2击败, 2比1战胜: a match's final score, written with no 分 after it
    final = _with_words("What was the final score of the made-up cup final between Riverton and Oakford?", "决赛")
    assert not english_slot.slot_unfilled(final, ["河镇队以3:2击败橡树队，夺得杯赛冠军"])
    assert not english_slot.slot_unfilled(final, ["决赛中河镇队2比1战胜橡树队"])
    assert english_slot._writes_figure("score", "河镇队以3：2击败橡树队")


def test_a_match_won_without_its_score_writes_no_score():
    # guard: a result in words, a date or a ratio of three numbers still fills no score
    final = _with_words("What was the final score of the made-up cup final between Riverton and Oakford?", "决赛")
    assert english_slot.slot_unfilled(final, ["河镇队战胜橡树队，夺得杯赛冠军"])
    assert english_slot.slot_unfilled(final, ["决赛定于5月3日举行"])
    assert english_slot.slot_unfilled(final, ["三队积分之比为3:2:1"])
    assert not english_slot.slot_unfilled(final, ["河镇队最终得到98分"])


def test_which_three_cities_needs_three_places_named():
    # 这三个城市, 以杭州为例: the sentences name fewer cities than the question counts
    q = _with_words("Which three cities will the made-up tea fair tour this autumn?", "茶博会")
    assert english_slot.slot_unfilled(q, ["茶博会今年秋天将走进这三个城市"])
    assert english_slot.slot_unfilled(q, ["以杭州为例，茶博会今年秋天将走进三个城市"])
    assert english_slot.slot_unfilled(q, ["茶博会将先后走进杭州、成都"])
    assert english_slot.slot_unfilled(_with_words("Which 3 cities will the made-up tea fair tour?", "茶博会"), ["茶博会将走进杭州"])


def test_places_named_across_the_answers_texts_fill_the_count():
    # guard: three cities named, in one text or across two, and a question counting no places are not read so
    q = _with_words("Which three cities will the made-up tea fair tour this autumn?", "茶博会")
    assert not english_slot.slot_unfilled(q, ["茶博会将先后走进杭州、成都和西安"])
    assert not english_slot.slot_unfilled(q, ["茶博会将走进杭州", "随后前往成都和西安"])
    assert not english_slot.slot_unfilled(_with_words("Which cities will the made-up tea fair tour?", "茶博会"),
                                          ["茶博会今年秋天将走进这几个城市"])


def test_a_clock_time_is_no_match_score():
    # 19:30开赛 is when the final starts: no word of winning or losing beside it, so no score is written
    final = _with_words("What was the final score of the made-up cup final between Riverton and Oakford?", "决赛")
    assert english_slot.slot_unfilled(final, ["河镇队与橡树队的决赛于19:30开赛"])
