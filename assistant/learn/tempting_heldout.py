"""`python -m assistant.learn.tempting_heldout [--part b] [--limit 250]`: the abstention
model (answer/abstain.py) on tempting questions of news part b, never trained on: each
generated figure question (learn/news_figures.py) asked as generated (answerable) and with
one qualifier changed (learn/tempting.py, unanswerable with its paragraph present), the shown
answers' probabilities cut at the model's threshold. Rows are cached (a re-run with other
weights only re-reads them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.learn import abstention, news_figures, tempting


def measure(records: list[dict], model=None) -> dict:
    """Shown answers of the answerable and the tempting questions, at the model's threshold."""
    import numpy as np

    from assistant.answer import abstain

    model = model or abstain.default_model()
    out = {}
    for name, group in (("answerable", [r for r in records if "-t-" not in r["id"]]),
                        ("tempting", [r for r in records if "-t-" in r["id"]])):
        x, y = abstention.points(group, variants=("with",))
        probs = model.probabilities(x) if len(y) else np.zeros(0)
        out[name] = {"questions": len(group), **abstention.report(probs, y, model.threshold)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Measure abstention on tempting questions from news part b.")
    parser.add_argument("--part", default="b", choices=["a", "b"])
    parser.add_argument("--limit", type=int, default=250, help="generated questions (each also asked changed)")
    parser.add_argument("--cache", type=Path, help="folder of cached rows (default ~/.cache/suyuan-train)")
    args = parser.parse_args(argv)
    from assistant.learn import build
    from assistant.learn.dense import load_embedder

    cache = args.cache or build.CACHE
    cache.mkdir(parents=True, exist_ok=True)
    paragraphs, qs = news_figures.load(limit=args.limit, part=args.part)
    asked = qs + tempting.questions(qs, paragraphs)
    rows = cache / f"tempting_{args.part}.jsonl"
    abstention.examples([("news", paragraphs, asked)], rows, load_embedder(), variants=("with",))
    wanted = {q.id for q in asked}
    records = [r for r in map(json.loads, rows.read_text(encoding="utf-8").splitlines()) if r["id"] in wanted]
    print(json.dumps(measure(records), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
