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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (769, 1580, 1442, 170, 164, 1608)
OTHER = (1535, 1172, 277, 1291, 1661, 1319)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, {}, REGIONAL + OTHER)


if __name__ == "__main__":
    news_docs.main(build, "Write the second news check set's articles from ../shared.")
