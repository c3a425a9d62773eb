"""Write the articles of the news check set (tests/data/news_check/questions.jsonl).

Ten real articles of ../shared/corpora/news/news_part_b.txt that no other file in tests/data
or assistant/learn reads (not the held-out lines 1850-1930, not the long-document days, not
the counterfactual articles of seeds 17 and 29), drawn with a fixed seed (20261202) from the
articles of 500-5,000 characters with at least five figures and three place names: the first
five that read as regional news (全市, 市委, 新华社 ...) and the first five others. Split by
article: half A (developed on) and half B (not looked at item by item). All ten go into one
index. The articles are rebuilt here and never committed (data in ../shared stays there).

    .venv/bin/python tests/data/news_check/build_docs.py OUT_DIR [--split-to DIR] [--news DIR]

--split-to writes questions_A.jsonl and questions_B.jsonl there (the questions of each half).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

HERE = Path(__file__).resolve().parent
NEWS, PART = news_docs.NEWS, news_docs.PART_B
HALVES = {"A": (1452, 1429, 1029, 1358, 745), "B": (1570, 1468, 1341, 1688, 781)}


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, {}, [n for numbers in HALVES.values() for n in numbers])


def split(folder: Path) -> list[Path]:
    items = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for half in HALVES:
        path = folder / f"questions_{half}.jsonl"
        path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items if i["id"].startswith(half)),
                        encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the news check set's articles from ../shared.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--split-to", type=Path, help="write questions_A.jsonl and questions_B.jsonl here")
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    for path in build(args.out, args.news):
        print(path)
    if args.split_to:
        for path in split(args.split_to):
            print(path)


if __name__ == "__main__":
    main()
