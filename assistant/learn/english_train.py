"""`python -m assistant.learn.english_train ROWS.jsonl [--set QUESTIONS.jsonl STORE ...]`:
fit the English scorer (answer/english_model.py) and write answer/english_weights.json.

With --set (as many as wanted), the rows are first collected: every English question of each
JSONL file (id, question, answers; abstain for an unanswerable one) is analysed and retrieved
over its store as the assistant does ('-' for the default store), and each of the rules' best
CANDIDATES sentences gives a row of features, labelled 1 when it holds every gold answer; the
rows go to ROWS.jsonl with the question's set, file and store. Without --set, ROWS.jsonl is
read as it is (refitting costs no retrieval).

Only the sentences that agree with the question's subject are rows (the others are never
answers). The probability threshold is chosen on out-of-fold probabilities (five folds by
article, `source`, else the item) at the least cost per question of the model's best
sentence: a wrong answer or an answered unanswerable question costs WRONG_COST, a refused
answerable one 1. A fixed fold assignment: the same rows give the same file.

`--folds` counts five article folds at row level (the committed weights' counts beside).
`--by-set DIR` is the honest check: leave one question set out, fit on the others, and answer
the left-out set through the assistant itself (its later checks and cuts included), with that
fit and with the committed weights; the answers and fits go to DIR, no weights are written:

    python -m assistant.learn.english_train ROWS.jsonl --by-set DIR \
        --set tests/data/english_train/questions.jsonl SEN --set tests/data/english_check/questions.jsonl SEC ...

History (docs/benchmarks.md): refits on english_train's train half (session 55), with the news
checks' English items (221 questions), and on all of english_train (session 59) each answered
fewer questions right on held-out articles than session 26's committed weights. Session 61,
five sets (english_train, english_check, english_check2, english_check3 and a fifth of 80 over
other articles; 504 questions, 154 unanswerable), leave one set out through the assistant:
right / confident wrong, committed then refit, 116/3 97/1, 49/3 45/2, 49/1 46/1, 48/2 46/2,
42/16 40/11 (304/25 against 273/16). The refit's row-level threshold (0.58-0.65) refuses what
the pipeline's later checks already catch; at the committed cut its coefficients give 287/20,
and its best sentence holds the answer as often (257 vs 258 of 504), so the committed weights
stay. Added columns (a year of the question in the sentence, the passage's coverage, the
question's kind) moved the best sentence by at most three questions of 504.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from assistant.answer import english_model

FEATURES = ("rules_score", "rules_rel", "coverage", "type_f", "hit_rank", "unit_match", "answer_type",
            "dense_gap", "dense_rank", "dense_z", "pinned")
C = 0.1  # strong regularisation: about 130 questions, 1,200 rows
WRONG_COST = 3.0
FOLDS = 5


def collect(path: Path, store: str, out, split: str | None = None) -> int:
    """Write one JSON line per English question of `path` over `store` (when `split` is given,
    not those whose `split` field is another: a set without the field is taken whole): its
    candidates' rows (english_model.COLUMNS), labels and whether each agrees with the subject."""
    from assistant.answer import english, selector, subject
    from assistant.answer.similarity import cosines
    from assistant.bench.evaluation import normalise
    from assistant.config import Settings
    from assistant.service import Assistant

    a = Assistant.from_settings(Settings() if store == "-" else Settings(store=store))
    idf = a.keyword_index().idf_of
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if split is not None and item.get("split", split) != split:
            continue
        state = a._prepare({"question": item["question"], "k": None, "mode": None})
        if not state["q"].english or item.get("type") == "claim":
            continue
        hits = a._retrieve(state)
        q = english.names_in_passages(state["q"], hits)
        similarity = cosines(selector.cached(a.embedder.embed_documents), state["context"]["query_vector"])
        found = selector.candidates(q, hits, idf, k=english_model.CANDIDATES, similarity=similarity)
        agree = {id(s) for s in subject.agreeing(q, found.scored)}
        gold = [normalise(x) for x in item.get("answers", [])]
        rows = english_model.rows(q, found)
        out.write(json.dumps({
            "id": item["id"], "group": item.get("source") or f"{path.parent.name}/{path.name}:{item['id']}",
            "set": set_name(path), "questions": str(path), "store": store,
            "abstain": bool(item.get("abstain")),
            "cands": [{"row": r, "agree": id(s) in agree,
                       "gold": bool(gold) and all(g in normalise(s.sentence.text) for g in gold)}
                      for s, r in zip(found.scored, rows)]}, ensure_ascii=False) + "\n")
        n += 1
    return n


def set_name(path: Path) -> str:
    """A question file's set: its folder for a questions.jsonl, else its stem (as the bench names runs)."""
    return path.parent.name if path.name == "questions.jsonl" else path.stem


def matrix(records: list[dict], names=None):
    """(x, y, question index per row) over the subject-agreeing candidates."""
    names = FEATURES if names is None else names
    cols = [english_model.COLUMNS.index(n) for n in names]
    x, y, owner = [], [], []
    for i, r in enumerate(records):
        for c in r["cands"]:
            if c["agree"]:
                x.append([c["row"][j] for j in cols])
                y.append(int(c["gold"]))
                owner.append(i)
    return np.nan_to_num(np.asarray(x, float).reshape(-1, len(cols))), np.asarray(y), np.asarray(owner)


def fit(x, y, c: float = C) -> dict:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    m = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "coef": m.coef_[0], "intercept": float(m.intercept_[0])}


def probabilities(w: dict, x) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(((x - w["mean"]) / w["scale"]) @ w["coef"] + w["intercept"])))


def best_per_question(records, p, y, owner) -> list[tuple[float, bool, bool]]:
    """(the best candidate's probability, it holds the answer, the question is answerable)."""
    out = []
    for i, r in enumerate(records):
        at = np.flatnonzero(owner == i)
        if len(at) == 0:
            out.append((0.0, False, not r["abstain"]))
            continue
        j = at[int(np.argmax(p[at]))]
        out.append((float(p[j]), bool(y[j]), not r["abstain"]))
    return out


def choose_threshold(points: list[tuple[float, bool, bool]], wrong_cost: float = WRONG_COST) -> tuple[float, dict]:
    """The cut of least cost over (probability, right, answerable) points, and its counts."""
    best = None
    for t in sorted({p for p, _, _ in points}) + [1.01]:
        counts = counts_at(points, t, wrong_cost)
        if best is None or counts["cost"] < best[0]:
            best = (counts["cost"], t, counts)
    return best[1], best[2]


def counts_at(points: list[tuple[float, bool, bool]], t: float, wrong_cost: float = WRONG_COST) -> dict:
    """Right, wrong (an answered unanswerable question too), refused answerable, and their cost at cut `t`."""
    right = sum(1 for p, ok, ans in points if p >= t and ok and ans)
    wrong = sum(1 for p, ok, ans in points if p >= t and not (ok and ans))
    refused = sum(1 for p, _, ans in points if p < t and ans)
    return {"right": right, "wrong": wrong, "refused": refused, "cost": wrong_cost * wrong + refused}


def folds_of(records: list[dict]) -> dict:
    """Each group (article) its fold: the same rows give the same folds."""
    return {g: k % FOLDS for k, g in enumerate(sorted({r["group"] for r in records}))}


def train(records: list[dict]) -> dict:
    fold = folds_of(records)
    x, y, owner = matrix(records)
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        held = np.asarray([fold[records[i]["group"]] == k for i in owner])
        oof[held] = probabilities(fit(x[~held], y[~held]), x[held])
    threshold, counts = choose_threshold(best_per_question(records, oof, y, owner))
    w = fit(x, y)
    rules_first = sum(1 for r in records if (a := [c for c in r["cands"] if c["agree"]]) and a[0]["gold"])
    return {"features": list(FEATURES), "mean": w["mean"].round(6).tolist(), "scale": w["scale"].round(6).tolist(),
            "coef": w["coef"].round(6).tolist(), "intercept": round(w["intercept"], 6), "threshold": round(threshold, 4),
            "meta": {"questions": len(records), "rows": int(len(y)), "C": C, "wrong_cost": WRONG_COST,
                     "out_of_fold_at_threshold": counts, "rules_first_holds_answer": rules_first,
                     "model_first_holds_answer": sum(ok for _, ok, _ in best_per_question(records, oof, y, owner))}}


def held_out(records: list[dict], committed=None) -> list[dict]:
    """Per fold (by article): fit on the other folds as `train` does, threshold included, and
    count on this fold's questions what the model's best sentence would give (right, wrong,
    refused, cost; `first`: the best holds the answer, whatever the threshold). No article is
    on both sides, so these are numbers for articles the fit never read. With `committed` (a
    weights.Selector over english_model.COLUMNS) its counts on the same fold stand beside."""
    fold = folds_of(records)
    return [{"fold": k, **_fit_and_count([r for r in records if fold[r["group"]] != k],
                                         [r for r in records if fold[r["group"]] == k], committed)}
            for k in range(FOLDS)]


def by_set(records: list[dict], committed=None) -> list[dict]:
    """Leave one set out: for each question set, `held_out`'s counts with the set as the fold
    (and the fit, `weights`). Row-level numbers: `run_by_set` gives the assistant's answers."""
    return [{"set": name, **_fit_and_count([r for r in records if r["set"] != name],
                                           [r for r in records if r["set"] == name], committed)}
            for name in sorted({r["set"] for r in records})]


def _fit_and_count(fitted: list[dict], held: list[dict], committed=None) -> dict:
    w = train(fitted)
    x, y, owner = matrix(held, w["features"])
    arrays = {n: np.asarray(w[n]) for n in ("mean", "scale", "coef")} | {"intercept": w["intercept"]}
    points = best_per_question(held, probabilities(arrays, x), y, owner)
    out = {"questions": len(held), "first": sum(ok for _, ok, _ in points), "threshold": w["threshold"],
           **counts_at(points, w["threshold"]), "weights": w}
    if committed is not None:  # the same questions read by a fixed weight file, for comparison
        full = np.asarray([c["row"] for r in held for c in r["cands"] if c["agree"]], float)
        points = best_per_question(held, committed.probabilities(full), y, owner)
        out["committed"] = {"first": sum(ok for _, ok, _ in points), **counts_at(points, committed.threshold)}
    return out


def run_by_set(records: list[dict], folds: list[dict], out_dir: Path) -> list[dict]:
    """The honest check: each set's held-out fit (`folds`, from `by_set`) answers that set's questions
    through the assistant itself (its later checks included), over the set's store, and so do
    the committed weights; right / answered / confident wrong of each."""
    from assistant.bench.evaluation import load_items, run
    from assistant.config import Settings
    from assistant.service import Assistant

    out_dir.mkdir(parents=True, exist_ok=True)
    table = []
    for fold in folds:
        name, first = fold["set"], next(r for r in records if r["set"] == fold["set"])
        store = first["store"]
        path = out_dir / f"weights_{name}.json"
        path.write_text(json.dumps(fold["weights"], indent=1) + "\n", encoding="utf-8")
        a = Assistant.from_settings(Settings() if store == "-" else Settings(store=store))
        row = {"set": name}
        for label, weights in (("committed", english_model.WEIGHTS), ("refit", path)):
            english_model._loaded[str(english_model.WEIGHTS)] = english_model.model(weights)
            items = run(a, load_items(Path(first["questions"])))["items"]
            (out_dir / f"{label}_{name}.json").write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
            row[label] = {"right": sum(i["correct"] for i in items), "answered": sum(not i["abstained"] for i in items),
                          "cw": sum(bool(i.get("confident_wrong")) for i in items), "total": len(items)}
        english_model._loaded.clear()
        print(json.dumps(row), flush=True)
        table.append(row)
    return table


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path, help="the collected rows (written with --set, read otherwise)")
    ap.add_argument("--set", nargs=2, action="append", metavar=("QUESTIONS", "STORE"), default=[])
    ap.add_argument("--split", help="skip the questions whose split field is another than this (train)")
    ap.add_argument("--out", type=Path, default=english_model.WEIGHTS)
    ap.add_argument("--by-set", type=Path, metavar="DIR", help="leave one set out: fit on the other sets, answer each set through the "
                    "assistant with that fit and with the committed weights (answers and fits to DIR); write no weights")
    ap.add_argument("--folds", action="store_true", help="print each fold's held-out counts (the committed weights' beside); write no weights")
    args = ap.parse_args(argv)
    if args.set:
        with args.rows.open("w", encoding="utf-8") as out:
            for path, store in args.set:
                print(f"{path}: {collect(Path(path), store, out, args.split)} English questions", flush=True)
    records = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not records:
        raise SystemExit(f"{args.rows} holds no rows: collect them with --set QUESTIONS.jsonl STORE")
    if args.by_set:
        folds = by_set(records, english_model.model())  # fitted once: the counts here, the answers below
        for row in folds:
            print(json.dumps({k: v for k, v in row.items() if k != "weights"}), flush=True)
        run_by_set(records, folds, args.by_set)
        return
    if args.folds:
        for row in held_out(records, english_model.model()):
            print(json.dumps({k: v for k, v in row.items() if k != "weights"}))
        return
    weights = train(records)
    args.out.write_text(json.dumps(weights, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights["meta"], ensure_ascii=False))


if __name__ == "__main__":
    main()
