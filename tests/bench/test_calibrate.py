"""`suyuan calibrate` (bench/evaluation.calibrate) and the gold test `run` shares with it,
on a made-up answerer: each question's support, and its answer when the support clears
the cut and when it does not."""

from types import SimpleNamespace

from assistant.bench import evaluation
from assistant.records import Answer

REFUSAL = ("资料中没有找到答案。", True)


class Cut:
    """Answers as the pipeline does at `settings.abstain_threshold`: `opened` when the
    question's support reaches it, else `shut` (a refusal unless given)."""

    def __init__(self, replies):
        self.settings = SimpleNamespace(selector="combined", abstention="rules", abstain_threshold=0.43)
        self.replies = replies  # question -> (support, (text, abstained) opened[, (text, abstained) shut])

    def ask(self, question, k=None, mode=None):
        support, opened, *shut = self.replies[question]
        text, abstained = opened if support >= self.settings.abstain_threshold else (shut or [REFUSAL])[0]
        return Answer(question, text, abstained, extra={"support": support})


def test_a_gold_quoting_a_whole_sentence_holds_without_its_stop():
    """An answer quotes a sentence without its full stop, the citation mark in its place: a gold
    string copied with the sentence's stop (or the one before it) is still in the answer."""
    assert evaluation.contains("他在京都隐居 [1]", "他在京都隐居。")
    assert evaluation.contains("他在京都隐居 [1]", "。他在京都隐居。")
    assert evaluation.contains("Sales rose [1]", "Sales rose.")
    assert not evaluation.contains("增长5 [1]", "增长5.5%")  # a figure's own point stays
    assert not evaluation.contains("约3 [1]", "约3.")  # a point after a digit may be the figure's
    assert not evaluation.contains("他在京都隐居 [1]", "他在大阪隐居。")
    assert evaluation.contains("。", "。") and not evaluation.contains("他 [1]", "。")  # only a stop: kept whole


def test_calibrate_reads_sentence_answers_as_eval_does():
    """Questions whose gold is a whole sentence with its stop (as reading-comprehension sets give
    them): the right answers are read right, so the cut answers them instead of refusing all."""
    replies = {"q1": (0.9, ("他在京都隐居 [1]", False)), "q2": (0.8, ("面积约为0.304平方公里 [1]", False)),
               "q3": (0.5, ("他生于1546年 [1]", False)), "q4": (0.3, ("天气很好 [1]", False))}
    items = [{"question": "q1", "answers": ["他在京都隐居。"]}, {"question": "q2", "answers": ["面积约为0.304平方公里。"]},
             {"question": "q3", "answers": ["他生于1546年。"]}, {"question": "q4", "answers": ["他卒于1618年。"]}]
    assistant = Cut(replies)
    result = evaluation.calibrate(assistant, items)
    assert 0.3 < result["threshold"] <= 0.5 and result["answered"] == 3 and result["confident_wrong"] == 0
    assert result["utility"] == 3.0 and assistant.settings.abstain_threshold == 0.43  # restored
    assert evaluation.run(assistant, items)["answer_accuracy"] == 0.75  # what eval reads at 0.43


def test_calibrate_scores_what_each_cut_would_show():
    """Below its cut an item shows what the pipeline shows then, not always a refusal: the
    versions of a disputed figure stand whatever the support, and a question the step drafts no
    answer for is refused however high its support. Neither may move the cut."""
    replies = {"q1": (0.9, ("产值81.6亿元 [1]", False)), "q2": (0.7, ("产量28.2万只 [1]", False)),
               "q3": (0.95, REFUSAL),  # unanswerable, nothing drafted: refused at any cut
               "q4": (0.2, ("人口12万 [1]", False), ("资料说法不一：12万 [1]；13万 [2]", False)),  # versions
               "q5": (0.6, ("增长7% [1]", False))}  # a wrong figure
    items = [{"question": "q1", "answers": ["81.6亿元"]}, {"question": "q2", "answers": ["28.2万只"]},
             {"question": "q3", "answers": [], "abstain": True}, {"question": "q4", "answers": ["12万", "13万"]},
             {"question": "q5", "answers": ["6.5%"]}]
    result = evaluation.calibrate(Cut(replies), items)
    assert 0.6 < result["threshold"] <= 0.7  # between the wrong figure and the least sure right one
    assert result["utility"] == 4.0 and result["answered"] == 3 and result["confident_wrong"] == 0
    curve = {c["cut"]: c for c in result["curve"]}
    assert curve[0.0] == {"cut": 0.0, "utility": -1.0, "answered": 4, "wrong": 2}  # q4's one figure, q5
    assert curve[1.0]["answered"] == 1 and curve[1.0]["utility"] == 2.0  # q4's versions, q3's refusal
    assert result["setting"] == "SUYUAN_ABSTAIN_THRESHOLD" and result["use"].startswith("set SUYUAN_ABSTAIN_THRESHOLD=")
    assert "3 refusals" in result["cost"]
