"""Write the documents of the seventh news check set (tests/data/news_check7/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt, lines 965-1849 (lines 0-964
are the sixth set's; 1850-1930 are held out), carry the questions. None is read by another
file of tests/data, assistant/learn or assistant/bench: not the articles of news checks 1-6,
not the held-out lines or any line news_heldout.jsonl names, not an article (or distractor
source) of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8), no article
dated a long-document day (longdocs DAYS: 21 and 24 July, 10 and 12-14 August 2023) or a day
the long documents of news checks 3-6 print (25 July to 8 August, 11, 15 and 16-19 August),
and none shares a run of six characters over 15% of its text with an article of news checks
1-5 or the other files named (the corpus holds several rewrites of one story). No two
articles printed here are such rewrites of each other, and the Nissan July-sales article
(1171), which repeats the Honda article's figures, is left out.

The seven regional or government articles: the cyber attack on Wuhan's earthquake monitoring
centre, the central opinions on the private economy (NDRC), typhoon Khanun off Zhejiang, the
North China rain forecast, the August fuel price adjustment (these five in the second long
document), Beijing's green consumption vouchers, the Pingyuan earthquake. The seven others:
Apple's third fiscal quarter, Voyager 2 contact restored, Cui Dongshu on China's world car
share (these three in the first long document), Honda's July sales in China, Korea's
happiness index, Samsung's DRAM share, MG's European sales.

Most part-b articles of these lines carry no time stamp. The first long document (about 60
KB) joins the technology and car news of lines 1209-1250, less those another set reads and
the rewrites (39 articles, none stamped; they tell of 4-7 August 2023). The second (about 32
KB) joins every remaining article stamped 22 July or 9 August 2023 with undated home and
world news of 20 July to 8 August (China Youth Daily, China Weather, zol.com.cn's society and
science pieces), in the order of the days they tell of. Each is a title line, then the
numbered keyword heading (news_docs.section) and the text of each article, the shape of a
report covering many places and years. The other six articles stay on their own. Written
before any answerer ran on the set; nobody tunes on it. The documents are rebuilt here and
never committed.

    .venv/bin/python tests/data/news_check7/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (1627, 1631, 1629, 1632, 1342, 1302, 1330)
OTHER = (1213, 1233, 1246, 1165, 1281, 1802, 1847)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-08_tech.txt": ("2023年8月上旬科技与汽车产业新闻汇编", (
        1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223,
        1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1235, 1237, 1238, 1239, 1240,
        1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1250)),
    "news_b_2023-07-20_08-09.txt": ("2023年7月下旬至8月上旬国内外新闻汇编", (
        1630, 1631, 1632, 1066, 1627, 1628, 1629, 1331, 1762, 1269, 1336, 1751, 1342, 1354, 1356,
        1074, 1666)),
}
SINGLE = (1302, 1330, 1165, 1281, 1802, 1847)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.build(out, news, LONG, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the seventh news check set's documents from ../shared.")
