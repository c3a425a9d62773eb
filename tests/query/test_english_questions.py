"""English questions: the unit and head noun they ask for (their answer types are in test_question.py); names the bridge reads."""

import pytest

from assistant.query.question import analyse, english_head


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
