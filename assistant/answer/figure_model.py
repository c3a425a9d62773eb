"""The learned figure picker: the probability that one figure of a candidate sentence is the
answer to a quantity question, from generic features of the question, the sentence and the
figure's place in it (gradient-boosted trees, `assistant/learn/figure_train.py`, trained on DRCD
and generated news figure questions, never on a check set). It replaces the hand scorer's
multipliers when the setting figure_picker is 'learned' (SUYUAN_FIGURE_PICKER; answer/figures.py
keeps them, as features and as the default picker).

The weight file is plain JSON: feature names, the trees' nodes, and the probability
`cut` that costs least on the training questions when a wrong answer costs three refusals
(reported by the trainer; whether to answer stays the rules' support, see `best`).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from assistant.answer.evidence import Scored
from assistant.answer.figures import FigurePick, pick_figures
from assistant.answer.topic_coverage import coverage, term_weights
from assistant.query.question import Question
from assistant.text import quantities

WEIGHTS = Path(__file__).with_name("figure_weights.json")
CANDIDATES = 10  # sentences whose figures are read (as the hand picker)
TIME_MARKS = "年月日时号点分秒"
YEAR_ASKED = re.compile(r"哪一?年|何年|那一?年|几几年")
MARKS = re.compile(r"[，,；;。！？!?：:、（）()“”\"《》\s]")

NAMES = ("support", "log_support", "coverage", "type", "place", "year", "hit_rank", "sentence_rank", "share_of_top",
         "local", "adjacent", "unit_factor", "change_factor", "relevant", "hand_share", "veto",
         "unit_same", "unit_other", "unit_none_asked", "figure_no_unit", "unit_written_in_question",
         "counted_asked", "counted_other", "change_asked_change", "change_asked_level", "level_asked_change",
         "time_part", "year_figure", "year_asked", "lead_coverage", "after_coverage", "near_term",
         "figure_index", "figures_log", "last_in_clause", "clause_index", "percent", "arabic", "ordinal",
         "asks_figures", "asked_figures_in_clause", "clause_figures", "hand_of_best", "figure_votes")
GROUP = 2  # the last names: read from all candidates of the question together (`candidates`)


def _bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def counted_noun(text: str, f: quantities.Quantity) -> str:
    """The words right after a figure, to the next mark: 169名旅客抵达 -> 旅客抵达 (what it counts)."""
    rest = text[f.end : f.end + 6]
    m = MARKS.search(rest)
    return rest[: m.start()] if m else rest


def is_time_part(text: str, f: quantities.Quantity) -> bool:
    """8月6日2时: a figure that is part of a date or a time of day."""
    return (f.unit in tuple(TIME_MARKS) or text[f.end : f.end + 1] in tuple(TIME_MARKS)
            or text[max(f.start - 1, 0) : f.start] in ("月", "日"))


def is_year(f: quantities.Quantity) -> bool:
    return f.unit == "年" and re.fullmatch(r"(?:1[0-9]|20)\d\d年?", f.text.strip()) is not None


def row(q: Question, scored: list[Scored], rank: int, pick: FigurePick, figures: list[quantities.Quantity],
        weights: dict) -> list[float]:
    """The features of one figure (`pick`, one of `figures` of its sentence `scored[rank]`)."""
    sc = scored[rank]
    s, f, parts = sc.sentence, pick.figure, pick.factors
    text = s.text
    ca, cb = parts.get("clause_start", 0), parts.get("clause_end", len(text))
    no_place = {p: False for p in q.places}
    counted = counted_noun(text, f)
    counted_asked = any(g in q.text for g in _bigrams(counted[:4])) or (len(counted) == 1 and counted in q.text)
    is_change = bool(f.change) or f.kind in ("percent", "points")
    term_at = [m.start() for t in q.terms if len(t) > 1 for m in re.finditer(re.escape(t), text)]
    distance = min((abs(a - f.start) for a in term_at), default=40)
    index = next((i for i, o in enumerate(figures) if o.start == f.start), 0)
    in_clause = [o for o in figures if ca <= o.start < cb]
    clause_index = len(MARKS.findall(text[: f.start]))
    top = scored[0].score or 1e-6
    unit_same = bool(q.unit) and quantities.same_unit(f.unit, q.unit)
    values = {
        "support": sc.score, "log_support": math.log(max(sc.score, 1e-3)), "coverage": sc.coverage,
        "type": sc.factors.get("type", 1.0), "place": sc.factors.get("place", 1.0), "year": sc.factors.get("year", 1.0),
        "hit_rank": 1.0 / (1 + s.hit_rank), "sentence_rank": 1.0 / (1 + rank), "share_of_top": sc.score / top,
        "local": parts.get("local", 0.0), "adjacent": parts.get("adjacent", 0.0), "unit_factor": parts.get("unit", 1.0),
        "change_factor": parts.get("change", 1.0), "relevant": parts.get("relevant", 1.0),
        "hand_share": parts.get("share", 0.0), "veto": parts.get("veto", 0.0),
        "unit_same": float(unit_same), "unit_other": float(bool(q.unit) and not unit_same),
        "unit_none_asked": float(not q.unit), "figure_no_unit": float(not f.unit),
        "unit_written_in_question": float(bool(f.unit) and f.unit in q.text),
        "counted_asked": float(counted_asked), "counted_other": float(len(counted) >= 2 and not counted_asked),
        "change_asked_change": float(q.change and is_change), "change_asked_level": float(q.change and not is_change),
        "level_asked_change": float(not q.change and is_change),
        "time_part": float(is_time_part(text, f)), "year_figure": float(is_year(f)),
        "year_asked": float(bool(YEAR_ASKED.search(q.text))),
        "lead_coverage": coverage(weights, text[ca : f.start], "", no_place, q.specificity),
        "after_coverage": coverage(weights, text[f.end : cb], "", no_place, q.specificity),
        "near_term": 1.0 / (1 + distance / 5),
        "figure_index": index / max(len(figures) - 1, 1), "figures_log": math.log1p(len(figures)),
        "last_in_clause": float(bool(in_clause) and in_clause[-1].start == f.start),
        "clause_index": min(clause_index, 6) / 6, "percent": float(f.kind in ("percent", "points")),
        "arabic": float(bool(re.search(r"\d", f.text))), "ordinal": float(text[max(f.start - 1, 0) : f.start] == "第"),
        # 10亿元以上项目不低于多少个: a figure the question states must be in the answer's clause
        "asks_figures": float(bool(q.figures)),
        "asked_figures_in_clause": sum(x in text[ca:cb] for x in q.figures) / max(len(q.figures), 1),
        "clause_figures": float(len(in_clause)),
    }
    return [float(values[n]) for n in NAMES[:-GROUP]]


def candidates(q: Question, scored: list[Scored], idf) -> list[tuple[FigurePick, list[float]]]:
    """Every figure of the first CANDIDATES sentences with its feature row."""
    weights = term_weights(q, idf)
    out = []
    for rank, sc in enumerate(scored[:CANDIDATES]):
        figures = quantities.find_quantities(sc.sentence.text)
        for pick in pick_figures(q, sc, idf):
            out.append((pick, row(q, scored, rank, pick, figures, weights)))
    # how the hand scorer ranks it among all, and how many other sentences give the same figure
    best = max((p.score for p, _ in out), default=0.0) or 1e-6
    for pick, values in out:
        core = quantities.without_qualifier(pick.figure.text)
        votes = len({p.scored.sentence.text for p, _ in out if quantities.without_qualifier(p.figure.text) == core
                     and p.scored.sentence.text != pick.scored.sentence.text})
        values.extend([pick.score / best, math.log1p(votes)])
    return out


class FigureModel:
    """Gradient-boosted trees read from JSON: each node is [feature, threshold, left, right]
    (go left when the value is at most the threshold) or [leaf value]; the log-odds are
    `base` plus one leaf of every tree."""

    def __init__(self, data: dict):
        if list(data.get("names", [])) != list(NAMES):
            raise ValueError("figure_weights.json was trained on other features than figure_model.NAMES: "
                             "run `python -m assistant.learn.figure_train`")
        self.base = float(data["base"])
        self.trees = data["trees"]
        self.cut = float(data["cut"])

    def log_odds(self, values: list[float]) -> float:
        z = self.base
        for nodes in self.trees:
            node = nodes[0]
            while len(node) > 1:
                node = nodes[node[2] if values[node[0]] <= node[1] else node[3]]
            z += node[0]
        return z

    def probability(self, values: list[float]) -> float:
        z = self.log_odds(values)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@lru_cache(maxsize=1)
def default_model(path: str = str(WEIGHTS)) -> FigureModel:
    try:
        return FigureModel(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise SystemExit(f"{path} is missing: run `python -m assistant.learn.figure_train`") from exc


def ranked(q: Question, scored: list[Scored], idf, model: FigureModel | None = None) -> list[tuple[float, FigurePick]]:
    """The figures of the best sentences, most probable answer first, with their probabilities."""
    model = model or default_model()
    out = [(model.probability(values), pick) for pick, values in candidates(q, scored, idf)]
    out.sort(key=lambda x: -x[0])
    return out


def best(q: Question, scored: list[Scored], idf) -> tuple[FigurePick, float] | None:
    """The answer's figure and its draft support: the model picks, the rules' support of the
    same figure (figure_kind's veto included) decides whether to answer, so a vetoed figure
    gives way to the most probable of the others (docs/benchmarks.md, session 24: the
    probability itself as the support refused right answers of dev and the seeds)."""
    found = ranked(q, scored, idf)
    if not found:
        return None
    allowed = [pick for _, pick in found if not pick.factors.get("veto")]
    if not allowed:  # every figure vetoed: refused as the rules refuse it (support 0)
        return found[0][1], 0.0
    return allowed[0], allowed[0].score
