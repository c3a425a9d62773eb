"""Write the documents of the twentieth news check set (tests/data/news_check20/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data: not the articles of news checks
1-19 or news_open (its questions' lines), not the held-out lines 1850-1930 or any line
news_heldout.jsonl names, and none shares a run of six characters over 15% of its text with an
article another set reads (the corpus holds several rewrites of one story; such rewrites are left
out of the long document too); their zol.com.cn page numbers occur in no file of the repo. Of two
free lines retelling one story (299 and 300, 313 and 491, 365 and 401, 1204 and 1278, 1287 and
1288) only the first is printed; free lines news check 19 left out (Hua Hong's IPO, the Deepal
S7, the Tiggo 8 champion editions, 1839, 1840) stay out. Those asked of retell no story of part a
(six-character runs over 15%: 721, Apple's Mac mini at 2959 yuan, is printed but not asked of).
No article the set prints carries a time stamp of the form the other long documents are cut by
(every such day of part b is another long document's).

Part b's untaken regional and government articles are gone, so the regional half is filled with
the nearest there are: Zeekr's first European 001 leaving Ningbo Hangzhou Bay, analysts on
Apple's fiscal third quarter (the Americas and China), the room-temperature superconductor
hype (a Shenzhen trademark, A-share stocks) and the Korean Society of Superconductivity's LK-99
committee, all on their own, and in the long document AMD's RX 7000 cards for China against the
US and Europe, the new NIO EC6 for the Chengdu show and the Musk-Zuckerberg cage fight in Las
Vegas. The others: CoreWeave's loan on NVIDIA H100 cards, Intel's Meteor Lake AI PC with
Lenovo and Apple's rules for Apple Watch charging modules (on their own), and in the long
document the Denza N8, Intel's 14th-generation Core leaks, Caiyun Weather Pro free on iOS and
PCI-SIG's optical PCIe working group.

The long document (about 61 KB) joins the free zol.com.cn articles of lines 299-1362, which tell
of 1-8 August 2023 where they name the day they report (phones, cars, chips, software, games)
and carry no time stamp, less those another set reads, those sharing over 15% of their text with
an article another set reads and the second of each pair above, with two untitled articles of the
run (483, Sennheiser's conversation earbuds, and 488, the Neta AYA): 40 articles in corpus order
(_KEPT below), each under the numbered keyword heading (news_docs.section) after a title line,
the shape of a report covering many places, companies and years. The other seven articles stay
on their own. Written before any answerer ran on the set; nobody tunes on it. The documents are
rebuilt here and never committed.

    .venv/bin/python tests/data/news_check20/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (308, 348, 479, 724, 815, 828, 1266)
OTHER = (476, 727, 1192, 1256, 1351, 1362, 1367)
# the free lines of 299-1362 without a time stamp, sharing at most 15% of their text with an
# article another set reads (less the second of each retelling pair and those news check 19 left out)
_KEPT = (299, 304, 308, 313, 335, 343, 365, 476, 481, 482, 483, 488, 720, 721, 723, 726, 727, 828,
         1166, 1168, 1175, 1179, 1180, 1181, 1190, 1203, 1204, 1254, 1256, 1265, 1266, 1271, 1276,
         1277, 1284, 1287, 1289, 1360, 1361, 1362)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-01_08-08.txt": ("2023年8月1日至8日手机、汽车、芯片、软件与游戏新闻汇编", _KEPT),
}
SINGLE = (348, 479, 724, 815, 1192, 1351, 1367)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the twentieth news check set's documents from ../shared.")
