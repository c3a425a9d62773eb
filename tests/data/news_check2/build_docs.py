"""Write the articles of the second news check set (tests/data/news_check2/questions.jsonl).

Twelve real articles of ../shared/corpora/news/news_part_b.txt (part a is training data) that
no other file in tests/data or assistant/learn reads: not the news check articles, not the
held-out lines 1850-1930 or any other line news_heldout.jsonl names, no article of the
long-document days, not the articles or distractors of the counterfactual sets (seeds 17, 29,
41, 53, 67, --n 8). Drawn with random.Random(20261221) shuffling the remaining articles of at
least 650 characters with at least five figures with a unit and two place names (500 and four
for regional work news: the corpus cuts articles at about 1,000 characters, so the 800-6,000
asked for would leave too few); the first six that name a government body (市委, 人民政府,
发改委, 统计局, 全市 ...) and the first six others. Written before any answerer ran on it;
nobody tunes on it. The articles are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check2/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.learn.news_figures import article_text

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2].parent / "shared" / "corpora" / "news"
PART = "news_part_b.txt"
REGIONAL = (769, 1580, 1442, 170, 164, 1608)
OTHER = (1535, 1172, 277, 1291, 1661, 1319)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    lines = (news / PART).read_text(encoding="utf-8").split("\n")
    written = []
    for n in REGIONAL + OTHER:
        path = out / f"news_b_{n:04d}.txt"
        path.write_text(article_text(lines[n]), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the second news check set's articles from ../shared.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    for path in build(args.out, args.news):
        print(path)


if __name__ == "__main__":
    main()
