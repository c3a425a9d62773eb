"""Conflicting sources on real news: `python -m assistant.bench.conflicts [--part b] [--n 10]`.

Counterfactual items (`learn/counterfactual.py`) are written as documents, each original
article beside its copy with one value changed (and beside copies that must NOT be flagged),
with unrelated articles around them, all in one fresh index. Then

- each conflict item's question is asked: are both versions shown (`both`), or only the
  changed one as if settled (`false_alone`), or only the original (`true_alone`)?
- each must-not-flag item's question is asked: is the copy's value shown as a conflicting
  version (`flagged`)?
- `suyuan conflicts` runs over the whole index: how many planted conflicts it finds
  (recall), how many of its groups are planted ones (precision), how many must-not-flag
  pairs it reports, and how long it takes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from assistant.bench.evaluation import load_items
from assistant.config import Settings
from assistant.learn import counterfactual
from assistant.text.words import normalise


def write_documents(items: list[dict], others: list[dict], folder: Path) -> dict[str, tuple[str, str]]:
    """One file per original and per copy (the date first, so the document is dated), and
    one per unrelated article; returns item id -> (original file, copy file)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for n, item in enumerate(items):
        orig, copy = folder / f"{n:03d}_a.txt", folder / f"{n:03d}_b.txt"
        orig.write_text(counterfactual.document_text(item["original"]), encoding="utf-8")
        copy.write_text(counterfactual.document_text(item["copy"]), encoding="utf-8")
        files[item["id"]] = (str(orig), str(copy))
    for n, doc in enumerate(others):
        (folder / f"other_{n:03d}.txt").write_text(counterfactual.document_text(doc), encoding="utf-8")
    return files


def _shown(value: str, text: str) -> bool:
    return normalise(value) in normalise(text)


def ask_all(assistant, items: list[dict]) -> dict:
    counts: Counter = Counter()
    by_kind: dict[str, Counter] = {}
    misses = []
    for item in items:
        answer = assistant.ask(item["question"])
        true, false = _shown(item["value"], answer.text), _shown(item["changed"], answer.text)
        c = by_kind.setdefault(item["kind"], Counter())
        c["n"] += 1
        if item["conflict"]:
            outcome = "both" if true and false else "false_alone" if false else "true_alone" if true else "neither"
        else:
            outcome = "flagged" if answer.conflict and false and true else "not_flagged"
        c[outcome] += 1
        counts[("conflict" if item["conflict"] else "safe", outcome)] += 1
        if outcome not in ("both", "not_flagged"):
            misses.append({"id": item["id"], "kind": item["kind"], "outcome": outcome,
                           "question": item["question"], "answer": answer.text})
    n_conf = sum(1 for i in items if i["conflict"])
    n_safe = len(items) - n_conf
    return {"questions": len(items),
            "both": counts[("conflict", "both")] / max(n_conf, 1),
            "false_alone": counts[("conflict", "false_alone")] / max(n_conf, 1),
            "true_alone": counts[("conflict", "true_alone")] / max(n_conf, 1),
            "neither": counts[("conflict", "neither")] / max(n_conf, 1),
            # of the conflict questions whose answer states the value at all (either version):
            # how often every version is shown; `neither` is the answer step not placing the question
            "both_when_answered": counts[("conflict", "both")] / max(n_conf - counts[("conflict", "neither")], 1),
            "flagged_safe": counts[("safe", "flagged")] / max(n_safe, 1),
            "by_kind": {k: dict(v) for k, v in by_kind.items()}, "misses": misses}


def score_report(groups: list[dict], items: list[dict], files: dict[str, tuple[str, str]]) -> dict:
    """Recall of planted conflicts, precision of the groups, must-not-flag pairs reported."""

    def holds(group, source, value):
        return any(v["source"] == source and _shown(v["figure"], value) for v in group["versions"])

    planted_found, safe_flagged, matched = 0, 0, set()
    for item in items:
        orig, copy = files[item["id"]]
        hit = [k for k, g in enumerate(groups) if holds(g, orig, item["value"]) and holds(g, copy, item["changed"])]
        if item["conflict"]:
            planted_found += bool(hit)
        else:
            safe_flagged += bool(hit)
        matched.update(hit)
    planted = sum(1 for i in items if i["conflict"])
    unplanted = [g for k, g in enumerate(groups) if k not in matched]
    return {"groups": len(groups), "recall": planted_found / max(planted, 1),
            "precision": len(matched) / max(len(groups), 1) if groups else 1.0,
            "safe_flagged": safe_flagged / max(len(items) - planted, 1),
            "unplanted": [{"indicator": g["indicator"], "values": [v["figure"] for v in g["values"]],
                           "sources": sorted({v["source"] for v in g["versions"]})} for g in unplanted]}


def run(items: list[dict], others: list[dict], work: Path) -> dict:
    from assistant.service import Assistant

    files = write_documents(items, others, work / "docs")
    assistant = Assistant(Settings(store=work / "store", chroma_host=""))
    t0 = time.perf_counter()
    indexed = assistant.index([work / "docs"])
    out = {"documents": len(files) * 2 + len(others), "index_s": round(time.perf_counter() - t0, 1),
           "problems": indexed.problems}
    t0 = time.perf_counter()
    out["answers"] = ask_all(assistant, items)
    out["answers"]["seconds_per_question"] = round((time.perf_counter() - t0) / max(len(items), 1), 2)
    t0 = time.perf_counter()
    groups = assistant.conflicts()
    out["report"] = score_report(groups, items, files)
    out["report"]["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="counterfactual conflicts on real news: answers and the report")
    p.add_argument("--items", type=Path, help="a JSONL item file (default: generate from --part with --seed)")
    p.add_argument("--part", default="b", choices=["a", "b"], help="corpus part to generate from (b is held out)")
    p.add_argument("--n", type=int, default=10, help="items of each kind when generating")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--others", type=int, default=40, help="unrelated articles indexed beside the items")
    p.add_argument("--work", type=Path, help="folder for the documents and the index (default: a temp folder)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    items = load_items(args.items) if args.items else counterfactual.build(args.part, args.n, args.seed)
    lines = {int(i["source"].rsplit(":", 1)[1]) for i in items if i.get("source")}
    others = counterfactual.distractors(args.part, args.others, lines, args.seed)
    result = run(items, others, args.work or Path(tempfile.mkdtemp(prefix="suyuan-conflicts-")))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    a, r = result["answers"], result["report"]
    print(f"{result['documents']} documents indexed in {result['index_s']} s")
    print(f"answers ({a['questions']} questions, {a['seconds_per_question']} s each): both versions {a['both']:.2f}, "
          f"false alone {a['false_alone']:.2f}, true alone {a['true_alone']:.2f}, neither {a['neither']:.2f} "
          f"(both when the value is stated {a['both_when_answered']:.2f}); "
          f"must-not-flag flagged {a['flagged_safe']:.2f}")
    for kind, c in a["by_kind"].items():
        print(f"    {kind:12} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"report ({r['seconds']} s): {r['groups']} groups, recall {r['recall']:.2f}, precision {r['precision']:.2f}, "
          f"must-not-flag reported {r['safe_flagged']:.2f}")
    for g in r["unplanted"]:
        print(f"    not planted: {g['indicator']} {g['values']} {g['sources']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
