"""Extractive answers: the clause or sentence that answers, cited to the letter.

No LLM. A quantity question gets the figure's clause, a person question the role and name,
a list question the sentences that enumerate; two sources giving different figures for the
same thing are both shown; weak support means "the sources do not say".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import counted, credits, disputed_figures, figure_model, gathering, list_asked, listing, lists, named_things, passage_scope, people, speakers, subject, unchanged_asked
from assistant.answer.english import english_factor
from assistant.answer.evidence import Scored, Sentence, score_sentences, sentences_of
from assistant.answer.figures import FigurePick, pick_figures
from assistant.answer.neighbours import following, next_sentence, previous_sentence, run_of
from assistant.answer.parallel_runs import answers_count
from assistant.query import framing
from assistant.query.question import Question, topic_groups
from assistant.records import Hit
from assistant.text.sentences import CLAUSE_MARKS

ABSTAIN_ZH = "资料中没有找到能回答这个问题的内容（the sources do not say）。"
ABSTAIN_EN = "The sources do not say."
SEPARATORS = re.compile(f"[{CLAUSE_MARKS}]|——|\\s{{1,}}")


@dataclass
class Part:
    """One cited piece of an answer: text[a:b] of a sentence's chunk."""

    sentence: Sentence
    a: int
    b: int
    score: float


@dataclass
class Draft:
    parts: list[Part]
    support: float
    conflict: bool = False
    kind: str = ""
    joiner: str = "；"
    stand_in: bool = False  # a figure question's sentence shown though no figure in it was picked
    speaker: str = ""  # 谁说要…: whom the rules gave the words asked to (answer/speakers.py)


def _trim(text: str) -> tuple[int, int]:
    a, b = 0, len(text)
    while a < b and (text[a] in CLAUSE_MARKS + "—- \u3000" or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in CLAUSE_MARKS + "。 \u3000" or text[b - 1].isspace()):
        b -= 1
    return a, b


def make_part(sentence: Sentence, a: int, b: int, score: float) -> Part:
    lo, hi = _trim(sentence.chunk.text[a:b])
    return Part(sentence, a + lo, a + hi, score)


def _whole(scored: Scored) -> Part:
    s = scored.sentence
    return make_part(s, s.a, s.b, scored.score)


def _quantity(q: Question, scored: list[Scored], idf, picker: str = "rules") -> Draft | None:
    # the learned picker (trained on Chinese questions; answer/figure_model.py), when chosen
    if picker == "learned" and not q.english:
        found = figure_model.best(q, scored, idf)
        if found is None:
            return None
        best = replace(found[0], score=found[1])
        return Draft([part := _figure_part(best, q)], part.score, kind="quantity")
    picks: list[FigurePick] = []
    for sc in scored[:10]:
        if sc.factors.get("type", 1) > 0.05:
            picks.extend(pick_figures(q, sc, idf))
    picks = passage_scope.ranked(q, picks, scored)  # best first, the checks reading the passage applied
    if not q.english and framing.disputed(q.text):  # 两处给出的增幅各是多少: a figure given twice, differently
        picks = disputed_figures.twinned_first(picks)
    if not picks:
        return None
    best = picks[0]
    # other sources' versions of this figure are added by answer/versions.py (one home for
    # "do these two give different values for the same thing")
    return Draft([part := _figure_part(best, q)], part.score, kind="quantity")


def _figure_part(pick: FigurePick, q: Question) -> Part:
    """The clause holding the figure; its whole sentence when the clause is too bare to say what the figure
    is (short, none of the question's words) and the sentence short. 涉鹿产值81.6亿元 names it; 约只有8公斤重 not."""
    s = pick.scored.sentence
    clause = s.chunk.text[pick.a : pick.b]
    named = any(len(t) > 1 and t in clause for group in topic_groups(q) for t in group)
    a, b = (s.a, s.b) if pick.b - pick.a < 12 and not named and s.b - s.a <= 60 else (pick.a, pick.b)
    both = counted.every_count(q.text, s.chunk.text, (s.a, s.b), (a, b))  # 多少家…、多少个…: both figures or none
    return make_part(s, *(both or (a, b)), pick.score if both else 0.0)


def _person(q: Question, scored: list[Scored], sentences: list[Sentence] | None = None) -> Draft | None:
    """The role and name of the person asked about, from the best sentence naming one with
    the role asked (answer/people.py), or a byline or photo credit (answer/credits.py)."""
    if picked := speakers.chosen(q, scored, sentences or []):  # 谁说要…: the sentence and who said it
        content, said = picked
        return Draft([_whole(content), make_part(*said[:3], said[3])], said[3], kind="person", joiner="",
                     speaker=speakers.spans(content.sentence, sentences or [])[3])
    for sc in credits.first(q, scored)[: people.LOOK]:
        s = sc.sentence
        found = [p for p in people.wanted_persons(q, s.text) if p.role]  # named with a role: 县长邢树纲
        if not found or sc.factors.get("type", 1) < 1:
            continue
        # The fragment between separators that holds the name and its role.
        best = None
        for person in found:
            at = s.text.find(person.name, person.start)
            lo = max((m.end() for m in SEPARATORS.finditer(s.text, 0, at) if not m.group().isspace()), default=0)
            hi = next((m.start() for m in SEPARATORS.finditer(s.text, at + len(person.name)) if not m.group().isspace()),
                      len(s.text))
            overlap = sum(1 for t in q.terms if t in s.text[lo:hi])
            if best is None or overlap > best[0]:
                best = (overlap, lo, hi)
        return Draft([make_part(s, s.a + best[1], s.a + best[2], sc.score)], sc.score, kind="person")
    return None


def _list(q: Question, scored: list[Scored], sentences: list[Sentence]) -> Draft:
    """The enumeration the best sentence belongs to, read to its end across sentences
    (一是…二是…, an introduction ending in a colon, 哪五大 with items in two sentences:
    answer/lists.py), and the best sentences of other articles that list the same kind."""
    top = listing.listing(q, scored, sentences)
    s = top.sentence
    parts = [_whole(top)]
    if answers_count(q.text, s.text):  # 在甲上…，在乙上…: all the items counted, in one sentence; no other is needed
        return Draft(parts, top.score * counted.list_factor(q.text, s.text), kind="list")
    run, at = run_of(s, sentences)
    if at is not None:
        texts = [o.text for o in run]
        lo, hi = lists.extent(texts, at, q.count)
        if hi - lo > 1:
            keep = range(lo, hi)
            marked = counted.marked_items(texts, lo, hi, q.count)  # 首先…其次…此外…最后…
            if len(marked) >= 2:  # a numbered list: its introduction and its items, not their elaboration
                keep = sorted({lo, *marked})
            parts = [make_part(run[i], run[i].a, run[i].b, top.score) for i in keep]
        if framed := list_asked.same_frame(texts, at, q.text):  # 人大代表X说…。人大代表Y说…: one speaker a paragraph
            parts = [make_part(run[i], run[i].a, run[i].b, top.score) for i in framed]
        if heads := counted.missing_heads(q, texts, at, [p.sentence.text for p in parts]):  # “六县建设”: 坚持产业强县。…
            parts = [make_part(run[i], run[i].a, run[i].a + end, top.score) for i, end in heads]
    enumerates = re.search(r"[、]|”“|和.{2,}", s.text)
    if len(parts) == 1 and (not enumerates or len(s.text) < 25 or s.text.rstrip().endswith(("：", ":"))):
        if (follow := following(s, sentences)) is not None and not listing.complete(q, s.text, follow.text):
            parts.append(make_part(follow, follow.a, follow.b, top.score))
    if at is not None and not heads:  # A捐赠3000万元。…B也捐赠3000万元: items the list reader has no marker for
        parts = gathering.with_gathered(q, parts, run, at, lambda o: make_part(o, o.a, o.b, top.score))
    used = {(s.chunk.source, s.chunk.article)}  # items spread over several articles (each interview names its county head)
    for sc in scored[1:12]:
        key = (sc.sentence.chunk.source, sc.sentence.chunk.article)
        if key in used or sc.score < 0.85 * top.score:
            continue
        used.add(key)
        parts.append(_whole(sc))
    unmet = counted.unmet_count(q.count, [p.sentence.text for p in parts])  # 哪五个方面 read from 甲说。 and his praise
    return Draft(parts, 0.0 if unmet else top.score * counted.list_factor(q.text, s.text), kind="list")


def draft_answer(q: Question, hits: list[Hit], idf, reorder=None, picker: str = "rules") -> Draft | None:
    """The best-supported answer to one (sub-)question, or None when nothing fits. `reorder`
    may change the order of close candidates (by meaning); figures are picked on words and units."""
    sentences = sentences_of(hits)
    if not sentences:
        return None
    # a sentence about another place, year, person or organisation than asked is never
    # the answer, however well it scores: the next candidate is tried, else None (abstain)
    scored = unchanged_asked.answering(q, subject.agreeing(q, score_sentences(q, sentences, idf)))
    if not scored:
        return None
    if reorder is not None and (q.kind != "quantity" or q.english):  # English: marks meaning (evidence.rerank)
        scored = reorder(q, scored)
    if q.kind == "quantity":
        picked = _quantity(q, scored, idf, picker)
        draft = picked or Draft([_whole(scored[0])], scored[0].score * 0.5, kind="quantity")
        draft.stand_in = picked is None or picked.support <= 0  # no figure, or every one vetoed
        if q.english:
            draft.support *= english_factor(q, draft.parts[0].sentence, scored)
        return draft
    if q.kind == "person":
        if found := _person(q, scored, sentences):
            return found
        # no one named with the role asked: the best sentence stands in, not a credit line that cannot answer
        if not (scored := credits.answering(q, scored)):
            return None
        named = named_things.quoted_name(q, scored[0].sentence.text)  # “温暖龙山”慈善基金: a thing's name
        return _sentence_answer(q, scored[0], sentences, support=scored[0].score * (1 if named else 0.5))
    if q.kind == "list":
        return _list(q, scored, sentences)
    if q.kind == "reason":
        return _reason(scored[0], sentences)
    return _sentence_answer(q, scored[0], sentences)


SHORT_SENTENCE = 60  # characters: a sentence this short is read with the one after it
ANSWER_BUDGET = 90  # characters a sentence and its continuation may take together


def _sentence_answer(q: Question, top: Scored, sentences: list[Sentence], support: float | None = None) -> Draft:
    """The best sentence, and the one after it when the best is too short to stand alone
    or the two still read as one short answer (the answer often continues the sentence
    that names its subject)."""
    parts = [_whole(top)]
    follow = next_sentence(top.sentence, sentences)
    if follow is not None and (len(top.sentence.text) < SHORT_SENTENCE
                               or len(top.sentence.text) + len(follow.text) <= ANSWER_BUDGET):
        parts.append(make_part(follow, follow.a, follow.b, top.score))
    return Draft(parts, top.score if support is None else support, kind=q.kind, joiner="")


CONSEQUENCE = re.compile(r"^(?:因此|所以|于是|因而|从而|故而|故|这使|这样)")


def _reason(top: Scored, sentences: list[Sentence]) -> Draft:
    """为什么…: a sentence that begins 因此 states the result; the reason is the one before."""
    parts = [_whole(top)]
    before = previous_sentence(top.sentence, sentences)
    if before is not None and CONSEQUENCE.match(top.sentence.text):
        parts.insert(0, make_part(before, before.a, before.b, top.score))
    return Draft(parts, top.score, kind="reason", joiner="")


