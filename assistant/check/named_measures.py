"""Does a source name another one of the claim's measure (民营企业进出口 for 欧盟进出口, RX 7700 for RX 7800)?"""

from __future__ import annotations

import re

from assistant.text import words


# jieba's tags of a word that names whose measure it is (民营企业进出口, 欧盟进出口); places are
# the place check's (answer/subject.py)
NAMING_FLAGS = frozenset({"n", "nz", "nt", "j", "b", "eng"})


def _tagged_names(text: str) -> list[tuple[str, str]]:
    """jieba's words, with a run of single characters it could not place (岚|图 of 岚图汽车, a
    name it does not know) joined into one naming word."""
    out: list[tuple[str, str]] = []
    for w, f in ((w, f) for w, f in words.tagged(text) if w.strip()):
        single = len(w) == 1 and "\u4e00" <= w <= "\u9fff" and f.startswith(("n", "x"))
        if single and out and out[-1][1] == "run":
            out[-1] = (out[-1][0] + w, "run")
        else:
            out.append((w, "run" if single else f))
    return [(w, "nz" if f == "run" else f) for w, f in out]


def _named_pairs(text: str) -> set[tuple[str, str]]:
    tagged = _tagged_names(text)
    return {(w, h) for (w, f), (h, g) in zip(tagged, tagged[1:])
            if f in NAMING_FLAGS and len(w) >= 2 and len(h) >= 2 and (g.startswith("n") or g == "vn")}


# a model or product code: RX 7800, A65, Q2, 16GB (a code with a digit, or Latin letters)
CODE_RE = re.compile(r"[A-Za-z]+ ?\d+[A-Za-z]*|\d+[A-Za-z]+|[A-Za-z]{2,}")


def _codes(text: str) -> set[str]:
    return {m.group().upper().replace(" ", "") for m in CODE_RE.finditer(text)}


def names_another(claim: str, before: str, sentence: str) -> bool:
    """Does the source name another one of the claim's measure: the claim writes 欧盟进出口,
    the source 民营企业进出口 (or RX 7800 against RX 7700), and neither names the other's? (A
    paraphrase keeps the naming word, or drops it; it does not put another in its place.)"""
    theirs = _named_pairs(before)
    if any(h == h2 and w != w2 and w not in sentence and w2 not in claim
           for w, h in _named_pairs(claim) for w2, h2 in theirs):
        return True
    clause = re.split(r"[，,；;。]", before)[-1]
    mine, named = _codes(claim), _codes(sentence)
    return bool(mine - named) and bool(_codes(clause) - mine)
