"""A sentence writing the figure of a question's asking clause answers that clause, whatever verb it
writes: it does not merely restate the question's premise (answer/thing_asked.restates_premise). Made-up sentences."""

from assistant.answer.thing_asked import restates_premise
from assistant.query.question import analyse


def test_the_asking_clauses_figure_written_is_no_restated_premise():
    q = analyse("甲县推进村容整治，今年要建50个的是什么？")
    assert restates_premise(q, "甲县推进村容整治,建设示范点50个。") == ""


def test_a_premise_restated_without_the_figure_is_still_read_so():
    q = analyse("甲县推进村容整治，今年要建50个的是什么？")
    assert restates_premise(q, "甲县推进村容整治,成效明显。") == "今年"
    assert restates_premise(q, "甲县推进村容整治,建设示范点150个。") == "今年"  # 150 is not 50
