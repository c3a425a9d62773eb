"""Write the documents of the sixteenth news check set (tests/data/news_check16/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-15 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. No article the set
prints carries a time stamp (every stamped day of part b is another long document's).

The seven regional or government articles, each on its own: Hong Kong youngsters at the wooden
movable-type printing museum of Dongyuan village (Rui'an, Wenzhou), a digest of the national
conference on ecological and environmental protection, a county organisation chief of
Shandong on training young cadres, the BeiDou system's ground-based augmentation network,
Jiangxi's medical team in Chad on Chinese Doctors' Day, the climate envoy's talks with the
incoming COP28 president, the Taiwan Affairs Office on the New Party's anniversary. The seven
others, all in the long document: Ford's Bronco coming to China with Jiangling Ford, Cadillac's
CELESTIQ, Haier's 518-litre built-in fridge, Nvidia and the AI server market, the Lawrence
Livermore laboratory's fusion ignition, Seres's reorganisation, QJMOTOR's OAO Pro.

The long document (about 57 KB) joins the zol.com.cn articles of lines 1162-1372, which tell of
4-7 August 2023 where they name a day (software, chips, phones, cars, games, science) and carry
no time stamp, less those another set reads and those sharing over 15% of their text with an
article another set reads: 36 articles in corpus order (_KEPT below), each under the numbered
keyword heading (news_docs.section) after a title line, the shape of a report covering many
places, companies and years. The other seven articles stay on their own. Written before any
answerer ran on the set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check16/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (139, 160, 165, 167, 643, 651, 654)
OTHER = (1205, 1264, 1272, 1279, 1280, 1357, 1372)
# the lines of 1162-1372 no other set reads and sharing at most 15% of their text with one it reads
_KEPT = (1162, 1164, 1167, 1173, 1177, 1183, 1184, 1189, 1196, 1197, 1199, 1200, 1201, 1202, 1205,
         1207, 1208, 1257, 1258, 1261, 1264, 1268, 1270, 1272, 1279, 1280, 1283, 1285, 1286, 1349,
         1350, 1357, 1365, 1369, 1370, 1372)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-04_08-07.txt": ("2023年8月上旬科技、汽车与游戏新闻汇编", _KEPT),
}
SINGLE = (139, 160, 165, 167, 643, 651, 654)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the sixteenth news check set's documents from ../shared.")
