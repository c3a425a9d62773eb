"""The check audit (assistant/bench/check_worth.py): what it counts for a check that vetoes a
right answer or stops a wrong one, and how eval files and gold passages are read."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from assistant.answer import people, subject
from assistant.bench import check_worth, rejections

PLACE = subject.place_disagreement


def test_a_switched_off_check_agrees_in_its_callers_type_and_comes_back():
    with check_worth.switched_off(subject, "place_disagreement"):
        assert subject.place_disagreement(None, None, 0, 1) is None
    with check_worth.switched_off(subject, "sibling_articles"):
        assert subject.sibling_articles(None, []) == set()
    with check_worth.switched_off(people, "denies"):
        assert people.denies(None, "") is False
    assert subject.place_disagreement is PLACE


def test_a_switched_off_factor_is_one_and_the_place_verdicts_stay():
    from assistant.answer import evidence
    from assistant.answer.evidence import Sentence
    from assistant.query.question import analyse
    from assistant.records import Chunk

    text = "红湾市新增就业3000人。"
    chunk = Chunk(id="c1", source="made/c1.txt", title="红湾就业", subject="红湾市", article=0, start=0,
                  end=len(text), text=text, segments=((0, 0, len(text)),), raw=text)
    q, s = analyse("白河市新增就业多少人？"), Sentence(0, chunk, 0, len(text))
    factor, verdicts = evidence.place_check(q, s)
    assert factor < 1.0
    with check_worth.switched_off(evidence, "place_check"):
        assert evidence.place_check(q, s) == (1.0, verdicts)
    with check_worth.switched_off(evidence, "type_factor"):
        assert evidence.type_factor(q, "没有数字。") == 1.0
    assert evidence.type_factor(q, "没有数字。") < 1.0


def test_a_wrong_answer_costs_three_refusals_and_a_refusal_with_no_gold_nothing():
    assert check_worth.cost("wrong", True) == check_worth.cost("wrong", False) == 3
    assert check_worth.cost("abstained", True) == 1
    assert check_worth.cost("abstained", False) == 0
    assert check_worth.cost("right", True) == 0


def _audit(monkeypatch, on_off: dict, indexed: bool = True):
    """One question; the answer is on_off[(condition, place check on?)]."""
    condition = {}

    def outcome(assistant, state, answers):
        return on_off[(condition["now"], subject.place_disagreement is PLACE)]

    def invoke(request):
        return {"q": SimpleNamespace(kind="place"), "hits": [SimpleNamespace(chunk="gold"), SimpleNamespace(chunk="other")]}

    def sentences_of(hits):
        condition["now"] = "in" if len(hits) == 2 else "out"
        return []
    monkeypatch.setattr(rejections, "outcome", outcome)
    monkeypatch.setattr(check_worth, "sentences_of", sentences_of)
    monkeypatch.setattr(subject, "with_articles", lambda q, s: q)
    monkeypatch.setattr(check_worth, "firing", lambda q, s: {"place"})
    assistant = SimpleNamespace(_retrieval=SimpleNamespace(invoke=invoke))
    item = check_worth.Item("q1", "某地有多少人？", ("3人",), lambda chunk: chunk == "gold", indexed)
    return check_worth.audit(assistant, [item], progress=False)


def test_a_check_that_vetoes_the_gold_and_stops_a_near_miss_is_worth_their_difference(monkeypatch):
    result = _audit(monkeypatch, {("in", True): "abstained", ("in", False): "right",
                                  ("out", True): "abstained", ("out", False): "wrong"})
    assert result["checks"]["place"] == {"vetoed_right": 1, "stopped_wrong": 1, "added_wrong": 0, "net": 3 - 1}
    assert result["checks"]["every veto"] == result["checks"]["place"]  # all off at once: here only place counts
    assert result["outcomes"] == {"in:abstained": 1, "out:abstained": 1}
    assert sorted(result["changed"]["place"]) == ["q1 in abstained<-right 某地有多少人？",
                                                  "q1 out abstained<-wrong 某地有多少人？"]


def test_a_check_that_turns_a_refusal_into_a_wrong_answer_costs(monkeypatch):
    result = _audit(monkeypatch, {("out", True): "wrong", ("out", False): "abstained"}, indexed=False)
    assert result["checks"]["place"] == {"vetoed_right": 0, "stopped_wrong": 0, "added_wrong": 1, "net": -3}
    assert result["outcomes"] == {"out:wrong": 1}


def test_an_eval_files_unanswerable_items_have_no_gold_and_claims_are_left_out(tmp_path):
    path = tmp_path / "q.jsonl"
    rows = [{"id": "a1", "question": "青溪新增就业多少人？", "answers": ["3000人"], "evidence": ["新增就业3000人"]},
            {"id": "a2", "question": "白河新增就业多少人？", "abstain": True},
            {"id": "c1", "type": "claim", "claim": "青溪新增就业3000人。"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    kept, taken = check_worth.eval_items(path, False), check_worth.eval_items(path, True)
    assert [(i.id, i.indexed, i.answers) for i in kept] == [("a1", True, ["3000人"]), ("a2", False, [])]
    holding = SimpleNamespace(text="今年青溪新增就业3000人。")
    assert not kept[0].is_gold(holding) and taken[0].is_gold(holding)
    assert not taken[0].is_gold(SimpleNamespace(text="青溪新增就业2000人。"))
    assert not taken[1].is_gold(holding)


def test_an_unknown_set_is_a_clear_message():
    with pytest.raises(SystemExit, match="no such set or file"):
        check_worth.main(["nowhere.jsonl"])
