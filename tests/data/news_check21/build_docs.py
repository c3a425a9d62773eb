"""Write the documents of the twenty-first news check set (tests/data/news_check21/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt (part a is training data)
carry the questions. None is read by another file of tests/data: not the articles of news checks
1-20 or news_open (its questions' lines), not the held-out lines 1850-1930 or any line
news_heldout.jsonl names. Part b is nearly used up: of its 131 free lines without a time stamp
of the long documents' form, only six (0, 460, 725, 1068, 1069, 1623: an empty line of credits)
share at most 15% of their six-character runs with an article another set reads when the whole
line is counted, because every zol.com.cn article ends in the same trailer (本文属于原创文章，
如若转载，请注明来源：<title>https://news.zol.com.cn/...) and every 中新网 one in its editor
line, some 8-10% of a short article. This set therefore counts the runs of the body without that
trailer (and without 【编辑:…】): an article is left out when over 15% of its body's runs occur in
one article another set reads, and the articles so admitted were read beside the article they
share most with, and left out where it tells the same story (Voyah FREE, Tenable on Microsoft,
the new Talagon, X taking the @music handle, the Galaxy Tab S9 FE, the Guangzhou-Shenzhen-Hong
Kong maglev, Embracer's closures, Hyper's swap stations, the Seal DM-i, Tesla in India, AMD's Zen
5 laptops, Square Enix's quarter, BYD's and Nissan's July sales, Intel's Arc A570M, LK-99, the
Redmi K60 Ultra, Jiang Wan-an's trip to Shanghai). Free lines news checks 19 and 20 left out
(Hua Hong's IPO, the Deepal S7, the Tiggo 8 champion editions, 曾卓君's EVO title, 1839, 1840, and
the second of 299/300, 313/491, 365/401, 1204/1278, 1287/1288) stay out. Those asked of share
at most 15% of their body with any article of part a; 0 (Final Fantasy XIV on Xbox), 302 (FF 91
deliveries), 725 (AMD's Radeon PRO W7600/W7500), 793 (Meg 2's reviews), 1163 (Intel's Xe2
drivers) and 1293 (Lenovo's Xiaoxin Pad Pro 12.7) retell a part-a story and are printed in the
long document but not asked of. No article the set prints carries a time stamp of the form the
other long documents are cut by (every such day of part b is another long document's).

Part b's regional and government articles are gone but for four of 18 August 2023 (the day's
form 8-18 HH:MM is not the long documents' stamp), so the regional half is: the foreign
ministry's spokesman Wang Wenbin on the Harbin army hospital register shown in Mudanjiang and on
the US-Japan-Korea summit, the securities regulator (CSRC) on share buybacks and on mergers and
acquisitions, and a Changsha family's New Year's Eve dinner (on their own), and in the long
document the China Passenger Car Association's July sales and Cui Dongshu on the world's
new-energy car market (China's share). The others: an essay on the MBTI test (on its own), and in
the long document Ora's August discounts, Lenovo's R25i-30 monitor, iPhone 15 "Ultra" cases,
Larian's Swen Vincke after Baldur's Gate 3, OnePlus's Ace 2 Pro with the singer 美依礼芽 and
Lenovo's ThinkBook Plus Twist.

The long document (about 60 KB) joins the fourteen free zol.com.cn articles of part b above (8
asked of, 6 not), which tell of 1-8 August 2023 where they name the day, and, as part b has no
more, 26 unstamped zol.com.cn articles of part a of 400-800 characters (FILLER_A) that no file of
tests/data reads, drawn with random.Random(20261221), none sharing over 15% of its body with an
article of part b the set prints or another set reads, nor with one drawn before it (one more
drawn, 1204 on LK-99, is left out). The two parts are interleaved evenly, each article under the
numbered keyword heading (news_docs.section) after a title line, the shape of a report covering
many places, companies and years. The six other articles stay on their own. Written before any
answerer ran on the set; nobody tunes on it. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/news_check21/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (104, 119, 120, 130, 460, 1068, 1249)
OTHER = (1069, 1169, 1273, 1275, 1310, 1366, 1786)
_NAME = "news_b_2023-08_digest.txt"
# the free zol.com.cn lines of part b (corpus order) sharing at most 15% of their body with an
# article another set reads and telling no story one of them tells
_KEPT = (0, 302, 460, 725, 793, 1163, 1169, 1249, 1273, 1275, 1293, 1310, 1366, 1786)
# document name -> (title, lines of news_part_b.txt in the order they are printed)
LONG = {
    _NAME: ("2023年8月上旬汽车、手机、电脑、游戏与财经新闻汇编", _KEPT),
}
# document name -> lines of news_part_a.txt printed beside them (no question reads them), in the
# order drawn
FILLER_A = {_NAME: (525, 1415, 1275, 1370, 1203, 439, 1391, 432, 1030, 1875, 1277, 1287, 884, 1290,
                    995, 894, 1213, 1145, 1905, 1114, 1057, 1895, 1885, 461, 404, 435)}
SINGLE = (104, 119, 120, 130, 1068, 1069)


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def _interleaved(first: list[str], second: list[str]) -> list[str]:
    """Both lists in one, each spread evenly over the whole (first wins a tie)."""
    keyed = [((i + 0.5) / len(first), 0, text) for i, text in enumerate(first)]
    keyed += [((j + 0.5) / len(second), 1, text) for j, text in enumerate(second)]
    return [text for *_, text in sorted(keyed, key=lambda k: (k[0], k[1]))]


def build(out: Path, news: Path = NEWS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    lines, part_a = news_docs.corpus(news), news_docs.corpus(news, news_docs.PART_A)
    written = []
    for name, (title, numbers) in LONG.items():
        articles = _interleaved([lines[n] for n in numbers], [part_a[n] for n in FILLER_A.get(name, ())])
        written.append(news_docs.write_compilation(out / name, title, articles))
    return written + news_docs.write_articles(out, lines, SINGLE)


if __name__ == "__main__":
    news_docs.main(build, "Write the twenty-first news check set's documents from ../shared.")
