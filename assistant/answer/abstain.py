"""Calibrated abstention for the default answer step (`selector.combined`): the probability
that the answer it shows is right, from what the rules and the learned selector already
computed about it, and the threshold below which the step refuses. Every answer's JSON
carries it (extra.confidence); it decides only with SUYUAN_ABSTENTION=learned (`decision`):
a figure answer it judges on the probability alone once the rules' support reaches the
weight file's floor (the support is one of its columns: one decision, not two cuts in
series), any other answer on the rules' support (docs/benchmarks.md says what each costs).

The model is a logistic regression (scikit-learn, standardised features) trained by
`python -m assistant.learn.abstention` on the real pipeline's answers to figure questions
asked over compiled long documents of news_part_a (learn/store_rows.py): answerable, reworded
as a person would ask, with one qualifier changed (learn/tempting.py: 去年 for 今年, 名村 for
名镇, the paragraph present: the tempting near miss) and with the asked sentence left out.
What of the question the shown sentence and its passage do not say is read by
answer/uncovered.py; what the learned figure picker thinks of the figure shown and of the
others, by `figure_columns`. It judges the kinds its weight file names (meta 'judges': figure
questions in Chinese); any other answer is left to the rules' support (probability 1). It is
fitted on every answer whose support reaches the file's floor (meta 'support_floor'). Its
weights, feature means and scales and the threshold live in `abstain_weights.json` (plain
JSON, read by `weights.Selector`).

Cost of the threshold: a wrong answer costs WRONG_COST (3), a refusal of an answerable
question 1, a right answer or a right refusal 0, the training answers weighted so that the
share of them wrong is the one the rules' drafts from that floor up have on the spent hand
sets (learn/abstention.WRONG_SHARE). The threshold is the cut of least
cost on the training questions; the held-out questions (other articles) only report it.
`suyuan calibrate` re-fits it on a user's own labelled questions (SUYUAN_ANSWER_THRESHOLD).
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
# the learned figure picker's (answer/figure_model.py) view of a figure answer: the probability
# of the figure shown, of the most probable figure, and of the most probable other one
FIGURE_COLUMNS = ("figure_shown", "figure_best", "figure_other")
NAMES = ("support", "log_support", "p_best", "p_second", "margin", "p_shown", "same_sentence", "learned_shown",
         "english", "candidates", "agreeing_share", "parts") + tuple(f"kind_{k}" for k in KINDS) + \
    tuple(f"shown_{c}" for c in ROW_COLUMNS) + uncovered.NAMES + FIGURE_COLUMNS


# the kinds whose selector draft its probability may vouch for (`vouched`): a person question's
# rules' support is low whenever the name stands without the role asked (type factor 0.15)
VOUCHED = ("person",)


def vouched(kind: str, support: float, p: float, cut: float) -> float:
    """The support of the selector's draft of a `kind` question: the rules' `support`, or
    for a person the selector's probability `p` on the rules' scale when that is higher, so
    a probability past the selector's own `cut` (chosen at 3:1 on DRCD calibration
    articles) answers it. Counted on every-draft answers with the support short of 0.43
    and p >= cut: person questions 32 right, 1 wrong (DRCD 37 articles, CMRC trial 0-599);
    the other kinds 7 right, 2 wrong (docs/benchmarks.md, session 28 h7)."""
    from assistant.answer.english_model import on_rules_scale

    return max(support, on_rules_scale(p, cut)) if kind in VOUCHED else support


def _same(a, b) -> bool:
    """Two candidate sentences are one sentence of one passage (the rules and the selector
    each cut the passages into their own Sentence objects)."""
    return a.chunk.id == b.chunk.id and a.a == b.a and a.b == b.b


def signals(q, english: bool, ruled, shown, found, ranked, idf=None) -> list[float]:
    """One row of NAMES for a (sub-)question's shown draft: `ruled` the rules' draft, `shown`
    the one the step shows (the rules' or the selector's), `found` the selector's candidates
    (`selector.Candidates`), `ranked` the subject-agreeing ones by probability (score) and
    `idf` the corpus's term rarity (the uncovered columns' rarity; None: every word rare)."""
    # the shown draft's support: the selector's own draft may be vouched for by its probability
    support = (shown or ruled).support if (shown or ruled) is not None else 0.0
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
        return out + row + [math.nan] * (len(uncovered.NAMES) + len(FIGURE_COLUMNS))
    figure = [0.0] * len(FIGURE_COLUMNS)  # no figure asked (or asked in English, which the picker never read)
    if q.kind == "quantity" and not english:  # without the corpus's rarity the picker's features are unknown
        figure = figure_columns(q, found.scored, shown.parts[0], idf) if idf else [math.nan] * len(FIGURE_COLUMNS)
    if english:  # an English question's words are not the passage's (no Chinese question trained them)
        return out + row + [0.0] * len(uncovered.NAMES) + figure
    chunk = first.chunk  # its title and subject say what the whole passage is about (a place, a year)
    passage = f"{chunk.title or ''} {chunk.subject or ''} {chunk.text}"
    said = uncovered.columns(q.text, q.terms, q.places, chunk.text[slice(*first.quote_span)], passage, idf,
                             evidence.sentence_years(first))
    return out + row + said + figure


def figure_columns(q, scored, part, idf) -> list[float]:
    """FIGURE_COLUMNS for a figure answer quoting `part` (the clause or sentence shown): its
    figure is the picker's most probable one inside that quote, the others any other."""
    from assistant.answer import figure_model

    def quoted(pick) -> bool:  # the figure's place in its chunk, inside the quote
        s = pick.scored.sentence
        return _same(s, part.sentence) and part.a <= s.a + pick.figure.start and s.a + pick.figure.end <= part.b

    found = figure_model.ranked(q, scored, idf)
    shown = max((p for p, pick in found if quoted(pick)), default=0.0)
    other = max((p for p, pick in found if not quoted(pick)), default=0.0)
    return [shown, found[0][0] if found else 0.0, other]


_loaded: dict = {}


def default_model(path: Path | str = WEIGHTS):
    """The abstention model (a `weights.Selector` over NAMES), loaded once."""
    from assistant.answer.weights import Selector

    key = str(path)
    if key not in _loaded:
        _loaded[key] = Selector.load(path, columns=NAMES, trainer="python -m assistant.learn.abstention")
    return _loaded[key]


def judged(row: list[float], model) -> bool:
    """Whether the model speaks for this part: the weight file's meta names the kinds of
    question it was trained on ('judges'; the figure questions of learn/abstention.py), and
    it never read an English one. A part it does not judge is left to the rules' support."""
    kinds = model.meta.get("judges")
    if kinds is None:
        return True
    named = [k for k in KINDS if row[NAMES.index(f"kind_{k}")] == 1.0]
    return (named[0] if named else "sentence") in kinds and row[NAMES.index("english")] == 0.0


def probability(rows: list[list[float]], model=None) -> float:
    """The probability that every part of the answer is right: the lowest of the parts the
    model judges (no part -> 0; none judged -> 1, the rules' support alone decides)."""
    if not rows:
        return 0.0
    model = model or default_model()
    mine = [r for r in rows if judged(r, model)]
    return float(min(model.probabilities(mine))) if mine else 1.0


def support_floor(model, support_cut: float) -> float:
    """The rules' support a part the model judges must reach (weight-file meta 'support_floor':
    the model was fitted on every answer from there up, the support one of its columns);
    a file without it was fitted above the support's own cut, which then applies."""
    return float(model.meta.get("support_floor", support_cut))


def decision(rows: list[list[float]], support_cut: float, model=None) -> float:
    """What SUYUAN_ABSTENTION=learned cuts at the model's threshold, one decision per part:
    a part the model judges answers on its probability once its support reaches the
    file's floor (below the rules' own cut too: the model read the support with the rest),
    any other part on the rules' support (`support_cut`). The lowest probability of the
    judged parts (1 when none is), -1 when a part's support falls short (0: no part)."""
    if not rows:
        return 0.0
    model = model or default_model()
    floor = support_floor(model, support_cut)
    at = NAMES.index("support")
    if any(r[at] < (floor if judged(r, model) else support_cut) for r in rows):
        return -1.0
    return probability(rows, model)
