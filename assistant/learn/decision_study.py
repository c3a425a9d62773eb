"""When to answer, compared on every draft: decision rules over the rows of
learn/decision_rows.py (the default step with its support cut off: support, calibrated
probability, selector probability, kind, abstention rows, right or not), by cross-validation
that holds out whole sets (fit on half the hand sets + DRCD, test on the others + CMRC), a
wrong answer costing 3 and a refused answerable question 1.

    python -m assistant.learn.decision_study compare ROWS.jsonl ... [--splits 20] [--json]
    python -m assistant.learn.decision_study bands ROWS.jsonl ...

The default is the rules' support cut at 0.43; the others are fitted at 3:1 on the fitting
rows (docs/benchmarks.md, session 30 h8, has the numbers: none beats the cut).
"""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

CUT = 0.43  # settings.abstain_threshold's default
WRONG_COST = 3.0


# ---------------------------------------------------------------------------------------
# decision rules over the rows


def cost(rows: list[dict], answered: list[bool]) -> dict:
    """right answered, wrong answered, answerable refused (of which the draft was right) and
    the cost: 3 a wrong answer, 1 a refused answerable question."""
    r = w = ref = ref_right = 0
    for row, a in zip(rows, answered):
        if a:
            r += row["right"]
            w += not row["right"]
        elif row["answerable"]:
            ref += 1
            ref_right += row["right"]
    return {"right": r, "wrong": w, "refused": ref, "refused_right": ref_right, "cost": WRONG_COST * w + ref}


def group(row: dict) -> str:
    """The kind a decision may treat apart: English, or the Chinese question's kind."""
    if row["english"]:
        return "english"
    return row["kind"] if row["kind"] in ("quantity", "person", "list") else "other"


def _best_cut(values: list[tuple[float, dict]], default: float) -> float:
    """The cut of least 3:1 cost over (score, row) pairs (answered: score >= cut); ties go to
    the cut nearest `default`."""
    if not values:
        return default
    values = sorted(values, key=lambda v: v[0])
    points = [v for v, _ in values]
    # cut below everything: all answered
    answered_cost = [WRONG_COST * (not r["right"]) for _, r in values]
    refused_cost = [float(r["answerable"]) for _, r in values]
    k = sum(answered_cost)
    best = ((k, abs(points[0] - 1e-9 - default)), points[0] - 1e-9)
    for i in range(len(values)):  # refuse values[: i + 1]
        k += refused_cost[i] - answered_cost[i]
        if i + 1 < len(values) and points[i + 1] == points[i]:
            continue
        c = (points[i] + points[i + 1]) / 2 if i + 1 < len(values) else points[i] + 1e-9
        key = (round(k, 9), abs(c - default))
        if key < best[0]:
            best = (key, c)
    return best[1]


class SupportCut:
    name = "support >= 0.43 (default)"

    def fit(self, rows):
        return self

    def decide(self, rows):
        return [r["drafted"] and r["support"] >= CUT for r in rows]


class FittedCut:
    """One cut on the support, fitted at 3:1."""
    name = "one support cut, fitted"

    def fit(self, rows):
        self.cut = _best_cut([(r["support"], r) for r in rows if r["drafted"]], CUT)
        return self

    def decide(self, rows):
        return [r["drafted"] and r["support"] >= self.cut for r in rows]


class KindCuts:
    """A support cut per group (English, quantity, person, list, other), each fitted at 3:1."""
    name = "support cut per kind, fitted"

    def fit(self, rows):
        self.cuts = {g: _best_cut([(r["support"], r) for r in rows if r["drafted"] and group(r) == g], CUT)
                     for g in ("english", "quantity", "person", "list", "other")}
        return self

    def decide(self, rows):
        return [r["drafted"] and r["support"] >= self.cuts[group(r)] for r in rows]


def columns(row: dict) -> list[float]:
    """The small model's inputs: log support, the calibrated probability's logit, the selector's
    probability (0.5 when it made no draft) and whether it did, selector agreement (the rows'
    same_sentence, lowest over parts), and the kind as indicators."""
    from assistant.answer import abstain

    s = max(row["support"], 1e-3)
    c = min(max(row["confidence"], 1e-3), 1 - 1e-3)
    p = row["probability"]
    same = min((r[abstain.NAMES.index("same_sentence")] for r in row["rows"]), default=0.0)
    g = group(row)
    return [math.log(s), s, math.log(c / (1 - c)), 0.5 if p is None else p, float(p is not None), same,
            *(float(g == k) for k in ("english", "quantity", "person", "list"))]


class Model:
    """A logistic regression over `columns`, fitted on the drafted rows, its probability cut
    fitted at 3:1 on the same rows."""

    def __init__(self, c: float = 1.0, wide: bool = False):
        self.c, self.wide = c, wide
        self.name = f"logistic over support, confidence, selector, kind (C={c}{', + abstain rows' if wide else ''})"

    def _x(self, rows):
        import numpy as np

        from assistant.answer import abstain

        out = []
        for r in rows:
            x = columns(r)
            if self.wide:  # the abstention model's own columns of the first part's row
                x += list(r["rows"][0]) if r["rows"] else [0.0] * len(abstain.NAMES)
            out.append(x)
        return np.clip(np.nan_to_num(np.array(out, dtype=float), posinf=0.0, neginf=-10.0), -50, 50)

    def fit(self, rows):
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        drafted = [r for r in rows if r["drafted"]]
        y = [int(r["right"]) for r in drafted]
        self.model = make_pipeline(StandardScaler(), LogisticRegression(C=self.c, max_iter=2000))
        self.model.fit(self._x(drafted), y)
        p = self.model.predict_proba(self._x(drafted))[:, 1]
        self.cut = _best_cut(list(zip(p.tolist(), drafted)), 0.75)
        return self

    def decide(self, rows):
        drafted = [r for r in rows if r["drafted"]]
        p = iter(self.model.predict_proba(self._x(drafted))[:, 1].tolist() if drafted else [])
        return [r["drafted"] and next(p) >= self.cut for r in rows]


class SupportOrModel:
    """The default cut, and under it answer a draft the model is sure of (support under the cut)."""

    def __init__(self, c: float = 1.0):
        self.inner = Model(c)
        self.name = f"support >= 0.43, or under it the logistic model (C={c}) fitted there"

    def fit(self, rows):
        self.inner.fit([r for r in rows if r["drafted"] and r["support"] < CUT])
        return self

    def decide(self, rows):
        under = self.inner.decide(rows)
        return [r["drafted"] and (r["support"] >= CUT or u) for r, u in zip(rows, under)]


class Oracle:
    """Not a rule: answers exactly the drafts that are right, the bound any decision over
    these drafts stays above (what is left is refused answerable questions without a right draft)."""
    name = "bound: answer exactly the right drafts"

    def fit(self, rows):
        return self

    def decide(self, rows):
        return [r["right"] for r in rows]


RULES = (SupportCut, FittedCut, KindCuts, lambda: Model(1.0), lambda: Model(0.1), lambda: Model(1.0, wide=True),
         lambda: SupportOrModel(1.0), Oracle)


def load(paths) -> list[dict]:
    rows = {}
    for p in paths:  # a set's file may hold an id twice (two runs resumed it at once): the first counts
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.setdefault((row["set"], row["id"]), row)
    return list(rows.values())


def folds(rows: list[dict], seeds: int = 10, seed: int = 30):
    """Splits that hold out whole sets: each time half the hand sets (all but CMRC and DRCD),
    drawn at random, and DRCD are fitted on; the other hand sets and CMRC are tested on."""
    hand = sorted({r["set"] for r in rows} - {"cmrc", "drcd"})
    rng = random.Random(seed)
    for _ in range(seeds):
        rng.shuffle(hand)
        fit_sets = set(hand[: len(hand) // 2]) | {"drcd"}
        yield fit_sets, set(hand[len(hand) // 2:]) | {"cmrc"}


def compare(rows: list[dict], splits: int = 10) -> dict:
    """Each rule's held-out result summed over the splits, on the held-out hand sets and on
    CMRC, and over how many splits its cost beats (or loses to) the default's."""
    plan = list(folds(rows, splits))
    out, base = {}, None
    for make in RULES:
        totals = {"hand": [], "cmrc": []}
        costs = []
        for fit_sets, test_sets in plan:
            rule = make().fit([r for r in rows if r["set"] in fit_sets])
            for part, keep in (("hand", lambda s: s != "cmrc"), ("cmrc", lambda s: s == "cmrc")):
                test = [r for r in rows if r["set"] in test_sets and keep(r["set"])]
                totals[part].append(cost(test, rule.decide(test)))
            costs.append(totals["hand"][-1]["cost"] + totals["cmrc"][-1]["cost"])
        base = base or costs
        out[rule.name] = {part: {k: sum(t[k] for t in ts) for k in ts[0]} for part, ts in totals.items()}
        out[rule.name]["splits_better_worse"] = [sum(c < b for c, b in zip(costs, base)),
                                                 sum(c > b for c, b in zip(costs, base))]
    return out


BANDS = (0.0, 0.1, 0.2, 0.3, 0.43, 0.6, 0.8, float("inf"))  # a support may pass 1


def bands(rows: list[dict]) -> dict:
    """Drafted rows by group and support band: right / wrong (answerable) / unanswerable, and
    the 3:1 cost of answering the band against refusing it (answering pays when cheaper)."""
    out = {}
    for g in ("quantity", "person", "list", "other", "english"):
        for lo, hi in zip(BANDS, BANDS[1:]):
            here = [r for r in rows if r["drafted"] and group(r) == g and lo <= r["support"] < hi]
            if not here:
                continue
            right = sum(r["right"] for r in here)
            unans = sum(not r["answerable"] for r in here)
            wrong = len(here) - right - unans
            out[f"{g} [{lo:.2f},{hi:.2f})"] = {"right": right, "wrong": wrong, "unanswerable": unans,
                                                   "answer_costs": WRONG_COST * (wrong + unans),
                                                   "refuse_costs": right + wrong}
    return out


def table(result: dict) -> str:
    lines = ["| rule | hand sets held out: right / wrong / refused (right draft) / cost | CMRC: right / wrong / "
             "refused (right draft) / cost | total cost | splits better / worse than the default |",
             "| --- | --- | --- | --- | --- |"]
    for name, r in result.items():
        h, c = r["hand"], r["cmrc"]
        lines.append(f"| {name} | {h['right']} / {h['wrong']} / {h['refused']} ({h['refused_right']}) / {h['cost']:.0f} | "
                     f"{c['right']} / {c['wrong']} / {c['refused']} ({c['refused_right']}) / {c['cost']:.0f} | "
                     f"{h['cost'] + c['cost']:.0f} | {r['splits_better_worse'][0]} / {r['splits_better_worse'][1]} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Decision rules compared on every-draft rows, by held-out sets.")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("compare")
    m.add_argument("rows", type=Path, nargs="+")
    m.add_argument("--splits", type=int, default=10)
    m.add_argument("--json", action="store_true")
    b = sub.add_parser("bands")
    b.add_argument("rows", type=Path, nargs="+")
    args = parser.parse_args(argv)
    rows = load(args.rows)
    if args.command == "bands":
        for name, keep in (("hand sets", lambda s: s not in ("cmrc", "drcd")), ("CMRC", lambda s: s == "cmrc"),
                           ("DRCD", lambda s: s == "drcd")):
            print(f"## {name}")
            for band, v in bands([r for r in rows if keep(r["set"])]).items():
                print(band, v)
    else:
        result = compare(rows, args.splits)
        print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
