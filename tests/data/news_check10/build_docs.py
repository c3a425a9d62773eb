"""Write the documents of the tenth news check set (tests/data/news_check10/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-9 or news_open (its questions' lines), not
the held-out lines 1850-1930 or any line news_heldout.jsonl names, not an article or
distractor of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8, 24 others),
no article of a longdocs day, and none shares a run of six characters over 15% of its text
with such an article (the corpus holds several rewrites of one story); their zol.com.cn page
numbers occur in no file of the repo. No article has a time stamp the long-document test
reads (every such day is printed by another long document): twelve have none, the two of
Diqing carry a bracketed date.

The seven regional or government articles: the coming fuel price adjustment, a Beijing
company's relief for the flooded districts of Beijing, India's conditions for a Tesla plant
(these three in the long document), Foxconn's investments in Karnataka and Tamil Nadu, the
Adunzi community of Deqin county and the Red Army Long March museum of Diqing (People's
Daily Online), the discipline inspection commission's meeting on its staff's rectification.
The seven others: Apple's fiscal third quarter, Acer's second quarter (both in the long
document), Li Auto's second quarter, Lucid's price cuts, Huazhu on hotel prices, Mars's
rotation measured by InSight, a deep-learning model that reads keystrokes by sound.

The long document (about 67 KB) joins the zol.com.cn articles of lines 729-796, which tell
of 2-4 August 2023 (cars, chips, phones, games, films, company results, floods, fuel
prices), less those another set reads, the rewrites of an article another set reads (753,
767, 773, 778, 779, 793) and 763 (Hua Hong's listing, a story news_open asks of in another
article): 43 articles in corpus order, each under the numbered keyword heading
(news_docs.section) after a title line, the shape of a report covering many places,
companies and years. The other nine articles stay on their own. Written before any answerer
ran on the set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check10/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (746, 750, 764, 441, 245, 246, 166)
OTHER = (776, 754, 1821, 1316, 1714, 1794, 1328)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-02_08-04.txt": ("2023年8月2日至4日科技、汽车与财经新闻汇编", (
        729, 730, 731, 732, 734, 735, 736, 738, 740, 741, 743, 744, 746, 748, 750, 751, 752, 754,
        755, 757, 758, 759, 760, 761, 762, 764, 768, 771, 775, 776, 777, 780, 782, 783, 784, 785,
        786, 788, 789, 791, 792, 795, 796)),
}
SINGLE = (441, 245, 246, 166, 1821, 1316, 1714, 1794, 1328)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the tenth news check set's documents from ../shared.")
