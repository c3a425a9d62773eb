"""`suyuan eval`: run a JSONL question set and report the metrics of shared/eval/README.md."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from assistant.errors import SuyuanError
from assistant.text.words import normalise


def load_items(path: Path) -> list[dict]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SuyuanError(f"cannot read eval file {path}: {exc}") from exc
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SuyuanError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
    return items


# a sentence's stop at either end of a gold string (after NFKC: 。！？；，、 and a full stop after no digit)
_STOPS = re.compile(r"^[。!?;,、]+|(?:[。!?;,、]|(?<!\d)\.)+$")


def contains(answer_text: str, gold: str) -> bool:
    """Does the answer hold the gold string, both normalised (shared/eval/README.md)? A gold
    quoting a sentence whole holds without the stops at its ends: an answer quotes a sentence
    without its full stop and puts the citation mark there (`他在京都隐居。` is in `他在京都隐居 [1]`).
    A gold that is only punctuation is kept whole."""
    gold = normalise(gold)
    return (_STOPS.sub("", gold) or gold) in normalise(answer_text)


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _passages(hits) -> list[str]:
    return [normalise(h.chunk.embed_text()) for h in hits]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def run(assistant, items: list[dict], mode: str | None = None, k: int | None = None,
        index_seconds: float | None = None, on_item=None) -> dict:
    outcomes, latencies = [], []
    ev_at1 = ev_at5 = ev_total = 0
    rr_sum = 0.0
    answered_ok = answerable = 0
    abstained = abstained_right = unanswerable = unanswerable_abstained = 0
    cited_ok = cited_total = 0
    verdict_ok = verdict_total = 0
    unverified = 0
    confident_wrong = 0  # answered, but the answer lacks a gold string (or should have abstained)
    for item in items:
        kind = item.get("type", "factoid")
        t0 = time.perf_counter()
        if kind == "claim":
            outcome = _claim(assistant, item)
            latencies.append((time.perf_counter() - t0) * 1000)
            if outcome["verdict"] is not None:
                verdict_total += 1
                verdict_ok += outcome["correct"]
            outcomes.append(outcome)
            if on_item:
                on_item(outcome)
            continue
        answer = assistant.ask(item["question"], k=k, mode=mode)
        latencies.append((time.perf_counter() - t0) * 1000)
        passages = _passages(answer.hits)
        found_ranks = []
        for ev in item.get("evidence", []):
            target = normalise(ev)
            rank = next((i + 1 for i, p in enumerate(passages) if target in p), None)
            found_ranks.append(rank)
            ev_total += 1
            ev_at1 += rank == 1
            ev_at5 += rank is not None and rank <= 5
            rr_sum += 1 / rank if rank else 0.0
        should_abstain = bool(item.get("abstain"))
        correct = None
        if should_abstain:
            unanswerable += 1
            unanswerable_abstained += answer.abstained
            correct = answer.abstained
        else:
            answerable += 1
            correct = (not answer.abstained) and all(contains(answer.text, a) for a in item.get("answers", []))
            answered_ok += correct
        if answer.abstained:
            abstained += 1
            abstained_right += should_abstain
        else:
            confident_wrong += not correct
        cite_ok = None
        if not answer.abstained and item.get("evidence"):
            cited = [normalise(f"{c.title}\n{c.passage}") for c in answer.citations]
            cite_ok = any(normalise(ev) in p for ev in item["evidence"] for p in cited)
            cited_total += 1
            cited_ok += cite_ok
        unverified += len(answer.flags)
        outcome = {
            "id": item.get("id"), "type": kind, "question": item["question"], "answer": answer.text,
            "abstained": answer.abstained, "correct": bool(correct), "evidence_ranks": found_ranks,
            "citation_ok": cite_ok, "latency_ms": round(latencies[-1], 1), "mode": answer.mode,
            "confident_wrong": (not answer.abstained) and not correct,
        }
        for key in ("probability", "confidence"):  # the selector's, the combined step's calibrated one
            if key in answer.extra:
                outcome[key] = answer.extra[key]
        if "llm" in answer.extra:
            outcome["llm_outcome"] = answer.extra["llm"].get("outcome")
        outcomes.append(outcome)
        if on_item:
            on_item(outcome)
    return {
        "evidence_recall@1": _ratio(ev_at1, ev_total),
        "evidence_recall@5": _ratio(ev_at5, ev_total),
        "mrr": round(rr_sum / ev_total, 4) if ev_total else None,
        "answer_accuracy": _ratio(answered_ok, answerable),
        "confident_wrong": confident_wrong,
        "abstain_precision": _ratio(abstained_right, abstained),
        "abstain_recall": _ratio(unanswerable_abstained, unanswerable),
        "verdict_accuracy": _ratio(verdict_ok, verdict_total),
        "citation_precision": _ratio(cited_ok, cited_total),
        "latency_ms_p50": round(percentile(latencies, 0.5), 1) if latencies else None,
        "latency_ms_p95": round(percentile(latencies, 0.95), 1) if latencies else None,
        "index_seconds": round(index_seconds, 2) if index_seconds is not None else None,
        "unverified_figures": unverified,
        **({"llm_outcomes": dict(Counter(o["llm_outcome"] for o in outcomes if "llm_outcome" in o))}
           if any("llm_outcome" in o for o in outcomes) else {}),
        "items": outcomes,
    }


def _claim(assistant, item: dict) -> dict:
    checker = getattr(assistant, "check", None)
    if checker is None:
        return {"id": item.get("id"), "type": "claim", "question": item["question"], "verdict": None,
                "expected": item.get("verdict"), "correct": False}
    result = checker(item["question"])
    figures_ok = all(contains(result.text, a) for a in item.get("answers", []))
    correct = result.verdict == item.get("verdict") and figures_ok
    return {"id": item.get("id"), "type": "claim", "question": item["question"], "verdict": result.verdict,
            "expected": item.get("verdict"), "answer": result.text, "correct": bool(correct)}


def _scored(answer, item: dict, wrong_cost: float) -> float:
    """What `run` makes of one answer: +1 right (refusing an unanswerable question is right),
    0 refusing an answerable one, -wrong_cost a wrong answer."""
    if answer.abstained:
        return 1.0 if item.get("abstain") else 0.0
    right = not item.get("abstain") and all(contains(answer.text, a) for a in item.get("answers", []))
    return 1.0 if right else -wrong_cost


def calibrate(assistant, items: list[dict], wrong_cost: float = 2.0) -> dict:
    """Choose the abstention threshold of the answerer in use from labelled questions.

    What the threshold cuts: with SUYUAN_ABSTENTION=learned the default step's calibrated
    probability that the answer is right (answer/abstain.py; the result is
    SUYUAN_ANSWER_THRESHOLD; an answer whose support falls short reads -1, since it is
    refused whatever the cut); the learned selector's probability when
    SUYUAN_SELECTOR=learned (the result is then SUYUAN_SELECTOR_THRESHOLD; an English
    question, which the rules answer, is left out), else the rules' support
    (SUYUAN_ABSTAIN_THRESHOLD). Every item other than a claim is asked twice, with the cut
    open and shut: what it answers when its score clears a cut, and when it does not (the
    versions of a disputed figure are shown whatever the cut, a step that drafts nothing
    refuses whatever it). A cut t gives each item the first if its score >= t, else the
    second, each scored as `run` scores it: +1 a right answer or right refusal, 0 refusing
    an answerable question, -wrong_cost a wrong answer. At the default 2 a wrong answer
    costs 3 refusals (a refusal loses 1 against a right answer, a wrong one 3). The lowest
    cut of the best utility is taken, set midway from the highest score below it; `curve`
    gives the utility, answers and wrong answers at steps of 0.05.
    """
    which = getattr(assistant.settings, "selector", "rules")
    if which == "combined" and getattr(assistant.settings, "abstention", "rules") == "learned":
        which = "calibrated"
    key, field = {"learned": ("probability", "selector_threshold"), "calibrated": ("confidence", "answer_threshold")}.get(
        which, ("support", "abstain_threshold"))
    points = []  # (score, (utility, answered) with the cut open, the same with it shut)
    original = getattr(assistant.settings, field)
    try:
        for item in items:
            if item.get("type") == "claim":
                continue
            setattr(assistant.settings, field, -1.0)
            opened = assistant.ask(item["question"])
            if key not in opened.extra:
                continue
            setattr(assistant.settings, field, float("inf"))
            shut = assistant.ask(item["question"])
            points.append((opened.extra[key], *((_scored(a, item, wrong_cost), not a.abstained) for a in (opened, shut))))
    finally:
        setattr(assistant.settings, field, original)
    top = max((p[0] for p in points), default=1.0) + 1.0  # a cut above every score: refuse what the cut can refuse

    def at(t: float) -> tuple[float, int, int]:
        """(utility, answers, wrong answers) at cut t."""
        chosen = [opened if score >= t else shut for score, opened, shut in points]
        return sum(u for u, _ in chosen), sum(a for _, a in chosen), sum(a and u < 0 for u, a in chosen)

    cuts = sorted({p[0] for p in points} | {0.0, top})
    best = max(at(c)[0] for c in cuts)
    upper = next(c for c in cuts if at(c)[0] == best)
    lower = max((p[0] for p in points if p[0] < upper), default=0.0)
    threshold = round((lower + upper) / 2, 3)
    if not lower < threshold <= upper:  # a gap narrower than the rounding: the cut is its upper end
        threshold = upper
    utility, answered, wrong = at(threshold)
    setting = f"SUYUAN_{field.upper()}"  # nothing is written: the threshold acts where the environment sets it
    current = "the weight file's" if original is None else original
    grid = [round(0.05 * i, 2) for i in range(int((top - 1.0) / 0.05 + 1e-9) + 2)]  # to the first step past every score
    return {"threshold": threshold, "setting": setting, "use": f"set {setting}={threshold} (current: {current})",
            "utility": utility, "items": len(points), "answered": answered, "confident_wrong": wrong,
            "cost": f"+1 right, 0 refusal, -{wrong_cost:g} wrong: a wrong answer costs {wrong_cost + 1:g} refusals",
            "highest_support_below": round(lower, 3), "lowest_support_at_or_above": round(upper, 3),
            "curve": [{"cut": t, "utility": u, "answered": a, "wrong": w} for t in grid for u, a, w in [at(t)]]}
