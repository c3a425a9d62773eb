"""The two figures a disputed question asks for when they are of different measures.

A question may say that two sources disagree and ask each one's figure (报告和县长的说法对不上，
各给的是多少). When the sources truly give two values of one measure, `versions` shows both. Often
they give two measures of one thing: 确保年内完成投资100亿元以上 (this year's target) and 总投资64亿元
(the project's total). `conflicts.compare` rightly calls that no conflict, and the answer used to be
refused, though the question asks exactly for those two figures. The sources are quoted side by side
as two figures of different measures, each sentence saying which, never as one value contradicted:
the reader sees they need not be reconciled.

Both figures must be of what the question names: each sentence writes the question's words for
the thing (天楹, 风光, 储氢, …), and the figure's own clause writes the measure asked (投资, 签约额)
before it; the two come from different sources, in the same unit, with different values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer.evidence import Sentence, sentences_of
from assistant.answer.extractive import Part, make_part
from assistant.query import framing
from assistant.query.question import Question
from assistant.records import Hit
from assistant.retrieve import other_versions
from assistant.text import places, quantities, words
from assistant.text.sentences import clause_at, split_clauses

MIN_SHARED = 3  # question words both sentences write, the measure among them: one thing spoken of
HEADING = "两处的数字不是同一口径（各指不同的量）"


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    figure: quantities.Quantity
    unit: str
    said: frozenset[str]  # the question's words the sentence writes
    measures: frozenset[str]  # the question's words naming the figure in its own clause
    score: tuple[int, int]
    pieces: frozenset[str] = frozenset()  # runs of the question's characters it writes (other_versions.shared_pieces)


# 今年投进去多少, 总共投多少: the verb asked with 多少 names the measure by its first character (投资);
# not a verb of having or being (有多少, 是多少), which names none
ASKED_VERB_RE = re.compile(r"([\u4e00-\u9fff])(?:进去|出去|了)?多少")
NO_MEASURE = "有是为达占约共少多"


def _topic_words(q: Question) -> list[str]:
    """The question's words for the thing and the measure: not its frame (对不上, 各给, 数字)."""
    verbs = [v for v in ASKED_VERB_RE.findall(q.text) if v not in NO_MEASURE]
    return [t for t in q.terms if len(t) >= 2 and not framing.frame_word(t, q.text, asks_figure=True)] + verbs


NAMED_RUN = 5  # characters of the question a sentence writes in one piece: the thing's name (产业大会 is no name)


def _names_thing(q: Question, text: str) -> bool:
    """Does `text` write a run of NAMED_RUN or more Chinese characters of the question (青禾风电制氢), or the
    question's words the dictionary lacks (names: 白楹 and 碳氨醇 of 白楹那个碳氨醇工程) of as many characters?"""
    runs = re.findall(r"[\u4e00-\u9fff]{%d,}" % NAMED_RUN, q.text)
    if any(run[k : k + NAMED_RUN] in text for run in runs for k in range(len(run) - NAMED_RUN + 1)):
        return True
    return sum(len(t) for t in set(q.terms) if len(t) >= 2 and t in text and not words.in_dictionary(t)) >= NAMED_RUN


# 投资额, 签约数, 产量: a measure named by its activity and a noun for the amount; a figure's clause
# writes the activity alone before it (完成投资100亿元, 签约160亿元)
AMOUNT_NOUNS = "额数量"


def _measured(term: str, lead: str) -> str:
    """How a figure's clause writes the measure `term` (the term, or its activity without 额/数),
    or "" when it does not."""
    if term in lead:
        return term
    stem = term[:-1]
    return stem if len(stem) >= 2 and term[-1] in AMOUNT_NOUNS and stem in lead else ""


def _candidates(q: Question, s: Sentence, topic: list[str], asked: str = "") -> list[Candidate]:
    said = frozenset(t for t in topic if len(t) >= 2 and t in s.text)
    # read by characters too: a name jieba cut in the question (核对时引白楹工程: 引白|楹) is still written
    pieces = frozenset(other_versions.shared_pieces(asked, s.text)) if asked else frozenset()
    clauses = split_clauses(s.text)
    out = []
    for f in quantities.find_quantities(s.text):
        unit = quantities.in_common_unit(f).unit
        if not unit or unit in ("%", "年", "个百分点") or f.change:
            continue
        a, b = clause_at(clauses, f.start, len(s.text))
        lead = s.text[a : f.start]
        measures = [t for t in topic if (m := _measured(t, lead)) and lead.rfind(m) + len(m) >= len(lead) - 4]
        if not measures:
            continue  # the clause does not name its figure by the measure asked
        own = sum(t in s.text[a:b] for t in topic)
        out.append(Candidate(s, f, unit, said, frozenset(measures), (len(said), own), pieces))
    return out


# 甲县长说的, 乙市委书记讲的: a place in a source's post says who said it, not where the thing is
POST_AFTER_PLACE = r"(?=[省市县区]?(?:长|委?书记|主任|人大代表|代表))"


def _without_posts(q: Question) -> Question:
    """The question with the places that only name a source's post (报告和甲县长讲的有出入) taken out of it."""
    text = q.text
    for p in sorted(set(q.places) | set(places.named(q.text)), key=len, reverse=True):
        text = re.sub(re.escape(p) + POST_AFTER_PLACE, "", text)
    return q if text == q.text else replace(q, text=text, places=tuple(p for p in q.places if p in text))


def pairs(q: Question, hits: list[Hit]) -> list[Part]:
    """[part of source one, part of source two] or []: the question says its sources disagree and
    asks a figure; two sources' sentences about what it names give the measure asked in one
    unit, with different values."""
    if q.kind != "quantity" or q.english or not framing.disputed(q.text):
        return []
    from assistant.answer import subject

    topic, sentences = _topic_words(q), sentences_of(hits)
    asked = subject.with_articles(_without_posts(q), sentences)
    # 东丰那场梅花鹿大会: a sentence of another place's article is not one of the two, unless it names the thing as
    # the question does (风光储氢氨醇 in the city's report, the county head asked beside it)
    found = {(c.sentence.chunk.source, c.figure.start, c.sentence.text): c for s in sentences
             if _names_thing(q, s.text) or subject.answer_disagreement(asked, s.chunk, *s.quote_span) is None
             for c in _candidates(q, s, topic, other_versions.asked_text(q))}
    ranked = sorted(found.values(), key=lambda c: c.score, reverse=True)
    for i, x in enumerate(ranked):
        for y in ranked[i + 1 :]:
            shared = (x.said & y.said) | (x.pieces & y.pieces)
            if (x.sentence.chunk.source != y.sentence.chunk.source and x.unit == y.unit
                    and x.measures & y.measures and len(shared) >= MIN_SHARED
                    and quantities.in_common_unit(x.figure).value != quantities.in_common_unit(y.figure).value):
                return [make_part(c.sentence, c.sentence.a, c.sentence.b, 1.0) for c in (x, y)]
    return []


def render(pieces: tuple[tuple[str, int], ...]) -> str:
    """The answer's text: the heading, then each source's sentence with its citation number. Chinese
    only: `pairs` reads no English question."""
    return HEADING + "：" + "；".join(f"{text} [{n}]" for text, n in pieces)
