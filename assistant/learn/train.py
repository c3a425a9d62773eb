"""`python -m assistant.learn.train` (or `suyuan train`): build the DRCD rows (cached in
~/.cache/suyuan-train/), embed their questions and candidates for the dense features (vectors
cached beside them; `--no-dense` skips this), fit the answer selector, choose its abstention
threshold, and write `assistant/answer/selector_weights.json`. Fixed seeds: the same data
gives the same file.
Training data: DRCD's train articles and figure questions generated from news_part_a
(`news_figures.py`); DRCD's held-out articles are only reported on.

Abstention cost: a wrong answer costs WRONG_COST, a refusal of an answerable question
costs 1, a right answer or a right refusal costs 0. The threshold minimising the total
cost is chosen on calibration articles (part of the train split, not used to fit), and
the result is reported on held-out articles that neither step saw.
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from assistant.answer import features, selector
from assistant.learn import build, drcd, news_figures
from assistant.learn.options import add_train_options

WRONG_COST = 3.0
C = 0.5  # inverse regularisation strength of the logistic regression
CALIBRATION_SEED = "suyuan-drcd-calibration-1"


def fit(records: list[dict], c: float = C, names: tuple[str, ...] = features.NAMES) -> dict:
    """Standardised logistic regression on the `names` columns of every candidate row;
    returns the weight file's content."""
    from sklearn.linear_model import LogisticRegression

    x, y, _ = build.matrix(records)
    x = x[:, [features.NAMES.index(n) for n in names]]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((x - mean) / scale, y)
    return {"features": list(names), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": model.coef_[0].round(6).tolist(), "intercept": round(float(model.intercept_[0]), 6)}


def outcomes(model: selector.Selector, records: list[dict], variants=("with", "without")) -> list[tuple[float, bool, bool, bool]]:
    """Per question and variant: (top probability, top is right, answerable, rules' top is right)."""
    out = []
    for r in records:
        for v in variants:
            part = r[v]
            if not part["rows"]:
                out.append((0.0, False, False, False))
                continue
            probs = model.probabilities(part["rows"])
            best = int(np.argmax(probs))
            labels = part["labels"]
            out.append((float(probs[best]), bool(labels[best]), any(labels), bool(labels[0])))
    return out


def cost(points, threshold: float, wrong_cost: float = WRONG_COST) -> float:
    total = 0.0
    for p, right, answerable, _ in points:
        if p >= threshold:
            total += 0.0 if right else wrong_cost
        else:
            total += 1.0 if answerable else 0.0
    return total


def choose_threshold(points, wrong_cost: float = WRONG_COST) -> float:
    """The cut between two observed probabilities with the lowest cost (the lowest such cut
    when several tie, so as few right answers as possible are refused)."""
    probs = sorted({round(p[0], 6) for p in points})
    cuts = [0.0] + [(a + b) / 2 for a, b in zip(probs, probs[1:])] + [1.0]
    return round(min(cuts, key=lambda t: (cost(points, t, wrong_cost), t)), 4)


def report(points, threshold: float) -> dict:
    answerable = [p for p in points if p[2]]
    answered = [p for p in points if p[0] >= threshold]
    return {
        "questions": len(points),
        "top1_selector": round(sum(p[1] for p in answerable) / max(len(answerable), 1), 4),
        "top1_rules": round(sum(p[3] for p in answerable) / max(len(answerable), 1), 4),
        "answered": len(answered),
        "answered_right": sum(p[1] for p in answered),
        "confident_wrong": sum(not p[1] for p in answered),
        "refused_answerable": sum(1 for p in points if p[2] and p[0] < threshold),
    }


def train(records: list[dict], heldout: list[dict], wrong_cost: float = WRONG_COST,
          names: tuple[str, ...] = features.NAMES) -> dict:
    calibration = [r for r in records if drcd.split_of(r["article"], CALIBRATION_SEED) == "heldout"]
    fitting = [r for r in records if r not in calibration] or records
    weights = fit(fitting, names=names)
    model = selector.Selector(tuple(weights["features"]), np.asarray(weights["mean"]), np.asarray(weights["scale"]),
                              np.asarray(weights["coef"]), weights["intercept"], 0.5, {})
    threshold = choose_threshold(outcomes(model, calibration or fitting), wrong_cost)
    weights["threshold"] = threshold
    weights["meta"] = {
        "model": "sklearn LogisticRegression (standardised features), C=%s" % C,
        "dense": any(n in features.DENSE for n in names),
        "data": "DRCD 1.3 (CC BY-SA 3.0), simplified with OpenCC t2s, split by article; figure questions "
                "generated by rule from ../shared/corpora/news/news_part_a.txt",
        "news_questions": sum(1 for r in records if r["id"].startswith("news-")),
        "wrong_cost": wrong_cost,
        "fit_questions": len(fitting), "calibration_questions": len(calibration),
        "heldout": report(outcomes(model, heldout), threshold) if heldout else {},
        "calibration": report(outcomes(model, calibration), threshold) if calibration else {},
    }
    return weights


def run(args: argparse.Namespace) -> int:
    """Build the rows, fit, write the weight file and print its summary (`suyuan train`)."""
    cache = args.cache or build.CACHE
    out = args.out or selector.WEIGHTS
    cache.mkdir(parents=True, exist_ok=True)
    paragraphs, qs, split = drcd.load(args.drcd or drcd.DEFAULT_DIR)
    rows = build.load_rows(build.build(paragraphs, qs, split, {"train": args.train_questions, "heldout": args.heldout_questions},
                                       cache / "rows.jsonl"))
    if args.news_questions:
        news_paragraphs, news_qs = news_figures.load(limit=args.news_questions)
        rows += build.load_rows(build.build(news_paragraphs, news_qs, {p.id: "train" for p in news_paragraphs},
                                            {"train": args.news_questions}, cache / "rows_news.jsonl"))
    names = features.LEXICAL if args.no_dense else features.NAMES
    if not args.no_dense:
        from assistant.learn import dense

        vectors = dense.VectorCache(cache)
        dense.embed_missing(rows, dense.load_embedder(), vectors)
        rows = dense.with_dense(rows, vectors)
    records = [r for r in rows if r["split"] == "train"]
    weights = train(records, [r for r in rows if r["split"] == "heldout"], names=names)
    out.write_text(json.dumps(weights, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights["meta"], ensure_ascii=False, indent=1))
    print(f"wrote {out}")
    return 0


def main(argv=None) -> int:
    parser = add_train_options(argparse.ArgumentParser(description="Train the answer selector on DRCD."))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
