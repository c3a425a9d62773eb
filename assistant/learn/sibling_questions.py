"""`python -m assistant.learn.sibling_questions --part a|b`: questions asking one body's
figure where the article gives a sibling's, made by rule from real news, asked through the
whole pipeline over an index of their articles (one article a document).

A generated figure question (learn/news_figures.py) whose lead names a person or an
organisation (the slots answer/values.py reads) that its article names beside another of
the same kind gives up to three questions:
- own: the question as made, answered by its figure;
- absent: the body swapped for a sibling the article names but never beside a figure of
  that unit: nothing answers, any figure is confidently wrong (the sibling's figure shape);
- elsewhere: the body swapped for a sibling whose clause elsewhere in the article gives a
  figure of the same unit for the same indicator: answered by that figure.
Part a is for development; part b is held out (report its counts, don't read its items).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from assistant.answer.bodies import related as _related
from assistant.learn.news_figures import NEWS, article_text, question_for
from assistant.text.sentences import split_clauses, split_sentences

KINDS = ("own", "absent", "elsewhere")


# the agencies and papers an article credits (中新社, 央视网, 科技日报) are no sibling of its subject
MEDIA_RE = re.compile(r"(?:社|网|报|台|新闻|频道)$")
# 这家公司, 各家银行, 其全资子公司: a word pointing at a body, no name of one
POINTER_RE = re.compile(r"^[这该各其此每家他她它本]|^鉴于")


def bodies(text: str) -> dict[str, str]:
    """{name: kind} of the bodies `text` names (answer/bodies.py's), less the media it
    credits and the words pointing at one."""
    from assistant.answer.bodies import bodies as named

    return {n: k for n, k in named(text).items() if k != "org" or not (MEDIA_RE.search(n) or POINTER_RE.search(n))}


def unit_clauses(article: str, unit: str) -> list[tuple[str, str]]:
    """(clause, figure text) of each figure of `unit` in the article, with its clause."""
    from assistant.text import quantities

    out = []
    for a, b in split_sentences(article):
        sentence = article[a:b]
        for f in quantities.find_quantities(sentence):
            if f.unit != unit:
                continue
            clause = next(((x, y) for x, y in split_clauses(sentence) if x <= f.start < y), (0, len(sentence)))
            out.append((sentence[clause[0]: clause[1]], f.text))
    return out


def _indicator(question: str, body: str) -> set[str]:
    from assistant.text import words

    return set(words.content_words(question.replace(body, ""))) - {"多少"}


def questions_of(article: str, source: str) -> list[dict]:
    """The own/absent/elsewhere questions of one article (at most one of each)."""
    from assistant.text import quantities

    made = []
    for a, b in split_sentences(article):
        sentence = article[a:b]
        asked = question_for(sentence)
        if asked:
            made.append((sentence, *asked))
    everyone = bodies(article)
    for sentence, question, answer in made:
        unit = next(f.unit for f in quantities.find_quantities(answer))
        for body, kind in bodies(question).items():
            siblings = [o for o, k in everyone.items() if k == kind and o not in question and not _related(o, body)]
            if not siblings:
                continue
            figures = unit_clauses(article, unit)
            want = _indicator(question, body)
            absent = [o for o in siblings if not any(o in c for c, _ in figures)]
            elsewhere = [(o, f) for o in siblings for c, f in figures
                         if o in c and body not in c and f != answer and want & set(_indicator(c, o))]
            out = [{"kind": "own", "question": question, "answers": [answer], "evidence": [sentence[:40]]}]
            if absent:
                out.append({"kind": "absent", "question": question.replace(body, absent[0]), "answers": [],
                            "abstain": True, "type": "unanswerable", "body": body, "sibling": absent[0]})
            if elsewhere:
                other, figure = elsewhere[0]
                out.append({"kind": "elsewhere", "question": question.replace(body, other), "answers": [figure],
                            "body": body, "sibling": other})
            if len(out) > 1:
                return [{"type": "factoid", "source": source, **x} for x in out]
    return []


def build(part: str = "a", limit: int = 60, seed: int = 25, news: Path = NEWS) -> list[dict]:
    """Items of up to `limit` articles of news_part_<part>, in a seeded order."""
    lines = (news / f"news_part_{part}.txt").read_text(encoding="utf-8").split("\n")
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    items, used = [], 0
    for n in order:
        if used >= limit:
            break
        article = article_text(lines[n])
        if len(article) < 80:
            continue
        found = questions_of(article, f"news_part_{part}.txt:{n}")
        used += bool(found)
        items += found
    for i, item in enumerate(items):
        item["id"] = f"S{part}{i:03d}"
    return items


def tally(items: list[dict], outcomes: list[dict]) -> dict:
    """right / confidently wrong / refused for each kind of question."""
    out = {k: Counter() for k in KINDS}
    for item, o in zip(items, outcomes):
        out[item["kind"]]["refused" if o["abstained"] else "right" if o["correct"] else "confident_wrong"] += 1
    return {k: dict(v) for k, v in out.items()}


def run(items: list[dict], store: Path, news: Path = NEWS) -> dict:
    """Index the items' articles into `store` (kept: a second run reuses it) and ask them."""
    from assistant.bench import evaluation
    from assistant.config import Settings
    from assistant.learn.news_heldout import write_articles
    from assistant.service import Assistant

    assistant = Assistant(Settings(store=store, chroma_host=""))
    if assistant.store.count() == 0:
        docs = store.parent / f"{store.name}-docs"
        docs.mkdir(parents=True, exist_ok=True)
        write_articles(items, docs, news)
        assistant.index([docs])
    result = evaluation.run(assistant, items)
    return {"tally": tally(items, result["items"]), "confident_wrong": result["confident_wrong"],
            "items": [{**o, "kind": i["kind"], "gold": i["answers"]} for i, o in zip(items, result["items"])]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("a", "b"), default="a")
    parser.add_argument("--limit", type=int, default=60, help="articles")
    parser.add_argument("--store", type=Path, help="index to build or reuse; without it, only write the items")
    parser.add_argument("--items", action="store_true", help="print each item's outcome (part a only)")
    args = parser.parse_args(argv)
    items = build(args.part, args.limit)
    if not args.store:
        print("\n".join(json.dumps(x, ensure_ascii=False) for x in items))
        return 0
    result = run(items, args.store)
    if not args.items or args.part != "a":
        result.pop("items")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
