"""Features of a (question, candidate sentence) pair, for the learned answer selector.

Each feature is a plain number a model can weigh; nothing here decides. The candidates
are the sentences the rules scorer (`evidence.score_sentences`) ranks highest, so the
learned model reorders and calibrates what the rules propose, and the rules' own score is
one feature among many. Every function is pure and works on made-up sentences.

The dense features (`dense`) are the e5 cosine of the question and each candidate,
absolute and relative to the other candidates; the caller embeds the candidates (one
batch of at most CANDIDATES sentences) and passes the similarities in. Without them the
columns are NaN, which the selector reads as the training mean (no evidence either way).
"""

from __future__ import annotations

import math
import re

from assistant.answer import evidence, people, topic_coverage
from assistant.query.question import Question
from assistant.text import places, quantities, words

CANDIDATES = 8  # sentences the selector reads: the rules' best
KINDS = ("quantity", "person", "time", "place", "list", "reason", "yesno", "generic")

DATE_RE = re.compile(r"(?:1[0-9]|20)\d\d年|\d{1,2}月|[一二三四五六七八九十]+月|\d{1,2}日|世纪|年代|朝|时期")
LEXICAL = (
    "rules_score", "rules_rel", "rules_rank", "coverage", "own_cov", "passage_cov", "context_cov",
    "type_f", "place_f", "year_f", "hit_rank", "bigram_share", "bigram_rel",
    "novel_share", "log_len", "first_in_passage", "neighbour_cov",
    "has_figure", "unit_match", "has_person", "has_date", "has_place", "enumerates",
    "q_places_in_sentence", "q_places_in_context", "other_places", "q_years_in_sentence", "other_years",
    "answer_type", "head_in_sentence", "rest_share", "rest_rel",
) + tuple(f"kind_{k}" for k in KINDS) + tuple(f"type_x_{k}" for k in KINDS)
DENSE = ("dense_sim", "dense_gap", "dense_rank", "dense_z")
NAMES = LEXICAL + DENSE


def bigram_share(question: str, text: str) -> float:
    """Share of the question's character pairs found in the text (no word cutting needed)."""
    asked = words.bigrams(question)
    return len(asked & words.bigrams(text)) / len(asked) if asked else 0.0


def rest_share(question: str, text: str, context: str) -> float:
    """Share of the question's character pairs that are not its article's title or subject
    which the sentence holds. An article about 蓝线裸顶鲷 names it in the question and in
    its opening sentence; what the question asks of it (以什么为食) picks the sentence, and
    later sentences often leave the subject unsaid (以甲壳类为食)."""
    asked = words.bigrams(question) - words.bigrams(context)
    return len(asked & words.bigrams(text)) / len(asked) if asked else 0.0


def novel_share(question: str, text: str) -> float:
    """Share of the sentence's content words the question does not use: an answer brings
    something new, a sentence that only repeats the question does not."""
    own = words.content_words(text)
    if not own:
        return 0.0
    return sum(1 for w in own if w not in question) / len(own)


def has_figure(text: str) -> bool:
    return any(f.unit for f in quantities.find_quantities(text))


def unit_match(q: Question, text: str) -> float:
    """1 when a figure carries the unit asked for (or any unit when none is asked), else 0."""
    figures = [f for f in quantities.find_quantities(text) if f.unit]
    if not figures:
        return 0.0
    if not q.unit:
        return 1.0
    return 1.0 if any(f.unit == q.unit for f in figures) else 0.0


def has_person(q: Question, text: str) -> bool:
    """A person name (jieba's nr tag, or a name after a role word) the question does not name."""
    if people.wanted_persons(q, text):
        return True
    return any(flag == "nr" and len(w) >= 2 and w not in q.text for w, flag in words.tagged(text))


def has_date(text: str) -> bool:
    return bool(quantities.years(text) or DATE_RE.search(text))


def has_place(q: Question, text: str) -> bool:
    """A place (ns tag or a name with a level suffix) the question does not name."""
    named = [p for p in places.places(text) if p not in q.text]
    return bool(named) or any(flag == "ns" and w not in q.text for w, flag in words.tagged(text))


def enumerates(text: str) -> float:
    """How list-like a sentence is: enumeration commas and joined items, capped at 1."""
    return min((text.count("、") + len(re.findall(r"”“|和|及|与", text))) / 3.0, 1.0)


def answer_type(q: Question, text: str) -> float:
    """Does the sentence hold the kind of thing asked for? 1 yes, 0 no, 0.5 not a typed question."""
    if q.kind == "quantity":
        return unit_match(q, text)
    if q.kind == "person":
        return float(has_person(q, text))
    if q.kind == "time":
        return float(has_date(text))
    if q.kind == "place":
        return float(has_place(q, text))
    if q.kind == "list":
        return enumerates(text)
    return 0.5


def place_agreement(q: Question, text: str, context: str) -> tuple[float, float, float]:
    """(share of the question's places in the sentence, share in sentence or title/subject,
    other places of the same level named in the sentence): 东丰县 asked, 东辽县 found."""
    if not q.places:
        return 1.0, 1.0, 0.0
    stems = [places.stem(p) for p in q.places]
    in_text = sum(1 for s in stems if s in text) / len(stems)
    in_ctx = sum(1 for s in stems if s in text or s in context) / len(stems)
    levels = {places.level_of(p) or "市" for p in q.places}
    others = [n for n in places.places(text)
              if places.level_of(n) in levels and not any(s in n or places.stem(n) in s for s in stems)]
    return in_text, in_ctx, float(len(others) > 0)


def year_agreement(q: Question, text: str) -> tuple[float, float]:
    """(the question's year is in the sentence, the sentence names only other years)."""
    if not q.years:
        return 1.0, 0.0
    found = quantities.years(text)
    return float(bool(found & q.years)), float(bool(found) and not (found & q.years))


def dense(similarities) -> list[list[float]]:
    """The DENSE columns from each candidate's cosine with the question: the cosine, its
    gap to the best candidate's, its rank by cosine (log), and how far it stands above the
    candidates' mean in their spread (e5 cosines crowd in 0.75-0.9, so the relative forms
    carry most of the signal)."""
    sims = [float(s) for s in similarities]
    if not sims:
        return []
    top = max(sims)
    mean = sum(sims) / len(sims)
    spread = math.sqrt(sum((s - mean) ** 2 for s in sims) / len(sims)) or 1.0
    order = sorted(range(len(sims)), key=lambda i: -sims[i])
    rank = {i: r for r, i in enumerate(order)}
    return [[s, s - top, math.log1p(rank[i]), (s - mean) / spread] for i, s in enumerate(sims)]


def featurize(q: Question, scored: list[evidence.Scored], idf,
              all_sentences: list[evidence.Sentence], similarities=None) -> list[list[float]]:
    """One row of NAMES per candidate in `scored` (the rules' order, best first);
    `similarities` are the candidates' e5 cosines with the question (NaN columns without)."""
    if not scored:
        return []
    weights = topic_coverage.term_weights(q, idf)
    rules = [s.score for s in scored]
    top_rules = max(max(rules), 1e-6)
    shares = [bigram_share(q.text, s.sentence.text) for s in scored]
    top_share = max(max(shares), 1e-6)
    rests = [rest_share(q.text, s.sentence.text, s.sentence.context) for s in scored]
    top_rest = max(max(rests), 1e-6)
    head = (q.head,) if q.head else q.head_group
    rows = []
    for i, sc in enumerate(scored):
        s = sc.sentence
        text, context = s.text, s.context
        _, verdicts = evidence.place_check(q, s)
        own = topic_coverage.coverage(weights, text, "", verdicts, q.specificity)
        passage = topic_coverage.coverage(weights, s.chunk.text, "", verdicts, q.specificity)
        with_ctx = topic_coverage.coverage(weights, text, context, verdicts, q.specificity)
        neighbours = [o for o in all_sentences if o.chunk.id == s.chunk.id and (o.b == s.a or o.a == s.b
                                                                               or 0 < s.a - o.b <= 2 or 0 < o.a - s.b <= 2)]
        neighbour = max((topic_coverage.coverage(weights, o.text, "", verdicts, q.specificity) for o in neighbours), default=0.0)
        in_text, in_ctx, others = place_agreement(q, text, context)
        year_in, year_other = year_agreement(q, text)
        atype = answer_type(q, text)
        row = [
            sc.score, sc.score / top_rules, math.log1p(i), sc.coverage, own, passage, with_ctx,
            sc.factors.get("type", 1.0), sc.factors.get("place", 1.0), sc.factors.get("year", 1.0),
            math.log1p(s.hit_rank), shares[i], shares[i] / top_share,
            novel_share(q.text, text), math.log1p(len(text)), float(s.a == 0 or "\n" in s.chunk.text[max(s.a - 1, 0): s.a]),
            neighbour,
            float(has_figure(text)), unit_match(q, text), float(has_person(q, text)), float(has_date(text)),
            float(has_place(q, text)), enumerates(text),
            in_text, in_ctx, others, year_in, year_other,
            atype, float(bool(head) and any(h in text for h in head)), rests[i], rests[i] / top_rest,
        ]
        row += [float(q.kind == k) for k in KINDS]
        row += [atype * float(q.kind == k) for k in KINDS]
        rows.append(row)
    dense_rows = dense(similarities) if similarities is not None else [[math.nan] * len(DENSE)] * len(rows)
    return [row + extra for row, extra in zip(rows, dense_rows)]
