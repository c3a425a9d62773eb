"""Build long documents from real news: one file per day, each article under a heading.

The articles of ../shared/corpora/news/ are one line each, without a headline. A day's
articles are joined into one file of up to 75 KB, the shape of a government work
report: a title line, then for each article a numbered heading (its most characteristic
words) and its paragraphs. Questions in
questions.jsonl refer to these files; the files are rebuilt here and never committed
(data in ../shared stays there).

    .venv/bin/python tests/data/longdocs/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

# other sets' builders have read these here
numeral, heading = news_docs.numeral, news_docs.heading

DAYS = ("2023-08-10", "2023-08-12", "2023-08-13", "2023-08-14", "2023-07-21", "2023-07-24")
MAX_BYTES = 75_000
PREFIX_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) \d\d:\d\d，正文：\s*")
TRAILER_RE = re.compile(r"\s*更多精彩内容请进入\S*\s*$")


def articles_by_day(news: Path) -> dict[str, list[str]]:
    days: dict[str, list[str]] = defaultdict(list)
    for part in (news_docs.PART_A, news_docs.PART_B):
        for line in news_docs.corpus(news, part):
            m = PREFIX_RE.match(line)
            if m:
                days["-".join(m.groups())].append(TRAILER_RE.sub("", line[m.end():]).strip())
    return days


def build(out: Path, news: Path = news_docs.NEWS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    days = articles_by_day(news)
    written = []
    for day in DAYS:
        y, mo, d = day.split("-")
        sections, size, seen = [], 0, set()
        for body in days[day]:
            if body[:60] in seen or len(body) < 200:
                continue
            seen.add(body[:60])
            block = news_docs.section(len(sections) + 1, news_docs.article_text(body))
            if size + len(block.encode()) > MAX_BYTES:
                break
            sections.append(block)
            size += len(block.encode())
        path = out / f"news_{day}.txt"
        path.write_text(news_docs.compilation(f"{y}年{int(mo)}月{int(d)}日新闻汇编", sections), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    news_docs.main(build, __doc__.splitlines()[0])
