"""CMRC 2018 (SQuAD format) and its official character-level EM / F1, written anew here."""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import SuyuanError

# The official script strips ASCII and these Chinese punctuation marks before comparing.
PUNCTUATION = set(string.punctuation) | set("，。：？！“”；’《》……·、「」（）－～『』【】〔〕〈〉｛｝——" + "．／＜＞［］＿‘")


@dataclass(frozen=True)
class Paragraph:
    id: str
    title: str
    context: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    paragraph: str  # the gold paragraph's id
    answers: tuple[str, ...]


def load(path: Path, limit: int | None = None, offset: int = 0) -> tuple[list[Paragraph], list[Question]]:
    """Every paragraph, and the questions [offset, offset + limit) in file order."""
    paragraphs, questions = [], []
    try:
        for article in json.loads(Path(path).read_text(encoding="utf-8"))["data"]:
            for p in article["paragraphs"]:
                paragraphs.append(Paragraph(p["id"], article.get("title", ""), p["context"]))
                for qa in p["qas"]:
                    answers = tuple(dict.fromkeys(a["text"] for a in qa["answers"] if a["text"].strip()))
                    questions.append(Question(qa["id"], qa["question"], p["id"], answers))
    except (OSError, KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        # any other shape (a list, missing fields) is a wrong file, not a crash
        raise SuyuanError(f"{path} is not a SQuAD-format file: {exc!r}") from exc
    questions = questions[offset:]
    if limit:
        questions = questions[:limit]  # every paragraph stays in the index
    return paragraphs, questions


def segment(text: str) -> list[str]:
    """Chinese characters one by one, runs of Latin letters and digits as words."""
    out, run = [], ""
    for ch in text.lower().strip():
        if re.match(r"[\u4e00-\u9fff]", ch) or ch in PUNCTUATION or ch.isspace():
            if run:
                out.append(run)
                run = ""
            if not ch.isspace() and ch not in PUNCTUATION:
                out.append(ch)
        else:
            run += ch
    if run:
        out.append(run)
    return out


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common contiguous run of tokens (as the official script)."""
    best = 0
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, start=1):
            cur = row[j]
            row[j] = prev + 1 if x == y else 0
            best = max(best, row[j])
            prev = cur
    return best


def f1(prediction: str, golds: tuple[str, ...]) -> float:
    pred = segment(prediction)
    scores = []
    for gold in golds:
        g = segment(gold)
        common = _lcs(pred, g)
        if not common:
            scores.append(0.0)
            continue
        p, r = common / len(pred), common / len(g)
        scores.append(2 * p * r / (p + r))
    return max(scores, default=0.0)


def exact(prediction: str, golds: tuple[str, ...]) -> float:
    pred = "".join(segment(prediction))
    return float(any(pred == "".join(segment(g)) for g in golds))


def contains(prediction: str, golds: tuple[str, ...]) -> bool:
    pred = "".join(segment(prediction))
    return any("".join(segment(g)) in pred for g in golds)
