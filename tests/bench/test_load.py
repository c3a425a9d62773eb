"""50 questions from 8 threads on one Assistant: all answered right, none mixed up."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.bench import evaluation
from assistant.bench.evaluation import percentile
from assistant.text.words import normalise
from support import EXTRA

pytestmark = pytest.mark.slow


def test_fifty_questions_from_eight_threads(seeded, capsys):
    items = [i for i in evaluation.load_items(EXTRA)
             if i["type"] in ("factoid", "crosslingual") and not i.get("abstain")]
    items = (items * 2)[:50]
    seeded.ask("预热 warm-up")

    def ask(item):
        t0 = time.perf_counter()
        answer = seeded.ask(item["question"])
        return item, answer, (time.perf_counter() - t0) * 1000

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, items))
    wall = time.perf_counter() - t0
    for item, answer, _ in results:
        assert answer.question.strip() == item["question"].strip(), "an answer came back for another question"
        assert all(normalise(a) in normalise(answer.text) for a in item["answers"]), (item, answer.text)
        assert any(normalise(e) in normalise(c.title + c.passage) for e in item["evidence"] for c in answer.citations)
    latencies = [ms for _, _, ms in results]
    with capsys.disabled():
        print(f"\nload: 50 questions, 8 threads: p50 {percentile(latencies, 0.5):.0f} ms, "
              f"p95 {percentile(latencies, 0.95):.0f} ms, {50 / wall:.1f} questions/s")
