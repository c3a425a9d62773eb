"""Write the documents of the eighteenth news check set (tests/data/news_check18/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-17 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. No article the set
prints carries a time stamp of the form the other long documents are cut by (every such day of
part b is another long document's).

Part b's untaken regional and government articles are nearly gone: only four remain free (China
Evergrande's Chapter 15 filing in New York, Al Jazeera on the Afghans who worked for the US army,
and two answers of the CSRC official of 18 August on T+0 trading and on the trading mechanism),
so the regional half is filled with the nearest there are: Chinese cosmetics in Japan (Nikkei),
Intel's OPS standard with CVTE for classrooms, both on their own, and NIO's charging piles at
Sayram Lake in Xinjiang (in the long document). The others: the CAS Institute of Physics on a
LK-99 levitation video (on its own), and in the long document Apple's Mac quarter, Samsung's
humanoid robots, Incogni's study of AI Chrome extensions, UNISOC and Quectel's 5G module,
Backblaze's drive failure report and Xiaomi's 100-inch TV.

The long document (about 69 KB) joins the zol.com.cn articles of lines 859-919, which tell of
2-5 August 2023 where they name the day they report (phones, cars, chips, software, games) and carry no time
stamp, less those another set reads and those sharing over 15% of their text with an article
another set reads: 45 articles in corpus order (_KEPT below), each under the numbered keyword
heading (news_docs.section) after a title line, the shape of a report covering many places,
companies and years. The other seven articles stay on their own. Written before any answerer
ran on the set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check18/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (87, 103, 125, 126, 867, 1621, 1849)
OTHER = (880, 885, 886, 890, 892, 896, 1274)
# the lines of 859-919 no other set reads and sharing at most 15% of their text with one it reads
_KEPT = (859, 860, 862, 863, 864, 865, 867, 868, 869, 871, 872, 873, 876, 877, 878, 879, 880, 882,
         883, 884, 885, 886, 887, 889, 890, 892, 893, 894, 896, 897, 898, 899, 900, 903, 904, 905,
         906, 909, 910, 911, 912, 915, 917, 918, 919)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-02_08-05.txt": ("2023年8月上旬汽车、手机、芯片、软件与游戏新闻汇编", _KEPT),
}
SINGLE = (87, 103, 125, 126, 1274, 1621, 1849)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the eighteenth news check set's documents from ../shared.")
