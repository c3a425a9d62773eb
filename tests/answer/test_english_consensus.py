"""An English answer every scorer puts first (answer/english_consensus.py): made-up sentences, made-up
probabilities and a made-up encoder."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import english_consensus, evidence, extractive
from assistant.answer.english import AGREED_SUPPORT
from assistant.query.question import analyse
from assistant.records import Hit
from support import made_chunk

TEXT = "某区区长表示，全区将坚持“稳中求进”的工作基调。全区新建道路4公里。今年全区举办各类活动30场。某区还将推进老旧小区改造。"


def _scored(order: list[str], score: float = 0.5) -> list[evidence.Scored]:
    sentences = {s.text: s for s in evidence.sentences_of([Hit(made_chunk(TEXT, "某区访谈", source="made/a.txt"), 1.0)])}
    return [evidence.Scored(sentences[next(t for t in sentences if key in t)], score, 1.0) for key in order]


def _with_p(scored, probabilities):
    return [replace(sc, score=p, factors={"probability": p}) for sc, p in zip(scored, probabilities)]


def _closest(key: str):
    return lambda texts: [0.83 if key in t else 0.79 for t in texts]


def _draft(sc, support=0.3):
    return extractive.Draft([extractive._whole(sc)], support, kind="generic")


def test_a_sentence_every_scorer_puts_first_is_taken_at_the_agreed_support():
    q = analyse("What work keynote does the district head say the district will uphold?")
    assert q.kind != "quantity"
    rules = _scored(["稳中求进", "道路", "活动", "小区"])
    order = _with_p(rules, [0.35, 0.1, 0.05, 0.02])
    ranked = _with_p(rules, [0.04, 0.02, 0.01, 0.01])
    made = _draft(order[0])
    assert english_consensus.agreed(q, made, order, rules, ranked, _closest("稳中求进")) == AGREED_SUPPORT
    # the encoder closer to another sentence, the selector preferring another, the English scorer unsure: as it was
    assert english_consensus.agreed(q, made, order, rules, ranked, _closest("道路")) == 0.3
    assert english_consensus.agreed(q, made, order, rules, ranked[1:] + ranked[:1], _closest("稳中求进")) == 0.3
    unsure = _with_p(rules, [english_consensus.LEAST_PROBABILITY / 2, 0.1, 0.05, 0.02])
    assert english_consensus.agreed(q, _draft(unsure[0]), unsure, rules, ranked, _closest("稳中求进")) == 0.3
    # the rules put it fourth: as it was
    late = _scored(["道路", "活动", "小区", "稳中求进"])
    assert english_consensus.agreed(q, made, order, late, ranked, _closest("稳中求进")) == 0.3
    # a draft cut from another sentence than the scorer's first, or vetoed (support 0): as it was
    assert english_consensus.agreed(q, _draft(order[1]), order, rules, ranked, _closest("稳中求进")) == 0.3
    assert english_consensus.agreed(q, _draft(order[0], 0.0), order, rules, ranked, _closest("稳中求进")) == 0.0


def test_a_figure_question_keeps_its_own_agreement():
    q = analyse("How many kilometres of roads did the district build?")
    assert q.kind == "quantity"
    rules = _scored(["道路", "活动"])
    order = _with_p(rules, [0.35, 0.1])
    assert english_consensus.agreed(q, _draft(order[0]), order, rules, order, _closest("道路")) == 0.3
