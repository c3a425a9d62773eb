"""Write the documents of the thirteenth news check set (tests/data/news_check13/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-12 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. The long document
prints no article with a time stamp; the articles on their own carry none the long-document
test reads (six a stamp cut to month-day, one a stamp with seconds).

The seven regional or government articles: LG Innotek moving a camera-module line from its
Yantai plant to Haiphong (in the long document), the power supply of a textile park in Turpan
(Xinjiang), the central bank's return to provincial branches, the China-Europe freight trains
of January-July, Jiangsu's first whole train of used cars for export (Suzhou), China's city
buses at the end of 2022, the commerce ministry on trade with Mongolia. The seven others: a
Tesla owner's overstay fee at a supercharger, Virgin Galactic's second quarter, Tianma's
tri-fold car display, Geely's Galaxy L7 sales, Sigma's limited 35mm Classic lens, HiPhi Y
deliveries (these six in the long document), young buyers choosing gold over diamond rings.

The long document (about 64 KB) joins the zol.com.cn articles of lines 305-358, which tell of
1-2 August 2023 (phones, chips, cars, games, films, superconductors, company results), less
those another set reads (310, 321) and those sharing over 15% of their text with an article
another set reads (308, 313, 322, 324, 327, 335, 341, 343, 346, 348, 352): 41 articles in
corpus order, each under the numbered keyword heading (news_docs.section) after a title line,
the shape of a report covering many places, companies and years. The other seven articles
stay on their own. Written before any answerer ran on the set; nobody tunes on it. The
documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check13/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (305, 95, 109, 632, 635, 645, 140)
OTHER = (306, 314, 325, 330, 345, 355, 1622)
_LEFT_OUT = {310, 321, 308, 313, 322, 324, 327, 335, 341, 343, 346, 348, 352}
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-01_08-02.txt": ("2023年8月1日至2日科技、汽车与财经新闻汇编", tuple(
        n for n in range(305, 359) if n not in _LEFT_OUT)),
}
SINGLE = (95, 109, 632, 635, 645, 140, 1622)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the thirteenth news check set's documents from ../shared.")
