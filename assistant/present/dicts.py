"""JSON-ready dicts of answers and verdicts, as `--json` prints them and the API sends them."""

from __future__ import annotations

from assistant.records import Answer


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "conflict": answer.conflict,
        "mode": answer.mode,
        "citations": [c.as_dict() for c in answer.citations],
        "flags": list(answer.flags),
        "timings_ms": {k: round(v, 1) for k, v in answer.timings_ms.items()},
        **{k: v for k, v in answer.extra.items() if k not in ("question", "answer")},
    }


def verdict_json(result) -> dict:
    return {"claim": result.claim, "verdict": result.verdict, "text": result.text,
            "claimed": list(result.claimed), "sources_say": list(result.sources_say),
            "citations": [c.as_dict() for c in result.citations], "support": result.support}
