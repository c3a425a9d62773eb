"""English questions: the answer type, unit and head noun they ask for; names the bridge reads."""

import pytest

from assistant.query.question import analyse, english_head


@pytest.mark.parametrize("text,kind", [
    ("Who is the president of the hospital?", "person"),
    ("Which official heads the county?", "person"),
    ("When will the railway open?", "time"),
    ("In what year was the museum built?", "time"),
    ("Where is the new airport?", "place"),
    ("Which city has the highest GDP?", "place"),
    ("How much did the county invest in roads?", "quantity"),
    ("How many people died in the flood?", "quantity"),
    ("What is the market share of the company?", "quantity"),
    ("Which industries will the city develop?", "list"),
    ("Which two industrial clusters will the city build?", "list"),
    ("What does the county plan for tourism?", "generic"),
    ("Why did exports fall?", "reason"),
])
def test_answer_type_of_an_english_question(text, kind):
    assert analyse(text).kind == kind


@pytest.mark.parametrize("text,unit", [
    ("What percentage of students passed?", "%"),
    ("What growth does the city expect?", "%"),
    ("How many people died in the flood?", "人"),
    ("How many tons of tea were produced?", "吨"),
    ("How many buses will the city buy?", ""),  # a count: the text may say 辆, 台 or 个
])
def test_unit_an_english_question_names(text, unit):
    assert analyse(text).unit == unit


@pytest.mark.parametrize("text,head", [
    ("Who is the president of Xi'an Chest Hospital?", "president"),
    ("What was Lockheed Martin's net income in 2023?", "income"),
    ("What is HP's market share in India?", "share"),
    ("How many people died in the rainstorm?", "people"),
    ("What is the population of Liaoyuan?", "population"),
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
