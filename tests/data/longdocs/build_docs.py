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

import argparse
import re
from collections import defaultdict
from pathlib import Path

DAYS = ("2023-08-10", "2023-08-12", "2023-08-13", "2023-08-14", "2023-07-21", "2023-07-24")
MAX_BYTES = 75_000
PREFIX_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) \d\d:\d\d，正文：\s*")
TRAILER_RE = re.compile(r"\s*更多精彩内容请进入\S*\s*$")
NUMERALS = "一二三四五六七八九十"


def numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")


def heading(body: str) -> str:
    """A section heading for an article that has none: its four most characteristic
    words (TF-IDF), in the order the text uses them, as a report's heading names a topic."""
    import jieba.analyse

    tags = [t for t in jieba.analyse.extract_tags(body, topK=8) if not t.isdigit()][:4]
    tags.sort(key=lambda t: body.find(t))
    return " ".join(tags)


def articles_by_day(news: Path) -> dict[str, list[str]]:
    days: dict[str, list[str]] = defaultdict(list)
    for name in ("news_part_a.txt", "news_part_b.txt"):
        for line in (news / name).read_text(encoding="utf-8").splitlines():
            m = PREFIX_RE.match(line)
            if m:
                days["-".join(m.groups())].append(TRAILER_RE.sub("", line[m.end():]).strip())
    return days


def build(out: Path, news: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    days = articles_by_day(news)
    written = []
    for day in DAYS:
        y, mo, d = day.split("-")
        lines = [f"{y}年{int(mo)}月{int(d)}日新闻汇编", ""]
        size, n = 0, 0
        seen = set()
        for body in days[day]:
            if body[:60] in seen or len(body) < 200:
                continue
            seen.add(body[:60])
            paragraphs = [p.strip() for p in re.split(r"\s{2,}", body) if p.strip()]
            block = "\n".join([f"{numeral(n + 1)}、{heading(body)}", *paragraphs, ""])
            if size + len(block.encode()) > MAX_BYTES:
                break
            lines.append(block)
            size += len(block.encode())
            n += 1
        path = out / f"news_{day}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--news", type=Path, default=Path(__file__).resolve().parents[4] / "shared/corpora/news")
    args = parser.parse_args()
    for path in build(args.out, args.news):
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
