"""Results as JSON: the same objects the CLI prints with --json (present/dicts.py is the one
serialisation of answers, verdicts and citations)."""

from __future__ import annotations

from assistant.check import brief as briefs
from assistant.present.dicts import answer_json, verdict_json

answer = answer_json
verdict = verdict_json


def briefing(result) -> dict:
    return {**briefs.to_json(result), "markdown": briefs.to_markdown(result)}
