"""Write the documents of the eighth news check set (tests/data/news_check8/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not an article any builder of tests/data prints or any set names
(news_part_b.txt:N or its line), not the held-out lines 1850-1930, not the articles or
distractors of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8 and 10, 24
and 40 others), and none shares a run of six characters over 15% of its text with such an
article or with any document those builders write (the corpus holds several rewrites of one
story). Every part-b article with a time stamp (2023-08-05 10:08，正文：) is of a day another
long document prints, so the set reads articles without one. The seven regional or
government articles: five ministries' financing drive for small firms along industrial
chains, the Purple Mountain Laboratory's 6G field test in Nanjing, extreme rain in
Beijing-Tianjin-Hebei (these three in the long document), summer charging prices in Shanghai,
Zhengzhou and Changsha, the ticket prices of Nanchang's Tengwang Pavilion, a cadmium-low rice
variety's yield trial in Hunan, Nankai University's check of its tenders. The seven others:
the new Ford Territory's launch, Apple Card Savings' deposits, Southeast University's LK-99
measurement (these three in the long document), NIO's July deliveries, MIT's concrete
supercapacitor, South Korea's heat-stroke deaths, Haitian's soy-sauce ice cream in Guangzhou.

The long document joins every part-b article without a time stamp that no other set reads
(the tests above) and whose lead dates it 3 August 2023 (the first date in its first 80
characters is 8月3日, or People's Daily stamps it [2023年08月03日]), with People's Daily's
pieces of 2 and 5 August that no other set reads: 37 articles, about 62 KB, ordered by date
then line, the shape of a work report covering many places, companies and years (a title
line, then a numbered keyword heading and the text of each article). The other eight asked
articles stay on their own. Written before any answerer ran on the set, by someone who never
read the answerer; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check8/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (158, 161, 162, 287, 1067, 175, 171)
OTHER = (832, 478, 848, 421, 390, 453, 1070)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-02_08-05.txt": ("2023年8月2日至5日新闻汇编", (
        158, 161, 321, 423, 449, 450, 451, 454, 478, 485, 486, 728, 733, 737, 739, 742, 747, 749,
        756, 766, 770, 772, 774, 790, 794, 814, 827, 832, 836, 839, 848, 853, 856, 861, 901, 162,
        163)),
}
SINGLE = (287, 1067, 175, 171, 421, 390, 453, 1070)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the eighth news check set's documents from ../shared.")
