"""A figure claim nothing else decides, asked of the answerer (check/answered.py): the claim becomes the
question for its figure, and another figure the answer shows in the claim's unit refutes it; the same
figure shown leaves it open, unless the claim writes two figures or more and one shown span holds them all. Made-up sentences and a stand-in answerer; the last test asks the real one
over the seeds."""

from __future__ import annotations

import pytest
from support import flat_idf, made_hits

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import answered, draft
from assistant.check.claims import check


def _claims(text: str) -> list[draft.Claim]:
    return [c for c in draft.claims_of(text, 0, len(text)) if c.kind == "figure"]


def _claim(text: str) -> draft.Claim:
    return _claims(text)[0]


def _answer(source: str):
    """A stand-in answerer showing the whole of `source` for any question, remembering what it was asked."""
    asked = []

    def ask(question: str):
        asked.append(question)
        s = sentences_of(made_hits(source))[0]
        return [make_part(s, s.a, s.b, 0.9)]

    ask.asked = asked
    return ask


def test_the_claim_asks_for_its_figure_in_its_unit():
    c = _claim("青溪县地方级财政收入比前一年多了39%。")
    assert answered.question(c.text, c.figure) == "青溪县地方级财政收入比前一年多了百分之多少？"
    c = _claim("青溪县今年要新铺和改造各类管线25公里。")
    assert answered.question(c.text, c.figure) == "青溪县今年要新铺和改造各类管线多少公里？"


def test_a_figure_without_a_count_is_not_asked():
    c = _claim("这款车的百公里油耗比另一款略高。")
    assert answered.question(c.text, c.figure) == ""
    ask = _answer("测得该车的百公里油耗为5.67升。")
    assert answered.decide(c, ask) is None and ask.asked == []


def test_another_figure_shown_refutes_and_the_same_one_leaves_it_open():
    source = "青溪县地方级财政收入完成1.7亿元，增长93%。"
    out = answered.decide(_claim("青溪县地方级财政收入比前一年多了39%。"), _answer(source))
    assert out.verdict == "refuted" and out.sources_say == ("93%",) and out.decided_by == "answer"
    assert out.parts[0].sentence.text.startswith("青溪县")
    # the answer says the figure, not what else the claim says of it (who buys, who said it)
    assert answered.decide(_claim("青溪县地方级财政收入比前一年多了93%，全部来自新办企业。"), _answer(source)) is None


def test_a_refusal_or_a_figure_in_another_unit_leaves_it_open():
    c = _claim("青溪县今年要新铺和改造各类管线25公里。")
    assert answered.decide(c, lambda question: []) is None
    assert answered.decide(c, None) is None  # no answerer at hand (a draft checked without one)
    assert answered.decide(c, _answer("青溪县今年新建改造管网投资3亿元。")) is None


def test_two_figures_shown_together_support_the_claim():
    source = "青溪县地方级财政收入完成1.7亿元，增长93%。"
    claim = "青溪县去年地方级财政收入达到1.7亿元，增速为93%。"
    for c in _claims(claim):
        out = answered.decide(c, _answer(source))
        assert out.verdict == "supported" and out.decided_by == "answer" and out.parts[0].sentence.text == source
    # one of them another value: the other's part stays open, its own is refuted
    verdicts = {c.figure.text: answered.decide(c, _answer(source)) for c in _claims("青溪县去年地方级财政收入达到1.7亿元，增速为39%。")}
    assert verdicts["1.7亿元"] is None and verdicts["39%"].verdict == "refuted"


def test_the_other_figures_question_is_asked_when_its_own_finds_nothing():
    source = "青溪县地方级财政收入完成1.7亿元，增长93%。"
    shown = _answer(source)
    ask = lambda question: [] if "多少元" in question else shown(question)  # noqa: E731
    first = next(c for c in _claims("青溪县去年地方级财政收入达到1.7亿元，增速为93%。") if c.figure.text == "1.7亿元")
    assert answered.decide(first, ask).verdict == "supported" and any("百分之多少" in q for q in shown.asked)


def test_a_remembered_answerer_is_asked_each_question_once():
    shown = _answer("青溪县地方级财政收入完成1.7亿元，增长93%。")
    ask = lambda question: [] if "多少元" in question else shown(question)  # noqa: E731
    remembered = answered.remembered(ask)
    for c in _claims("青溪县去年地方级财政收入达到1.7亿元，增速为93%。"):
        assert answered.decide(c, remembered).verdict == "supported"
    assert len(shown.asked) == 1  # the 93% question, asked by both parts, answered once
    assert answered.remembered(None) is None


def test_a_negated_claim_is_not_asked():
    ask = _answer("青溪县地方级财政收入完成1.7亿元，增长93%。")
    assert answered.decide(_claim("青溪县地方级财政收入没有增长39%。"), ask) is None and ask.asked == []


def test_the_claim_check_reads_the_answer_only_where_the_passages_leave_it_open():
    # the passages hold no sentence the figure check matches: without the answerer, not enough info
    hits = made_hits("青溪县今年还要加快城区道路建设。")
    claim = "青溪县今年要新铺和改造各类管线25公里。"
    assert check(claim, hits, flat_idf, 0.43).verdict == "not_enough_info"
    found = check(claim, hits, flat_idf, 0.43, ask=_answer("铺设和改造供水、燃气、污水管网管线52公里。"))
    assert found.verdict == "refuted" and "52公里" in found.text and found.citations
    # a sentence the figure check decides itself is not asked again
    ask = _answer("铺设和改造供水、燃气、污水管网管线52公里。")
    direct = made_hits("青溪县今年要新铺和改造各类管线30公里。")
    assert check(claim, direct, flat_idf, 0.43, ask=ask).verdict == "refuted" and ask.asked == []


@pytest.mark.slow
def test_a_reworded_claim_over_the_seeds(seeded):
    # 新添…固定停车泊位 for the report's 新增固定泊位: the figure check alone leaves the rewording open; the real
    # answerer, asked how many, shows the report's sentence, whose 2000 refutes 3000 (and leaves 2000 open)
    wrong = seeded.check("今年辽源城区要新添3000个固定停车泊位。")
    assert wrong.verdict == "refuted" and "2000个" in wrong.text and wrong.citations, wrong.text
    assert seeded.check("今年辽源城区要新添2000个固定停车泊位。").verdict == "not_enough_info"
