"""Write the documents of the twelfth news check set (tests/data/news_check12/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-11 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, not an article or
distractor of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8, 24 others),
and none shares a run of six characters over 15% of its text with such an article (the
corpus holds several rewrites of one story; such rewrites are left out of the long document
too); their zol.com.cn page numbers occur in no file of the repo, nor do their distinctive
names. No article printed has a time stamp (every stamped day is printed by another long
document).

The seven regional or government articles: China's eighth fuel price rise of the year (the
pricing window of 9 August), India's terms for a Tesla plant (both in the long document),
the flood maps of Chinese cities after typhoons Doksuri and Khanun (also in the long
document), Zixi county's bread industry (Fuzhou, Jiangxi), the price of shared power banks
in Shanghai, Xpeng's care for owners hit by the Beijing-Tianjin-Hebei rainstorm, pay at
Tesla's Shanghai factory. The seven others: Sega's quarter, Tesla, BYD and Volkswagen's
electric-car sales, Changan's Deepal deliveries, Nio's battery rental, Jiangling Ford's
Territory (these five in the long document), the James Webb telescope's view of the Ring
Nebula, Avi Loeb's meteor fragments.

The long document (about 67 KB) joins the zol.com.cn articles of lines 376-430, which tell of
1-3 August 2023 (cars, phones, chips, games, company results), less those another set reads
(390, 392, 397, 409, 414, 421, 423) and those sharing over 15% of their text with such an
article (386, 401, 408, 413, 416, 424): 42 articles in corpus order, each under the numbered
keyword heading (news_docs.section) after a title line, the shape of a report covering many
places, companies and years. The other six articles stay on their own. Written before any
answerer ran on the set; nobody tunes on it. The documents are rebuilt here and never
committed.

    .venv/bin/python tests/data/news_check12/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (403, 391, 399, 1065, 464, 767, 1820)
OTHER = (377, 407, 383, 380, 402, 1259, 1757)
_LEFT_OUT = {390, 392, 397, 409, 414, 421, 423, 386, 401, 408, 413, 416, 424}
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-01_08-03.txt": ("2023年8月1日至3日科技、汽车与财经新闻汇编", tuple(
        n for n in range(376, 431) if n not in _LEFT_OUT)),
}
SINGLE = (1065, 464, 767, 1820, 1259, 1757)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the twelfth news check set's documents from ../shared.")
