"""Session 68's question readings, on made-up questions: a noun in -ed (speed) is no verb ending the asked noun
phrase (query/english_phrases.asked); a speed, a weight or a length asked by "what" is a quantity
(query/question.py PATTERNS_EN)."""

import pytest

from assistant.query import english_phrases
from assistant.query.question import analyse


# 3. english_phrases.asked

def test_a_noun_in_ed_is_no_verb():
    assert english_phrases.asked("What maximum read speed does the Lanbo RX820 claim?") == "maximum read speed"
    assert english_phrases.asked("What top speed does the Zephyr E3 scooter reach?") == "top speed"


def test_a_verb_in_ed_still_ends_the_noun_phrase():
    # guards against over-reach: carried, reported, supplied are verbs
    assert english_phrases.asked("Which newspaper carried the story in May?") == "newspaper"
    assert english_phrases.asked("Which newspaper carried the report?") == "newspaper"
    assert english_phrases.asked("Which agency reported the fire?") == "agency"
    assert english_phrases.asked("Which seed variety did the Redcliff farm plant?") == "seed variety"


# 7. question.py: figures asked by their noun

@pytest.mark.parametrize("text", [
    "What maximum read speed does the Lanbo RX820 claim?",
    "What is the weight of the Zephyr E3 scooter?",
    "What length is the new Redcliff bridge?",
    "What top speed can the Zephyr E3 reach?",
    "What height will the Pinewood tower reach?",
])
def test_a_measure_asked_by_its_noun_is_a_quantity(text):
    assert analyse(text).kind == "quantity"


@pytest.mark.parametrize("text", [
    "What color is the Zephyr E3 scooter?",
    "What material is the Redcliff bridge made of?",
])
def test_a_colour_or_material_is_no_quantity(text):
    # guards against over-reach: what colour, what material ask a thing
    assert analyse(text).kind != "quantity"


@pytest.mark.parametrize("text", ["Which high-speed rail line opened in Pinewood last year?",
                                  "Which speed skater won the Pinewood race?",
                                  "Which long-distance runner won the Redcliff marathon?",
                                  "Which company makes the Zephyr E3's speed sensor?"])
def test_a_measure_noun_inside_a_compound_asks_no_figure(text):
    assert analyse(text).kind != "quantity"


def test_an_exact_day_asked_is_a_time_question():
    assert analyse("On what exact day will the Lanbo RX820 go on sale?").kind == "time"
    assert analyse("On what day will the Lanbo RX820 go on sale?").kind == "time"  # as before
