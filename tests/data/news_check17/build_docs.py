"""Write the documents of the seventeenth news check set (tests/data/news_check17/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-16 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. No article the set
prints carries a time stamp of the form the other long documents are cut by (every such day of
part b is another long document's).

Part b's untaken regional and government articles are few by now; the seven of this half, each
on its own: the Russian defence ministry's chemical-troops chief on a US pandemic office, the
foreign ministry on the China-Africa leaders' dialogue at the BRICS summit, a fire at a cargo
wharf of Novorossiysk, a Fuzhou head teacher on high-quality secondary education, two scholars
on running the internet by law, the tenth anniversary of the 2013 national conference on
publicity work, the CAICT's 2023 digital ecology conference in Beijing. The seven others, all in
the long document: Porsche's 911 S/T, the AITO M5's first OTA update, Baojun's Yunduo, Steam's
July survey (Linux past macOS), Western Digital's 28 TB drive, what sharks eat, Meta's
AudioCraft.

The long document (about 60 KB) joins the zol.com.cn articles of lines 359-475, which tell of
1-3 August 2023 where they name a day (phones, cars, chips, software, games, science) and carry
no time stamp, less those another set reads and those sharing over 15% of their text with an
article another set reads: 40 articles in corpus order (_KEPT below), each under the numbered
keyword heading (news_docs.section) after a title line, the shape of a report covering many
places, companies and years. The other seven articles stay on their own. Written before any
answerer ran on the set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check17/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (101, 131, 138, 172, 247, 638, 870)
OTHER = (367, 433, 442, 448, 465, 468, 472)
# the lines of 359-475 no other set reads and sharing at most 15% of their text with one it reads
_KEPT = (359, 360, 361, 364, 366, 367, 369, 371, 372, 373, 433, 434, 436, 437, 438, 439, 440, 442,
         444, 445, 446, 447, 448, 452, 455, 459, 461, 462, 463, 465, 466, 467, 468, 469, 470, 471,
         472, 473, 474, 475)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-01_08-03.txt": ("2023年8月初手机、汽车、芯片与软件新闻汇编", _KEPT),
}
SINGLE = (101, 131, 138, 172, 247, 638, 870)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the seventeenth news check set's documents from ../shared.")
