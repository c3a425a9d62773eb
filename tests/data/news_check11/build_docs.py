"""Write the documents of the eleventh news check set (tests/data/news_check11/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-10 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, not an article of the
counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8), and none shares a run of six
characters over 15% of its text with such an article (the corpus holds several rewrites of
one story); their zol.com.cn page numbers occur in no file of the repo, nor do their
distinctive names. No article printed has a time stamp (every stamped day is printed by
another long document).

The seven regional or government articles: Huacan Optoelectronics' Micro LED base in Zhuhai's
Jinwan district, BYD's store in Kofu, Yamanashi (both in the long document), India's licences
for computer imports, MSI's flood relief service for Beijing-Tianjin-Hebei and the north-east,
Changan's retooling of its Liangjiang plant in Chongqing for Avatr, the cost of air
conditioning in the United States (Detroit's households), China's rules for driving on
highways in low visibility. The seven others: Ford's electric-car losses, Kia's second
quarter, Infineon's ion traps for eleQtron, Evergrande Auto's return to trading (these four in
the long document), LinkedIn closing its China job app, MindFactory's processor sales of week
31, the repeated fusion ignition of an American laboratory.

The long document (about 66 KB) joins the zol.com.cn articles of lines 254-298, which tell of
31 July to 1 August 2023 (games, phones, chips, cars, company results), less those another
set reads (277, 287) and 257 (a rewrite of an article another set reads): 42 articles in
corpus order, each under the numbered keyword heading (news_docs.section) after a title line,
the shape of a report covering many places, companies and years. The other eight articles
stay on their own. Written before any answerer ran on the set; nobody tunes on it. The
documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check11/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (266, 298, 1176, 1730, 1206, 457, 392)
OTHER = (285, 288, 273, 279, 1810, 1775, 1306)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-07-31_08-01.txt": ("2023年7月31日至8月1日科技、汽车与财经新闻汇编", (
        254, 255, 256, *range(258, 277), *range(278, 287), *range(288, 299))),
}
SINGLE = (1176, 1730, 1206, 457, 392, 1810, 1775, 1306)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the eleventh news check set's documents from ../shared.")
