"""The learned selector and the rules answering the same question set, side by side.

Each answerer is the service itself with `Settings.selector` set: `with_selector` gives an
`Assistant` sharing the store, keyword index and embedding model, so both read the same
index and only the answer step differs.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant.bench import evaluation
from assistant.config import Settings
from assistant.service import Assistant


def with_selector(assistant: Assistant, which: str, threshold: float | None = None) -> Assistant:
    """An `Assistant` over the same store and model answering with `which` ("learned" or
    "rules"); `threshold` replaces the learned selector's (e.g. one re-fitted by `calibrate`)."""
    update = {"selector": which} if threshold is None else {"selector": which, "selector_threshold": threshold}
    settings = assistant.settings.model_copy(update=update)
    return Assistant(settings, store=assistant.store, embedder=assistant.embedder)


def side_by_side(assistant: Assistant, items: list[dict], answerers=("learned", "rules", "combined"),
                 threshold: float | None = None) -> dict:
    """`evaluation.run` over the same index with each answerer in turn."""
    return {which: evaluation.run(with_selector(assistant, which, threshold), items) for which in answerers}


def main(argv=None) -> int:
    """`python -m assistant.learn.compare FILE.jsonl [--store DIR]`: a question set over an
    index (default: a fresh index of seeds/), answered by both, metrics side by side."""
    parser = argparse.ArgumentParser(description=main.__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--threshold", type=float, help="the selector's threshold instead of the weight file's")
    parser.add_argument("--calibrate", action="store_true", help="re-fit the threshold on FILE instead of evaluating")
    args = parser.parse_args(argv)
    settings = Settings(store=args.store or Path(tempfile.mkdtemp(prefix="suyuan-compare-")) / "store", chroma_host="")
    assistant = Assistant(settings)
    if assistant.store.count() == 0:
        assistant.index([settings.seeds])
    assistant.ask("预热")
    if args.calibrate:
        print(json.dumps(evaluation.calibrate(with_selector(assistant, "learned"), evaluation.load_items(args.file)), indent=2))
        return 0
    result = side_by_side(assistant, evaluation.load_items(args.file), threshold=args.threshold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    keys = ["answer_accuracy", "confident_wrong", "abstain_precision", "abstain_recall", "evidence_recall@5",
            "citation_precision", "verdict_accuracy", "latency_ms_p50"]
    print_side_by_side(result, keys)
    return 0


def print_side_by_side(result: dict, keys: list[str]) -> None:
    """One column per answerer, then every item an answerer got wrong."""
    print(f"{'':22}" + "".join(f"{w:>12}" for w in result))
    for k in keys:
        print(f"{k:22}" + "".join(f"{result[w][k]!s:>12}" for w in result))
    for w, metrics in result.items():
        for o in metrics["items"]:
            if not o["correct"]:
                print(f"{w:8} BAD {o['id']} p={o.get('probability')} {o['question']} -> {(o.get('answer') or '')[:80]}")


if __name__ == "__main__":
    raise SystemExit(main())
