"""English questions: the unit and head noun they ask for (their answer types are in test_question.py); names the bridge reads."""

import pytest

from assistant.query.english_question import english_head
from assistant.query.question import analyse


@pytest.mark.parametrize("text,unit", [
    ("What percentage of students passed?", "%"),
    ("What growth does the city expect?", "%"),
    ("How many people died in the flood?", "人"),
    ("How many tons of tea were produced?", "吨"),
    ("How many buses will the city buy?", ""),  # a count: the text may say 辆, 台 or 个
    ("How many visitors did the museum receive?", ""),  # 人次 (visits) as often as 人
    ("How large is the screen in inches?", "英寸"),
    ("What is the price in euros?", "欧元"),
    ("How many square metres does the new hall cover?", "平方米"),
    ("How many square kilometres does the park cover?", "平方公里"),
    ("How many hectares of rice were flooded?", "公顷"),
    ("What is the euro area's inflation?", ""),  # the euro area is no price in euros
    ("How long is the track in metres?", ""),  # 米 or m: as often one as the other
])
def test_unit_an_english_question_names(text, unit):
    assert analyse(text).unit == unit


@pytest.mark.parametrize("text,head", [
    ("Who is the president of Xi'an Chest Hospital?", "president"),
    ("What was Lockheed Martin's net income in 2023?", "income"),
    ("What is HP's market share in India?", "share"),
    ("How many people died in the rainstorm?", "people"),
    ("What is the population of Liaoyuan?", "population"),
    ("Which reporter interviewed the head of Longshan District?", "reporter"),
])
def test_head_noun(text, head):
    assert english_head(text) == head


def test_bridge_reads_names_with_apostrophes_and_levels():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["西安", "胸科", "医院", "稀释", "龙山区", "龙山"])
    groups, names, _ = bridge.groups("Who heads Xi'an Chest Hospital in Longshan District?")
    assert "西安" in names
    assert "稀释" not in names, "xi + shi is not Xi + 市: a level must be the name's last character"
    assert "龙山区" in names


def test_a_name_spelled_in_pinyin_is_a_place_only_when_the_corpus_word_is_a_name():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["伤害", "上海", "我们", "妇女", "妇联", "蚂蚁", "尚志市", "哈尔滨", "亚洲"])
    for _ in range(3):  # the vocabulary is a set: the place must not depend on its order
        groups, names, _ = bridge.groups("How long is the Shanghai dam of the Women's Federation?")
        assert names == ["上海"], "shanghai is also the pinyin of 伤害 (harm), which is no place"
    assert not any("我们" in g for g in groups), "Women is an English word; 我们 (we) only sounds like it"
    groups, names, _ = bridge.groups("How long is the Mayi River in Shangzhi?")
    assert ("蚂蚁",) in groups, "蚂蚁河 is the Mayi River: its pinyin still matches the text"
    assert "蚂蚁" not in names and "尚志市" in names
    groups, names, _ = bridge.groups("What did Harbin donate?")
    assert names == ["哈尔滨"], "Harbin is no pinyin (haerbin): the dictionary names the city"
    assert bridge.groups("What did Asia donate?")[1] == [], "a continent is no place a Chinese article names"


def test_a_word_that_only_asks_for_a_percentage_is_no_topic_word():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["份额", "市场份额", "百分比", "比例", "饮用水", "投资", "市场"])
    groups, _, _ = bridge.groups("What share of drinking water sources meet the standard?")
    assert not any("份额" in g for g in groups), "'share of' asks a percentage; 份额 is no measure the text writes"
    assert any("饮用水" in g for g in groups)
    groups, _, _ = bridge.groups("By what percentage did investment grow?")
    assert not any("百分比" in g or "比例" in g for g in groups)
    groups, _, _ = bridge.groups("What is the company's market share?")
    assert any("份额" in g or "市场份额" in g for g in groups), "a market share is a measure: its words stay"


def test_a_high_tech_zone_is_the_place_asked_as_a_chinese_question_reads_it():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    bridge = Bridge(["高新区", "梅河口", "梅河口市", "投资", "主任", "高", "技术", "工业"])
    assert bridge.zone("How much did the Meihekou high-tech zone invest?") == "高新区"
    assert bridge.zone("Who heads the Meihekou High-Tech Industrial Development Zone?") == "高新区"
    assert bridge.zone("How many high-tech companies does Meihekou have?") == "", "a company is no zone"
    assert Bridge(["梅河口", "投资"]).zone("How much did the Meihekou high-tech zone invest?") == "", \
        "a zone the corpus never writes is asked of no passage"
    q = with_translation(analyse("How much did Meihekou's high-tech zone invest in 2022?"), bridge)
    assert q.places == ("高新区",), "梅河口高新区: the zone's report speaks of 高新区 and 全区, not the city"
    assert any("梅河口" in g for g in q.groups), "the city still counts as a topic word"
    assert ("高新区",) in q.groups, "the zone's words are one topic word, its Chinese"
    assert not any("高" in g for g in q.groups), "high and tech are not read one by one"
    assert with_translation(analyse("How much did Meihekou invest in 2022?"), bridge).places != ("高新区",)
    assert ("梅河口市", ("梅河口市", "梅河口")) in q.names, "whose zone stays required: another city's 高新区 is not Meihekou's"


@pytest.mark.parametrize("text", [
    "What was the gross regional product of the zone in 2022?",
    "What was the county's gross domestic product last year?",
])
def test_gross_product_spelled_out_asks_a_figure_as_gdp_does(text):
    assert analyse(text).kind == "quantity"


def test_a_unit_after_a_number_the_question_states_is_its_condition():
    assert analyse("How many key projects worth over 5 million yuan did the county carry out?").unit == ""
    assert analyse("How many yuan did each of the 300 households receive?").unit == "元"
    assert analyse("How many tons of grain did the 2 million mu of farmland yield?").unit == "吨"


def test_english_figures_with_a_scale_word_are_written_as_a_chinese_text_writes_them():
    from assistant.query.english_numbers import english_figures
    assert english_figures("projects worth over 5 million yuan, a 1.2 billion fund, 300 thousand jobs") == ("500万", "12亿", "30万")
    assert english_figures("the Lexus NX 400h+ and 7,000 cars in 2024") == ("400h", "7,000", "2024")


def test_where_a_thing_ranks_asks_a_rank_not_a_place():
    assert analyse("Where does India rank among the world's car markets?").kind == "quantity"
    assert analyse("Where did the company rank in sales last year?").kind == "quantity"
    assert analyse("Where does the new railway start?").kind == "place"


def test_a_one_syllable_word_takes_no_level():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["礼县", "理想", "汽车", "龙山区"])
    _, names, _ = bridge.groups("How many cars did Li Auto deliver in July?")
    assert "礼县" not in names, "Li is a surname or a brand; an English text writes Li County in full"
    assert bridge.groups("Who heads Longshan?")[1] == ["龙山区"], "a longer name still takes its level"


def test_a_company_spelled_in_pinyin_is_a_name_not_the_place_asked():
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    bridge = Bridge(["海尔", "冰箱", "青岛", "北斗", "系统"])
    groups, names, _ = bridge.groups("What door does Haier's new fridge in Qingdao use?")
    assert ("海尔",) in groups, "the company's Chinese is still a topic word"
    assert names == ["青岛"], "海尔 is a company: Qingdao is the place asked"
    assert with_translation(analyse("Which newspaper wrote about the BeiDou system?"), bridge).places == (), \
        "北斗 is a system; no sentence need be of it as of a place"
    q = with_translation(analyse("What door does Haier's new fridge use?"), bridge)
    assert q.places == () and ("Haier", ("海尔",)) in q.names, "the company stays required of the answer's article"


def test_which_with_a_count_asks_the_kind_after_it():
    assert analyse("In which two cities did the county hold investment promotion fairs?").kind == "place", \
        "a place asked, not a figure because 'investment' follows"
    assert analyse("Which two staff reporters took the photos on the page?").kind == "person"
    assert analyse("Which three provinces sent teams?").kind == "place"
    assert analyse("Which cities were the top three by sales?").kind == "list", "no count: a list as before"


def test_china_is_no_place_nor_the_city_the_dictionary_also_glosses_as_china():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["唐山", "中国", "出口", "汽车"])
    groups, names, _ = bridge.groups("How many vehicles did China export?")
    assert names == [], "唐山 is also '(old) China' in the dictionary: a country is asked, no city"
    assert not any("唐山" in g for g in groups), "nor is the city a topic word"
    assert bridge.groups("How many vehicles did Tangshan export?")[1] == ["唐山"]


def test_a_route_between_two_places_is_no_place_asked():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["杭州", "宁波", "铁路", "公里"])
    assert bridge.groups("How long is the Hangzhou-Ningbo railway?")[1] == [], "a line between two cities is of neither"
    assert bridge.groups("How long is the railway in Hangzhou?")[1] == ["杭州"]


@pytest.mark.parametrize("text,kind", [
    ("According to its chairman Li Ming, what was the park's fixed-asset investment last year?", "quantity"),
    ("According to the report, who is the new mayor of the town?", "person"),
    ("According to the survey, how many households own a car?", "quantity"),
])
def test_the_kind_asked_is_read_after_an_opening_attribution(text, kind):
    assert analyse(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("Under the town's plan, what share of village clinics should open at weekends?", "quantity"),
    ("In the bureau's yearly review, what was the growth rate of ferry passengers?", "quantity"),
    ("To clean up the riverside, which three kinds of stalls does the plan move away?", "list"),
    ("On road safety, who is the new head of the traffic office?", "person"),
    ("Which kinds of shops, long popular with students, did the street keep?", "list"),  # a comma inside the wh-clause
    ("Because of the storm, what did the school do?", "generic"),
])
def test_the_kind_asked_is_read_after_a_phrase_setting_the_scene(text, kind):
    assert analyse(text).kind == kind


def test_what_a_body_does_is_no_figure_nor_list_though_its_condition_names_a_measure():
    assert analyse("According to the editorial, what do some towns do when private investment falls short?").kind == "generic"
    assert analyse("What was the town's investment in roads last year?").kind == "quantity"


@pytest.mark.parametrize("text,head", [
    ("What is the total contracted investment the town has signed?", "investment"),
    ("What is the registered capital of the new fund?", "capital"),
    ("What is the combined output Hanzhong Steel reported?", "output"),  # a name opens the clause after it
    ("What is the total GDP of Liaoyuan?", "GDP"),  # an acronym is a noun of the phrase
    ("What is the amount invested by the city?", "amount"),  # a verb in -ed ends the noun phrase
    ("How many tourists visited museums last year?", "tourists"),  # after how many, the verb it was
    ("How many widely downloaded apps did the office test?", "apps"),  # an adverb in -ly before it: a participle
])
def test_head_noun_after_a_modifier_in_ed_or_before_a_name(text, head):
    assert english_head(text) == head


def test_a_full_name_in_pinyin_is_the_persons_chinese_name_never_a_common_word():
    from assistant.query.crosslingual import Bridge

    # 刘明远 is the made-up person; 流明 (lumen) and 远 are common words the pieces' pinyin also spell
    bridge = Bridge(["刘明远", "流明", "消费", "基金"])
    q = "What fund did Liu Mingyuan set up?"
    groups, places, _ = bridge.groups(q)
    assert ("刘明远",) in groups and places == []
    assert not any("流明" in g for g in groups)
    assert bridge.proper_names(q) == (("Liu Mingyuan", ("刘明远",)),)
    # a given name is never translated by the common word its pinyin spells (xiaofei: 消费)
    assert not any("消费" in g for g in bridge.groups("What fund did Zhao Xiaofei set up?")[0])
    # the corpus writing no word for the person: the name is matched in the passages' text (answer/english.py)
    assert bridge.proper_names("What fund did Zhao Xiaofei set up?") == (("Zhao Xiaofei", ()),)
    # a surname before a word no pinyin spells is a brand's name, not a person's (Li Auto)
    assert [n for n, _ in bridge.proper_names("How many cars did Liu Motors sell?")] != ["Liu Motors"]


@pytest.mark.parametrize("text,kind", [
    ("What is the name of the sports fund the town set up?", "generic"),
    ("What was the name of the programme the county ran?", "generic"),
    ("What is the name of the new mayor of the town?", "person"),
    ("What is the name of the county head who opened the fair?", "person"),
])
def test_the_name_of_a_thing_asks_the_thing_not_a_person(text, kind):
    assert analyse(text).kind == kind


def test_the_name_of_a_thing_asks_about_the_thing_and_name_is_no_topic_word():
    from assistant.query.crosslingual import Bridge

    assert english_head("What is the name of the sports fund of the town?") == "fund"
    groups = Bridge(["基金", "名称", "品牌", "名字"]).groups("What is the name of the sports fund?")[0]
    assert groups == [("基金",)]


@pytest.mark.parametrize("text,kind", [
    ("What illegal trade involving forests is the target of the new campaign?", "generic"),  # said of the thing asked
    ("Besides smuggling, what illegal trade is the focus of a crackdown in the port?", "generic"),
    ("What is the target for new jobs in the town?", "quantity"),
    ("What growth target does the town set?", "quantity"),
])
def test_a_measure_word_after_the_verb_of_a_what_question_is_no_figure_asked(text, kind):
    assert analyse(text).kind == kind


def test_a_surname_in_its_own_reading_finds_the_persons_name():
    from assistant.query.crosslingual import Bridge

    # made-up people: 单 is read shan as a surname (dan otherwise), 仇 qiu (chou), 区 ou (qu)
    bridge = Bridge(["单志刚", "仇德明", "区志刚", "单位", "基金"])
    assert bridge.proper_names("What fund did Shan Zhigang set up?") == (("Shan Zhigang", ("单志刚",)),)
    assert ("仇德明",) in bridge.groups("What fund did Qiu Deming set up?")[0]
    assert bridge.proper_names("What fund did Ou Zhigang set up?") == (("Ou Zhigang", ("区志刚",)),)
    # the usual reading still finds it; a reading the surname's character does not have finds nothing
    assert bridge.proper_names("What fund did Dan Zhigang set up?") == (("Dan Zhigang", ("单志刚",)),)
    assert bridge.proper_names("What fund did Wang Zhigang set up?") == (("Wang Zhigang", ()),)


@pytest.mark.parametrize("text", [
    "What is the average waiting time at the new clinic?",  # an average, a maximum, a peak: a figure, whatever its noun
    "What is the maximum output of the new pump?",
    "What was the peak load of the grid last summer?",
    "To what level will the county's debt ratio fall?",  # the level a thing moves to
    "By what margin did the firm's sales rise?",
    "What was Wang Li's time in the men's 400m final?",  # a person's time: a race's
    "What stake in the bank will the fund sell?",
])
def test_the_frame_of_an_english_question_asks_a_figure(text):
    assert analyse(text).kind == "quantity"


@pytest.mark.parametrize("text,kind", [
    ("To what company did the city sell its land?", "generic"),  # no verb that moves a figure
    ("What was the time zone of the meeting?", "generic"),
    ("When was Wang Li's time in office over?", "time"),
])
def test_a_frame_without_a_figure_asks_none(text, kind):
    assert analyse(text).kind == kind


@pytest.mark.parametrize("text,counted,head", [
    ("How many volunteers took part in the county's tree planting?", "volunteers", "volunteers"),
    ("How many pupils went to the new school?", "pupils", "pupils"),
    ("How many teams held talks in the town?", "teams", "teams"),
    ("How many registered firms are there in the park?", "registered firms", "firms"),
])
def test_a_verb_in_an_irregular_past_ends_the_thing_counted(text, counted, head):
    from assistant.query import english_phrases
    assert english_phrases.counted(text) == counted
    assert english_head(text) == head


def test_a_name_the_dictionary_gives_in_several_words_is_that_name_never_a_person():
    from assistant.query.crosslingual import Bridge

    # Hong reads as a surname and Kong as pinyin: word by word the place passed for a made-up person
    bridge = Bridge(["香港", "港口", "出口"])
    assert bridge.proper_names("How much did Hong Kong's port ship last spring?") == (("Hong Kong", ("香港",)),)
    assert english_phrases_dictionary_phrase("a god called Ne Zha") == ("Ne Zha", ["哪吒"]), "the dictionary writes it joined"
    assert english_phrases_dictionary_phrase("a man called Liu Mingyuan") is None


def english_phrases_dictionary_phrase(text):
    from assistant.query.cedict import dictionary_names
    from assistant.query.english_phrases import dictionary_phrase

    return dictionary_phrase(text, text.index(" called ") + 8, dictionary_names())


@pytest.mark.parametrize("text,kind", [
    ("Which market saw the biggest drop in its sales volume?", "generic"),  # the market, not the drop's figure
    ("Which growth rate was the highest?", "quantity"),
])
def test_which_thing_saw_an_extreme_asks_the_thing(text, kind):
    from assistant.query.question import _kind

    assert _kind(text, True) == kind


def test_a_country_people_are_named_by_is_that_country():
    from assistant.query.crosslingual import Bridge

    # Ghanaian, Kenyan: words the dictionary lacks, read as their country is, not as a name no passage writes
    bridge = Bridge(["加纳", "肯尼亚", "港口", "出口"])
    assert bridge.proper_names("How much did the Ghanaian think tank say China exported?") == (("Ghanaian", ("加纳",)),)
    assert bridge.proper_names("How many ports did Kenyan officials close?") == (("Kenyan", ("肯尼亚",)),)
    # nor is a made-up name a country's people
    assert bridge.proper_names("How many ports did Zorbanian officials close?") == (("Zorbanian", ()),)


def test_a_name_glossed_with_its_own_chinese_as_a_cross_reference_is_known():
    from assistant.query.cedict import dictionary_names

    # 英国: "United Kingdom 聯合王國|联合王国[...]"; a "see …" gloss names nothing
    assert "英国" in dictionary_names()["united kingdom"]
    assert "see" not in dictionary_names()


def test_a_country_other_than_china_is_a_name_the_answer_must_write():
    from assistant.query.crosslingual import Bridge

    bridge = Bridge(["加拿大", "德国", "中国", "港口", "出口"])
    # an article leaves its own country unnamed: China is never required
    assert bridge.proper_names("How much did China's ports ship last spring?") == ()
    # another country is: a passage about a third one answers nothing of it
    assert bridge.proper_names("How many ports did Canada's east coast close?") == (("Canada", ("加拿大",)),)
    assert bridge.proper_names("How much did Germany export last spring?") == (("Germany", ("德国",)),)


def test_a_return_or_earnings_asked_is_a_figure():
    # "what average return per mu": a sum asked, which the figure checks then guard
    assert analyse("What average return per mu did the tea grown in Pinewood village bring?").kind == "quantity"
    assert analyse("What were the earnings of Pinewood Bank in 2022?").kind == "quantity"
    assert analyse("What time does the Pinewood ferry return?").kind == "time"  # held before: a verb
