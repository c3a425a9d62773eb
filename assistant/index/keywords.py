"""BM25 over jieba search tokens, as one sparse matrix: a query is a sum of columns."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


class KeywordIndex:
    def __init__(self, ids: list[str], token_lists: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.ids = list(ids)
        self.vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(ids), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            lengths[row] = len(tokens)
            for term, tf in Counter(tokens).items():
                col = self.vocab.setdefault(term, len(self.vocab))
                rows.append(row)
                cols.append(col)
                tfs.append(tf)
        from scipy import sparse  # here, not at the top: `suyuan ask` imports this module only for a type

        n_docs = max(len(ids), 1)
        avg = float(lengths.mean()) if len(ids) else 1.0
        tf = np.asarray(tfs, dtype=np.float32)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(self.vocab)).astype(np.float32)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
        norm = k1 * (1 - b + b * lengths[np.asarray(rows, dtype=np.int64)] / max(avg, 1e-9)) if rows else tf
        weights = idf[np.asarray(cols, dtype=np.int64)] * tf * (k1 + 1) / (tf + norm) if rows else tf
        self.matrix = sparse.csc_matrix(
            (weights, (rows, cols)), shape=(len(ids), len(self.vocab)), dtype=np.float32
        )
        self.idf = dict(zip(self.vocab, idf.tolist()))

    def __len__(self) -> int:
        return len(self.ids)

    def known(self, tokens) -> list[str]:
        return [t for t in tokens if t in self.vocab]

    def search(self, tokens, n: int) -> list[tuple[str, float]]:
        cols = [self.vocab[t] for t in tokens if t in self.vocab]
        if not cols or not self.ids:
            return []
        scores = np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()
        n = min(n, int((scores > 0).sum()))
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top]

    def idf_of(self, term: str) -> float:
        """Rarity of a term in the corpus; unseen terms count as the rarest."""
        if term in self.idf:
            return self.idf[term]
        return math.log1p(len(self.ids) + 0.5) if self.ids else 1.0
