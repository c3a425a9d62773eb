"""Write the documents of the fourth news check set (tests/data/news_check4/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-3, not the held-out lines 1850-1930 or
any line news_heldout.jsonl names, no article dated a long-document day (longdocs DAYS),
not the articles or distractors of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67,
--n 8, 24 others), and none shares a run of six characters over 15% of its text with such an
article (the corpus holds several rewrites of one story). The seven regional or government
articles: a tornado's damage in Yancheng's Dafeng district, Yucun village's turn from mines to
tourism, Yueyang's letters to its river chiefs, Shijiazhuang's metro rules for the elderly
(these four in the long document), the central bank's July credit figures, the policy measures
for Shanghai's Hongqiao hub, the Guangzhou-Shenzhen-Hong Kong maglev plans. The seven others:
finless porpoises settling at Wuhan, blood donors in Chizhou (both in the long document),
Moutai group's new managers, CATL's short hours, Ningxia's auction of farm research, Fuzhou
travel agencies after the third list of outbound group-tour countries, Zeekr's and other
carmakers' July deliveries.

The long document joins 33 articles of 15 August 2023 that no other set reads and that are no
rewrite of one it reads (the same six-character test): the six above, Tongling's porpoises (its
figures sit close to Wuhan's), and others of at least 300 characters drawn with
random.Random(20261202) until the file holds about 68 KB. It has the shape of a work report
covering many places and years: a title line, then a numbered heading (the long-document
builder's keyword heading) and the text of each article, in the order written out below. The other eight articles stay on
their own. Written before any answerer ran on the set; nobody tunes on it. The documents are
rebuilt here and never committed.

    .venv/bin/python tests/data/news_check4/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (1430, 1459, 1571, 1492, 174, 251, 1753)
OTHER = (1543, 1498, 152, 849, 159, 1044, 397)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-15_regions.txt": ("2023年8月15日各地新闻汇编", (
        1543, 1460, 1141, 1426, 1449, 1493, 1542, 1502, 1572, 1577, 1554, 1459, 1563, 1476, 1455, 1428, 1571,
        1116, 1492, 1559, 1142, 1436, 1498, 1547, 1445, 1446, 1538, 1430, 1596, 1579, 1152, 1670, 1578)),
}
SINGLE = (174, 251, 1753, 152, 849, 159, 1044, 397)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the fourth news check set's documents from ../shared.")
