"""What the news check sets' builders (tests/data/*/build_docs.py) share: reading an article of
../shared/corpora/news, writing it as a document of its own, and joining many into one long
document shaped like a government work report (a title line, then each article under a
numbered heading named by its most characteristic words).

A builder is a standalone script; it finds this module by putting tests/data on sys.path:

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import news_docs

The names here are read by other sets' builders: keep them stable.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path

from assistant.learn.compilation import compilation, heading, numeral, section  # noqa: F401 (builders read them here)
from assistant.learn.news_figures import article_text

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "news"
PART_A = "news_part_a.txt"
PART_B = "news_part_b.txt"  # part a is training data: the check sets ask of part b


def corpus(news: Path, part: str = PART_B) -> list[str]:
    """The lines of one corpus file, one article each; a set names an article by its line."""
    return (news / part).read_text(encoding="utf-8").split("\n")


def article_file(line: int) -> str:
    """The file name of an article of part b printed on its own."""
    return f"news_b_{line:04d}.txt"


def document_of(line: int, long: dict[str, tuple[str, tuple[int, ...]]]) -> str:
    """The file an article is printed in: the long document that holds it, else its own."""
    for name, (_, numbers) in long.items():
        if line in numbers:
            return name
    return article_file(line)


def write_compilation(path: Path, title: str, articles: list[str]) -> Path:
    """A long document of the given corpus lines, printed in that order."""
    sections = (section(i + 1, article_text(line)) for i, line in enumerate(articles))
    path.write_text(compilation(title, sections), encoding="utf-8")
    return path


def write_articles(out: Path, lines: list[str], numbers: Iterable[int], name=article_file) -> list[Path]:
    """Each numbered line of the corpus as a document of its own, in the file `name(line)`."""
    written = []
    for n in numbers:
        path = out / name(n)
        path.write_text(article_text(lines[n]), encoding="utf-8")
        written.append(path)
    return written


def part_a_file(line: int) -> str:
    """The file a part-a article printed on its own is written to (the English sets' articles)."""
    return f"news_a_{line:04d}.txt"


def write_part_a(out: Path, news: Path, numbers: Iterable[int]) -> list[Path]:
    """Each numbered part-a line as a document of its own, in `part_a_file(line)`."""
    out.mkdir(parents=True, exist_ok=True)
    return write_articles(out, corpus(news, PART_A), numbers, name=part_a_file)


def build(out: Path, news: Path, long: dict[str, tuple[str, tuple[int, ...]]], single: Iterable[int]) -> list[Path]:
    """A set's documents: each long document (name -> title and the part-b lines it prints, in
    that order), then the articles printed on their own."""
    out.mkdir(parents=True, exist_ok=True)
    lines = corpus(news)
    written = [write_compilation(out / name, title, [lines[n] for n in numbers]) for name, (title, numbers) in long.items()]
    return written + write_articles(out, lines, single)


def haystack(news: Path, part: str, questions: Iterable[dict], qa: Callable[[dict, str, int], dict],
             paragraph_id: Callable[[int], str], version: str) -> dict:
    """A SQuAD-format file (what `suyuan bench cmrc FILE` reads) whose paragraphs are every
    article of a corpus part, one each (the haystack), each question on its article's,
    as `qa(item, context, n)` places it."""
    lines = corpus(news, part)
    lines = lines[:-1] if lines and not lines[-1].strip() else lines  # the file ends in a newline
    by_line: dict[int, list[dict]] = {}
    for item in questions:
        by_line.setdefault(item["line"], []).append(item)
    data = []
    for n, line in enumerate(lines):
        context = article_text(line)
        qas = [qa(item, context, k) for k, item in enumerate(by_line.get(n, []))]
        data.append({"title": "", "paragraphs": [{"id": paragraph_id(n), "context": context, "qas": qas}]})
    return {"version": version, "data": data}


def main(build: Callable[[Path, Path], list[Path]], description: str) -> None:
    """A builder's command line: `build_docs.py OUT_DIR [--news DIR]`, printing each file written."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path)
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    if not (args.news / PART_B).is_file():
        parser.error(f"no {PART_B} in {args.news} (the news corpus of ../shared/corpora/news)")
    for path in build(args.out, args.news):
        print(path, path.stat().st_size, "bytes")

