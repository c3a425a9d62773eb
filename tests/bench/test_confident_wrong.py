"""`confident_wrong` in the eval metrics: answered, but without every gold string (or
answered when the item should be refused). A stub answerer keeps this a unit test; the
real pipeline's metrics are checked in test_eval.py."""

from assistant.bench import evaluation
from assistant.records import Answer


class Stub:
    def __init__(self, replies):
        self.replies = replies

    def ask(self, question, k=None, mode=None):
        text, abstained = self.replies[question]
        return Answer(question, text, abstained, extra={"probability": 0.9})


def test_confident_wrong_counts_wrong_answers_and_answered_unanswerables():
    items = [
        {"id": "a", "type": "factoid", "question": "q1", "answers": ["81.6亿元"]},
        {"id": "b", "type": "factoid", "question": "q2", "answers": ["6.5%"]},
        {"id": "c", "type": "factoid", "question": "q3", "answers": ["5.5%"]},
        {"id": "d", "type": "unanswerable", "question": "q4", "answers": [], "abstain": True},
        {"id": "e", "type": "unanswerable", "question": "q5", "answers": [], "abstain": True},
    ]
    stub = Stub({"q1": ("涉鹿产值81.6亿元 [1]", False), "q2": ("增长7% [1]", False), "q3": ("", True),
                 "q4": ("常住人口12万 [1]", False), "q5": ("", True)})
    m = evaluation.run(stub, items)
    assert m["confident_wrong"] == 2  # q2 (a wrong figure) and q4 (should have refused)
    assert m["answer_accuracy"] == round(1 / 3, 4)
    by_id = {o["id"]: o for o in m["items"]}
    assert by_id["b"]["confident_wrong"] and by_id["d"]["confident_wrong"]
    assert not by_id["c"]["confident_wrong"] and not by_id["a"]["confident_wrong"]
    assert by_id["a"]["probability"] == 0.9
