"""The combined step's calibrated abstention (answer/abstain.py), its trainer
(learn/abstention.py) and `suyuan calibrate` for it, on made-up sentences and rows."""

import json
from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from assistant.answer import abstain, extractive, selector, uncovered
from assistant.learn import abstention
from assistant.query.question import analyse
from assistant.records import Hit
from support import flat_idf, made_chunk

DEER = ("全县梅花鹿饲养量达到28.2万只。涉鹿产值81.6亿元。今天天气很好，大家出门散步。")


def _hits(text: str = DEER, title: str = "东丰县以新作为开创高质量发展新局面"):
    return [Hit(made_chunk(text, title, "东丰县"), 1.0, 1, 1, 0.8)]


def _cosines(texts):
    """Made-up e5 cosines: the answer closest to the question, the weather furthest."""
    return [0.9 if "产值" in t else 0.8 if "梅花鹿" in t else 0.7 for t in texts]


def test_weight_file_loads_with_its_own_columns():
    model = abstain.default_model()
    assert model.names == abstain.NAMES and model.columns == abstain.NAMES
    assert len(model.coef) == len(abstain.NAMES)
    assert model.meta["wrong_cost"] == abstain.WRONG_COST == 3.0 and model.meta["judges"] == ["quantity"]
    assert abstain.support_floor(model, 0.43) == model.meta["support_floor"] == abstention.SUPPORT_FLOOR
    assert 0.0 < model.threshold < 1.0
    # the held-out report is what docs/benchmarks.md quotes: it must be there and add up
    held = model.meta["heldout"]
    assert held["answered_right"] + held["confident_wrong"] == held["answered"] <= held["shown_answers"]


def test_a_weight_file_of_other_columns_is_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"features": ["support", "no_such_signal"], "mean": [0, 0], "scale": [1, 1],
                                "coef": [1, 1], "intercept": 0, "threshold": 0.5}))
    with pytest.raises(ValueError, match="assistant.learn.abstention"):
        abstain.default_model(path)


def _signals(q, ruled, shown, found, ranked):
    return dict(zip(abstain.NAMES, abstain.signals(q, False, ruled, shown, found, ranked)))


def test_signals_of_made_up_candidates():
    """The rules' draft and the selector's first choice on the same sentence: same_sentence
    1, margin the gap of the two best probabilities, the shown sentence's own columns; the
    selector's draft on another sentence: same_sentence 0, learned_shown 1."""
    q = analyse("东丰县梅花鹿产值是多少亿元？")
    found = selector.candidates(q, _hits(), flat_idf, similarity=_cosines)
    answer = next(s for s in found.scored if "产值" in s.sentence.text)
    herd = next(s for s in found.scored if "饲养量" in s.sentence.text)
    ranked = [replace(answer, score=0.8), replace(herd, score=0.3)]
    ruled = extractive.Draft([extractive._whole(answer)], 0.9, kind="quantity")
    row = _signals(q, ruled, ruled, found, ranked)
    assert row["same_sentence"] == 1.0 and row["learned_shown"] == 0.0
    assert row["p_best"] == 0.8 and row["margin"] == pytest.approx(0.5) and row["p_shown"] == 0.8
    assert row["support"] == 0.9 and row["kind_quantity"] == 1.0 and row["candidates"] == pytest.approx(np.log1p(3))
    assert row["shown_dense_sim"] == 0.9 and row["shown_unit_match"] == 1.0
    other = extractive.Draft([extractive._whole(herd)], 0.9, kind="sentence")
    row = _signals(q, ruled, other, found, ranked)
    assert row["same_sentence"] == 1.0 and row["learned_shown"] == 1.0 and row["p_shown"] == 0.3
    nothing = _signals(q, ruled, ruled, found, [])  # no candidate agrees with the subject
    assert nothing["p_best"] == 0.0 and nothing["agreeing_share"] == 0.0 and nothing["same_sentence"] == 0.0


def _model(coef: dict, threshold: float = 0.5):
    """A made-up abstention model reading only the named signals."""
    names = tuple(coef)
    return selector.Selector(names, np.zeros(len(names)), np.ones(len(names)), np.asarray(list(coef.values()), float),
                             0.0, threshold, {}, abstain.NAMES)


def test_abstention_follows_the_model_and_every_part():
    """The probability of an answer is its least sure part's; a part without a draft is a refusal."""
    model = _model({"p_best": 4.0, "same_sentence": 2.0}, threshold=0.9)
    sure = dict.fromkeys(abstain.NAMES, 0.0) | {"p_best": 0.9, "same_sentence": 1.0}
    unsure = sure | {"p_best": 0.1, "same_sentence": 0.0}
    rows = [[r[n] for n in abstain.NAMES] for r in (sure, unsure)]
    p_sure = abstain.probability(rows[:1], model)
    assert p_sure == pytest.approx(1 / (1 + np.exp(-(4 * 0.9 + 2))))
    assert p_sure >= model.threshold > abstain.probability(rows, model) == abstain.probability(rows[1:], model)
    assert abstain.probability([], model) == 0.0
    step = selector.Combined([None], 0.0, None, [])
    assert step.right(model) == 0.0


def test_documented_example():
    """docs/benchmarks.md: over the made-up deer sentences, without an encoder (the e5
    columns read as their training mean), the committed model gives 东丰县梅花鹿饲养量是多少？
    (the rules quote 全县梅花鹿饲养量达到28.2万只, support 1.0, the figure picker's best) 0.98 and
    东丰县梅花鹿产值是多少亿元？ (涉鹿产值81.6亿元, support 0.74) 0.98, both above its cut; asked for
    last year's herd (去年, a period no sentence says) 0.03, refused although the rules' support
    is 1.0; 东丰县常住人口是多少？ (nothing says it; support 0, below the file's floor) refused
    whatever its probability; a person question is not its to judge (1.0: the rules' support
    alone decides, and 0.07 is refused)."""
    model = abstain.default_model()
    herd = selector.combined(analyse("东丰县梅花鹿饲养量是多少？"), _hits(), flat_idf)
    assert "28.2万只" in herd.drafts[0].parts[0].sentence.text
    assert herd.right() == pytest.approx(0.98, abs=0.01) and herd.right() >= model.threshold
    assert abstain.decision(herd.rows, 0.43, model) == herd.right()
    value = selector.combined(analyse("东丰县梅花鹿产值是多少亿元？"), _hits(), flat_idf)
    assert "81.6亿元" in value.drafts[0].parts[0].sentence.text
    assert value.right() == pytest.approx(0.98, abs=0.01)
    last_year = selector.combined(analyse("东丰县去年梅花鹿饲养量是多少？"), _hits(), flat_idf)
    assert last_year.support >= 1.0 and last_year.right() == pytest.approx(0.03, abs=0.01)
    assert abstain.decision(last_year.rows, 0.43, model) < model.threshold
    missing = selector.combined(analyse("东丰县常住人口是多少？"), _hits(), flat_idf)
    assert missing.support == 0.0 and missing.right() < 0.01 and abstain.decision(missing.rows, 0.43, model) == -1.0
    mayor = selector.combined(analyse("东丰县县长是谁？"), _hits(), flat_idf)
    assert mayor.right() == 1.0 and mayor.support < 0.43 and abstain.decision(mayor.rows, 0.43, model) == -1.0


def test_one_decision_per_part():
    """A figure part the model judges is answered on its probability from the file's floor
    up, below the rules' cut too; under the floor it is refused whatever its probability; a
    part it does not judge (a person) needs the rules' own cut; every part must pass."""
    model = _model({"p_best": 4.0}, threshold=0.9)
    model = replace(model, meta={"judges": ["quantity"], "support_floor": 0.35})

    def row(support, p_best, kind="quantity"):
        r = [0.0] * len(abstain.NAMES)
        r[abstain.NAMES.index("support")], r[abstain.NAMES.index("p_best")] = support, p_best
        r[abstain.NAMES.index(f"kind_{kind}")] = 1.0
        return r

    sure = abstain.probability([row(0.38, 1.0)], model)
    assert sure > 0.9 and abstain.decision([row(0.38, 1.0)], 0.43, model) == sure  # under the rules' cut, answered
    assert abstain.decision([row(0.30, 1.0)], 0.43, model) == -1.0  # under the floor
    assert abstain.decision([row(0.9, 0.0)], 0.43, model) < 0.9  # the rules' support high, the model unsure
    assert abstain.decision([row(0.38, 1.0, "person")], 0.43, model) == -1.0  # not judged: the rules' cut
    assert abstain.decision([row(0.5, 0.0, "person")], 0.43, model) == 1.0
    assert abstain.decision([row(0.38, 1.0), row(0.38, 1.0, "person")], 0.43, model) == -1.0
    assert abstain.decision([row(0.38, 1.0)], 0.43, replace(model, meta={"judges": ["quantity"]})) == -1.0  # no floor: the cut
    assert abstain.decision([], 0.43, model) == 0.0


def test_threshold_is_the_cut_of_least_cost():
    """A wrong answer costs 3, a refused right one 1: the 0.6 wrong answer is refused, the
    0.5 right one with it (cheaper than answering both)."""
    probs = np.array([0.95, 0.9, 0.6, 0.5, 0.2])
    right = np.array([1, 1, 0, 1, 0])
    t = abstention.choose_threshold(probs, right)
    assert 0.6 < t < 0.9 and abstention.cost(probs, right, t) == 1.0
    assert abstention.choose_threshold(probs, right, wrong_cost=0.5) < 0.5  # cheap wrong answers: answer all


def test_trainer_fits_the_answers_from_the_floor_up_and_holds_out_articles(tmp_path):
    """Rows of the store's answers (every draft shown): those under the support floor,
    multi-part ones and short rows are left out, those between the floor and the rules' cut
    kept; an unanswerable question answered is wrong whatever the eval said of its
    text; a quarter of the articles is held out."""
    rng = np.random.default_rng(3)
    records = []
    for n in range(160):
        good = n % 2 == 0
        row = [float(x) for x in rng.normal(size=len(abstain.NAMES))]
        row[abstain.NAMES.index("figure_shown")] = 0.9 if good else 0.1
        row[abstain.NAMES.index("kind_quantity")], row[abstain.NAMES.index("english")] = 1.0, 0.0
        records.append({"id": f"a{n % 40}-{n}", "variant": "answerable" if good else "tempting", "abstain": not good,
                        "rows": [row], "support": 0.8, "drafted": True, "answered": True, "correct": True})
    records[0]["support"] = abstention.SUPPORT_FLOOR - 0.05
    records[6]["support"] = abstention.SUPPORT_FLOOR + 0.01
    records[2]["rows"] = [records[2]["rows"][0]] * 2
    records[4]["rows"] = [records[4]["rows"][0][:5]]
    x, y = abstention.points(records)
    assert len(y) == 157 and y.sum() == 77  # the 80 tempting ones answered are wrong
    weights = abstention.train(records)
    path = tmp_path / "w.json"
    path.write_text(json.dumps(weights))
    model = abstain.default_model(path)
    assert model.coef[abstain.NAMES.index("figure_shown")] > 0 and 0 < model.threshold < 1
    meta = weights["meta"]
    assert meta["heldout"]["shown_answers"] + meta["fit"]["shown_answers"] == 157
    assert 0 < meta["questions"]["heldout"] < meta["questions"]["fit"]
    assert abstention.article({"id": "a1606-0-t"}) == "a1606"


def test_signals_say_what_of_the_question_the_passage_does_not():
    """A tempting near miss: the passage gives this year's herd, the question asks last
    year's; the rules still show the sentence, and the uncovered columns say so."""
    q = analyse("东丰县去年梅花鹿饲养量达到多少万只？")
    found = selector.candidates(q, _hits(), flat_idf, similarity=_cosines)
    herd = next(s for s in found.scored if "饲养量" in s.sentence.text)
    ruled = extractive.Draft([extractive._whole(herd)], 0.9, kind="quantity")
    row = dict(zip(abstain.NAMES, abstain.signals(q, False, ruled, ruled, found, [herd], flat_idf)))
    assert row["miss_time_sentence"] == row["miss_time_passage"] == 1.0 and row["miss_place"] == 0.0
    asked = dict(zip(abstain.NAMES, abstain.signals(analyse("全县梅花鹿饲养量达到多少万只？"), False, ruled, ruled,
                                                    found, [herd], flat_idf)))
    assert asked["miss_time_passage"] == asked["miss_share"] == 0.0
    # an English question's words are never the passage's: its columns say nothing missing
    english = dict(zip(abstain.NAMES, abstain.signals(q, True, ruled, ruled, found, [herd], flat_idf)))
    assert all(english[name] == 0.0 for name in uncovered.NAMES) and english["english"] == 1.0


def test_figure_columns_read_the_picker_on_the_quoted_figure():
    """The herd question quoting the herd clause: its figure is the picker's best, the other
    sentence's far less probable; quoting the value clause instead, the figure shown is the
    improbable one and the other the best."""
    q = analyse("东丰县梅花鹿饲养量是多少？")
    found = selector.candidates(q, _hits(), flat_idf)
    herd = next(s for s in found.scored if "饲养量" in s.sentence.text)
    value = next(s for s in found.scored if "产值" in s.sentence.text)
    shown, best, other = abstain.figure_columns(q, found.scored, extractive._whole(herd), flat_idf)
    assert shown == best > 0.5 > other
    shown, best, other = abstain.figure_columns(q, found.scored, extractive._whole(value), flat_idf)
    assert shown < 0.5 < best == other


class _Asked:
    """A made-up assistant for `calibrate`: each question's answer and confidence are given."""

    def __init__(self, answers):
        self.settings = SimpleNamespace(selector="combined", abstention="learned", answer_threshold=None,
                                        abstain_threshold=0.43)
        self.answers = answers

    def ask(self, question):
        assert self.settings.answer_threshold in (-1.0, float("inf"))  # asked with the cut open, then shut
        text, confidence, *support = self.answers[question]
        shut = confidence < self.settings.answer_threshold
        return SimpleNamespace(text="资料中没有找到答案。" if shut else text, abstained=shut,
                               extra={"confidence": confidence, "support": (support or [0.9])[0]})


def test_calibrate_refits_the_default_steps_threshold():
    """`SUYUAN_ABSTENTION=learned suyuan calibrate FILE` reads the default step's calibrated
    probability and names SUYUAN_ANSWER_THRESHOLD: here the cut falls between the wrong
    answer (0.55) and the least sure right one (0.7). With the rules' abstention it is the
    support's threshold, as before."""
    from assistant.bench import evaluation

    assistant = _Asked({"q1": ("81.6亿元", 0.9), "q2": ("28.2万只", 0.7), "q3": ("81.6亿元", 0.55), "q4": ("x", 0.3)})
    items = [{"question": "q1", "answers": ["81.6亿元"]}, {"question": "q2", "answers": ["28.2万只"]},
             {"question": "q3", "answers": ["28.2万只"]}, {"question": "q4", "answers": [], "abstain": True}]
    result = evaluation.calibrate(assistant, items)
    assert result["setting"] == "SUYUAN_ANSWER_THRESHOLD" and result["items"] == 4
    assert 0.55 < result["threshold"] <= 0.7 and result["confident_wrong"] == 0
    assert assistant.settings.answer_threshold is None  # restored: nothing is written
    # an answer whose support falls short reads -1 (answer/abstain.decision): a wrong answer
    # the model was sure of, refused by the support, moves no threshold
    assistant.answers["q5"] = ("x", -1.0, 0.2)
    again = evaluation.calibrate(assistant, items + [{"question": "q5", "answers": ["28.2万只"]}])
    assert again["threshold"] == result["threshold"] and again["confident_wrong"] == 0
    assistant.settings.abstention = "rules"
    assistant.ask = lambda question: SimpleNamespace(text="81.6亿元", abstained=False, extra={"support": 0.9})
    assert evaluation.calibrate(assistant, items[:1])["setting"] == "SUYUAN_ABSTAIN_THRESHOLD"


def test_a_model_judges_only_the_kinds_it_was_trained_on():
    """A weight file naming 'judges' speaks for those kinds of Chinese question only: a
    person question's answer, or an English figure question's, is left to the support (1)."""
    from assistant.answer.weights import Selector

    n = len(abstain.NAMES)
    model = Selector(abstain.NAMES, np.zeros(n), np.ones(n), np.zeros(n), -2.0, 0.5, {"judges": ["quantity"]},
                     abstain.NAMES)
    figure, person = [0.0] * n, [0.0] * n
    figure[abstain.NAMES.index("kind_quantity")] = person[abstain.NAMES.index("kind_person")] = 1.0
    english = list(figure)
    english[abstain.NAMES.index("english")] = 1.0
    assert abstain.probability([figure], model) == pytest.approx(0.119, abs=0.001)
    assert abstain.probability([person], model) == abstain.probability([english], model) == 1.0
    assert abstain.probability([person, figure], model) == pytest.approx(0.119, abs=0.001)
    every = replace(model, meta={})  # a file naming none judges every answer
    assert abstain.probability([person], every) == pytest.approx(0.119, abs=0.001)


def _settings(**kw):
    return SimpleNamespace(**{"figure_picker": "rules", "abstain_threshold": 0.43, "abstention": "learned",
                              "answer_threshold": None, **kw})


def test_steps_are_recorded_only_inside_the_block_and_learned_reads_one_decision():
    """steps.recorded() collects the combined steps answered inside it (what learn/store_rows
    keeps of an answer), nothing outside; with `learned` the JSON's confidence is what the cut
    reads: the herd's probability, -1 for the population nothing says (support 0)."""
    from assistant.answer import steps

    herd = analyse("东丰县梅花鹿饲养量是多少？")
    with steps.recorded() as seen:
        *_, confidence, extra = steps.run("combined", herd, _hits(), flat_idf, None, None, _settings())
        steps.run("combined", analyse("东丰县常住人口是多少？"), _hits(), flat_idf, None, None, _settings())
    steps.run("combined", herd, _hits(), flat_idf, None, None, _settings())
    assert len(seen) == 2 and seen[0].rows and "28.2万只" in seen[0].drafts[0].parts[0].sentence.text
    assert confidence == seen[0].right() and extra["confidence"] == round(confidence, 4)
    assert abstain.decision(seen[1].rows, 0.43) == -1.0
    rules = steps.run("combined", herd, _hits(), flat_idf, None, None, _settings(abstention="rules"))
    assert rules[3] is None and rules[4]["confidence"] == extra["confidence"]


class _Store:
    """A made-up assistant answering through the combined step over the deer sentences, as the
    service does (answered when the support reaches its cut)."""

    def __init__(self, cut):
        self.settings = _settings(abstention="rules", abstain_threshold=cut)

    def ask(self, question, k=None, mode=None):
        from assistant.answer import steps

        drafts, support, threshold, _, extra = steps.run("combined", analyse(question), _hits(), flat_idf, None, None,
                                                         self.settings)
        shown = support >= threshold and all(drafts)
        text = drafts[0].parts[0].sentence.text if shown else "资料中没有找到"
        return SimpleNamespace(text=text, abstained=not shown, hits=(), citations=(), flags=(), mode="extractive",
                               extra=extra)


def test_store_rows_keep_each_answers_step_and_its_verdict_at_every_support(tmp_path):
    """learn/store_rows.rows: one line per item with the rows of the step that answered it (the
    eval loop's own answers), the support and the eval's verdict; answered with every draft
    shown (cut -1) the verdict says whether a refused answer would have been right."""
    from assistant.learn import store_rows

    items = [{"id": "a1-0", "question": "东丰县梅花鹿饲养量是多少？", "answers": ["28.2万只"]},
             {"id": "a1-0-t", "question": "东丰县去年梅花鹿饲养量是多少？", "answers": [], "abstain": True},
             {"id": "c", "type": "claim", "claim": "x"}]
    shown = [json.loads(line) for line in store_rows.rows(_Store(-1.0), items, tmp_path / "r.jsonl").read_text().splitlines()]
    assert [r["id"] for r in shown] == ["a1-0", "a1-0-t"]  # claims are not asked
    assert shown[0]["correct"] and shown[0]["answered"] and shown[0]["rows"] and shown[0]["threshold"] == -1.0
    assert shown[1]["answered"] and not shown[1]["correct"] and shown[1]["drafted"]  # shown: wrong
    strict = [json.loads(line) for line in store_rows.rows(_Store(1.5), items, tmp_path / "s.jsonl").read_text().splitlines()]
    assert not strict[0]["answered"] and not strict[0]["correct"] and strict[0]["rows"] == shown[0]["rows"]


def test_only_a_persons_support_is_vouched_for_by_the_selectors_probability():
    """abstain.vouched: a person draft whose probability passes the selector's cut reaches
    the rules' cut 0.43; under the cut it stays under 0.43; a higher rules' support is kept;
    any other kind keeps the rules' support."""
    assert abstain.vouched("person", 0.1, 0.7, 0.6) > 0.43
    assert abstain.vouched("person", 0.1, 0.6, 0.6) == pytest.approx(0.43)
    assert 0.1 < abstain.vouched("person", 0.1, 0.5, 0.6) < 0.43
    assert abstain.vouched("person", 0.9, 0.7, 0.6) == 0.9
    assert abstain.vouched("reason", 0.1, 0.99, 0.6) == 0.1
    assert abstain.vouched("list", 0.1, 0.99, 0.6) == 0.1


def test_two_parts_answered_by_one_figure_are_refused():
    """甲说的X和乙说的Y分别是多少: when both parts quote the same figure of one sentence, one of
    them has no answer of its own; a different figure for each part stands."""
    from assistant.answer import steps
    from assistant.answer.evidence import Sentence

    text = "青溪项目年内完成投资100亿元。青溪项目总投资64亿元。"
    chunk = made_chunk(text, "青溪新闻", "青溪县")
    first, second = Sentence(0, chunk, 0, 15), Sentence(0, chunk, 15, len(text))

    def draft(s):
        return extractive.Draft([extractive.make_part(s, s.a, s.b, 1.0)], 1.0, kind="quantity")

    assert steps._one_figure_twice([draft(first), draft(first)])
    assert not steps._one_figure_twice([draft(first), draft(second)])
    assert not steps._one_figure_twice([draft(first), None])
    both = "青溪县累计亏损及股东亏损分别为98亿元和68亿元。"  # one quote, a figure for each part
    chunk = made_chunk(both, "青溪新闻", "青溪县")
    whole = Sentence(0, chunk, 0, len(both))
    assert not steps._one_figure_twice([draft(whole), draft(whole)])


def test_the_figures_a_set_of_drafts_quotes():
    from assistant.answer import extractive, steps
    from assistant.answer.evidence import Sentence

    text = "青溪项目年内完成投资100亿元。青溪项目总投资64亿元。"
    chunk = made_chunk(text, "青溪新闻", "青溪县")
    one, two = Sentence(0, chunk, 0, 15), Sentence(0, chunk, 15, len(text))

    def draft(s):
        return extractive.Draft([extractive.make_part(s, s.a, s.b, 1.0)], 1.0, kind="quantity")

    assert steps.figures_quoted([draft(one)]) == {"100亿元"}
    assert steps.figures_quoted([draft(one), draft(two), None]) == {"100亿元", "64亿元"}
