"""Training rows for the answer selector, built from DRCD and cached outside the repository.

Every DRCD paragraph (train and held-out articles) is one passage of a BM25 index (jieba
words, the project's `KeywordIndex`), so a question meets hard negatives: passages that
share its words and do not answer. Each question gives two candidate sets: the passages
the search returns with its gold paragraph, and the same search with the gold paragraph
removed (as if it were not indexed: this teaches abstention). A candidate sentence is
labelled 1 when it contains a gold answer.

The dense (e5) half of retrieval is left out here: embedding DRCD's 2,000 paragraphs took
about 5 s a passage on the shared machine. The rows keep the question and candidate texts
and leave the dense feature columns missing; `dense.py` fills them from cached vectors.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import time
from pathlib import Path

import numpy as np

from assistant.answer import features, selector
from assistant.index.keywords import KeywordIndex
from assistant.query import question as questions
from assistant.records import Chunk, Hit
from assistant.text import words
from assistant.text.words import normalise

CACHE = Path.home() / ".cache" / "suyuan-train"
PASSAGES = 15  # what the answerer reads (service.MIN_CANDIDATES)


def chunk_of(p) -> Chunk:
    """A paragraph as one passage; its article's title is header and subject."""
    return Chunk(id=p.id, source=f"drcd/{p.id}", title=p.title, subject=p.title, article=0, start=0,
                 end=len(p.context), text=p.context, segments=((0, 0, len(p.context)),), raw=p.context)


class Passages:
    def __init__(self, paragraphs):
        self.chunks = {p.id: chunk_of(p) for p in paragraphs}
        ids = list(self.chunks)
        self.index = KeywordIndex(ids, [list(words.search_tokens(self.chunks[i].embed_text())) for i in ids])

    def search(self, text: str, n: int, without: str | None = None) -> list[Hit]:
        from assistant.retrieve.hybrid import keyword_terms

        found = self.index.search(keyword_terms(text, self.index), n + 1)
        hits = [Hit(self.chunks[i], score, None, r, None) for r, (i, score) in enumerate(found, start=1) if i != without]
        return hits[:n]


def label(text: str, answers) -> int:
    body = normalise(text)
    return int(any(normalise(a) in body for a in answers if a.strip()))


def question_rows(q, answers, hits, idf) -> dict:
    found = selector.candidates(q, hits, idf)
    return {"rows": found.rows, "labels": [label(s.sentence.text, answers) for s in found.scored],
            "rules": [s.score for s in found.scored], "texts": [s.sentence.text for s in found.scored]}


def build(paragraphs, qs, split: dict, limits: dict, out: Path, seed: int = 12, log=print) -> Path:
    """Rows for up to `limits[split]` questions of each split ('train', 'heldout'), taken in
    turn so a partial run holds both, appended to `out` (JSON lines); a re-run resumes."""
    titles = {p.id: p.title for p in paragraphs}
    pools = []
    for which, limit in limits.items():
        pool = [q for q in qs if split[q.paragraph] == which and q.text.strip() and q.answers]
        random.Random(seed).shuffle(pool)
        pools.append(pool[:limit])
    order = [q for group in itertools.zip_longest(*pools) for q in group if q is not None]
    done = set()
    if out.exists():
        done = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}
    if all(item.id in done for item in order):
        return out  # nothing left to build: skip indexing the paragraphs (minutes on a busy machine)
    passages = Passages(paragraphs)
    idf = passages.index.idf_of
    t0 = time.perf_counter()
    with out.open("a", encoding="utf-8") as f:
        for n, item in enumerate(order, start=1):
            if item.id in done:
                continue
            q = questions.analyse(item.text)
            with_gold = passages.search(item.text, PASSAGES)
            record = {"id": item.id, "question": item.text, "split": split[item.paragraph], "kind": q.kind, "article": titles[item.paragraph] or item.paragraph,
                      "gold_in": any(h.chunk.id == item.paragraph for h in with_gold)}
            record["with"] = question_rows(q, item.answers, with_gold, idf)
            record["without"] = question_rows(q, item.answers, passages.search(item.text, PASSAGES, item.paragraph), idf)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            f.flush()
            if n % 100 == 0:
                log(f"{n}/{len(order)} questions, {time.perf_counter() - t0:.0f} s")
    return out


def load_rows(path: Path) -> list[dict]:
    """The cached records; rows cached before the dense features existed get them as NaN
    (missing), so every row has one column per features.NAMES."""
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    width = len(features.NAMES)
    for r in records:
        for v in ("with", "without"):
            if any(len(row) not in (len(features.LEXICAL), width) for row in r[v]["rows"]):
                raise ValueError(f"{path} holds rows of another feature set than this version's "
                                 f"({len(features.LEXICAL)} lexical columns): build them anew with another --cache")
            r[v]["rows"] = [row[:width] + [math.nan] * (width - len(row)) for row in r[v]["rows"]]
    return records


def matrix(records: list[dict], variants=("with", "without")) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, group id per row), one group per question and variant."""
    xs, ys, groups = [], [], []
    for g, (r, v) in enumerate((r, v) for r in records for v in variants):
        part = r[v]
        xs.extend(part["rows"])
        ys.extend(part["labels"])
        groups.extend([g] * len(part["labels"]))
    return np.asarray(xs, float), np.asarray(ys, int), np.asarray(groups, int)
