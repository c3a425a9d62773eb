"""`python -m assistant.learn.tempting_heldout [--articles 500]`: the abstention model
(answer/abstain.py) on news part b, never trained on, asked as users ask (learn/store_rows.py:
part b articles compiled into long documents, indexed by the real indexer, each article's
generated figure questions asked as generated (answerable) and with one qualifier changed
(learn/tempting.py, unanswerable with the paragraph present), or with the question's
sentence left out). For each kind of question: the Chinese figure answers drafted with the
rules' support at the weight file's floor or above (every draft is shown), and what of them
the model's cut lets through (SUYUAN_ABSTENTION=learned). Documents, store and rows are cached in
~/.cache/suyuan-train/abstain-store-b/ (a re-run with other weights only re-reads them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.learn import abstention


def measure(records: list[dict], model=None) -> dict:
    """Per variant: the drafts from the model's support floor up (every row `points` keeps) at its cut."""
    from assistant.answer import abstain

    model = model or abstain.default_model()
    out = {}
    for variant in sorted({r["variant"] for r in records}):
        group = [r for r in records if r["variant"] == variant]
        x, y = abstention.points(group, abstain.support_floor(model, abstention.SUPPORT_FLOOR))
        probs = model.probabilities(x) if len(y) else x[:, 0]
        out[variant] = {"questions": len(group), **abstention.report(probs, y, model.threshold)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Measure abstention on news part b, asked over compiled documents.")
    parser.add_argument("--articles", type=int, default=500, help="part b articles drawn for the store")
    parser.add_argument("--cache", type=Path, help="folder of documents, store and rows "
                                                   "(default ~/.cache/suyuan-train/abstain-store-b)")
    args = parser.parse_args(argv)
    from assistant.learn import build

    folder = args.cache or build.CACHE / "abstain-store-b"
    folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(measure(abstention.rows_of(folder, "b", args.articles)), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
