"""The committed selector weights, and the trainer on a tiny DRCD sample."""

import json
from pathlib import Path

import numpy as np
import pytest
from support import drafted_text, made_chunk

from assistant.answer import evidence, features, ranked_drafts, selector
from assistant.query.question import analyse
from assistant.records import Hit


def _hits():
    text = "全县梅花鹿饲养量达到28.2万只。涉鹿产值81.6亿元。今天天气很好，大家出门散步。"
    return [Hit(made_chunk(text, "东丰县以新作为开创高质量发展新局面", "东丰县"), 1.0, 1, 1, 0.8)]


def test_weight_file_loads_and_matches_the_features():
    chosen = selector.Selector.load()
    assert chosen.names == features.NAMES and chosen.dense
    assert len(chosen.coef) == len(features.NAMES)
    assert 0.0 < chosen.threshold < 1.0
    assert chosen.meta["wrong_cost"] == 3.0


def _cosines(texts):
    """Made-up e5 cosines: the answer closest to the question, the weather furthest."""
    return [0.9 if "产值" in t else 0.8 if "梅花鹿" in t else 0.7 for t in texts]


def test_documented_example():
    """docs/benchmarks.md: for 东丰县梅花鹿产值是多少亿元？ over three made-up sentences with
    made-up cosines (0.9, 0.8, 0.7), the selector puts 涉鹿产值81.6亿元 first (probability
    0.32 with the committed weights), the sentence with the wrong unit second and the
    weather sentence last, far below the threshold. Without the cosines (no embedder: the
    dense columns read as their training mean) the two figure sentences are close (0.21 for
    the wrong unit, 0.15 for the answer): the cosines are what separates them."""
    chosen = selector.Selector.load()
    q = analyse("东丰县梅花鹿产值是多少亿元？")
    found = selector.candidates(q, _hits(), lambda t: 2.0, similarity=_cosines)
    ranked = selector.rank(chosen, found)
    assert [s.sentence.text[:4] for s in ranked] == ["涉鹿产值", "全县梅花", "今天天气"]
    assert ranked[0].score == pytest.approx(0.32, abs=0.01)
    assert ranked[-1].score < 0.1 < chosen.threshold
    made, probability = selector.draft(q, _hits(), lambda t: 2.0, chosen, _cosines)
    assert "81.6亿元" in drafted_text(made)
    assert probability == pytest.approx(ranked[0].score)
    blind = selector.rank(chosen, selector.candidates(q, _hits(), lambda t: 2.0))
    assert [s.sentence.text[:4] for s in blind][:2] == ["全县梅花", "涉鹿产值"]
    assert blind[0].score - blind[1].score < 0.1 and blind[1].score == pytest.approx(0.15, abs=0.01)


def test_the_figure_is_taken_from_a_sentence_nearly_as_probable_as_the_best():
    """The figure picker's unit factor would prefer 两个, 1133亩 (units it knows) in a sentence
    the selector finds three times less likely than 藏书81.6万册: the figure comes from the
    sentences within NEAR_SHARE of the best, else the best sentence is the answer."""
    from dataclasses import replace

    text = "学院图书馆藏书81.6万册，以女性书刊为特色。学院现有两个校区，总占地面积1133亩。"
    chunk = made_chunk(text, "某女子学院")
    q = analyse("学院图书馆藏书量是多少？")
    sentences = evidence.sentences_of([Hit(chunk, 1.0, 1, 1, 0.8)])
    probability = {sentences[0].text: 0.6, sentences[1].text: 0.2}
    scored = evidence.score_sentences(q, sentences, lambda t: 2.0)
    ranked = sorted((replace(s, score=probability[s.sentence.text]) for s in scored), key=lambda s: -s.score)
    made = ranked_drafts.draft_from(q, ranked, sentences, lambda t: 2.0)
    assert [chunk.text[p.a:p.b] for p in made.parts] == ["学院图书馆藏书81.6万册，以女性书刊为特色"]
    ranked[1] = replace(ranked[1], score=0.5)  # nearly as likely: its figures with a unit win
    made = ranked_drafts.draft_from(q, ranked, sentences, lambda t: 2.0)
    assert made.parts[0].sentence is ranked[1].sentence


def test_rows_of_another_feature_set_are_refused(tmp_path):
    """A cache built by an older version (another number of lexical columns) would shift
    every column: it is refused with the way out, not read."""
    from assistant.learn import build

    old = [[0.5] * (len(features.LEXICAL) - 2)]
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "x", "with": {"rows": old, "labels": [1]},
                                "without": {"rows": [], "labels": []}}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="--cache"):
        build.load_rows(path)


def test_a_weight_file_for_other_features_is_refused(tmp_path):
    data = json.loads(selector.WEIGHTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1] + ["a_feature_this_version_lacks"]
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        selector.Selector.load(bad)


def test_a_weight_file_of_some_features_reads_only_those(tmp_path):
    """A lexical-only weight file (`train --no-dense`) ignores the dense columns; a dense
    column left missing (NaN: no embedder) reads as its training mean, i.e. adds nothing."""
    data = {"features": ["rules_score", "dense_sim"], "mean": [0.5, 0.8], "scale": [0.25, 0.05],
            "coef": [2.0, 1.0], "intercept": -1.0, "threshold": 0.5}
    path = tmp_path / "w.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    chosen = selector.Selector.load(path)
    assert chosen.dense
    row = [0.0] * len(features.NAMES)
    row[features.NAMES.index("rules_score")] = 0.75
    row[features.NAMES.index("dense_sim")] = 0.85
    missing = list(row)
    missing[features.NAMES.index("dense_sim")] = float("nan")
    p_dense, p_missing = chosen.probabilities([row, missing])
    assert p_dense == pytest.approx(1 / (1 + np.exp(-(2.0 * 1 + 1.0 * 1 - 1.0))))
    assert p_missing == pytest.approx(1 / (1 + np.exp(-(2.0 * 1 - 1.0))))
    data["features"], data["mean"], data["scale"], data["coef"] = ["rules_score"], [0.5], [0.25], [2.0]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not selector.Selector.load(path).dense


def test_threshold_is_chosen_by_cost():
    from assistant.learn import train

    # (probability, top is right, answerable, rules right)
    points = [(0.9, True, True, True), (0.8, True, True, True), (0.6, False, True, False), (0.3, False, False, False)]
    t = train.choose_threshold(points, wrong_cost=3.0)
    assert 0.6 < t <= 0.8  # answering the 0.6 one costs 3, refusing it costs 1
    assert train.cost(points, t) == 1.0
    assert train.choose_threshold(points, wrong_cost=0.5) < 0.6


@pytest.mark.slow
def test_trainer_runs_on_a_tiny_drcd_sample(tmp_path):
    from assistant.learn import build, drcd, train

    if not (drcd.DEFAULT_DIR / drcd.FILES[0]).exists():
        pytest.skip("DRCD is not in ../shared/train/drcd")
    paragraphs, qs, split = drcd.load()
    out = build.build(paragraphs, qs, split, {"train": 40, "heldout": 10}, tmp_path / "rows.jsonl", log=lambda *_: None)
    rows = build.load_rows(out)
    assert len(rows) == 50 and {r["split"] for r in rows} == {"train", "heldout"}
    assert all(len(r["with"]["rows"][0]) == len(features.NAMES) for r in rows if r["with"]["rows"])
    assert all(len(r["with"]["texts"]) == len(r["with"]["rows"]) and r["question"] for r in rows)
    # the lexical columns only (the dense ones come from the encoder, see learn/dense.py)
    weights = train.train([r for r in rows if r["split"] == "train"], [r for r in rows if r["split"] == "heldout"],
                          names=features.LEXICAL)
    assert weights["meta"]["dense"] is False
    path = tmp_path / "w.json"
    path.write_text(json.dumps(weights), encoding="utf-8")
    chosen = selector.Selector.load(path)
    x, y, _ = build.matrix(rows)
    p = chosen.probabilities(x)
    assert np.all((p > 0) & (p < 1))
    assert p[y == 1].mean() > p[y == 0].mean()  # it learned something from 40 questions
    assert weights["meta"]["heldout"]["questions"] == 20  # 10 questions, with and without gold


@pytest.mark.slow
def test_learned_selector_through_the_service(seeded, monkeypatch):
    """SUYUAN_SELECTOR=learned: the answer's JSON carries the probability; the threshold
    (SUYUAN_SELECTOR_THRESHOLD, here as re-fitted on tests/data/extra.jsonl) decides."""
    monkeypatch.setattr(seeded.settings, "selector", "learned")
    monkeypatch.setattr(seeded.settings, "selector_threshold", 0.33)
    answer = seeded.ask("东丰县梅花鹿产值是多少？")
    assert answer.extra["selector"] == "learned" and 0.33 <= answer.extra["probability"] < 1
    assert not answer.abstained and "81.6亿元" in answer.text
    refused = seeded.ask("东丰县常住人口是多少？")
    assert refused.abstained and refused.extra["probability"] < 0.33
    monkeypatch.setattr(seeded.settings, "selector", "rules")
    assert "probability" not in seeded.ask("东丰县梅花鹿产值是多少？").extra


@pytest.mark.slow
def test_cosines_with_the_real_encoder(seeded):
    """The e5 features at query time: the candidate that answers is closer to the question
    than an unrelated one, and a selector reading them is fed one batch of sentences."""
    vector = seeded.embedder.embed_query("东丰县梅花鹿产值是多少亿元？")
    batches = []

    def embed(texts):
        batches.append(list(texts))
        return seeded.embedder.embed_documents(texts)

    sims = selector.cosines(embed, vector)(["东丰县涉鹿产值81.6亿元。", "今天天气很好，大家出门散步。"])
    assert sims[0] > sims[1] and all(-1.0 <= s <= 1.0 for s in sims)
    q = analyse("东丰县梅花鹿产值是多少亿元？")
    found = selector.candidates(q, _hits(), lambda t: 2.0, similarity=selector.cosines(embed, vector))
    assert len(batches) == 2 and len(batches[1]) == len(found.scored) == 3
    assert not any(np.isnan(found.rows).ravel())


@pytest.mark.slow
def test_calibrate_refits_the_learned_threshold(seeded, monkeypatch):
    """`SUYUAN_SELECTOR=learned suyuan calibrate FILE`: the one calibrate path reads the
    selector's probability and names the setting to put the threshold in."""
    from assistant.bench import evaluation

    monkeypatch.setattr(seeded.settings, "selector", "learned")
    items = [i for i in evaluation.load_items(Path(__file__).parents[1] / "data" / "extra.jsonl") if i.get("type") != "claim"]
    result = evaluation.calibrate(seeded, items[:12])
    assert result["setting"] == "SUYUAN_SELECTOR_THRESHOLD" and 0 < result["items"] <= 12
    assert result["highest_support_below"] <= result["threshold"] <= result["lowest_support_at_or_above"]
    assert result["use"].startswith("set SUYUAN_SELECTOR_THRESHOLD=")
    assert seeded.settings.selector_threshold is None  # restored: nothing is written
    monkeypatch.setattr(seeded.settings, "selector", "rules")
    assert evaluation.calibrate(seeded, items[:3])["setting"] == "SUYUAN_ABSTAIN_THRESHOLD"


def test_cached_embedding_embeds_each_sentence_once():
    """The combined step's embedder: a sentence embedded for one question (or by the rules'
    re-ranking) is read back, not embedded again; order and values are the encoder's."""
    calls = []

    class Encoder:
        def embed_documents(self, texts):
            calls.append(list(texts))
            return [[float(len(t)), 1.0] for t in texts]

    embed = selector.cached(Encoder().embed_documents)
    assert embed(["甲乙。", "丙。"]) == [[3.0, 1.0], [2.0, 1.0]]
    assert embed(["丙。", "丁戊己。", "甲乙。"]) == [[2.0, 1.0], [4.0, 1.0], [3.0, 1.0]]
    assert calls == [["甲乙。", "丙。"], ["丁戊己。"]]


def test_cached_embedding_survives_the_cache_being_cleared_between_its_lookups(monkeypatch):
    """When the cache fills, it is cleared: a sentence read from it a moment before is still
    answered (it raised KeyError), and only the missing sentences are embedded."""
    class Encoder:
        def embed_documents(self, texts):
            return [[float(len(t))] for t in texts]

    monkeypatch.setattr(selector, "_vectors", {})
    monkeypatch.setattr(selector, "CACHED", 2)
    embed = selector.cached(Encoder().embed_documents)
    assert embed(["甲乙。"]) == [[3.0]]
    assert embed(["甲乙。", "丙。", "丁戊己。"]) == [[3.0], [2.0], [4.0]]


def test_combined_embeds_a_sentence_once_for_the_reranking_and_the_selector(monkeypatch):
    """The rules' re-ranking and the selector read one cache (a vector does not depend on its
    batch): no sentence is embedded twice, and asking again embeds nothing."""
    from assistant.answer import evidence

    calls = []

    class Encoder:
        def embed_documents(self, texts):
            calls.extend(texts)
            return [[1.0 + len(t) % 5, 1.0] for t in texts]

    monkeypatch.setattr(selector, "_vectors", {})
    monkeypatch.setattr(evidence, "RERANK_WHEN_WITHIN", 0.0)  # the re-ranking always runs
    opened, idf, encoder = analyse("东丰县被称为什么？"), (lambda t: 2.0), Encoder()
    first = selector.combined(opened, _open_hits(), idf, encoder.embed_documents, [1.0, 0.5])
    assert calls and len(calls) == len(set(calls))
    embedded = list(calls)
    again = selector.combined(opened, _open_hits(), idf, encoder.embed_documents, [1.0, 0.5])
    assert calls == embedded and again.probability == first.probability


def _open_hits():
    text = ("东丰县位于吉林省南部。东丰县被称为中国梅花鹿之乡，养鹿历史已有两百多年。"
            "全县梅花鹿饲养量达到28.2万只。今天天气很好，大家出门散步。")
    return [Hit(made_chunk(text, "东丰县梅花鹿产业", "东丰县", cid="c2", source="made/open.txt"), 1.0, 1, 1, 0.8)]


def test_combined_takes_figures_from_the_rules_and_open_answers_from_the_selector():
    """SUYUAN_SELECTOR=combined: a figure question gets exactly the rules' draft (their
    figure-kind and unit checks stand); another question gets the selector's sentence with
    the rules' support (a person's may be lifted by its probability: next test)."""
    from assistant.answer import extractive

    idf = lambda t: 2.0  # noqa: E731
    figure = analyse("东丰县梅花鹿产值是多少亿元？")
    step = selector.combined(figure, _hits(), idf)
    ruled = extractive.draft_answer(figure, _hits(), idf)
    assert step.probability is None and step.support == ruled.support
    assert [(p.a, p.b) for p in step.drafts[0].parts] == [(p.a, p.b) for p in ruled.parts]
    opened = analyse("东丰县被称为什么？")
    assert opened.kind not in selector.RULES_KINDS
    step = selector.combined(opened, _open_hits(), idf)
    drafts, support, probability = step.drafts, step.support, step.probability
    chosen = selector.default_selector()
    learned, p = selector.draft(opened, _open_hits(), idf, chosen)
    assert probability == pytest.approx(p) and 0 < p < 1
    assert support == extractive.draft_answer(opened, _open_hits(), idf).support  # the higher of the two (next test)
    text = drafts[0].parts[0].sentence.chunk.text
    assert "梅花鹿之乡" in "".join(text[x.a:x.b] for x in drafts[0].parts)
    assert [(x.a, x.b) for x in drafts[0].parts] == [(x.a, x.b) for x in learned.parts]


def test_a_person_draft_past_the_selectors_own_cut_is_answered_whatever_the_rules_support(monkeypatch):
    """A person question: the selector's probability past its weight file's threshold lifts
    its draft's support onto the rules' cut (english_model.on_rules_scale), so a low rules'
    support (a name found without the role asked) no longer refuses it; below the threshold
    it stays under the cut. Another kind of question keeps the rules' support."""
    from dataclasses import replace

    from assistant.answer import abstain, english_model, extractive

    idf = lambda t: 2.0  # noqa: E731
    real = extractive.draft_answer

    def low(*args, **kwargs):  # the rules' draft, with a support under the cut
        made = real(*args, **kwargs)
        made.support = 0.1
        return made

    monkeypatch.setattr(extractive, "draft_answer", low)
    text = "东丰县被称为中国梅花鹿之乡。带头发展梅花鹿产业的是小四平镇的养鹿大户王德林。今天天气很好。"
    hits = [Hit(made_chunk(text, "东丰县梅花鹿产业", "东丰县", cid="c3", source="made/person.txt"), 1.0, 1, 1, 0.8)]
    person = analyse("谁带头发展东丰县的梅花鹿产业？")
    chosen = selector.default_selector()
    made, p = selector.draft(person, hits, idf, chosen)
    assert person.kind == "person" and "王德林" in made.parts[0].sentence.text
    for cut, lifted in ((p / 2, True), (min(p * 1.2, 0.99), False)):
        monkeypatch.setattr(selector, "default_selector", lambda path=None, cut=cut: replace(chosen, threshold=cut))
        step = selector.combined(person, hits, idf)
        assert (step.support >= english_model.RULES_CUT) == lifted
        assert step.support == pytest.approx(max(0.1, english_model.on_rules_scale(p, cut)))
        assert step.rows[0][abstain.NAMES.index("support")] == step.support  # what SUYUAN_ABSTENTION=learned cuts
        assert selector.combined(analyse("东丰县被称为什么？"), hits, idf).support == 0.1
    assert selector.combined(analyse("东丰县梅花鹿产值是多少亿元？"), _hits(), idf).support == 0.1


@pytest.mark.slow
def test_combined_through_the_service(seeded, monkeypatch):
    """The combined step in the service: a figure question is answered as the rules answer
    it (no selector probability in the JSON, the calibrated one is there), a question the
    rules refuse is refused, with the learned abstention too."""
    monkeypatch.setattr(seeded.settings, "selector", "rules")
    by_rules = seeded.ask("东丰县梅花鹿产值是多少？")
    refused_by_rules = seeded.ask("东丰县常住人口是多少？")
    monkeypatch.setattr(seeded.settings, "selector", "combined")
    answer = seeded.ask("东丰县梅花鹿产值是多少？")
    assert answer.extra["selector"] == "combined" and "probability" not in answer.extra
    assert answer.text == by_rules.text and "81.6亿元" in answer.text
    assert 0 < answer.extra["confidence"] < 1  # the calibrated probability, whatever decides (answer/abstain.py)
    refused = seeded.ask("东丰县常住人口是多少？")
    assert refused.abstained == refused_by_rules.abstained
    opened = seeded.ask("东丰县被称为什么？")
    assert opened.extra["selector"] == "combined" and 0 < opened.extra["probability"] < 1
    # SUYUAN_ABSTENTION=learned: the calibrated probability must clear its cut as well as the support
    monkeypatch.setattr(seeded.settings, "abstention", "learned")
    monkeypatch.setattr(seeded.settings, "answer_threshold", 1.01)
    assert seeded.ask("东丰县梅花鹿产值是多少？").abstained
    monkeypatch.setattr(seeded.settings, "answer_threshold", 0.0)
    assert seeded.ask("东丰县梅花鹿产值是多少？").text == answer.text
    assert seeded.ask("东丰县常住人口是多少？").abstained == refused_by_rules.abstained


def test_a_runner_up_as_likely_as_the_best_is_shown_too():
    """Not a figure question: a candidate within CLOSE_SHARE of the best joins the answer
    with its own citation (a near tie is not decided by a coin toss); a clearly less likely
    one does not, and a figure question still gets one figure."""
    from dataclasses import replace

    text = ("高英出身渤海高氏。她的姑姑是孝文帝的母亲高照容。后来高英被立为宣武帝的皇后。"
            "今天天气很好，大家出门散步。")
    chunk = made_chunk(text, "高英", cid="c3", source="made/tie.txt")
    q = analyse("高英出身于哪个家族？")
    assert q.kind not in ("quantity",)
    sentences = evidence.sentences_of([Hit(chunk, 1.0, 1, 1, 0.8)])
    scored = evidence.score_sentences(q, sentences, lambda t: 2.0)
    first, far = sentences[0].text, sentences[2].text

    def ranked(runner_up: float):
        probability = {first: 0.6, far: runner_up}
        out = [replace(s, score=probability.get(s.sentence.text, 0.01)) for s in scored]
        return sorted(out, key=lambda s: -s.score)

    made = ranked_drafts.draft_from(q, ranked(0.5), sentences, lambda t: 2.0)  # 0.5 >= 0.7 x 0.6
    shown = [chunk.text[p.a:p.b] for p in made.parts]
    assert shown[0].startswith("高英出身渤海高氏") and shown[-1].startswith("后来高英被立为")
    made = ranked_drafts.draft_from(q, ranked(0.3), sentences, lambda t: 2.0)
    assert not any(chunk.text[p.a:p.b].startswith("后来") for p in made.parts)


def test_a_figure_question_with_no_figure_picked_shows_the_selectors_sentence(monkeypatch):
    """The figure picker finds no figure, or vetoes every one (support 0): the sentence shown
    only stands in for a figure, and it is the selector's best, whole, as for an open question;
    the rules' support still decides whether to answer. A figure picked is shown as the rules
    pick it (test_combined_takes_figures_from_the_rules_and_open_answers_from_the_selector)."""
    from assistant.answer import extractive

    idf = lambda t: 2.0  # noqa: E731
    q = analyse("东丰县被称为中国梅花鹿之乡有多少年？")
    assert q.kind == "quantity"
    found, ranked = selector.ranked_candidates(q, _open_hits(), idf, selector.default_selector())
    best = ranked[0]
    last = min(ranked, key=lambda sc: sc.score).sentence  # the selector's least likely sentence
    vetoed = extractive.Draft([extractive.make_part(last, last.a, last.b, 0.0)], 0.0, kind="quantity")
    for picked, support in ((None, None), (vetoed, 0.0)):
        monkeypatch.setattr(extractive, "_quantity", lambda *args, picked=picked, **kwargs: picked)
        ruled = extractive.draft_answer(q, _open_hits(), idf)
        assert ruled.stand_in and len(ruled.parts) == 1
        step = selector.combined(q, _open_hits(), idf)
        assert step.support == ruled.support == (support if support is not None else ruled.support)
        assert step.probability == pytest.approx(best.score)
        assert [p.sentence.text for p in step.drafts[0].parts] == [best.sentence.text] != [last.text]


def test_what_an_article_names_is_read_in_all_its_passages_not_the_candidates_only():
    """Among many articles the passage naming the storm asked may be no candidate of the
    selector's few: the article's later passage still speaks of it (as the rules read it)."""
    from support import flat_idf, made_chunk

    named = made_chunk("今年第6号台风“塔努拉”生成。", cid="a1", source="made/a.txt", start=0)
    answer = made_chunk("气象灾害风险预估：东海南部海域、钓鱼岛附近海域有台风灾害高风险。", cid="a2", source="made/a.txt", start=100)
    others = [made_chunk(f"受台风影响期间，第{i}片海域被列为台风灾害高风险区。", cid=f"b{i}", source=f"made/b{i}.txt")
              for i in range(7)]
    hits = [Hit(c, 1.0, 1, 1, 0.8) for c in [answer, *others, named]]
    q = analyse("“塔努拉”影响期间，哪些海域被列为台风灾害高风险区？")
    found, ranked = selector.ranked_candidates(q, hits, flat_idf, selector.Selector.load())
    assert named.text not in [sc.sentence.text for sc in found.scored]  # not a candidate
    assert answer.text in [sc.sentence.text for sc in ranked]
    assert not any("第1片" in sc.sentence.text for sc in ranked)  # no article of them names it
