"""`python -m assistant.bench.rejections SET`: what each hard check costs and saves.

For each question whose gold sentence is among the retrieved passages, every check of
`subject.disagreement` and `figure_kind.disagreement` is run on the gold sentence (and, for
a figure question, on the gold figure in it): a rejection of the gold is a false one. Then
each check that fires on any retrieved sentence is switched off and the question answered
again on the same passages: a check *saves* a question when, switched off, the answer is
confidently wrong and with it on it is not; it *costs* one when, switched off, the answer
is right and with it on it is not.

SET is `cmrc` (the trial file, --offset/--limit), `drcd` (a sample of the train split),
`news` (the generated figure questions of news_part_a) or an eval file (--store: its index).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

from assistant.answer import figure_kind, siblings, standing, steps, subject
from assistant.answer.evidence import sentences_of
from assistant.bench import squad
from assistant.config import Settings
from assistant.text import quantities
from assistant.text.words import normalise

SUBJECT_CHECKS = ("place_disagreement", "year_disagreement", "period_disagreement",
                  "org_disagreement", "name_disagreement", "lead_disagreement", "unknown_disagreement", "latin_disagreement", "figure_disagreement",
                  "ordinal_disagreement", "series_disagreement", "title_disagreement", "sibling_disagreement", "body_disagreement",
                  "designator_disagreement", "variant_disagreement", "span_disagreement", "kind_disagreement")
FIGURE_CHECKS = ("stated_disagreement", "kind_disagreement", "nature_disagreement", "indicator_disagreement", "respective_disagreement", "sibling_disagreement")
# a sum in another currency, a sibling's designator in force (answer/siblings.py): figure_kind calls it there
CHECKS = ([(subject, n) for n in SUBJECT_CHECKS] + [(figure_kind, n) for n in FIGURE_CHECKS]
          + [(siblings, "designator_figure_disagreement")])
ROOT = Path(__file__).resolve().parents[2]
CMRC = ROOT.parent / "shared" / "bench" / "cmrc2018" / "cmrc2018_trial.json"


def label(module, name: str) -> str:
    return ("figure." if module is figure_kind else "") + name.replace("_disagreement", "")


@contextmanager
def switched_off(module, name: str, off=None):
    """The check answers 'agrees' while the block runs (the callers look it up by name): `off`,
    or None for a subject check and '' for a figure check."""
    kept = getattr(module, name)
    setattr(module, name, off or ((lambda *a: None) if module is subject else (lambda *a: "")))
    try:
        yield
    finally:
        setattr(module, name, kept)


def subject_check(name: str, q, chunk, a: int, b: int):
    """One check of `subject.disagreement` as it runs there (past a dateline; the place
    check also on the whole span)."""
    check = getattr(subject, name)
    start = a + subject.dateline_end(chunk.text[a:b]) if hasattr(subject, "dateline_end") else a
    found = check(q, chunk, start, b)
    if found is not None and start > a and name == "place_disagreement" and check(q, chunk, a, b) is None:
        return None
    return found


def gold_figures(text: str, answers: list[str]) -> list:
    """The figures of `text` that are (or hold) a gold answer."""
    keys = [normalise(a) for a in answers if a]
    return [f for f in quantities.find_quantities(text)
            if any(k and (k in normalise(f.text) or normalise(f.text) in k) for k in keys)]


def rejections(q, sentence, answers: list[str]) -> dict[str, str]:
    """{check: why} for each check that rejects the gold `sentence`."""
    out = {}
    a, b = sentence.quote_span
    for module, name in CHECKS:
        if module is subject:
            found = subject_check(name, q, sentence.chunk, a, b)
            if found is not None:
                out[label(module, name)] = str(found)
        elif q.kind == "quantity":
            where = (standing.of_sentence(sentence),) if name == "nature_disagreement" else ()  # as figures.py reads it
            why = [getattr(module, name)(q, sentence.text, f, *where) for f in gold_figures(sentence.text, answers)]
            if why and all(why):
                out[label(module, name)] = why[0]
    return out


def outcome(assistant, state, answers: list[str]) -> str:
    """'right', 'wrong' (answered, confidently) or 'abstained' for the configured answer step."""
    s = assistant.settings
    vector = state["context"].get("query_vector")
    drafts, support, threshold, confidence, _ = steps.run(s.selector, state["q"], state["hits"],
                                                         assistant.keyword_index().idf_of,
                                                         assistant.embedder.embed_documents, vector, s)
    answered = (support if confidence is None else confidence) >= threshold and all(d is not None for d in drafts)
    if not answered:
        return "abstained"
    text = " ".join(p.sentence.chunk.text[p.a : p.b] for d in drafts for p in d.parts)
    if isinstance(answers, tuple):  # SQuAD-style: any gold, as `bench cmrc` scores it
        ok = squad.contains(text, answers)
    else:  # eval items: all, as `suyuan eval` scores them
        ok = bool(answers) and all(normalise(x) in normalise(text) for x in answers)
    return "right" if ok else "wrong"


def fires(q, sentences) -> set[str]:
    """The checks that reject any retrieved sentence (only these can change the answer)."""
    out = set()
    for module, name in CHECKS:
        if module is subject:
            if any(subject_check(name, q, s.chunk, *s.quote_span) is not None for s in sentences):
                out.add(label(module, name))
        elif q.kind == "quantity":
            out.add(label(module, name))
    return out


def measure(assistant, items, saves: bool = True, progress: bool = True) -> dict:
    """items: (question text, answers, is_gold(sentence) -> bool). Answers as a tuple: any
    one is right (SQuAD); as a list: all must be in the answer (eval files)."""
    gold_seen, rejected, reasons = 0, Counter(), defaultdict(list)
    saved, cost, base = Counter(), Counter(), Counter()
    for text, answers, is_gold in items:
        state = assistant._retrieval.invoke({"question": text})
        sentences = sentences_of(state["hits"])
        q = subject.with_articles(state["q"], sentences)  # as `subject.agreeing` reads it
        gold = [s for s in sentences if is_gold(s)]
        if progress:
            print(sum(base.values()), text, file=sys.stderr, flush=True)
        if gold:
            gold_seen += 1
            found = [rejections(q, s, list(answers)) for s in gold]
            for check in set.intersection(*(set(f) for f in found)):
                rejected[check] += 1
                reasons[check].append(f"{text} | {found[0][check]} | {gold[0].text[:80]}")
        if not saves:
            continue
        on = outcome(assistant, state, answers)
        base[on] += 1
        firing = fires(q, sentences)
        for module, name in CHECKS:
            if label(module, name) not in firing:
                continue
            with switched_off(module, name):
                off = outcome(assistant, state, answers)
            for tally, hit in ((saved, off == "wrong" and on != "wrong"), (cost, off == "right" and on != "right")):
                if hit:
                    tally[label(module, name)] += 1
                    which = "saved" if tally is saved else "cost"
                    reasons[f"{which}:{label(module, name)}"].append(f"{text} | {on} -> {off}")
    names = [label(m, n) for m, n in CHECKS]
    return {"questions": len(items), "gold_retrieved": gold_seen, "outcomes": dict(base),
            "checks": {n: {"gold_rejected": rejected[n], "saves": saved[n], "costs": cost[n]} for n in names},
            "reasons": dict(reasons)}


def _squad_items(paragraphs, questions):
    def is_gold(pid, answers):
        return lambda s: s.chunk.source == f"cmrc/{pid}" and any(normalise(a) in normalise(s.text) for a in answers)
    return [(q.text, tuple(q.answers), is_gold(q.paragraph, q.answers)) for q in questions]


def _eval_items(path: Path):
    from assistant.bench.evaluation import load_items

    def is_gold(keys):
        return lambda s: any(k in normalise(s.chunk.text[s.quote_span[0] : s.quote_span[1]]) for k in keys)
    out = []
    for item in load_items(path):
        if item.get("type") == "claim" or item.get("abstain") or not item.get("answers"):
            continue
        keys = [normalise(e) for e in item.get("evidence") or item["answers"]]
        out.append((item["question"], list(item["answers"]), is_gold(keys)))
    return out


def _indexed(paragraphs, store: Path | None):
    from assistant.bench.cmrc import _documents
    from assistant.index.indexer import IndexReport, index_documents
    from assistant.service import Assistant

    settings = Settings(store=store or Path(tempfile.mkdtemp(prefix="suyuan-rej-")), chroma_host="")
    assistant = Assistant(settings)
    if assistant.store.count() == 0:
        index_documents(_documents(paragraphs), assistant.store, assistant.embedder, settings, IndexReport())
    return assistant


def load_set(which: str, offset: int, limit: int, store: Path | None):
    """(assistant, items) of a set."""
    if which in ("cmrc", "drcd", "news"):
        if which == "cmrc":
            paragraphs, questions = squad.load(CMRC, limit, offset)
        elif which == "drcd":
            from assistant.learn import drcd

            paragraphs, questions, split = drcd.load()
            questions = [q for q in questions if split.get(q.paragraph) == "train"]
            questions = random.Random(7).sample(questions, len(questions))[offset : offset + limit]
        else:
            from assistant.learn import news_figures

            paragraphs, questions = news_figures.load(limit=offset + limit)
            questions = questions[offset:]
        if which != "cmrc":  # only the sampled questions' paragraphs: indexing all costs too long
            wanted = {q.paragraph for q in questions}
            paragraphs = [p for p in paragraphs if p.id in wanted]
        return _indexed(paragraphs, store), _squad_items(paragraphs, questions)
    from assistant.service import Assistant

    return Assistant(Settings(store=store or ROOT / "vectorstore", chroma_host="")), _eval_items(Path(which))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="cmrc, drcd, news or an eval .jsonl file")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--store", type=Path, help="the index: kept and reused for cmrc/drcd/news")
    parser.add_argument("--no-saves", action="store_true", help="count the gold's rejections only (fast)")
    args = parser.parse_args(argv)
    assistant, items = load_set(args.set, args.offset, args.limit, args.store)
    print(json.dumps(measure(assistant, items, not args.no_saves), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
