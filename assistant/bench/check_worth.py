"""`python -m assistant.bench.check_worth SET`: each hard check's net worth, the right answers
it vetoes against the confidently wrong answers it stops.

Every question is retrieved once and answered over two sets of passages: with its gold
paragraph (when indexed) and with the gold paragraph's passages taken out, which leaves the
near misses a user meets when the documents do not hold the answer (the same article's other
paragraphs on `drcd`). In each, every check that fires on a retrieved sentence is switched
off and the question answered again on the same passages. A check *vetoes a right answer*
when, switched off, the answer is right and, on, it is not; it *stops a wrong answer* when,
off, the answer is confidently wrong and, on, it is not; it *adds* one the other way round.
Its net worth is the cost it saves at the stated price (a refusal of an answerable question
costs 1, a confidently wrong answer 3, a right answer or a refusal with no gold 0).

SET is `cmrc` (the trial file, --offset/--limit, one paragraph a document), `drcd` (held-out
articles, --articles of them sampled: the even paragraphs indexed, so the odd paragraphs'
questions have no gold in the index), `news` (generated figure questions of news_part_a) or
an eval .jsonl file over --store (its unanswerable items are questions with no gold; with
--take-out, each answerable item is asked again with the passages holding its evidence taken out).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from assistant.answer import evidence, measure_nature, people, posts, qualifiers, subject
from assistant.answer.evidence import sentences_of
from assistant.bench import rejections, squad
from assistant.bench.rejections import label
from assistant.text.words import normalise

# checks inside the ones above, switched off alone: a parent's worth is theirs and its own
PARTS = [(measure_nature, "basis_disagreement"), (measure_nature, "standing_disagreement"),
         (qualifiers, "post_disagreement")]
# the rules' soft checks, factors of a sentence's support (evidence.score_sentences): off, 1.0
FACTORS = [(evidence, "type_factor"), (evidence, "year_factor"), (evidence, "place_check")]
CHECKS = rejections.CHECKS + PARTS + [(subject, "sibling_articles"), (people, "denies")] + FACTORS
VETOES = [c for c in CHECKS if c not in FACTORS]
_place_check = evidence.place_check
# what a check answers when switched off: 'agrees' in the type its callers read
OFF = {"sibling_articles": lambda *a: set(), "denies": lambda *a: False, "type_factor": lambda *a: 1.0,
       "year_factor": lambda *a: 1.0, "place_check": lambda q, s: (1.0, _place_check(q, s)[1])}
ALL = (None, "every veto")  # the hard checks (not the factors) off at once: what they are worth together
WRONG_COST, REFUSAL_COST = 3, 1


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    answers: tuple | list  # tuple: any one is right (SQuAD); list: all (eval files)
    is_gold: Callable  # chunk -> bool: a passage of the gold paragraph (or holding the evidence)
    indexed: bool  # the gold paragraph is in the index


def name(module, check: str) -> str:
    if module is None:
        return check
    if (module, check) in PARTS or module in (people, evidence):
        return f"{module.__name__.rsplit('.', 1)[-1]}.{check.replace('_disagreement', '')}"
    return label(module, check)


def switched_off(module, check: str):
    """rejections.switched_off with what this module's extra checks and factors answer off."""
    agrees = (lambda *a: None) if module in (subject, qualifiers) else None
    return rejections.switched_off(module, check, OFF.get(check) or agrees)


def cost(outcome: str, answerable: bool) -> int:
    if outcome == "wrong":
        return WRONG_COST
    return REFUSAL_COST if answerable and outcome == "abstained" else 0


def firing(q, sentences) -> set[str]:
    """The checks that can change this question's answer (a figure check: any quantity question)."""
    out = rejections.fires(q, sentences)
    if q.kind == "quantity":
        out |= {name(m, c) for m, c in PARTS if m is measure_nature}
    if any(posts.post_disagreement(q, s.text) is not None for s in sentences):
        out.add(name(qualifiers, "post_disagreement"))
    out |= {name(subject, "sibling_articles"), *(name(m, c) for m, c in FACTORS)}
    if q.kind == "person":
        out.add(name(people, "denies"))
    return out


def audit(assistant, items: list[Item], progress: bool = True, factors: bool = True) -> dict:
    """Per check: vetoed right, stopped wrong, added wrong and net cost saved, over both
    conditions ('gold in' and 'gold out'), and each item it changed."""
    tally = {name(m, c): Counter() for m, c in CHECKS + [ALL]}
    changed, outcomes = defaultdict(list), Counter()
    for n, item in enumerate(items):
        if progress:
            print(n, item.text, file=sys.stderr, flush=True)
        state = assistant._retrieval.invoke({"question": item.text})
        out_hits = [h for h in state["hits"] if not item.is_gold(h.chunk)]
        # gold out only where something was taken out (or nothing was there to take)
        runs = ([("out", out_hits, False)] if not item.indexed or len(out_hits) < len(state["hits"]) else []) \
            + ([("in", state["hits"], True)] if item.indexed else [])
        for condition, hits, answerable in runs:
            here = dict(state, hits=hits)
            sentences = sentences_of(hits)
            q = subject.with_articles(state["q"], sentences)
            on = rejections.outcome(assistant, here, item.answers)
            outcomes[f"{condition}:{on}"] += 1
            live = firing(q, sentences) - (set() if factors else {name(m, c) for m, c in FACTORS})
            for module, check in CHECKS + [ALL]:
                key = name(module, check)
                if key not in live and (module, check) != ALL:
                    continue
                with ExitStack() as stack:
                    for m, c in (VETOES if (module, check) == ALL else [(module, check)]):
                        stack.enter_context(switched_off(m, c))
                    off = rejections.outcome(assistant, here, item.answers)
                if off == on:
                    continue
                if check == "type_factor":  # a factor of each kind's own: counted by kind
                    key = f"{key}.{q.kind}"
                t = tally.setdefault(key, Counter())
                t["vetoed_right"] += off == "right"
                t["stopped_wrong"] += off == "wrong"
                t["added_wrong"] += on == "wrong"
                t["net"] += cost(off, answerable) - cost(on, answerable)
                changed[key].append(f"{item.id} {condition} {on}<-{off} {item.text}")
    return {"questions": len(items), "outcomes": dict(outcomes),
            "checks": {k: dict(v) for k, v in tally.items() if v}, "changed": dict(changed)}


def squad_items(questions, indexed: set[str]) -> list[Item]:
    def is_gold(pid):
        return lambda chunk: chunk.source == f"cmrc/{pid}"
    return [Item(q.id, q.text, tuple(q.answers), is_gold(q.paragraph), q.paragraph in indexed) for q in questions]


def eval_items(path: Path, take_out: bool) -> list[Item]:
    """An eval file's answerable items (gold in, and with --take-out gold out) and its
    unanswerable ones (no gold: nothing to take out)."""
    from assistant.bench.evaluation import load_items

    def holds(keys):
        return lambda chunk: bool(keys) and any(k in normalise(chunk.text) for k in keys)
    out = []
    for n, it in enumerate(load_items(path)):
        if it.get("type") == "claim":
            continue
        answers = [] if it.get("abstain") else list(it.get("answers") or [])
        keys = [normalise(e) for e in (it.get("evidence") or answers)]
        gold = holds(keys) if take_out and answers else (lambda chunk: False)
        out.append(Item(str(it.get("id", n)), it["question"], answers, gold, bool(answers)))
    return out


def drcd_set(articles: int, store: Path | None):
    """Held-out DRCD articles sampled (seed 28, as session 28's drcd_run): even paragraphs
    indexed, each a document; every paragraph's questions asked."""
    from assistant.learn import drcd

    paragraphs, questions, split = drcd.load()
    titles = sorted({p.title for p in paragraphs if split[p.id] == "heldout"})
    chosen = set(random.Random(28).sample(titles, min(articles, len(titles))))
    by_article = defaultdict(list)
    for p in paragraphs:
        if p.title in chosen:
            by_article[p.title].append(p)
    indexed = {p.id for ps in by_article.values() for i, p in enumerate(ps) if i % 2 == 0}
    asked = [q for q in questions if any(q.paragraph == p.id for ps in by_article.values() for p in ps)]
    return rejections._indexed([p for p in paragraphs if p.id in indexed], store), squad_items(asked, indexed)


def load(which: str, args) -> tuple:
    """(assistant, items) of a set."""
    if which == "drcd":
        assistant, items = drcd_set(args.articles, args.store)
        return assistant, items[args.offset : args.offset + args.limit]
    if which in ("cmrc", "news"):
        assistant, _ = rejections.load_set(which, args.offset, args.limit, args.store)
        if which == "cmrc":
            paragraphs, questions = squad.load(rejections.CMRC, args.limit, args.offset)
        else:
            from assistant.learn import news_figures

            paragraphs, questions = news_figures.load(limit=args.offset + args.limit)
            questions = questions[args.offset :]
        return assistant, squad_items(questions, {p.id for p in paragraphs})
    from assistant.config import Settings
    from assistant.service import Assistant

    path = Path(which)
    if not path.exists():
        raise SystemExit(f"no such set or file: {which} (cmrc, drcd, news or an eval .jsonl)")
    store = args.store or rejections.ROOT / "vectorstore"
    return Assistant(Settings(store=store, chroma_host="")), eval_items(path, args.take_out)


def table(result: dict) -> str:
    rows = sorted(result["checks"].items(), key=lambda kv: kv[1].get("net", 0))
    lines = [f"{'check':28} vetoed_right stopped_wrong added_wrong net", *(
        f"{k:28} {v.get('vetoed_right', 0):12} {v.get('stopped_wrong', 0):13} {v.get('added_wrong', 0):11} {v.get('net', 0):3}"
        for k, v in rows)]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="cmrc, drcd, news or an eval .jsonl file")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--articles", type=int, default=25, help="drcd: held-out articles sampled")
    parser.add_argument("--store", type=Path, help="the index: kept and reused for cmrc/drcd/news")
    parser.add_argument("--take-out", action="store_true", help="eval file: ask answerable items again without their evidence")
    parser.add_argument("--json", action="store_true", help="the full result, each changed item named")
    parser.add_argument("--no-factors", action="store_true", help="the vetoes only (faster): the support factors stay on")
    args = parser.parse_args(argv)
    assistant, items = load(args.set, args)
    result = audit(assistant, items, factors=not args.no_factors)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
