"""The decision study's cost, cut and held-out splits (assistant/learn/decision_study.py), on
made-up rows: no answerer runs."""

from assistant.learn import decision_study as ds


def row(support, right, answerable=True, kind="quantity", english=False, drafted=True, s="a", i=0):
    return {"set": s, "id": f"{s}{i}", "support": support, "right": right, "answerable": answerable, "kind": kind,
            "english": english, "drafted": drafted, "confidence": 0.5, "probability": None, "rows": []}


def test_cost_counts_a_wrong_answer_three_and_a_refused_answerable_one():
    rows = [row(0.9, True), row(0.9, False), row(0.1, True), row(0.1, False, answerable=False)]
    got = ds.cost(rows, [True, True, False, False])
    assert got == {"right": 1, "wrong": 1, "refused": 1, "refused_right": 1, "cost": 4.0}


def test_best_cut_answers_a_band_only_when_three_in_four_are_right():
    # at 0.5: 3 right, 1 wrong (answering costs 3, refusing 4): answered; at 0.2: 1 right, 1
    # wrong (answering 3, refusing 2): refused; an unanswerable draft at 0.1 is refused
    rows = [row(0.5, True), row(0.5, True), row(0.5, True), row(0.5, False), row(0.2, True), row(0.2, False),
            row(0.1, False, answerable=False)]
    cut = ds._best_cut([(r["support"], r) for r in rows], 0.43)
    assert 0.2 < cut <= 0.5


def test_group_reads_english_before_the_kind():
    assert ds.group(row(0.5, True, kind="quantity", english=True)) == "english"
    assert ds.group(row(0.5, True, kind="time")) == "other"
    assert ds.group(row(0.5, True, kind="person")) == "person"


def test_folds_hold_out_whole_sets_and_fit_on_drcd_test_on_cmrc():
    rows = [row(0.5, True, s=s) for s in ("h1", "h2", "h3", "h4", "cmrc", "drcd")]
    for fit, test in ds.folds(rows, 3):
        assert "drcd" in fit and "cmrc" in test and not fit & test
        assert len(fit - {"drcd"}) == 2 and len(test - {"cmrc"}) == 2


def test_the_default_rule_is_the_support_cut():
    rows = [row(0.43, True), row(0.42, True), row(0.9, True, drafted=False)]
    assert ds.SupportCut().fit(rows).decide(rows) == [True, False, False]
