"""Held-out DRCD (or any SQuAD-format file) over a BM25 index of its paragraphs, answered
by the rules and by the learned selector from the same passages, side by side:

    python -m assistant.learn.squad_side ../shared/train/drcd/DRCD_dev.json --split heldout
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.bench.squad import contains, load
from assistant.learn.options import add_squad_options


def answer_pair(q, hits, idf, chosen, similarity=None, embed_documents=None, query_vector=None) -> dict:
    """The rules', the learned selector's and the combined step's answer to one analysed
    question over the same passages, the last also with its calibrated abstention
    ('calibrated'): {name: (answer text, confidence, answered at its own threshold)}; `similarity` (`selector.cosines`) gives the selector its e5 features, the
    encoder and the question's vector give them to the combined step."""
    from assistant.answer import abstain, extractive, selector

    out = {}
    made = extractive.draft_answer(q, hits, idf)
    rules_text = _text(made) if made else ""
    support = made.support if made else 0.0
    out["rules"] = (rules_text, support, bool(made) and support >= RULES_THRESHOLD)
    made, probability = selector.draft(q, hits, idf, chosen, similarity)
    out["learned"] = (_text(made) if made else "", probability, bool(made) and probability >= chosen.threshold)
    step = selector.combined(q, hits, idf, embed_documents, query_vector)
    texts = [_text(d) for d in step.drafts if d]  # the service answers each sub-question
    out["combined"] = ("；".join(texts), step.support, bool(texts) and step.support >= RULES_THRESHOLD)
    right = step.right()  # the same answer, abstaining as with SUYUAN_ABSTENTION=learned: the support and the probability
    out["calibrated"] = ("；".join(texts), right, bool(texts) and step.support >= RULES_THRESHOLD
                         and right >= abstain.default_model().threshold)
    return out


RULES_THRESHOLD = 0.43  # settings.abstain_threshold's default: the rules' support cut


def _text(made) -> str:
    """The answer as shown, without citation marks."""
    return "；".join(p.sentence.chunk.text[p.a:p.b].replace("\n", " ") for p in made.parts)


class SideBySide:
    """Containment with abstention off (every question gets its best answer), median answer
    length, and confident_wrong with abstention on (answered at the answerer's own
    threshold, yet without a gold span)."""

    def __init__(self):
        self.rows: dict[str, list[tuple[bool, int, bool]]] = {}

    def add(self, name: str, text: str, golds, answered: bool) -> None:
        self.rows.setdefault(name, []).append((contains(text, golds), len(text), answered))

    def summary(self) -> dict:
        import statistics

        out = {}
        for name, rows in self.rows.items():
            n = max(len(rows), 1)
            out[name] = {
                "answer_containment": round(sum(c for c, _, _ in rows) / n, 4),
                "median_answer_chars": statistics.median([m for _, m, _ in rows]) if rows else None,
                "answered": sum(a for _, _, a in rows),
                "answered_right": sum(a and c for c, _, a in rows),
                "confident_wrong": sum(a and not c for c, _, a in rows),
            }
        return out


def run_keyword(path: Path, split: str | None = None, limit: int | None = None, progress=None,
                weights: Path | None = None) -> dict:
    """Every question of a SQuAD-format file against a BM25 index of its paragraphs (no
    passage embedding: cheap enough for thousands of questions), answered by the rules and
    by the learned selector from the same passages (its e5 features embed the question and
    its 8 candidates). `split` ('heldout' or 'train') keeps only the articles of that side
    of the DRCD split (see assistant/learn/drcd.py); `weights` is a selector weight file
    instead of the committed one."""
    from assistant.answer import selector
    from assistant.learn import build, drcd
    from assistant.query import question as questions

    if split:
        paragraphs, qs = drcd.squad_split(path, split)
    else:
        paragraphs, qs = load(path)
    qs = [q for q in qs if q.text.strip() and q.answers][: limit or None]
    passages = build.Passages(paragraphs)
    idf = passages.index.idf_of
    chosen = selector.default_selector(weights or selector.WEIGHTS)
    embedder = None
    if chosen.dense:
        from assistant.learn.dense import load_embedder

        embedder = load_embedder()
    scores = SideBySide()
    retrieved = 0
    for n, item in enumerate(qs, start=1):
        q = questions.analyse(item.text)
        hits = passages.search(item.text, build.PASSAGES)
        retrieved += any(h.chunk.id == item.paragraph for h in hits[:5])
        vector = embedder.embed_query(item.text) if embedder else None
        similarity = selector.cosines(embedder.embed_documents, vector) if embedder else None
        pair = answer_pair(q, hits, idf, chosen, similarity, embedder.embed_documents if embedder else None, vector)
        for name, (text, _, answered) in pair.items():
            scores.add(name, text, item.answers, answered)
        if progress:
            progress(n, len(qs))
    return {**scores.summary(), "questions": len(qs), "paragraphs": len(paragraphs), "split": split or "all",
            "retrieval": "bm25", "gold_paragraph_in_top5": round(retrieved / max(len(qs), 1), 4), "file": str(path)}


def side_by_side_table(report: dict, names=("learned", "rules", "combined", "calibrated")) -> str:
    keys = ["answer_containment", "median_answer_chars", "answered", "answered_right", "confident_wrong"]
    rows = [f"{'':22}" + "".join(f"{n:>12}" for n in names)]
    rows += [f"{k:22}" + "".join(f"{report[n][k]!s:>12}" for n in names) for k in keys]
    return "\n".join(rows) + f"\n({report['questions']} questions over {report['paragraphs']} paragraphs)"


def report(args) -> int:
    """Print the side-by-side report (`suyuan bench squad`)."""
    result = run_keyword(args.file, args.split, args.limit, weights=getattr(args, "weights", None))
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else side_by_side_table(result))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="learned selector vs rules on a SQuAD-format file (BM25 passages)")
    return report(add_squad_options(parser).parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
