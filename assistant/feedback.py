"""Feedback on answers: thumbs up or down with an optional note, kept as JSON lines in the
store folder (`feedback.jsonl`) with the question, the answer and its citations, and read
back as a labelled question set for `suyuan eval`.

As a labelled set: a thumbs-up keeps the answer as right (its figures, or its short text,
must come back; its quotes are the evidence); a thumbs-down with a correction expects the
correction; a thumbs-down without one expects an abstention, the safe reply to a question
whose answer a reader rejected (a wrong figure is worse than none); a rejected abstention
without a correction labels nothing.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from pathlib import Path

from assistant.errors import SuyuanError
from assistant.text import quantities

FILE = "feedback.jsonl"
RATINGS = ("up", "down")
MAX_NOTE = 2000
_lock = threading.Lock()


class FeedbackError(SuyuanError):
    """A rating that is not up/down, or a feedback file that cannot be read."""


def path_for(store_dir: Path) -> Path:
    return Path(store_dir) / FILE


def record(store_dir: Path, kb: str, rating: str, question: str, answer: dict, note: str = "",
           correction: str = "") -> dict:
    """Append one rating; `answer` is the answer's JSON (text, abstained, citations...)."""
    if rating not in RATINGS:
        raise FeedbackError(f"rating must be 'up' or 'down', not {rating!r}")
    if not question.strip():
        raise FeedbackError("feedback needs the question that was asked")
    entry = {"id": uuid.uuid4().hex, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "kb": kb,
             "rating": rating, "note": note[:MAX_NOTE], "correction": correction[:MAX_NOTE],
             "question": question, "answer": answer.get("answer", answer.get("text", "")), "abstained": bool(answer.get("abstained")),
             "citations": answer.get("citations", []), "mode": answer.get("mode", "")}
    path = path_for(store_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with _lock, open(path, "a", encoding="utf-8") as f:  # one write per line: concurrent appends stay whole
        f.write(line)
    return entry


def read(path: Path, kb: str | None = None) -> list[dict]:
    path = Path(path)
    if not path.exists():
        return []
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FeedbackError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
        if kb is None or entry.get("kb") == kb:
            entries.append(entry)
    return entries


def is_feedback_file(path: Path) -> bool:
    """True when the first record of a JSONL file is a stored rating."""
    try:
        with open(path, encoding="utf-8") as f:
            first = next((line for line in f if line.strip()), "")
        return "rating" in json.loads(first) if first else False
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False


def _expected(answer: str) -> list[str]:
    """What a right answer must contain again: its figures, else its short text."""
    text = re.sub(r"\[\d+\]", "", answer).strip()
    figures = [q.text for q in quantities.find_quantities(text) if q.unit]
    if figures:
        return list(dict.fromkeys(figures))
    return [text] if text and len(text) <= 40 else []


def eval_items(path: Path, kb: str | None = None) -> list[dict]:
    """Stored ratings as items of the `suyuan eval` format (question, answers, evidence, abstain);
    the latest rating of a question wins."""
    latest: dict[str, dict] = {}
    for entry in read(path, kb):
        latest[entry["question"].strip()] = entry
    items = []
    for question, entry in latest.items():
        item = {"id": f"feedback-{entry['id'][:8]}", "question": question, "type": "feedback",
                "rating": entry["rating"]}
        if entry["rating"] == "up" and entry.get("abstained"):
            item["abstain"] = True
        elif entry["rating"] == "up":
            item["answers"] = _expected(entry["answer"])
            item["evidence"] = [c["quote"] for c in entry.get("citations", []) if c.get("quote")][:1]
        elif entry.get("correction"):
            item["answers"] = [entry["correction"]]
        elif not entry.get("abstained"):
            item["abstain"] = True
        else:
            continue  # an abstention rejected without the right answer labels nothing
        items.append(item)
    return items
