"""Checking a generated answer against the passages it was given: every number of each
sentence there, attached to what the sentence says it measures, and its citations right."""

from __future__ import annotations

import re

from assistant.answer import subject
from assistant.query.question import Question, analyse
from assistant.records import Hit
from assistant.text import quantities
from assistant.text.sentences import CLAUSE_MARKS, split_sentences
from assistant.text.words import content_words, match, normalise
from assistant.text.years import sentence_years

SENTINEL = "资料中没有答案。"  # what the prompt tells the model to say when the passages do not answer
MARKER_RE = re.compile(r"[\[【](\d+(?:\s*[,，、]\s*\d+)*)[\]】]")


def cited_numbers(text: str) -> list[int]:
    """[1] [2,3] 【4】 -> 1, 2, 3, 4."""
    return [int(n) for m in MARKER_RE.finditer(text) for n in re.split(r"\s*[,，、]\s*", m.group(1))]


def numeric_tokens(text: str) -> list[str]:
    """Every number a sentence states, years and dates included: figures as written, then
    any other run of digits (2024年, 1月9日)."""
    found = [f.text for f in quantities.find_quantities(text)]
    rest = text
    for f in found:
        rest = rest.replace(f, " ")
    found += re.findall(r"\d+(?:\.\d+)?%?", rest)
    return found


def core(figure: str) -> str:
    """A figure as a source would write it: normalised, its hedge (以上, 左右) dropped."""
    return quantities.without_qualifier(normalise(figure))


SEGMENT_RE = re.compile(f"[{CLAUSE_MARKS}]|和|与|及|以及")


def _figure_attached(claim: str, figure: str, source: str) -> bool:
    """10万吨再生铝和6万吨铝箔: a figure backs a claim only where the source attaches it to
    something the claim also names (再生铝), not merely somewhere in the sentence."""
    terms = [t for t in content_words(claim) if len(t) >= 2 and not re.search(r"\d", t)]
    if not terms:
        return True
    written = core(figure)
    for m in re.finditer(re.escape(written), source):
        left = SEGMENT_RE.split(source[: m.start()])[-1]
        right = SEGMENT_RE.split(source[m.end():])[0].split("等")[0]
        if any(match(t, left + right) >= 0.6 for t in terms):
            return True
    return False


def _backs(claim: str, hit: Hit, a: int, b: int, asked_years: set[str]) -> bool:
    """Does sentence text[a:b] of a passage back a generated sentence: every number of it
    there and attached to what the claim says it measures, and most of its topic words
    there or in the article's title? A year the question itself names may stand in the
    sentence's context (2023年，… 增长41%); any other year must be in the sentence."""
    source = normalise(hit.chunk.text[a:b])
    in_force = sentence_years(hit.chunk, a, b)
    for n in numeric_tokens(claim):
        if core(n) in source or (n in asked_years and n in in_force):
            continue
        return False
    if any(not _figure_attached(claim, f.text, source) for f in quantities.find_quantities(claim) if f.unit):
        return False
    terms = [t for t in content_words(claim) if not re.fullmatch(r"[\d.%]+", t)]
    if not terms:
        return True
    context = source + normalise(hit.chunk.title)
    return sum(match(t, context) for t in terms) / len(terms) >= 0.5


def _support(claim: str, hit: Hit, asked_years: set[str], asked: Question | None = None) -> tuple[int, int] | None:
    """The first sentence of the passage that backs the claim and is about what was asked
    (the question's place, year, person, organisation) and what the claim itself names."""
    said = analyse(claim)
    for a, b in split_sentences(hit.chunk.text):
        if not _backs(claim, hit, a, b, asked_years):
            continue
        if asked is not None and subject.disagreement(asked, hit.chunk, a, b) is not None:
            continue
        if subject.place_disagreement(said, hit.chunk, a, b) is not None:
            continue
        return a, b
    return None


def verify(text: str, hits: list[Hit], question: str = "") -> dict:
    """Check a generated answer against the passages it was given.

    Citation numbers not given are dropped. Each sentence must be backed by one sentence
    of a passage it cites: every number of it there (years and dates too) and most of its
    topic words, and that sentence about the question's subject (answer/subject.py: a
    district's figure does not back an answer about its city); failing that it is re-cited
    to a passage that backs it, else it is reported unverified, with its quantities.
    """
    k = len(hits)
    q = analyse(question) if question.strip() else None
    report = {"dropped_citations": [], "recited": [], "unverified": [], "parts": []}
    if SENTINEL.rstrip("。") in text:
        report["sentinel"] = True
        return report
    for a, b in split_sentences(text):
        sentence = text[a:b]
        cited = []
        for n in cited_numbers(sentence):
            (cited if 1 <= n <= k else report["dropped_citations"]).append(n)
        clean = MARKER_RE.sub("", sentence).strip()
        if not clean or not re.search(r"\w", clean):
            continue
        asked = set(re.findall(r"(?:19|20)\d\d", question))
        backing = [(n, span) for n in dict.fromkeys(cited) if (span := _support(clean, hits[n - 1], asked, q))]
        if not backing:
            other = next(((n, span) for n in range(1, k + 1) if n not in cited
                          and (span := _support(clean, hits[n - 1], asked, q))), None)
            if other:
                backing = [other]
                report["recited"].append({"sentence": clean, "passage": other[0]})
        if not backing:
            report["unverified"].extend(numeric_tokens(clean) or [clean])
            continue
        for n, span in backing:
            report["parts"].append((clean, n, span))
    return report
