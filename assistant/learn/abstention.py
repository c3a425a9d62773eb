"""`python -m assistant.learn.abstention`: train the default answer step's abstention model
(answer/abstain.py) and write `assistant/answer/abstain_weights.json`. One command; fixed
seeds, so the same data gives the same file.

Data: questions the answer selector was not trained on (build.py's sample of the DRCD train
split and news_figures' first questions are skipped), from DRCD's train-split articles and
from figure questions generated from news_part_a. Each is asked twice over a BM25 index of
all its corpus's paragraphs, as the selector's training rows are: with its gold paragraph
among the passages, and with it removed (no passage answers: a shown answer is wrong). The
news questions are asked a third time changed (learn/tempting.py: one qualifier of the
question, 今年 -> 去年, 镇 -> 村, a place, is one its article never writes) with the paragraph
present: the tempting near miss, where any shown answer is wrong. Rows cached before the
uncovered columns existed get them from the question and the shown sentence (fill_uncovered). The
step (`selector.combined`, with the e5 encoder) answers each; its abstention rows and
whether the shown answer contains a gold answer are cached in ~/.cache/suyuan-train/
(a re-run resumes). A quarter of the articles (by a hash of the title) is held out: the
model and its threshold are fitted on the rest, at the cost stated in answer/abstain.py
(a wrong answer 3, a refusal of an answerable question 1), and the held-out part is only
reported. DRCD's own held-out articles (squad_side --split heldout) are never read.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from assistant.answer import abstain
from assistant.learn import build, drcd, news_figures

SPLIT_SEED = "suyuan-abstain-1"
HELDOUT_SHARE = 0.25
C = 1.0  # inverse regularisation strength (0.1, 0.3 and 1 cost the same within noise, 4-fold by article)
SELECTOR_DRCD = 1500  # build.py's default sample of DRCD train questions (the selector's own at most)


def fresh_questions(drcd_questions: int, news_questions: int, seed: int = 12):
    """[(corpus name, paragraphs, questions)] the selector never trained on."""
    paragraphs, qs, split = drcd.load()
    pool = [q for q in qs if split[q.paragraph] == "train" and q.text.strip() and q.answers]
    random.Random(seed).shuffle(pool)  # build.build's order: its first SELECTOR_DRCD are the selector's
    out = [("drcd", paragraphs, pool[SELECTOR_DRCD: SELECTOR_DRCD + drcd_questions])]
    if news_questions:
        from assistant.answer.selector import default_selector

        seen = default_selector().meta["news_questions"]  # the selector's: news_figures' first ones
        news_paragraphs, news_qs = news_figures.load(limit=seen + news_questions, seed=seed)
        out.append(("news", news_paragraphs, news_qs[seen:]))
    return out


def shown_text(drafts) -> str:
    return "；".join(p.sentence.chunk.text[p.a:p.b].replace("\n", " ") for d in drafts if d for p in d.parts)


def examples(corpora, out: Path, embedder, log=print, variants=("with", "without")) -> Path:
    """Append one JSON line per question and variant ('with' / 'without' its gold paragraph)
    to `out`: the abstention rows of the step's answer and whether it was right (a question
    without answers, a tempting one, is never answered right)."""
    from assistant.answer import selector
    from assistant.bench.squad import contains
    from assistant.query import question as questions

    done = set()
    if out.exists():
        done = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}
    with out.open("a", encoding="utf-8") as f:
        for name, paragraphs, qs in corpora:
            todo = [q for q in qs if q.id not in done]
            if not todo:
                continue
            passages = build.Passages(paragraphs)
            idf = passages.index.idf_of
            titles = {p.id: p.title or p.id for p in paragraphs}
            t0 = time.perf_counter()
            for n, item in enumerate(todo, start=1):
                q = questions.analyse(item.text)
                vector = embedder.embed_query(item.text)
                record = {"id": item.id, "corpus": name, "article": titles[item.paragraph], "kind": q.kind}
                for variant, without in (("with", None), ("without", item.paragraph)):
                    if variant not in variants:
                        continue
                    hits = passages.search(item.text, build.PASSAGES, without)
                    step = selector.combined(q, hits, idf, embedder.embed_documents, vector)
                    text = shown_text(step.drafts)
                    record[variant] = {"rows": step.rows, "answered": all(d is not None for d in step.drafts),
                                       "right": bool(text) and contains(text, item.answers), "text": text[:200]}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                f.flush()
                if n % 50 == 0:
                    log(f"{name}: {n}/{len(todo)} questions, {time.perf_counter() - t0:.0f} s")
    return out


def fill_uncovered(records: list[dict], corpora, log=print) -> int:
    """Rows cached before the uncovered columns (answer/uncovered.py) existed get them, read
    from the question and the shown sentence found again in its corpus (a passage here is
    a whole paragraph under its title, and the cached text starts with the shown sentence's
    span). Returns
    how many rows were filled; a row whose sentence is not found again is left short (out)."""
    from assistant.answer import evidence, uncovered
    from assistant.query import question as questions
    from assistant.text.sentences import split_sentences

    short = len(abstain.NAMES) - len(uncovered.NAMES)
    filled = 0
    for name, paragraphs, qs in corpora:
        asked = {q.id: q.text for q in qs}
        todo = [r for r in records if r["id"] in asked and any(
            r.get(v) and r[v]["rows"] and len(r[v]["rows"][0]) == short for v in ("with", "without"))]
        if not todo:
            continue
        idf = build.Passages(paragraphs).index.idf_of
        texts = [p.context for p in paragraphs]
        chunks = {p.context: build.chunk_of(p) for p in paragraphs}
        for r in todo:
            q = questions.analyse(asked[r["id"]])
            for v in ("with", "without"):
                part = r.get(v)
                if not part or not part["rows"] or len(part["rows"][0]) != short:
                    continue
                head = part["text"].split("；")[0][:30]
                where = next((t for t in texts if head and head in t), None)
                if where is None:
                    continue
                at = where.find(head)
                a, b = next(((a, b) for a, b in split_sentences(where) if a <= at < b), (at, at + len(head)))
                chunk = chunks[where]  # as abstain.signals reads it: under its title, with its years in force
                said = uncovered.columns(q.text, q.terms, q.places, where[a:b], f"{chunk.title} {chunk.subject} {where}",
                                         idf, evidence.sentence_years(evidence.Sentence(0, chunk, a, b)))
                part["rows"] = [row + said for row in part["rows"]]
                filled += 1
        log(f"{name}: uncovered columns filled for {filled} cached rows")
    return filled


def points(records: list[dict], variants=("with", "without")) -> tuple[np.ndarray, np.ndarray]:
    """(rows, right) of every shown answer of one part (a question the rules found no
    agreeing sentence for is refused before the model is asked; multi-part questions,
    rare here, are left out)."""
    xs, ys = [], []
    for r in records:
        for v in variants:
            part = r.get(v)
            if part and part["answered"] and len(part["rows"]) == 1 and len(part["rows"][0]) == len(abstain.NAMES):
                xs.append(part["rows"][0])
                ys.append(int(part["right"]))
    return np.asarray(xs, float).reshape(-1, len(abstain.NAMES)), np.asarray(ys, int)


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> dict:
    from sklearn.linear_model import LogisticRegression

    mean = np.nanmean(x, axis=0)
    filled = np.where(np.isnan(x), mean, x)  # a missing column stands at its mean, as at run time
    scale = filled.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((filled - mean) / scale, y)
    return {"features": list(abstain.NAMES), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": model.coef_[0].round(6).tolist(), "intercept": round(float(model.intercept_[0]), 6)}


def cost(probs, right, threshold: float, wrong_cost: float = abstain.WRONG_COST) -> float:
    """Every point is an answer shown: answered, a wrong one costs wrong_cost; refused, a
    right one (an answerable question) costs 1."""
    answered = probs >= threshold
    return float(np.sum(answered & (right == 0)) * wrong_cost + np.sum(~answered & (right == 1)))


def choose_threshold(probs, right, wrong_cost: float = abstain.WRONG_COST) -> float:
    """The cut between two observed probabilities with the least cost (the lowest when several tie)."""
    seen = np.unique(np.round(probs, 6))
    cuts = [0.0] + [float(a + b) / 2 for a, b in zip(seen, seen[1:])] + [1.0]
    return round(min(cuts, key=lambda t: (cost(probs, right, t, wrong_cost), t)), 4)


def report(probs, right, threshold: float) -> dict:
    answered = probs >= threshold
    return {"shown_answers": int(len(right)), "right": int(right.sum()), "answered": int(answered.sum()),
            "answered_right": int((answered & (right == 1)).sum()),
            "confident_wrong": int((answered & (right == 0)).sum()),
            "right_refused": int((~answered & (right == 1)).sum()),
            "confident_wrong_at_any_threshold": int((right == 0).sum()),
            "mean_probability": round(float(probs.mean()), 4) if len(probs) else None,
            "share_right": round(float(right.mean()), 4) if len(right) else None}


def held_out(record: dict) -> bool:
    return drcd.split_of(record["article"], SPLIT_SEED, HELDOUT_SHARE) == "heldout"


def train(records: list[dict]) -> dict:
    from assistant.answer.selector import Selector

    fitting = [r for r in records if not held_out(r)]
    heldout = [r for r in records if held_out(r)]
    x, y = points(fitting)
    weights = fit(x, y)
    model = Selector(tuple(weights["features"]), np.asarray(weights["mean"]), np.asarray(weights["scale"]),
                     np.asarray(weights["coef"]), weights["intercept"], 0.5, {}, abstain.NAMES)
    probs = model.probabilities(x)
    threshold = choose_threshold(probs, y)
    hx, hy = points(heldout)
    weights["threshold"] = threshold
    weights["meta"] = {
        "model": f"sklearn LogisticRegression (standardised features), C={C}",
        "trained_by": "python -m assistant.learn.abstention",
        "data": "the combined step's shown answers to DRCD 1.3 train-split questions (CC BY-SA 3.0, OpenCC t2s) "
                "and to figure questions generated from news_part_a, none of them the selector's own, each with "
                "and without its gold paragraph among the passages (BM25 over its corpus); the news questions "
                "also with one qualifier changed, the paragraph present (learn/tempting.py, never right)",
        "wrong_cost": abstain.WRONG_COST,
        "questions": {"fit": len(fitting), "heldout": len(heldout),
                      **{name: sum(r["corpus"] == name for r in records) for name in ("drcd", "news", "tempting")}},
        "fit": report(probs, y, threshold),
        "heldout": report(model.probabilities(hx), hy, threshold) if len(hy) else {},
        "heldout_by_corpus": {
            name: report(model.probabilities(cx), cy, threshold)
            for name in ("drcd", "news", "tempting")
            for cx, cy in [points([r for r in heldout if r["corpus"] == name])] if len(cy)},
    }
    return weights


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Train the combined answer step's abstention model.")
    parser.add_argument("--drcd-questions", type=int, default=1100, help="DRCD train-split questions (each asked twice)")
    parser.add_argument("--news-questions", type=int, default=709, help="generated news figure questions (each asked twice)")
    parser.add_argument("--tempting", type=int, default=1400,
                        help="generated news questions (from the first not the selector's) to ask changed, "
                             "unanswerable with their paragraph present (learn/tempting.py); 0: none")
    parser.add_argument("--cache", type=Path, help="folder of cached rows (default ~/.cache/suyuan-train)")
    parser.add_argument("--out", type=Path, help="weight file to write (default assistant/answer/abstain_weights.json)")
    args = parser.parse_args(argv)
    cache = args.cache or build.CACHE
    cache.mkdir(parents=True, exist_ok=True)
    from assistant.learn.dense import load_embedder

    rows = cache / "abstain_rows.jsonl"
    corpora = fresh_questions(args.drcd_questions, args.news_questions)
    wanted = {q.id for _, _, qs in corpora for q in qs}
    embedder = load_embedder()
    examples(corpora, rows, embedder)
    if args.tempting:  # unanswerable with the paragraph present: a qualifier of the question changed
        from assistant.learn import tempting

        from assistant.answer.selector import default_selector

        seen = default_selector().meta["news_questions"]
        paragraphs, qs = news_figures.load(limit=seen + args.tempting, seed=12)
        tempted = [("tempting", paragraphs, tempting.questions(qs[seen:], paragraphs))]
        examples(tempted, rows, embedder, variants=("with",))
        wanted |= {q.id for _, _, qs in tempted for q in qs}
    records = [json.loads(line) for line in rows.read_text(encoding="utf-8").splitlines() if line]
    fill_uncovered(records, corpora)
    weights = train([r for r in records if r["id"] in wanted])
    out = args.out or abstain.WEIGHTS
    out.write_text(json.dumps(weights, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights["meta"], ensure_ascii=False, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
