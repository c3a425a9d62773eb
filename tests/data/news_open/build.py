"""Write news_open, an open-domain set in the shape of RGB's Chinese news questions, as a
SQuAD-format file (what `suyuan bench cmrc FILE` reads).

RGB asks short factual questions ("2023年女足世界杯的冠军是哪支球队？" -> "西班牙") over one
index of thousands of real news passages, many about similar events, and counts an answer
right when it contains the gold answer. Here the haystack is every article of
../shared/corpora/news/news_part_b.txt (all 1930 lines, one paragraph each, the article's
paragraphs one a line as news_docs prints them), and questions.jsonl asks about 80 of its
articles of lines 965-1929 that no other set, assistant/learn or assistant/bench reads. Each
question is self-contained (it names the event, organisation, place or time, never "本文"),
answerable from its article alone, and has a short gold answer (a figure with its unit, a
date, a person, a place or organisation, another short fact), with alternative spellings as
extra answers; every answer string occurs in the item's evidence sentence, which occurs in
its article. No unanswerable items and no claims. Written before any answerer ran on it.

    .venv/bin/python tests/data/news_open/build.py OUT.json [--news DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402

QUESTIONS = Path(__file__).with_name("questions.jsonl")


def paragraph_id(line: int) -> str:
    return f"news_b_{line:04d}"


def read_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def qa(item: dict, context: str, n: int) -> dict:
    """One SQuAD question; each answer is placed inside the evidence sentence."""
    at = context.find(item["evidence"])
    if at < 0:
        raise ValueError(f"{item['id']}: evidence not in article {item['line']}")
    answers = []
    for text in item["answers"]:
        inside = item["evidence"].find(text)
        if inside < 0:
            raise ValueError(f"{item['id']}: answer {text!r} not in its evidence")
        answers.append({"text": text, "answer_start": at + inside})
    return {"question": item["question"], "id": f"{paragraph_id(item['line'])}_QUERY_{n}", "answers": answers}


def build(news: Path = news_docs.NEWS, questions: list[dict] | None = None) -> dict:
    """The whole file: one SQuAD article per corpus line, questions on their articles."""
    return news_docs.haystack(news, news_docs.PART_B, read_questions() if questions is None else questions, qa,
                              paragraph_id, "news_open-1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--news", type=Path, default=news_docs.NEWS)
    args = parser.parse_args()
    if not (args.news / news_docs.PART_B).is_file():
        parser.error(f"no {news_docs.PART_B} in {args.news} (the news corpus of ../shared/corpora/news)")
    built = build(args.news)
    args.out.write_text(json.dumps(built, ensure_ascii=False), encoding="utf-8")
    n = sum(len(p["qas"]) for a in built["data"] for p in a["paragraphs"])
    print(args.out, len(built["data"]), "paragraphs,", n, "questions")


if __name__ == "__main__":
    main()
