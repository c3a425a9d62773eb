"""A logistic model's weight file, read and applied: the learned selector's
(`selector_weights.json`, over `features.NAMES`) and the abstention model's
(`abstain_weights.json`, over `abstain.NAMES`). Plain JSON (coefficients, feature means and
scales, the threshold chosen at a stated cost), no pickle; a file may use any subset of the
columns it is given (it lists its own), and a feature missing at run time (NaN: no embedder
was given) reads as its training mean.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answer import features

SELECTOR_WEIGHTS = Path(__file__).with_name("selector_weights.json")  # the learned selector's


@dataclass(frozen=True)
class Selector:
    names: tuple[str, ...]  # the columns of features.NAMES the weights read, in their order
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float  # answer when the probability reaches it (chosen at a stated cost)
    meta: dict
    columns: tuple[str, ...] = features.NAMES  # the layout of the rows `probabilities` is given

    @classmethod
    def load(cls, path: Path | str = SELECTOR_WEIGHTS, columns: tuple[str, ...] = features.NAMES,
             trainer: str = "python -m assistant.learn.train") -> "Selector":
        """A weight file over some of `columns` (the abstention model's file is read too,
        with its own columns, see answer/abstain.py)."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        names = tuple(data["features"])
        unknown = [n for n in names if n not in columns]
        if unknown:
            raise ValueError(f"{path} was trained on features this version lacks ({', '.join(unknown)}); "
                             f"retrain with `{trainer}`")
        return cls(names, np.asarray(data["mean"], float), np.asarray(data["scale"], float),
                   np.asarray(data["coef"], float), float(data["intercept"]), float(data["threshold"]),
                   data.get("meta", {}), tuple(columns))

    @property
    def dense(self) -> bool:
        """Whether the weights read the e5 similarity (the caller then embeds the candidates)."""
        return any(n in features.DENSE for n in self.names)

    def probabilities(self, rows) -> np.ndarray:
        """Rows of every `columns` column -> the probability that each candidate answers."""
        full = np.asarray(rows, float).reshape(-1, len(self.columns))
        x = (full[:, [self.columns.index(n) for n in self.names]] - self.mean) / self.scale
        x = np.nan_to_num(x, nan=0.0)  # a missing feature stands at the training mean
        z = x @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
