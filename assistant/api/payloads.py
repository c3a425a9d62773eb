"""Results as JSON: the same objects the CLI prints with --json (one serialisation each)."""

from __future__ import annotations

from assistant.check import brief as briefs
from assistant.cli import answer_json
from assistant.commands import _citations as citations_json


def answer(result) -> dict:
    return answer_json(result)


def verdict(result) -> dict:
    return {"claim": result.claim, "verdict": result.verdict, "text": result.text, "claimed": list(result.claimed),
            "sources_say": list(result.sources_say), "citations": citations_json(result.citations),
            "support": result.support}


def build_brief(assistant, topic: str):
    if hasattr(assistant, "brief"):
        return assistant.brief(topic)
    return briefs.build(assistant, topic)


def briefing(result) -> dict:
    return {**briefs.to_json(result), "markdown": briefs.to_markdown(result)}
