"""The learned selector and the rules answering the same retrieved passages, side by side.

`answer(assistant, state, which)` is the extractive answer step with either answerer;
`run_items` runs a question set (the eval format) through both after one retrieval each.
"""

from __future__ import annotations

import time

from assistant.answer import selector as selectors
from assistant.answer.extractive import ABSTAIN_EN, ABSTAIN_ZH, citations_for, render
from assistant.records import Answer


def learned_answer(assistant, state: dict, chosen: selectors.Selector | None = None,
                   threshold: float | None = None, fallback=None) -> Answer:
    """The extractive answer with the learned selector. An English question goes to
    `fallback` (the rules) when given: the selector was trained on Chinese questions only."""
    chosen = chosen or selectors.default_selector()
    threshold = chosen.threshold if threshold is None else threshold
    q, hits = state["q"], state["hits"]
    if q.english and fallback is not None:
        return fallback(state)
    k = state.get("k") or assistant.settings.top_k
    t0 = time.perf_counter()
    idf = assistant.keyword_index().idf_of
    drafts = [selectors.draft(part, hits, idf, chosen) for part in (q.parts or [q])]
    probability = min(p for _, p in drafts)
    timings = dict(state["timings"])
    timings["answer_ms"] = (time.perf_counter() - t0) * 1000
    extra = {"probability": round(probability, 4), "kind": q.kind, "selector": "learned"}
    if probability < threshold or any(d is None for d, _ in drafts):
        return Answer(q.text, ABSTAIN_EN if q.english else ABSTAIN_ZH, True, (), tuple(hits[:k]),
                      timings_ms=timings, extra=extra)
    parts = [p for d, _ in drafts for p in d.parts]
    conflict = any(d.conflict for d, _ in drafts)
    cites, nums = citations_for(parts)
    text = render(parts, nums, conflict, q.english)
    pieces = tuple((p.sentence.chunk.text[p.a:p.b].replace("\n", " "), n) for p, n in zip(parts, nums))
    return Answer(q.text, text, False, tuple(cites), tuple(hits[:k]), conflict=conflict, parts=pieces,
                  timings_ms=timings, extra=extra)


def retrieved(assistant, question: str, k: int | None = None) -> dict:
    """The chain's state after retrieval: what both answerers read."""
    state = assistant._prepare({"question": question, "k": k, "mode": "extractive"})
    state["hits"] = assistant._retrieve(state)
    return state


def side_by_side(assistant, items: list[dict], answerers=("learned", "rules"), threshold: float | None = None) -> dict:
    """`evaluation.run` over the same index with each answerer in turn (`threshold`
    replaces the weight file's, e.g. one re-fitted by `calibrate`)."""
    from assistant.bench import evaluation

    rules = assistant._extractive
    out = {}
    try:
        for which in answerers:
            assistant._extractive = ((lambda state: learned_answer(assistant, state, threshold=threshold, fallback=rules))
                                     if which == "learned" else rules)
            out[which] = evaluation.run(assistant, items)
    finally:
        assistant._extractive = rules
    return out


def main(argv=None) -> int:
    """`python -m assistant.learn.compare FILE.jsonl [--store DIR]`: a question set over an
    index (default: a fresh index of seeds/), answered by both, metrics side by side."""
    import argparse
    import json
    import tempfile
    from pathlib import Path

    from assistant.bench import evaluation
    from assistant.config import Settings
    from assistant.service import Assistant

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
        print(json.dumps(calibrate(assistant, evaluation.load_items(args.file)), indent=2))
        return 0
    result = side_by_side(assistant, evaluation.load_items(args.file), threshold=args.threshold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    keys = ["answer_accuracy", "confident_wrong", "abstain_precision", "abstain_recall", "evidence_recall@5",
            "citation_precision", "verdict_accuracy", "latency_ms_p50"]
    print(f"{'':22}" + "".join(f"{w:>12}" for w in result))
    for k in keys:
        print(f"{k:22}" + "".join(f"{result[w][k]!s:>12}" for w in result))
    for w, metrics in result.items():
        for o in metrics["items"]:
            if not o["correct"]:
                print(f"{w:8} BAD {o['id']} p={o.get('probability')} {o['question']} -> {(o.get('answer') or '')[:80]}")
    return 0



def calibrate(assistant, items: list[dict], wrong_cost: float | None = None) -> dict:
    """Re-fit the selector's threshold on a user's labelled questions (the eval format):
    each is answered with abstention off, then the cut with the lowest cost is chosen
    (a wrong answer costs `wrong_cost`, refusing an answerable question 1)."""
    from assistant.learn import train
    from assistant.text.words import normalise

    wrong_cost = train.WRONG_COST if wrong_cost is None else wrong_cost
    points = []
    for item in items:
        if item.get("type") == "claim":
            continue
        state = retrieved(assistant, item["question"])
        answer = learned_answer(assistant, state, threshold=-1.0)
        answerable = not item.get("abstain")
        text = normalise(answer.text)
        right = answerable and all(normalise(a) in text for a in item.get("answers", []))
        points.append((answer.extra["probability"], right, answerable, False))
    threshold = train.choose_threshold(points, wrong_cost)
    return {"threshold": threshold, "items": len(points), "wrong_cost": wrong_cost,
            **{k: v for k, v in train.report(points, threshold).items() if not k.startswith("top1")}}


if __name__ == "__main__":
    raise SystemExit(main())
