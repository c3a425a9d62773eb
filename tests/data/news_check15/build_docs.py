"""Write the documents of the fifteenth news check set (tests/data/news_check15/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-14 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, and none shares a run of six
characters over 15% of its text with an article another set reads (the corpus holds several
rewrites of one story; such rewrites are left out of the long document too); their zol.com.cn
page numbers occur in no file of the repo, nor do their distinctive names. No article the set
prints carries a time stamp (every stamped day of part b is another long document's).

The seven regional or government articles, each on its own: Taipei's mayor leading a delegation
to the Shanghai-Taipei twin-city forum, the manned space programme's report on the space
station's experiments, the securities regulator's measures for market institutions, the
national vegetable quality standard centre's branch in Xinfeng county (Ganzhou, Jiangxi), the
Beijing Peking Opera Company's graded textbooks, wild grapes in a village of Sanjiang county
(Guangxi), the Luosha tribute rice of Longmatan district (Luzhou, Sichuan). The seven others,
all in the long document: the current BMW 5 Series long-wheelbase versions going out of
production, the new GAC Honda Avancier, Kioxia's CD8P SSDs, the BMW i3's price cut in Shenzhen,
Southchip's 80 W wireless charging, Meta disbanding its protein-structure team, the Lynk & Co 08.

The long document (about 67 KB) joins the zol.com.cn articles of lines 1742-1795, which tell of
7-8 August 2023 (cars, phones, chips, games, films, software) and carry no time stamp, less those
another set reads (1748, 1751, 1753, 1754, 1757, 1760, 1762, 1774, 1775, 1794) and those sharing
over 15% of their text with an article another set reads (1772, 1786): 42 articles in corpus
order, each under the numbered keyword heading (news_docs.section) after a title line, the shape
of a report covering many places, companies and years. The other seven articles stay on their
own. Written before any answerer ran on the set; nobody tunes on it. The documents are rebuilt
here and never committed.

    .venv/bin/python tests/data/news_check15/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (97, 106, 121, 129, 134, 150, 639)
OTHER = (1742, 1743, 1756, 1765, 1771, 1785, 1789)
_LEFT_OUT = {1748, 1751, 1753, 1754, 1757, 1760, 1762, 1774, 1775, 1794,
             1772, 1786}
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-07_08-08.txt": ("2023年8月7日至8日汽车、芯片与游戏新闻汇编", tuple(
        n for n in range(1742, 1796) if n not in _LEFT_OUT)),
}
SINGLE = (97, 106, 121, 129, 134, 150, 639)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the fifteenth news check set's documents from ../shared.")
