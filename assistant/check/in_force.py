"""Which company a sentence speaks for when it names none: the one its article is about.

A company report's sentence 美洲区实现收入7440.50万元 names no company; the article's
company is in force for it as the place named before a sentence is (answer/subject.py reads
places so, not companies). A company whose name holds place names (长安福特) is one name,
not the places 长安 and 福特. A sentence naming a company or person of its own stays its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer import subject
from assistant.query.question import Question
from assistant.records import Hit
from assistant.text import places

YEAR_RE = re.compile(r"((?:19|20)\d\d)年")  # a year as written (check/other_year.py reads whose figure is whose)


def bodies(text: str) -> set[str]:
    """The people and organisations a text names (its places are the place check's)."""
    from assistant.answer.values import slots as named

    return {x.text for x in named(text) if x.kind in ("name", "org")}


def passage_before(s, hits: list[Hit]) -> str:
    """What the retrieved passages of the sentence's article say before it, in order."""
    chunk = s.chunk
    earlier = sorted({h.chunk.start: h.chunk.text for h in hits if h.chunk.source == chunk.source
                      and h.chunk.article == chunk.article and h.chunk.start < chunk.start}.items())
    return "\n".join([chunk.title, *(t for _, t in earlier), chunk.text[: s.quote_span[0]]])


def name_in_force(claim: str, asked: str, before: str) -> str:
    """The name of the claim holding `asked` that the passage before a sentence writes whole,
    and names at least as often as any other company or person: what the article is about
    (华大智造, for a sentence 美洲区实现收入… naming none; 长安福特, not the places 长安 and
    福特); '' if none."""
    at = claim.find(asked)
    if at < 0:
        return ""
    found = ""
    for start in range(max(0, at - 6), at + 1):
        for end in range(at + len(asked), min(len(claim), start + 8) + 1):
            name = claim[start:end]
            if len(name) > len(found) and name in before and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", name):
                found = name
    if not found or places.named(found) or (places.level_of(found) and places.places(found) == (found,)):
        return ""  # a place (高新区) in force is the place check's, which reads it so already
    others = [b for b in rivals(found, before) - rivals(found, claim) if b not in found and found not in b]
    return "" if any(before.count(b) > before.count(found) for b in others) else found


def rivals(name: str, text: str) -> set[str]:
    """Who else a text names that it may be about instead of `name`. For a company or an
    institution, the organisations it names: a person quoted in its article (王东明 of 紫金山实验室)
    speaks for it, and jieba tags words such as 普通, 恒温 or 飞速发展 as names (nz). For a
    person, every person and organisation."""
    from assistant.answer.organisations import organisations
    from assistant.answer.values import person_like

    return bodies(text) if person_like(name, known=True) else set(organisations(text))


# 该公司, 这三家公司, 该集团: a sentence naming its company by a pronoun speaks for the company
# its article is about, which the subject check reads as another qualifier or organisation
ANAPHOR_RE = re.compile(r"(?:该|这|此|其)(?:[一二两三四五六七八九十\d]+[家个])?(?:公司|集团|企业|银行|品牌|车企)")


# Lucid, Tesla, Apple: a name in Latin letters (not GDP, 5G, Q2: measures and codes)
LATIN_NAME_RE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")


def latin_unnamed(claim: str, s, hits: list[Hit]) -> bool:
    """Does the claim name someone in Latin letters (Lucid) whom neither the sentence nor its
    article before it names? The subject check reads no Latin name, and the name reader
    no 理想汽车, so 理想汽车今年第二季度的交付量达到86533辆 supported a claim about Lucid."""
    said = (passage_before(s, hits) + s.text).lower()
    return any(n.lower() not in said for n in LATIN_NAME_RE.findall(claim))


def agreement(about: Question, s, hits: list[Hit]) -> str | None:
    """'' when the sentence is about the claim's subject; the claim's company when it is once
    that company, named before it in its article, is read as in force (answer/subject.py
    reads places so, not companies); None when it is about something else."""
    if latin_unnamed(about.text, s, hits):
        return None
    found = subject.disagreement(about, s.chunk, *s.quote_span)
    if found is not None and found.kind == "year" and about.years & set(YEAR_RE.findall(s.text)):
        # the sentence writes the claim's year beside its own: its figures of that year may decide
        found = subject.disagreement(replace(about, years=frozenset()), s.chunk, *s.quote_span)
    if found is None or (found.kind == "ordinal" and same_session(about.text, s, [h.chunk for h in hits])):
        return ""
    if found.kind in ("qualifier", "organisation") and ANAPHOR_RE.search(s.text) and not bodies(s.text):
        for body in sorted(bodies(about.text), key=len, reverse=True):
            name = name_in_force(about.text, body, passage_before(s, hits))
            if name and subject.disagreement(without(about, name), s.chunk, *s.quote_span) is None:
                return name
    if found.kind not in ("place", "name", "organisation") or bodies(s.text) - bodies(about.text):
        return None  # the sentence names a company or person of its own
    name = name_in_force(about.text, found.asked, passage_before(s, hits))
    return name if name and subject.disagreement(without(about, name), s.chunk, *s.quote_span) is None else None


def article_of(s, chunks) -> str:
    """The sentence's article as retrieved: its title and its chunks among `chunks`."""
    return " ".join([s.chunk.title, s.chunk.text] + [c.text for c in chunks if c.source == s.chunk.source
                                                     and c.article == s.chunk.article and c.id != s.chunk.id])


def same_session(claim: str, s, chunks) -> bool:
    """Is the sentence's 本届 the session the claim names (第四届, by its article: series.this_session)?"""
    from assistant.check import series, slots

    theirs = series.this_session(s.text, article_of(s, chunks))
    return theirs != s.text and any(o.value == c.value and o.unit == c.unit for c in slots.ordinals(claim)
                                    for o in slots.ordinals(theirs))


def without(q: Question, name: str) -> Question:
    """The claim read with a company in force left out: its words are no terms, the places
    inside it (长安 and 福特 of 长安福特) no places."""
    return replace(q, text=q.text.replace(name, ""), places=tuple(p for p in q.places if p not in name),
                   terms=tuple(t for t in q.terms if t not in name))
