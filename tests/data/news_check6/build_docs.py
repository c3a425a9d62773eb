"""Write the documents of the sixth news check set (tests/data/news_check6/questions.jsonl).

Fourteen real articles of ../shared/corpora/news/news_part_b.txt, lines 0-964 only (part a is
training data; lines 965 on are another set's), carry the questions. None is read by another
file of tests/data, assistant/learn or assistant/bench: not the articles of news checks 1-5,
not the held-out lines 1850-1930 or any line news_heldout.jsonl names, not the items or
distractors of the counterfactual sets (part b, seeds 17, 29, 41, 53, 67, --n 8, 24 others),
no article dated a day another long document prints, and none shares a run of six characters
over 15% of its text with such an article (the corpus holds several rewrites of one story).
The seven regional or government articles: Mentougou's highway repairs after the floods, the
exchanges' lower trading fees, the Ministry of Finance's flood relief funds, Zhangjiajie's
tour guides, the China-Eurasia expo's signed projects (these five in the long document), the
country's motor vehicles and July car sales, South Korea's July exports. The seven others:
Chery's eQ1 recall, the Shanghai Museum's closing halls (both in the long document), Great
Wall's July new-energy sales, VeriSilicon's half year, the FAST telescope's target robot,
companies' flood donations, East China Normal University's plastic degradation.

The long document joins every part-b article of lines 0-964 dated
16 to 19 August 2023 (a run of days no other long document prints; the lines carry their date
as "8-18 13:07" or "[2023年08月16日]") that no other set reads and that is no rewrite of one it
reads (the same six-character test): about 63 KB, in the order of their time stamps, a title
line, then a numbered heading (the long-document builder's keyword heading) and the text of
each article. The other seven articles stay on their own, each under its source's headline.
Written before any answerer ran on the set; nobody tunes on it. The documents are rebuilt here
and never committed.

    .venv/bin/python tests/data/news_check6/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

from assistant.learn.news_figures import article_text  # noqa: E402

NEWS, PART = news_docs.NEWS, news_docs.PART_B

REGIONAL = (248, 153, 662, 89, 646, 765, 310)
OTHER = (116, 114, 414, 874, 443, 787, 489)
# document name -> (title, lines of news_part_b.txt; printed in the order of their time stamps)
LONG = {
    "news_b_2023-08-16_08-19.txt": ("2023年8月16日至19日新闻汇编", (
        89, 90, 91, 92, 93, 96, 98, 99, 100, 102, 107, 110, 112, 114, 115, 116, 117, 118, 128, 132,
        133, 135, 136, 141, 142, 143, 144, 145, 146, 149, 153, 154, 155, 156, 248, 249, 250, 252,
        628, 629, 630, 631, 633, 634, 637, 641, 642, 644, 646, 647, 648, 649, 653, 656, 657, 658,
        659, 660, 661, 662, 663)),
}
SINGLE = (765, 310, 414, 874, 443, 787, 489)
# "8-18 13:07，正文：" (a time of day) or "[2023年08月16日]，正文：" (a newspaper's day: its edition
# comes before any hour of that day)
STAMP_RE = re.compile(r"^(?:(\d+)-(\d+) (\d\d):(\d\d)|\[\d{4}年(\d\d)月(\d\d)日\])")
# a single article's source headline: "...请注明来源：全国机动车保有量达到4.3亿 ...https://..."
HEADLINE_RE = re.compile(r"请注明来源：(.+?)\s*https?://")


def stamp(line: str) -> tuple[int, int, int, int]:
    """(month, day, hour, minute) of a corpus line of the long document's days."""
    m = STAMP_RE.match(line)
    if not m:
        raise ValueError(f"no time stamp at the start of {line[:40]!r}")
    if m.group(1):
        return int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))
    return int(m.group(5)), int(m.group(6)), 0, 0


def document_of(line: int) -> str:
    """The file an article of the set is printed in."""
    return news_docs.document_of(line, LONG)


def build(out: Path, news: Path = NEWS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    lines = news_docs.corpus(news)
    written = []
    for name, (title, numbers) in LONG.items():
        articles = [lines[n] for n in sorted(numbers, key=lambda n: (stamp(lines[n]), n))]
        written.append(news_docs.write_compilation(out / name, title, articles))
    for n in SINGLE:  # a document of its own: the source's headline, then the article
        body = article_text(lines[n])
        m = HEADLINE_RE.search(body)
        path = out / document_of(n)
        path.write_text(f"{m.group(1) if m else news_docs.heading(body)}\n\n{body}", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    news_docs.main(build, "Write the sixth news check set's documents from ../shared.")
