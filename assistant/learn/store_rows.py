"""Abstention rows asked the way users ask: figure questions over a store of compiled long
documents, indexed by the real indexer and answered by the real pipeline (`suyuan eval`'s
own loop), so the columns the abstention model reads (answer/abstain.py) have the
distribution they have at answer time, not that of BM25 over a bag of paragraphs.

    python -m assistant.learn.store_rows build OUT --part a [--articles 240]
    python -m assistant.learn.store_rows rows QUESTIONS.jsonl --store S --out ROWS.jsonl

`build` writes OUT/docs/ (long documents of about twenty articles each, as
learn/compilation.py prints them for the hand sets too: a title line, then each article under a numbered
heading of its characteristic words; some articles on their own) and OUT/questions.jsonl in
the eval format. Articles are of one news part (a: training; b: held-out measurement), none
dated a day a hand set prints, and for part a none whose question the selector trained on. Each article is either present (up to four figure questions of learn/news_figures.py,
answerable, and each also asked with one qualifier changed, learn/tempting.py: unanswerable
with its paragraph present) or has the sentence of its one question removed (unanswerable:
the other sentences of its article, and the documents' other figures, tempt).

`rows` answers a question file over a store with `evaluation.run` and records, per item,
the combined step's abstention rows, its support and the eval's verdict (cached by id: a
re-run resumes). The same command reads a hand set's rows to measure a weight file on it
without re-running the answerer (learn/abstention.py only fits on part a's).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from assistant.learn import compilation, news_figures

# days the hand sets print (long documents; news checks 3-5): their articles are not trained on
HAND_SET_DAYS = ("2023-08-10", "2023-08-12", "2023-08-13", "2023-08-14", "2023-07-21", "2023-07-24",
                 "2023-08-08", "2023-08-11", "2023-08-15") + tuple(f"2023-07-{d}" for d in range(25, 32)) + \
    tuple(f"2023-08-0{d}" for d in range(1, 8))
# a line opens with its time stamp: 2023-08-13 09:00, 8-15 08:21 or 08/11  09:03 (all 2023)
DATE_RE = re.compile(r"^(?:\d{4}-)?(\d{1,2})[-/](\d{1,2})\s")
PER_DOCUMENT = 20  # articles of one long document (about 60 KB, the hand sets' long documents)
ON_THEIR_OWN = 0.2  # share of articles printed as documents of their own
REMOVED = 0.3  # share of articles whose question's sentence is left out
QUESTIONS = 4  # figure questions asked of a present article
SELECTOR_NEWS = 300  # news_figures' first questions: the selector's own


def _share(key: str) -> float:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") / 2**32


def eligible(lines: list[str], part: str) -> list[int]:
    """Lines of a corpus part that may be asked: long enough, not of a hand set's day, and
    for part a not an article whose question the selector trained on."""
    taken = set()
    if part == "a":
        _, seen = news_figures.load(limit=SELECTOR_NEWS)
        taken = {q.paragraph for q in seen}
    out = []
    for n, line in enumerate(lines):
        m = DATE_RE.match(line)
        day = f"2023-{int(m.group(1)):02d}-{int(m.group(2)):02d}" if m else ""
        pid = f"news-{part}-{n}"
        if len(line) >= 300 and day not in HAND_SET_DAYS and pid not in taken:
            out.append(n)
    return out


def figure_questions(paragraphs: list[str], rng: random.Random) -> list[tuple[int, str, str, str]]:
    """(paragraph index, question, answer, sentence) for the figure sentences of an article, shuffled."""
    from assistant.ingest.chunking import split_sentences

    found = []
    for i, para in enumerate(paragraphs):
        for a, b in split_sentences(para):
            made = news_figures.question_for(para[a:b])
            if made:
                found.append((i, *made, para[a:b]))
    rng.shuffle(found)
    return found


def plan(lines: list[str], numbers: list[int], part: str, seed: int = 7):
    """(articles as (line, text), eval items) for the chosen lines."""
    from assistant.bench.squad import Paragraph
    from assistant.learn import tempting

    places = tempting.place_pool([Paragraph(str(n), "", news_figures.article_text(lines[n])) for n in numbers])
    articles, items = [], []
    for n in numbers:
        rng = random.Random(f"{seed}-{part}-{n}")
        paragraphs = news_figures.article_text(lines[n]).split("\n")
        found = figure_questions([p for p in paragraphs if p], rng)
        paragraphs = [p for p in paragraphs if p]
        if not found:
            continue
        source = f"news_part_{part}.txt:{n}"
        if _share(f"removed-{seed}-{part}-{n}") < REMOVED:
            at, question, answer, sentence = found[0]
            rest = [p.replace(sentence, "", 1) if i == at else p for i, p in enumerate(paragraphs)]
            articles.append((n, "\n".join(p for p in rest if p)))
            if answer not in "".join(rest):  # else another sentence may still answer it
                items.append({"id": f"{part}{n}-removed", "question": question, "answers": [], "abstain": True,
                              "source": source, "variant": "removed"})
            continue
        whole = "\n".join(paragraphs)
        articles.append((n, whole))
        for k, (_, question, answer, _) in enumerate(found[:QUESTIONS]):
            items.append({"id": f"{part}{n}-{k}", "question": question, "answers": [answer], "source": source,
                          "variant": "answerable"})
            kinds = tempting.KINDS[(n + k) % 4:] + tempting.KINDS[:(n + k) % 4]
            changed = next((c for kind in kinds for c in [tempting.tempt(question, whole, kind, places, rng)]
                            if c and c != question), None)
            if changed:
                items.append({"id": f"{part}{n}-{k}-t", "question": changed, "answers": [], "abstain": True,
                              "source": source, "variant": "tempting"})
        items += reworded(n, part, found[:QUESTIONS], paragraphs, whole, places, seed)
    return articles, items


def reworded(n: int, part: str, found, paragraphs: list[str], whole: str, places, seed: int = 7) -> list[dict]:
    """Each question also asked as a person would, not in the clause's own words
    (figure_train.reworded: lead words dropped, a word of its paragraph put first, another
    asking phrase), answerable and with one qualifier changed: a question that leaves words
    of its passage unsaid, or says some it does not, is not thereby unanswerable."""
    from assistant.learn import figure_train, tempting
    from assistant.text import words

    rng = random.Random(f"reworded-{seed}-{part}-{n}")  # its own: the items above stay as they were
    out = []
    for k, (at, question, answer, sentence) in enumerate(found):
        around = tuple(w for w in words.content_words(paragraphs[at].replace(sentence, "")) if len(w) > 1)
        text = figure_train.reworded(question, answer, around, rng)
        if text == question:
            continue
        source = f"news_part_{part}.txt:{n}"
        out.append({"id": f"{part}{n}-{k}-r", "question": text, "answers": [answer], "source": source,
                    "variant": "reworded"})
        kinds = tempting.KINDS[(n + k + 1) % 4:] + tempting.KINDS[:(n + k + 1) % 4]
        changed = next((c for kind in kinds for c in [tempting.tempt(text, whole, kind, places, rng)]
                        if c and c != text), None)
        if changed:
            out.append({"id": f"{part}{n}-{k}-r-t", "question": changed, "answers": [], "abstain": True,
                        "source": source, "variant": "tempting_reworded"})
    return out


def write_documents(out: Path, articles: list[tuple[int, str]], part: str, seed: int = 7) -> list[Path]:
    """Long documents of PER_DOCUMENT articles each (the hand sets' shape) and some articles
    on their own."""
    out.mkdir(parents=True, exist_ok=True)
    alone = [a for a in articles if _share(f"alone-{seed}-{a[0]}") < ON_THEIR_OWN]
    joined = [a for a in articles if a not in alone]
    written = []
    for n, text in alone:
        path = out / f"news_{part}_{n:04d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    for d in range(0, len(joined), PER_DOCUMENT):
        group = joined[d: d + PER_DOCUMENT]
        sections = [compilation.section(i + 1, text + "\n") for i, (_, text) in enumerate(group)]
        path = out / f"compiled_{part}_{d // PER_DOCUMENT + 1:02d}.txt"
        path.write_text(compilation.compilation(f"新闻汇编（第{d // PER_DOCUMENT + 1}辑）", sections), encoding="utf-8")
        written.append(path)
    return written


def build(out: Path, part: str, count: int, seed: int = 7) -> tuple[list[Path], Path]:
    lines = (news_figures.NEWS / f"news_part_{part}.txt").read_text(encoding="utf-8").split("\n")
    numbers = eligible(lines, part)
    random.Random(seed).shuffle(numbers)
    articles, items = plan(lines, numbers[:count], part, seed)
    docs = write_documents(out / "docs", articles, part, seed)
    questions = out / "questions.jsonl"
    questions.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return docs, questions


def rows(assistant, items: list[dict], out: Path, log=print) -> Path:
    """Append one JSON line per item to `out`: the combined step's abstention rows of the
    answer the eval loop got, its support, whether it was answered and the verdict, at the
    assistant's own settings (learn/abstention.py's show every draft: `correct` then says
    whether the shown answer is right whatever its support; `threshold` records the cut)."""
    from assistant.answer import steps
    from assistant.bench import evaluation

    done = set()
    if out.exists():
        done = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line}
    todo = [i for i in items if i.get("type", "factoid") != "claim" and i["id"] not in done]
    by_id = {i["id"]: i for i in todo}
    asked = []
    with out.open("a", encoding="utf-8") as f, steps.recorded() as seen:
        def keep(outcome):
            step = seen[-1] if seen else None  # the step of this item's answer (none: not the combined step)
            seen.clear()
            item = by_id[outcome["id"]]
            f.write(json.dumps({
                "id": outcome["id"], "variant": item.get("variant", "abstain" if item.get("abstain") else "answerable"),
                "abstain": bool(item.get("abstain")), "rows": step.rows if step else [],
                "support": step.support if step else None,
                "drafted": bool(step) and all(d is not None for d in step.drafts),
                "answered": not outcome["abstained"], "correct": outcome["correct"],
                "threshold": assistant.settings.abstain_threshold,
                "answer": outcome["answer"][:200]}, ensure_ascii=False) + "\n")
            f.flush()
            asked.append(outcome["id"])
            if len(asked) % 50 == 0:
                log(f"{len(asked)}/{len(todo)}")

        evaluation.run(assistant, todo, on_item=keep)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Abstention rows from the real pipeline over compiled news documents.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write compiled documents and their figure questions")
    b.add_argument("out", type=Path)
    b.add_argument("--part", default="a", choices=["a", "b"])
    b.add_argument("--articles", type=int, default=240)
    r = sub.add_parser("rows", help="answer a question file over a store and record the abstention rows")
    r.add_argument("questions", type=Path)
    r.add_argument("--store", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    if args.command == "build":
        docs, questions = build(args.out, args.part, args.articles)
        print(f"{len(docs)} documents in {args.out / 'docs'}, questions {questions}")
        return 0
    from assistant.bench import evaluation
    from assistant.config import Settings
    from assistant.service import Assistant

    assistant = Assistant(Settings(store=args.store))
    if assistant.store.empty():
        raise SystemExit(f"{args.store} holds no documents: index them first (suyuan index DIR --store {args.store})")
    items = evaluation.load_items(args.questions)[: args.limit]
    print(f"rows in {rows(assistant, items, args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
