"""Write the documents of the third news check set (tests/data/news_check3/questions.jsonl).

Twelve real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions; no other file in tests/data or assistant/learn reads them or the
articles around them: not the first or second news check sets' articles, not the held-out
lines 1850-1930 or any line news_heldout.jsonl names, no article dated one of the
long-document days (longdocs DAYS), not the articles or distractors of the counterfactual
sets (seeds 17, 29, 41, 53, 67, --n 8, 24 others). Of the remaining articles (a repeated
opening of 60 characters counted once), those with at least five figures with a unit and two
place names (assistant.text.quantities and places as of 7376fa3) were shuffled with
random.Random(20261222): the first six that name a government body or a region's work
(工作报告, 人民政府, 市委, 县委, 纪委, 发改委, 统计局, 经济运行, 全市, 全省 ..., at least 600
characters) and the first six others (at least 800 characters; the corpus cuts articles at
about 1,000 characters, so none is longer). The first six read as regional work news (a
Shanghai hospital's aid team in a Yunnan county, a Guizhou prefecture's tea company, a Ningbo
district's discipline office, a Hangzhou district's bathing aid for the elderly, Guizhou's
lakes and bamboo seas, Cixi's aid to poor households); the others: the Universiade, the war
and world farming, European gas prices, a cluster-bomb report, a Guizhou township's customs,
an electric-car maker's five millionth car.

Because no article reaches 5,000 characters, ten of the twelve are joined with the other
articles of their day into four long documents, the shape of a work report that covers many
places and years (8,900-13,100 characters, 26-38 KB, each: a title line, then a numbered
heading and the paragraphs of each article). The filler articles are the same day's remaining
articles of at least 300 characters, shuffled with the same seed and dealt to the day's
documents until each holds 12,000 characters; the order within a document was shuffled once
with that seed and is written out below. Two articles stay on their own. Written before any
answerer ran on it; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check3/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (1598, 1607, 169, 1137, 1496, 1568)
OTHER = (1529, 1675, 1040, 1027, 1557, 1255)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-15_a.txt": ("2023年8月15日新闻汇编（一）", (
        1586, 1607, 1431, 1425, 1479, 1143, 1467, 1496, 1489, 1450, 1556, 1457, 1423, 1456, 1424, 1557, 1555, 1584)),
    "news_b_2023-08-15_b.txt": ("2023年8月15日新闻汇编（二）", (
        1561, 1604, 1671, 1463, 1593, 1485, 1569, 1453, 1490, 1539, 1150, 1137, 1434, 1598, 1437, 1568, 1478, 1472)),
    "news_b_2023-08-11.txt": ("2023年8月11日新闻汇编", (
        1386, 1048, 1704, 1389, 1375, 1380, 1696, 1379, 494, 1033, 1024, 1040, 1397, 495, 1681, 1683, 1675, 1027)),
    "news_b_2023-08-08.txt": ("2023年8月8日新闻汇编", (
        1078, 1515, 1518, 1531, 1664, 1528, 1620, 1513, 1530, 1529, 671, 673)),
}
SINGLE = (169, 1255)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the third news check set's documents from ../shared.")
