"""A learned scorer for English questions over Chinese passages: which candidate sentence
answers, and whether to answer at all.

An English question reaches the Chinese text through dictionary translations, so the rules'
support (the share of translated words a sentence holds) understates a sentence that says
what was asked in other words, and their order follows whichever translations happened to
exist. Here a logistic regression reads, for each of the rules' best candidates, the rules'
own numbers (support, coverage, unit and type factors, the passage's retrieval rank), the e5
encoder's cross-lingual similarity of question and sentence (absolute, and against the other
candidates), the asked answer type against the sentence's figures, and how many of the
question's words reached Chinese words at all (`english.pinned_groups`). No feature names an
entity. The committed weights were trained in session 26 on 143 English questions over news
articles, dev's and the seed sets' English items among them (those rows are gone), and the
threshold chosen there at a wrong answer costing three refusals. A refit on the committed set
tests/data/english_train (`python -m assistant.learn.english_train`, docs/benchmarks.md,
session 55) answered fewer questions right on every held-out set and was not kept; so did a
refit on five English sets (504 questions) left one set out at a time (session 61: 273 right,
16 confident wrong against 304 and 25 for these weights, through the assistant).

The chosen sentence is cut as the rules cut it (the figure's clause, the name with its role:
`selector.english_draft`); the answer's support is the model's probability put on the rules'
scale (`on_rules_scale`), so the one abstention cut (0.43) applies to both.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from assistant.answer import english, features
from assistant.answer.weights import Selector

WEIGHTS = Path(__file__).with_name("english_weights.json")
QUESTION_COLUMNS = ("pinned",)  # read per question, appended to each candidate's features.NAMES row
COLUMNS = features.NAMES + QUESTION_COLUMNS
CANDIDATES = 15  # the rules' best sentences the model reads (the gold sentence was among them for 67 of 76)
RULES_CUT = 0.43  # the default abstention threshold (config.abstain_threshold) the probability is mapped onto

_loaded: dict[str, Selector] = {}


def model(path: Path | str = WEIGHTS) -> Selector:
    key = str(path)
    if key not in _loaded:
        _loaded[key] = Selector.load(path, columns=COLUMNS, trainer="python -m assistant.learn.english_train")
    return _loaded[key]


def rows(q, found) -> list[list[float]]:
    """Each candidate's features.NAMES row with the question's own columns appended. For a
    question asking who said something (Which deputy said that…), each candidate is read as
    if it named the person: what was said is looked for, and its speaker is the attribution
    before it (answer/speakers.py), which the sentence itself seldom names."""
    from assistant.answer.roles import asks_speaker

    pinned = float(english.pinned_groups(q))
    out = [list(r) + [pinned] for r in found.rows]
    if asks_speaker(q) and out:
        _as_if_named(out, found.scored)
    return out


def _as_if_named(out: list[list[float]], scored: list) -> None:
    """Lift each row's answer-type columns and rules score as `credits.unsupported` does."""
    from assistant.answer.credits import unsupported

    at = {name: i for i, name in enumerate(features.NAMES)}
    lifted = [unsupported(sc) for sc in scored]
    top = max(max(lifted), 1e-6)
    for row, score in zip(out, lifted):
        row[at["rules_score"]], row[at["rules_rel"]] = score, score / top
        row[at["type_f"]] = row[at["answer_type"]] = row[at["type_x_person"]] = 1.0


def on_rules_scale(p: float, threshold: float) -> float:
    """The probability as a support the rules' cut reads: `threshold` falls on RULES_CUT,
    0 and 1 stay where they are, linear in between."""
    if p < threshold:
        return RULES_CUT * p / max(threshold, 1e-9)
    return RULES_CUT + (1 - RULES_CUT) * (p - threshold) / max(1 - threshold, 1e-9)


def rank(q, found, chosen: Selector | None = None) -> list:
    """The candidates `found` (`selector.candidates`, CANDIDATES of them) that agree with the
    question's subject, best first by the model's probability, each carrying it as its score
    (what the figure and clause pickers multiply) and the rules' score in its factors."""
    from assistant.answer import subject

    if not found.scored:
        return []
    probs = (chosen or model()).probabilities(rows(q, found))
    out = [replace(sc, score=float(p), factors={**sc.factors, "rules": sc.score, "probability": float(p)})
           for sc, p in zip(found.scored, probs)]
    out.sort(key=lambda s: -s.score)
    return subject.agreeing(q, out)


def support(p: float, chosen: Selector | None = None) -> float:
    """The model's probability for its chosen sentence, as the answer's support."""
    return on_rules_scale(p, (chosen or model()).threshold)
