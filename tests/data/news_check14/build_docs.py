"""Write the documents of the fourteenth news check set (tests/data/news_check14/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-13 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. The long document
prints no article with a time stamp; the articles on their own carry none the long-document
test reads (each a stamp cut to month-day).

The seven regional or government articles, each on its own: the commerce ministry on outward
investment of January-July, the Songhua River falling below its warning level, farmland after
the floods (Heilongjiang, Jilin, Hebei, Gansu), the securities regulator on overseas listing
filings, a guesthouse fire in Liping county (Guizhou), Fujian's congress of returned overseas
Chinese, Beijing's community football cup. The seven others, all in the long document: Chery's
Tiggo 8 champion editions, the new FAW-Volkswagen Talagon, a video platform's subscription
prices in Hong Kong and Taiwan, Xiaomi's hackathon, Canon's MS-500 camera, the water that AI
data centres use, Lexus's new LM.

The long document (about 60 KB) joins the zol.com.cn articles of lines 1290-1347, which tell of
5-8 August 2023 (phones, chips, cars, games, films, weather) and carry no time stamp, less those
another set reads (1291, 1295, 1302, 1306, 1316, 1319, 1320, 1325, 1328, 1330, 1331, 1336, 1338,
1341, 1342, 1345) and those sharing over 15% of their text with an article another set reads
(1293, 1305, 1310, 1324): 38 articles in corpus order, each under the numbered keyword heading
(news_docs.section) after a title line, the shape of a report covering many places, companies
and years. The other seven articles stay on their own. Written before any answerer ran on the
set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check14/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (113, 137, 636, 147, 151, 157, 650)
OTHER = (1299, 1300, 1303, 1315, 1323, 1333, 1334)
_LEFT_OUT = {1291, 1295, 1302, 1306, 1316, 1319, 1320, 1325, 1328, 1330, 1331, 1336, 1338, 1341, 1342, 1345,
             1293, 1305, 1310, 1324}
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-05_08-08.txt": ("2023年8月5日至8日科技、汽车与游戏新闻汇编", tuple(
        n for n in range(1290, 1348) if n not in _LEFT_OUT)),
}
SINGLE = (113, 137, 636, 147, 151, 157, 650)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the fourteenth news check set's documents from ../shared.")
