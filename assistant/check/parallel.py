"""A one-clause claim built from two parallel clauses of its source: 以新能源引领产业结构转型，…以新业态
引领传统工业转型 holds every word of 以新能源引领传统工业转型, but no clause says it. Parallel clauses
share their frame (引领…转型), so a claim word missing from the clause that holds most of the claim,
and found in another clause sharing two of that clause's claim words (of two characters or more: a
term 区 or 园 is shared by any two clauses), was taken from a sibling."""

from __future__ import annotations

import re

CLAUSE_RE = re.compile(r"[，,；;。]")


def clauses(text: str) -> list[str]:
    return [c for c in CLAUSE_RE.split(text) if c.strip()] or [text]


def best_clause(text: str, terms: tuple[str, ...]) -> str:
    """The clause of a source sentence that holds most of the claim's words."""
    return max(clauses(text), key=lambda c: sum(len(t) for t in terms if t in c))


def mixed(body: str, text: str, terms: tuple[str, ...]) -> bool:
    """Does the one-clause claim `body` take its words from parallel clauses of `text`?"""
    if len(clauses(body)) > 1:
        return False  # a claim of several clauses may be told by several clauses
    best = best_clause(text, terms)
    held = [t for t in terms if t in best]
    missing = [t for t in terms if t not in best]
    return bool(missing) and any(
        c != best and any(t in c for t in missing) and sum(len(t) > 1 and t in c for t in held) >= 2 for c in clauses(text))
