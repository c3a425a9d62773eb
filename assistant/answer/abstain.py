"""Calibrated abstention for the default answer step (`selector.combined`): the probability
that the answer it shows is right, from what the rules and the learned selector already
computed about it, and the threshold below which the step refuses. Every answer's JSON
carries it (extra.confidence); it decides only with SUYUAN_ABSTENTION=learned, and then
together with the rules' support (an answer must clear both): on the seed documents,
whose support the rules were tuned on, it refuses right answers (docs/benchmarks.md).

The model is a logistic regression (scikit-learn, standardised features) trained by
`python -m assistant.learn.abstention` on the step's own shown answers to DRCD questions
and to figure questions generated from news_part_a, each asked twice: over passages with
its gold paragraph and over the same search with the gold paragraph removed (nothing there
answers; such questions teach it to refuse), and the news ones a third time with one
qualifier changed and the paragraph present (learn/tempting.py: 去年 for 今年, 名村 for 名镇;
the rules then show the near figure with high support, a tempting wrong answer). What of the
question the shown sentence and its passage do not say is read by answer/uncovered.py.
Its weights, feature means and scales and the threshold live in `abstain_weights.json`
(plain JSON, read by `weights.Selector`).

Cost of the threshold: a wrong answer costs WRONG_COST (3), a refusal of an answerable
question 1, a right answer or a right refusal 0; so a calibrated probability should answer
above 2/3. The threshold is the cut of least cost on the training questions; the held-out
questions (other articles) only report it. `suyuan calibrate` re-fits it on a user's own
labelled questions (SUYUAN_ANSWER_THRESHOLD).
"""

from __future__ import annotations

import math
from pathlib import Path

from assistant.answer import evidence, features, uncovered

WEIGHTS = Path(__file__).with_name("abstain_weights.json")
WRONG_COST = 3.0

# the candidate-row columns (features.NAMES) of the shown sentence that travel along:
# agreement of its type, place and year with the question, and its e5 closeness
ROW_COLUMNS = ("rules_score", "type_f", "place_f", "year_f", "unit_match", "other_places", "other_years",
               "coverage", "answer_type", "dense_sim", "dense_rank")
KINDS = ("quantity", "person", "list")  # the kinds whose answer is cut differently; the rest are sentences
NAMES = ("support", "log_support", "p_best", "p_second", "margin", "p_shown", "same_sentence", "learned_shown",
         "english", "candidates", "agreeing_share", "parts") + tuple(f"kind_{k}" for k in KINDS) + \
    tuple(f"shown_{c}" for c in ROW_COLUMNS) + uncovered.NAMES


def _same(a, b) -> bool:
    """Two candidate sentences are one sentence of one passage (the rules and the selector
    each cut the passages into their own Sentence objects)."""
    return a.chunk.id == b.chunk.id and a.a == b.a and a.b == b.b


def signals(q, english: bool, ruled, shown, found, ranked, idf=None) -> list[float]:
    """One row of NAMES for a (sub-)question's shown draft: `ruled` the rules' draft, `shown`
    the one the step shows (the rules' or the selector's), `found` the selector's candidates
    (`selector.Candidates`), `ranked` the subject-agreeing ones by probability (score) and
    `idf` the corpus's term rarity (the uncovered columns' rarity; None: every word rare)."""
    support = ruled.support if ruled is not None else 0.0
    probs = [sc.score for sc in ranked]
    best = probs[0] if probs else 0.0
    second = probs[1] if len(probs) > 1 else 0.0
    first = shown.parts[0].sentence if shown is not None and shown.parts else None
    p_shown = next((sc.score for sc in ranked if first is not None and _same(sc.sentence, first)), 0.0)
    same = float(ruled is not None and bool(ruled.parts) and bool(ranked) and _same(ruled.parts[0].sentence, ranked[0].sentence))
    where = next((i for i, sc in enumerate(found.scored) if first is not None and _same(sc.sentence, first)), None)
    row = [found.rows[where][features.NAMES.index(c)] if where is not None else math.nan for c in ROW_COLUMNS]
    n = len(found.scored)
    shown_learned = float(shown is not None and shown is not ruled)
    out = [support, math.log(max(support, 1e-3)), best, second, best - second, p_shown, same, shown_learned,
           float(english), math.log1p(n), len(ranked) / n if n else 0.0, float(len(shown.parts) if shown else 0)]
    out += [float(q.kind == k) for k in KINDS]
    if first is None:
        return out + row + [math.nan] * len(uncovered.NAMES)
    if english:  # an English question's words are not the passage's (no Chinese question trained them)
        return out + row + [0.0] * len(uncovered.NAMES)
    chunk = first.chunk  # its title and subject say what the whole passage is about (a place, a year)
    passage = f"{chunk.title or ''} {chunk.subject or ''} {chunk.text}"
    said = uncovered.columns(q.text, q.terms, q.places, chunk.text[slice(*first.quote_span)], passage, idf,
                             evidence.sentence_years(first))
    return out + row + said


_loaded: dict = {}


def default_model(path: Path | str = WEIGHTS):
    """The abstention model (a `weights.Selector` over NAMES), loaded once."""
    from assistant.answer.weights import Selector

    key = str(path)
    if key not in _loaded:
        _loaded[key] = Selector.load(path, columns=NAMES, trainer="python -m assistant.learn.abstention")
    return _loaded[key]


def probability(rows: list[list[float]], model=None) -> float:
    """The probability that every part of the answer is right: the lowest of its parts'
    (no part -> 0)."""
    if not rows:
        return 0.0
    return float(min((model or default_model()).probabilities(rows)))
