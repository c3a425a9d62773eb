"""Write the documents of the nineteenth news check set (tests/data/news_check19/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data: not the articles of news checks
1-18 or news_open (its questions' lines), not the held-out lines 1850-1930 or any line
news_heldout.jsonl names, and none shares a run of six characters over 15% of its text with an
article another set reads (the corpus holds several rewrites of one story; such rewrites are left
out of the long document too); their zol.com.cn page numbers occur in no file of the repo, nor
do their distinctive names (free lines retelling Hua Hong's IPO, the EVO title of 曾卓君 or the
Deepal S7 are left out; those on the Tiggo 8 champion editions and Kioxia's CD8P are printed in
the long document but not asked of). No article the set prints carries a time stamp of the form the other
long documents are cut by (every such day of part b is another long document's).

Part b's untaken regional and government articles are gone, so the regional half is filled with
the nearest there are: Mazda stopping the MX-30 EV in North America, Tesla's Megacharger station
at Baker, California, AMD weighing a China-only AI card under the US export rules, Xiaomi's
POCO M6 Pro 5G in India, all on their own, and in the long document Toyota's new Land Cruiser
LC70 (sold first in Japan), the EU's inquiry into Adobe's purchase of Figma and Beijing
Hyundai's new Elantra for the Chengdu show. The others: Wu Jing on Wolf Warrior 3 and 4, Uber's
AI chatbot and second quarter, the layoffs of the Google Assistant team (on their own), and in
the long document RISC-V on Android, Li Auto's air suspension, OpenAI suing Open Artificial
Intelligence and Valve's refurbished Steam Deck.

The long document (about 73 KB) joins the zol.com.cn articles of lines 1715-1846, which tell of
7-9 August 2023 where they name the day they report (cars, phones, chips, software, games) and
carry no time stamp, less those another set reads, those sharing over 15% of their text with an
article another set reads, and 1839 (a rewrite of 1818 beside it): 48 articles in corpus order
(_KEPT below), each under the numbered keyword heading (news_docs.section) after a title line,
the shape of a report covering many places, companies and years. The other seven articles stay
on their own. Written before any answerer ran on the set; nobody tunes on it. The documents are
rebuilt here and never committed.

    .venv/bin/python tests/data/news_check19/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (301, 490, 722, 1263, 1715, 1723, 1846)
OTHER = (303, 477, 484, 1720, 1733, 1799, 1835)
# the lines of 1715-1846 no other set reads and sharing at most 15% of their text with one it reads
# (less 1839, a rewrite of 1818)
_KEPT = (1715, 1718, 1719, 1720, 1722, 1723, 1724, 1725, 1726, 1727, 1729, 1731, 1732, 1733, 1735, 1736,
         1737, 1738, 1739, 1798, 1799, 1800, 1803, 1805, 1808, 1809, 1812, 1813, 1814, 1815, 1817, 1818,
         1819, 1823, 1825, 1827, 1828, 1830, 1833, 1834, 1835, 1836, 1837, 1838, 1842, 1844, 1845, 1846)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-07_08-09.txt": ("2023年8月7日至9日汽车、手机、芯片、软件与游戏新闻汇编", _KEPT),
}
SINGLE = (301, 303, 477, 484, 490, 722, 1263)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the nineteenth news check set's documents from ../shared.")
