"""Learns the English -> Chinese name pairs news writes (零跑汽车（Leapmotor）, 宁德时代(CATL))
into assistant/query/name_pairs.json, read by the English name check (query/name_pairs.py).

Read from news part a only: part b holds the check sets' articles. A Latin name written
beside several Han names keeps the ones most articles write (ties kept).

    python -m assistant.learn.name_pairs [NEWS_TEXT ...] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from assistant.query.name_pairs import TABLE, pairs_in

DEFAULT_SOURCES = (Path("../shared/corpora/news/news_part_a.txt"),)


def learn(articles) -> dict[str, list[str]]:
    """latin name -> its most frequent Han names, over `articles` (texts)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for text in articles:
        for latin, han in set(pairs_in(text)):  # an article counts once
            seen[latin][han] += 1
    return {latin: sorted(h for h, c in counts.items() if c == max(counts.values()))
            for latin, counts in sorted(seen.items())}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, default=list(DEFAULT_SOURCES))
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    for source in args.sources:
        if not source.is_file():
            parser.error(f"no such news text: {source}")
    # one article a line
    articles = [line for source in args.sources for line in source.read_text(encoding="utf-8").splitlines()]
    pairs = learn(articles)
    args.out.write_text(json.dumps(pairs, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(pairs)} Latin names, {sum(map(len, pairs.values()))} pairs -> {args.out}")


if __name__ == "__main__":
    main()
