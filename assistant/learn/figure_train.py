"""Trains the learned figure picker and writes assistant/answer/figure_weights.json:

    python -m assistant.learn.figure_train [--drcd N] [--news N] [--cache FILE]

Questions (never a check set): DRCD's quantity questions whose gold answer holds a figure, and
figure questions generated from news_part_a as learn/news_figures.py asks them (any figure
of a sentence, not only a sentence's one figure), half of them reworded (lead words dropped,
a word from around the clause added, another asking phrase): generated questions copy their clause.
Each is asked twice over a BM25 index of its corpus: with its gold passage among the 15
passages read, and with its article removed (nothing answers: what the cut has to learn).
Every figure of the first ten agreeing sentences is one row, labelled 1 when it overlaps a
gold answer in its sentence. A quarter of the articles (by hash) is held out; the report
gives the held-out accuracy of the top pick (learned and hand scorer) and the calibration.
The rows are cached (--cache); a build on a busy machine takes about ten minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import time
from pathlib import Path

import numpy as np

from assistant.answer import evidence, figure_model, subject
from assistant.bench.squad import Paragraph
from assistant.config import Settings
from assistant.ingest.chunking import split_clauses, split_sentences
from assistant.learn import build, drcd, news_figures
from assistant.query import question as questions
from assistant.text import quantities, words

CACHE = build.CACHE / "figures-v3.jsonl"
HELDOUT_SHARE = 0.25
SEED = "suyuan-figures-1"
WRONG_COST = 3  # a wrong answer costs three refusals of an answerable question
CHUNK_CHARS = 300  # news articles are read in passages about this long, as the store cuts them


def split_of(article: str) -> str:
    digest = hashlib.sha256(f"{SEED}|{article}".encode()).digest()
    return "heldout" if int.from_bytes(digest[:4], "big") / 2**32 < HELDOUT_SHARE else "train"


def label(text: str, f: quantities.Quantity, answers) -> int:
    """1 when the figure overlaps an occurrence of a gold answer in its sentence."""
    for a in answers:
        a = a.strip()
        for m in re.finditer(re.escape(a), text) if a else ():
            if m.start() < f.end and f.start < m.end():
                return 1
    return 0


def asked_figures(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(question, answer, words around) for every figure with a unit of an article, as
    news_figures.question_for asks them, but in sentences of several figures too (a figure
    question's answer is seldom the only figure of its sentence). The words around are the
    content words of the sentence outside the figure's clause and of the sentence before."""
    out, before = [], ""
    for a, b in split_sentences(text):
        sentence = text[a:b]
        for f in quantities.find_quantities(sentence):
            if not f.unit or f.unit in ("年", "月", "日", "天") or not re.search(r"\d", f.text) \
                    or sentence[max(f.start - 1, 0) : f.start] == "第":
                continue  # dates, 五款, 第二次: no measured figure
            ca, cb = next(((x, y) for x, y in split_clauses(sentence) if x <= f.start < y), (0, len(sentence)))
            lead = news_figures.FILLER_END.sub("", sentence[ca : f.start]).strip("，,；;：: ")
            if len(words.content_words(lead)) < 2 or len(lead) > 40:  # a lead may state a figure: 10亿元以上项目
                continue
            verb = lead.endswith(quantities.CHANGE_WORDS) or lead.endswith(("了", "涨", "跌"))
            around = words.content_words(before + sentence[:ca] + sentence[cb:])
            out.append((f"{lead}{'' if verb else '是'}多少？", f.text, tuple(w for w in around if len(w) > 1)))
        before = sentence
    return out


def reworded(q: str, answer: str, around: tuple[str, ...], rng: random.Random) -> str:
    """利润总额是多少？ -> 公司总额有多少？: the lead's first words dropped, a word from around
    the clause put first (a question names its subject, the clause often does not), another
    asking phrase."""
    lead = q.removesuffix("？").removesuffix("是多少").removesuffix("多少")
    kept = list(words.content_words(lead))
    if len(kept) >= 3:
        kept = kept[rng.randint(1, len(kept) - 2):]
    if around and rng.random() < 0.5:
        kept.insert(0, rng.choice(around))
    f = quantities.find_quantities(answer)
    unit = f[0].unit if f and f[0].unit and f[0].unit not in ("%", "个百分点") else ""
    asks = ["是多少？", "有多少？"] + ([f"多少{unit}？", f"有多少{unit}？"] if len(unit) == 1 else [])
    return "".join(kept) + rng.choice(asks)


class Corpus:
    """Passages of one corpus in a BM25 index; `article` of each passage for the removal."""

    def __init__(self, passages: list[Paragraph], article: dict):
        self.article = article
        self.passages = build.Passages(passages)
        self.idf = self.passages.index.idf_of

    def search(self, text: str, n: int, without: str | None = None):
        hits = self.passages.search(text, n + 12)
        return [h for h in hits if without is None or self.article[h.chunk.id] != without][:n]


def news_passages(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], dict]:
    out, article = [], {}
    for p in paragraphs:
        piece, k = "", 0
        for a, b in split_sentences(p.context) + [(len(p.context), len(p.context))]:
            if piece and (len(piece) >= CHUNK_CHARS or a == b):
                out.append(Paragraph(f"{p.id}#{k}", "", piece))
                article[f"{p.id}#{k}"], piece, k = p.id, "", k + 1
            piece += p.context[a:b]
    return out, article


def group(corpus: Corpus, text: str, answers, without: str | None) -> dict:
    q = questions.analyse(text)
    hits = corpus.search(text, build.PASSAGES, without)
    scored = subject.agreeing(q, evidence.score_sentences(q, evidence.sentences_of(hits), corpus.idf))
    rows, labels, hand, figures = [], [], [], []
    for pick, values in figure_model.candidates(q, scored, corpus.idf):
        rows.append(values)
        labels.append(label(pick.scored.sentence.text, pick.figure, answers))
        hand.append(pick.score if pick.scored.factors.get("type", 1) > 0.05 else -1.0)
        figures.append(pick.figure.text)
    return {"rows": rows, "labels": labels, "hand": hand, "figures": figures}


def items(n_drcd: int, n_news: int):
    """(corpus, question id, text, answers, article, source) of every training question."""
    paragraphs, qs, _ = drcd.load()
    article = {p.id: p.title for p in paragraphs}
    numeric = [q for q in qs if q.answers and any(quantities.find_quantities(a) for a in q.answers)
               and questions.analyse(q.text).kind == "quantity"]
    random.Random(SEED).shuffle(numeric)
    corpus = Corpus(paragraphs, article)
    for q in numeric[:n_drcd]:
        yield corpus, q.id, q.text, q.answers, article[q.paragraph], "drcd"
    news, _ = news_figures.load(limit=0)
    passages, of = news_passages(news)
    corpus = Corpus(passages, of)
    order = list(news)
    random.Random(SEED).shuffle(order)
    for p in order[:n_news]:
        rng = random.Random(f"{SEED}-{p.id}")
        made = asked_figures(p.context)
        if made:
            text, answer, around = rng.choice(made)
            text = reworded(text, answer, around, rng) if rng.random() < 0.5 else text
            yield corpus, f"{p.id}-q2", text, (answer,), p.id, "news"


def build_rows(out: Path, n_drcd: int, n_news: int, log=print) -> Path:
    """Appends one record per question to `out` (JSON lines); a re-run resumes."""
    done = set()
    if out.exists():
        done = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}
    t0 = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as f:
        for n, (corpus, qid, text, answers, article, source) in enumerate(items(n_drcd, n_news), start=1):
            if qid in done:
                continue
            record = {"id": qid, "question": text, "answers": list(answers), "source": source,
                      "split": split_of(article), "with": group(corpus, text, answers, None),
                      "without": group(corpus, text, answers, article)}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            f.flush()
            if n % 100 == 0:
                log(f"{n} questions, {time.perf_counter() - t0:.0f} s")
    return out


def groups(records: list[dict], which: str):
    for r in records:
        if r["split"] == which:
            for v in ("with", "without"):
                if r[v]["rows"]:
                    yield r, v, r[v]


TREES = {"max_depth": 3, "max_iter": 150, "learning_rate": 0.05, "random_state": 0}


def fit(records: list[dict]) -> dict:
    """Gradient-boosted trees on the training articles' rows, as the JSON the picker reads
    (checked against scikit-learn's own probabilities)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    xs = np.asarray([x for _, _, g in groups(records, "train") for x in g["rows"]], float)
    ys = np.asarray([y for _, _, g in groups(records, "train") for y in g["labels"]], int)
    model = HistGradientBoostingClassifier(**TREES).fit(xs, ys)
    trees = []
    for (predictor,) in model._predictors:  # one tree per round (binary): nodes in scikit-learn's layout
        trees.append([[round(float(n["value"]), 6)] if n["is_leaf"] else
                      [int(n["feature_idx"]), float(n["num_threshold"]), int(n["left"]), int(n["right"])]
                      for n in predictor.nodes])
    data = {"names": list(figure_model.NAMES), "base": float(np.ravel(model._baseline_prediction)[0]),
            "trees": trees, "cut": 0.5}
    mine = figure_model.FigureModel(data)
    theirs = model.predict_proba(xs[:500])[:, 1]
    if max(abs(mine.probability(list(x)) - p) for x, p in zip(xs[:500], theirs)) > 1e-4:
        raise RuntimeError("the trees read back from JSON disagree with scikit-learn's: see figure_model.FigureModel")
    return data


def tops(records, which, scorer):
    """(probability or score of the top pick, top pick right, question answerable) per group."""
    out = []
    for _, _, g in groups(records, which):
        scores = scorer(g)
        best = int(np.argmax(scores))
        out.append((float(scores[best]), g["labels"][best], int(any(g["labels"]))))
    return out


def cost(found, cut: float) -> float:
    return sum(WRONG_COST * (1 - right) if p >= cut else answerable for p, right, answerable in found)


RULES_CUT = Settings.model_fields["abstain_threshold"].default  # the hand scorer's support is cut there


def best_cut(found) -> float:
    return min((round(c, 2) for c in np.arange(0.05, 0.96, 0.01)), key=lambda c: (cost(found, c), c))


def report(records, model: figure_model.FigureModel, log=print) -> None:
    learned = lambda g: [model.probability(x) for x in g["rows"]]  # noqa: E731
    hand = lambda g: g["hand"]  # noqa: E731
    for which in ("train", "heldout"):
        for name, scorer in (("learned", learned), ("hand", hand)):
            found = tops(records, which, scorer)
            answerable = [t for t in found if t[2]]
            cut = model.cut if name == "learned" else RULES_CUT
            answered = [t for t in found if t[0] >= cut]
            log(f"{which} {name}: top pick right {sum(t[1] for t in answerable)}/{len(answerable)} answerable groups; "
                f"at cut {cut}: answered {len(answered)}/{len(found)}, wrong {sum(1 - t[1] for t in answered)}, "
                f"cost {cost(found, cut):.0f}")
    found = tops(records, "heldout", learned)
    for lo in np.arange(0, 1, 0.2):
        inside = [t for t in found if lo <= t[0] < lo + 0.2]
        if inside:
            log(f"heldout calibration: p in [{lo:.1f},{lo + 0.2:.1f}) mean {np.mean([t[0] for t in inside]):.2f}, "
                f"right {np.mean([t[1] for t in inside]):.2f} of {len(inside)}")
    log(f"heldout Brier (top picks) {np.mean([(t[0] - t[1]) ** 2 for t in found]):.3f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drcd", type=int, default=1200, help="DRCD quantity questions at most")
    ap.add_argument("--news", type=int, default=1200, help="generated news figure questions at most")
    ap.add_argument("--cache", type=Path, default=CACHE, help="the rows, built once (JSON lines)")
    ap.add_argument("--out", type=Path, default=figure_model.WEIGHTS)
    args = ap.parse_args(argv)
    lines = build_rows(args.cache, args.drcd, args.news).read_text(encoding="utf-8").splitlines()
    records = sorted((json.loads(line) for line in lines if line), key=lambda r: r["id"])  # a resumed build's order
    data = fit(records)
    model = figure_model.FigureModel(data)
    # the cut of least cost on the held-out articles (the trees are surer of their own training rows)
    model.cut = data["cut"] = best_cut(tops(records, "heldout", lambda g: [model.probability(x) for x in g["rows"]]))
    data["trained_on"] = (f"{sum(r['split'] == 'train' for r in records)} questions (DRCD and "
                          f"generated news figures, with and without the gold passage); {TREES}")
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    report(records, model)


if __name__ == "__main__":
    main()
