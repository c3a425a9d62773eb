"""Small answer-side checks: a modal joined to its verb (能产) names nothing a question qualifies
(answer/qualifiers.py); who wrote up a conversation asks its writer (answer/roles.py); a project's total
investment is no sum put in during the year asked (answer/dimensions.py, via figure_scope); an English head
may be hyphenated (meal-assistance points), and a body's kind after a place name (Pinewood's Riverside
district) is no verb of the question (query/english_question.py, answer/english_scope.py); "how much does X
charge" and a gross product ask a sum of money (answer/english_dimensions.py); the finest place an English
question names is the one asked (query/english_question.asked_place); an end asked needs an end written
(answer/english_acts.unended). Made-up questions and sentences, no model."""

from assistant.answer import dimensions, english_acts, english_dimensions, qualifiers, roles
from assistant.answer.english_scope import question_verbs
from assistant.answer.figure_scope import scope_disagreement
from assistant.query import english_question
from assistant.query.english_question import english_head
from assistant.query.question import analyse
from assistant.text.quantities import find_quantities

PARK = "青溪新材料产业园项目总投资52亿元，2023年完成投资8.6亿元。"


def _english(text: str):
    q = analyse(text)
    assert q.english and q.kind == "quantity"
    return q


def _words(question: str) -> set[str]:
    return {word for word, _ in qualifiers.qualifiers(question)}


def _scope(question: str, text: str = PARK) -> dict[str, str]:
    q = analyse(question)
    return {f.text: scope_disagreement(q, text, f) for f in find_quantities(text)}


def test_a_modal_verb_is_no_qualifier():
    assert "能产" not in _words("青溪牧场一年能产牛奶多少吨？")
    assert "能产" not in _words("青溪农场一年能产蜂蜜多少吨？")
    assert "牧场" in _words("青溪牧场一年能产牛奶多少吨？")


def test_modal_verb_reads_the_dictionary():
    assert qualifiers.modal_verb("能产") and qualifiers.modal_verb("可产")
    assert not qualifiers.modal_verb("会议") and not qualifiers.modal_verb("能耗")  # the dictionary's nouns
    assert not qualifiers.modal_verb("能源站") and not qualifiers.modal_verb("牧场")


def test_dictionary_words_with_a_modal_stay():
    # guards against over-reach: 会议, 能耗 are nouns of the dictionary
    assert "会议" in _words("青溪县会议中心能容纳多少人？")
    assert "能耗" in _words("青溪钢厂2023年能耗指标是多少？")


def test_who_wrote_up_a_conversation():
    for question in ["Who wrote up the conversation with the Pinewood mayor?",
                     "Who wrote the conversation with the Pinewood mayor?",
                     "Who wrote up the dialogue with Liu Fang?",
                     "Who wrote up the profile of the river chief?"]:
        assert roles.asked_roles(analyse(question)) == ("记者",), question


def test_writing_to_someone_asks_no_writer():
    # guards against over-reach: no piece is named
    assert roles.asked_roles(analyse("Who wrote to the county head?")) == ()
    assert roles.asked_roles(analyse("Who wrote up a plan for the county?")) == ()
    assert roles.asked_roles(analyse("Who wrote the report on Pinewood's farms?")) == ("记者",)


def test_a_project_total_is_not_a_years_investment():
    found = _scope("青溪新材料产业园项目2023年一整年实际投下去多少钱？")
    assert "total investment" in found["52亿元"] and found["8.6亿元"] == ""
    assert "total investment" in _scope("青溪新材料产业园项目今年已经完成投资多少？")["52亿元"]
    text = "青溪新材料产业园项目总投资达52亿元。"
    assert "total investment" in _scope("青溪新材料产业园项目2023年实际完成投资多少钱？", text)["52亿元"]
    f = find_quantities(PARK)[0]
    assert dimensions.project_total_disagreement("青溪新材料产业园项目2023年一整年实际投下去多少钱？", PARK, f)


def test_a_project_total_answers_the_total():
    # guards against over-reach: a question asking the total, or no year's actual sum
    assert _scope("青溪新材料产业园项目总投资多少？")["52亿元"] == ""
    assert _scope("青溪新材料产业园项目一共要投资多少钱？")["52亿元"] == ""
    assert _scope("青溪新材料产业园项目实际投资多少钱？")["52亿元"] == ""


def test_hyphenated_heads():
    assert english_head("How many meal-assistance points did Pinewood open in 2023?") == "points"
    assert english_head("How many elderly-care beds were added in Pinewood last year?") == "beds"
    assert english_head("How many low-carbon pilot villages does Pinewood have?") == "villages"
    assert english_head("How many charging piles were built in Pinewood?") == "piles"


def test_a_bodys_kind_is_no_verb():
    assert question_verbs("How many parks did Pinewood's Riverside district build in 2023?") == ["build"]
    assert "district" not in question_verbs("How many parks did Pinewood's Riverside district set up in 2023?")
    assert "district" not in question_verbs("How many parks did Pinewood Riverside district set up?")
    assert "county" not in question_verbs("How many schools did Pinewood county set up last year?")
    assert question_verbs("How many parks did Pinewood build?") == ["build"]
    assert question_verbs("How much money did the Pinewood county government spend?") == ["spend"]  # two in a row


def test_a_charge_and_a_gross_product_are_sums_of_money():
    money = english_dimensions.asked_units("What is the price of a ticket?")
    assert english_dimensions.asked_units("How much does Pinewood Cloud charge small firms for storage?") == money
    assert english_dimensions.asked_units("What was the gross ecosystem product of Pinewood in 2022?") == money
    assert english_dimensions.asked_units("What was Pinewood's GDP in 2022?") == money
    assert english_dimensions.unit_missing(_english("What was Pinewood's GDP in 2022?"), "松林市构建四级核算体系")
    # a share of it is a change word's: a percentage answers
    assert not english_dimensions.unit_missing(_english("What share of Pinewood's GDP came from tourism?"), "旅游业占比为12%")


def test_the_finest_place_named_is_asked():
    assert english_question.asked_place(["苏州市", "相城区"]) == ["相城区"]  # Suzhou's Xiangcheng district
    assert english_question.asked_place(["北京市", "房山区"]) == ["房山区"]
    assert english_question.asked_place(["江苏省", "苏州市"]) == ["苏州市"]
    assert english_question.asked_place(["杭州市", "宁波市"]) == ["杭州市"]  # two of a level: the first written
    assert english_question.asked_place(["房山", "北京市"]) == ["北京市"]  # a name written with its level before one without
    assert english_question.asked_place(["房山"]) == ["房山"]


def test_an_end_asked_needs_an_end_written():
    q = analyse("On what date does the Pinewood summer camp for young painters come to a close?")
    assert q.english and q.kind == "time"
    assert english_acts.unended(q, ["8月15日，松林夏令营走进美术馆"])
    assert not english_acts.unended(q, ["松林夏令营于8月20日闭营"])
    assert not english_acts.unended(q, ["活动将持续至8月20日"])
    opened = analyse("On what date did the Pinewood summer camp for young painters open?")
    assert not english_acts.unended(opened, ["8月15日，松林夏令营走进美术馆"])  # held before: no end asked
    assert not english_acts.unended(analyse("When will Pinewood finish the new bridge?"), ["新桥将于10月建成"])
