"""Write the documents of the ninth news check set (tests/data/news_check9/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-8 or news_open, not the held-out lines
1850-1930 or any line news_heldout.jsonl names, not an article or distractor of the
counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8, 24 others), and none shares a
run of six characters over 15% of its text with such an article (the corpus holds several
rewrites of one story); their zol.com.cn page numbers and titles occur in no file of the repo.
Every day with a time stamp (20 July to 19 August 2023) is printed by another long document,
so every article here is one without a time stamp.

The seven regional or government articles: SAIC Volkswagen's recall filed with the market
regulator, South Australia's licence rule for ultra-high-powered cars, India's import licences
for laptops, the recall of three Toyota companies (these four in the long document), the
first half year's figures in a People's Daily commentary, the Belt and Road between China and
Mexico (by China's ambassador), Beidou in Chongqing's Changshou district. The seven others:
Intel's second fiscal quarter, the Loongson 3A6000 (both in the long document), AMD's
investment in India, Meituan and Wang Huiwen's Light Year, Douyin Live's ban of vulgar PK
content, Chile's winter heat, Maruti Suzuki's plans.

The long document (about 66 KB) joins the zol.com.cn articles of lines 797-858, which tell of
1-4 August 2023 (recalls, company results, cars, chips, phones, policy), less those another
set reads and the rewrites among them (837 repeats Tesla's recall in 809, 850 BMW's Neue
Klasse in 803, 855 BMW's half year in 824): 43 articles in corpus order, each under the
numbered keyword heading (news_docs.section) after a title line, the shape of a report
covering many places, companies and years. The other eight articles stay on their own.
Written before any answerer ran on the set; nobody tunes on it. The documents are rebuilt
here and never committed.

    .venv/bin/python tests/data/news_check9/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (797, 818, 841, 846, 173, 168, 866)
OTHER = (825, 806, 1253, 1748, 409, 1193, 1325)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08-01_08-04.txt": ("2023年8月上旬科技、汽车与政策新闻汇编", (
        797, 798, 799, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 813, 817, 818, 819, 820,
        821, 822, 823, 824, 825, 826, 829, 830, 831, 833, 834, 835, 838, 840, 841, 842, 843, 844,
        846, 847, 851, 852, 854, 857, 858)),
}
SINGLE = (173, 168, 866, 1253, 1748, 409, 1193, 1325)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the ninth news check set's documents from ../shared.")
