"""Every draft shown, for the decision study (learn/decision_study.py): the default step
(`selector.combined`) asked with its support cut off, one JSON line per question with what a
decision could read: the rules' support (the step's, a person's vouched for by the
selector), the calibrated probability (extra.confidence: `Combined.right`), the selector's
probability, the question's kind, English or not, the abstention rows (answer/abstain.NAMES)
and whether the shown answer is right.

    python -m assistant.learn.decision_rows eval SET.jsonl --store S --set NAME --out ROWS.jsonl
    python -m assistant.learn.decision_rows cmrc CMRC.json --store S --limit 300 --out ROWS.jsonl
    python -m assistant.learn.decision_rows drcd DRCD_dev.json --limit 314 --out ROWS.jsonl

`eval` runs `suyuan eval`'s own loop (an item is right when its answer holds every gold
string; an unanswerable item's shown answer is wrong); `cmrc` asks a kept CMRC index the way
`suyuan bench cmrc` does (right: the answer contains a gold answer); `drcd` asks DRCD's
held-out articles over BM25 of their paragraphs (learn/squad_side's way). A re-run resumes.
Every row's `cut` says whether the default (support >= 0.43, every part drafted) answers it
(one exception seen: an answer `versions.answer_versions` gives under the cut).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

CUT = 0.43  # settings.abstain_threshold's default


def _record(step, q, right: bool, answerable: bool, answer: str, **more) -> dict:
    """One row of a shown draft (step None: the question never reached the combined step)."""
    drafted = bool(step) and bool(step.drafts) and all(d is not None for d in step.drafts)
    support = step.support if step else 0.0
    return {**more, "answerable": answerable, "kind": q.kind, "english": bool(q.english),
            "drafted": drafted, "support": round(support, 4),
            "confidence": round(step.right(), 4) if drafted else 0.0,
            "probability": None if not step or step.probability is None else round(step.probability, 4),
            "right": bool(drafted and right), "cut": bool(drafted and support >= CUT),
            "rows": step.rows if step else [], "answer": answer[:160]}


def _done(out: Path) -> set:
    if not out.exists():
        return set()
    return {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}


def dump_eval(questions: Path, store: Path, name: str, out: Path) -> None:
    from assistant.answer import steps
    from assistant.bench import evaluation
    from assistant.config import Settings
    from assistant.query import question as analyse
    from assistant.service import Assistant

    assistant = Assistant(Settings(store=store, abstain_threshold=0.0))
    done = _done(out)
    items = [i for i in evaluation.load_items(questions) if i.get("type", "factoid") != "claim" and i["id"] not in done]
    by_id = {i["id"]: i for i in items}
    with out.open("a", encoding="utf-8") as f, steps.recorded() as seen:
        def keep(outcome):
            step = seen[-1] if seen else None
            seen.clear()
            item = by_id[outcome["id"]]
            answerable = not item.get("abstain")
            right = answerable and not outcome["abstained"] and outcome["correct"]
            q = analyse.analyse(item["question"])
            f.write(json.dumps(_record(step, q, right, answerable, outcome["answer"], set=name, id=outcome["id"]),
                               ensure_ascii=False) + "\n")
            f.flush()

        evaluation.run(assistant, items, on_item=keep)


def dump_cmrc(path: Path, store: Path, out: Path, limit: int, offset: int = 0) -> None:
    from assistant.answer import steps
    from assistant.bench import squad
    from assistant.bench.cmrc import _clean
    from assistant.config import Settings
    from assistant.errors import QuestionError
    from assistant.query import question as analyse
    from assistant.service import Assistant

    _, questions = squad.load(path, limit, offset)
    assistant = Assistant(Settings(store=store, chroma_host="", abstain_threshold=-1.0))
    assistant.keyword_index()
    done = _done(out)
    with out.open("a", encoding="utf-8") as f, steps.recorded() as seen:
        for item in questions:
            if item.id in done:
                continue
            seen.clear()
            try:
                answer = assistant.ask(item.text, k=5, mode="extractive")
            except QuestionError:
                continue
            step = seen[-1] if seen else None
            text = _clean(answer.text)
            q = analyse.analyse(item.text)
            f.write(json.dumps(_record(step, q, squad.contains(text, item.answers), True, text, set="cmrc", id=item.id),
                               ensure_ascii=False) + "\n")
            f.flush()


def dump_drcd(path: Path, out: Path, limit: int, seed: int = 30) -> None:
    """DRCD held-out articles' questions (a seeded sample of `limit`) over BM25 of their
    paragraphs, answered by the combined step (as learn/squad_side does)."""
    from assistant.answer import selector
    from assistant.bench.squad import contains
    from assistant.learn import build, drcd
    from assistant.learn.dense import load_embedder
    from assistant.learn.squad_side import _text
    from assistant.query import question as analyse

    paragraphs, qs = drcd.squad_split(path, "heldout")
    qs = [q for q in qs if q.text.strip() and q.answers]
    random.Random(seed).shuffle(qs)
    qs = qs[:limit]
    passages = build.Passages(paragraphs)
    idf = passages.index.idf_of
    embedder = load_embedder()
    done = _done(out)
    with out.open("a", encoding="utf-8") as f:
        for item in qs:
            if item.id in done:
                continue
            q = analyse.analyse(item.text)
            hits = passages.search(item.text, build.PASSAGES)
            vector = embedder.embed_query(item.text)
            step = selector.combined(q, hits, idf, embedder.embed_documents, vector)
            text = "；".join(_text(d) for d in step.drafts if d)
            f.write(json.dumps(_record(step, q, contains(text, item.answers), True, text, set="drcd", id=item.id),
                               ensure_ascii=False) + "\n")
            f.flush()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Every draft shown: rows for the decision study.")
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("eval")
    e.add_argument("questions", type=Path)
    e.add_argument("--store", type=Path, required=True)
    e.add_argument("--set", required=True)
    e.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("cmrc")
    c.add_argument("file", type=Path)
    c.add_argument("--store", type=Path, required=True)
    c.add_argument("--limit", type=int, default=300)
    c.add_argument("--offset", type=int, default=0)
    c.add_argument("--out", type=Path, required=True)
    d = sub.add_parser("drcd")
    d.add_argument("file", type=Path)
    d.add_argument("--limit", type=int, default=314)
    d.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "eval":
        dump_eval(args.questions, args.store, args.set, args.out)
    elif args.command == "cmrc":
        dump_cmrc(args.file, args.store, args.out, args.limit, args.offset)
    else:
        dump_drcd(args.file, args.out, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
