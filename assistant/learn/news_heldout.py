"""`python -m assistant.learn.news_heldout [FILE] [--json]`: the held-out news question set
(tests/data/news_heldout.jsonl) against an index of just its articles, read from
../shared/corpora/news/ (each item's `source` is FILE:LINE), answered by the learned
selector and by the rules, side by side, with confident_wrong.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from assistant.bench import evaluation
from assistant.config import Settings
from assistant.learn.compare import print_side_by_side
from assistant.learn.news_figures import NEWS, article_text

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "tests" / "data" / "news_heldout.jsonl"
# Training never reads these lines of news_part_b.txt (the held-out articles live here).
HELDOUT_LINES = range(1850, 1931)


def write_articles(items: list[dict], folder: Path, news: Path = NEWS) -> list[Path]:
    wanted = sorted({item["source"] for item in items if item.get("source")})
    files: dict[str, list[str]] = {}
    paths = []
    for source in wanted:
        name, line = source.rsplit(":", 1)
        if name not in files:
            files[name] = (news / name).read_text(encoding="utf-8").split("\n")
        path = folder / f"{Path(name).stem}_{int(line):04d}.txt"
        path.write_text(article_text(files[name][int(line)]), encoding="utf-8")
        paths.append(path)
    return paths


def run(path: Path = DEFAULT, news: Path = NEWS, answerers=("learned", "rules", "combined")) -> dict:
    from assistant.learn.compare import side_by_side
    from assistant.service import Assistant

    items = evaluation.load_items(path)
    work = Path(tempfile.mkdtemp(prefix="suyuan-news-"))
    docs = work / "docs"
    docs.mkdir()
    write_articles(items, docs, news)
    assistant = Assistant(Settings(store=work / "store", chroma_host=""))
    assistant.index([docs])
    assistant.ask("预热")
    out = side_by_side(assistant, items, answerers)
    assistant.store.drop()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.file)
    keys = ["answer_accuracy", "confident_wrong", "abstain_precision", "abstain_recall", "evidence_recall@5",
            "citation_precision", "latency_ms_p50"]
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print_side_by_side(result, keys)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
