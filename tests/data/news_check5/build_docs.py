"""Write the documents of the fifth news check set (tests/data/news_check5/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data, assistant/learn or
assistant/bench: not the articles of news checks 1-4, not the held-out lines 1850-1930 or any
line news_heldout.jsonl names, no article dated a long-document day (longdocs DAYS) or a day
news checks 3 and 4 print (8, 11 and 15 August 2023), not the articles or distractors of the
counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8, 24 others), and none shares a
run of six characters over 15% of its text with such an article (the corpus holds several
rewrites of one story). The seven regional or government articles: Yancheng customs' paperless
airport checks, Yangzhou's canal-boat play, young farmers and drones in Jiangsu (these three
in the long document), Tongli's old houses in Suzhou, the Shanghai-Nanjing riverside railway's
trial run, black pottery in Shangri-La's Nixi township, Zhejiang Telecom at the Hangzhou Asian
Games. The seven others: railway staff stopping trains in the Pingyuan earthquake, Xiamen
Airlines' Chongqing-Osaka route (both in the long document), Li Auto's July deliveries,
Nintendo's first quarter, the TFBOYS concert in Xi'an, SNE Research's battery shares, the
China-Brazil earth resources satellites.

The long document joins every part-b article of at least 300 characters dated 25 July to 7
August 2023 (a run of days no other set prints) that no other set reads and that is no
rewrite of one it reads (the same six-character test); those come to 51 KB, so part-a
articles of the same days (as the long-document builder joins both parts) drawn with
random.Random(20261203), none a rewrite of an article printed, fill it to about 60 KB. They
are printed in the order of their time stamps, the shape of a work report covering many places and years: a title line, then a
numbered heading (the long-document builder's keyword heading) and the text of each article.
The other nine articles stay on their own. Written before any answerer ran on the set; nobody
tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check5/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (665, 664, 669, 1506, 1507, 253, 1234)
OTHER = (670, 1520, 375, 845, 1717, 719, 1503)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    "news_b_2023-07-25_08-07.txt": ("2023年7月25日至8月7日新闻汇编", (
        1643, 1645, 1648, 1650, 1651, 1652, 1654, 1072, 1154, 1520, 1522, 1523, 1532, 1534, 1656,
        664, 665, 666, 1516, 77, 79, 83, 667, 669, 670, 1663)),
}
# document name -> lines of news_part_a.txt printed beside them (no question reads them)
FILLER_A = {"news_b_2023-07-25_08-07.txt": (196, 641, 919, 921, 1256)}
SINGLE = (1506, 1507, 253, 1234, 375, 845, 1717, 719, 1503)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    lines, part_a = news_docs.corpus(news), news_docs.corpus(news, news_docs.PART_A)
    written = []
    for name, (title, numbers) in LONG.items():
        # a line starts with its time stamp (2023-08-05 10:08): sorting the lines sorts by time
        articles = sorted([lines[n] for n in numbers] + [part_a[n] for n in FILLER_A.get(name, ())])
        written.append(news_docs.write_compilation(out / name, title, articles))
    return written + news_docs.write_articles(out, lines, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the fifth news check set's documents from ../shared.")
