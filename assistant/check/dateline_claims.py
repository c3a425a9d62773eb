"""A claim of where a news piece was filed (那篇评论是哈尔滨电, 这篇报道是从北京发出的, 电头是上海),
checked against the piece's dateline (新华社兰州1月13日电).

No sentence of the text states where it was filed, so the statement check finds no sentence
writing the claim and leaves it not_enough_info. The dateline is the piece's own line for it
(answer/datelines.py reads it for a question): the claim names the piece by its words (冰雪项目,
评论) and the agency (新华社); the article among the passages that writes every naming word and
opens with a dateline decides. The same place supports the claim, another refutes it; so does
the day, when the claim states one. An article not found whole, two that fit with different
datelines, or an agency other than the claim's: not decided.
"""

from __future__ import annotations

import re

from assistant.answer.article_names import naming_groups
from assistant.answer.datelines import DATELINE, HEAD, PIECE
from assistant.answer.evidence import Sentence
from assistant.answer.extractive import make_part
from assistant.answer.headings import article_chunks, matching
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import places

_PLACE = r"([\u4e00-\u9fff]{2,8}?)"
_DAY = r"(?:(\d{1,2})月(\d{1,2})日)?"
# 是哈尔滨电 / 是兰州1月13日电, 是从北京发出的, 电头是上海, 发自纽约: the place (and day) it was filed from
FILED_RE = re.compile(rf"(?:是|系|为)(?:从|在)?{_PLACE}{_DAY}(?:电|讯|(?:发出|发来|发回|播发|拍发)的)"
                      rf"|电头(?:是|为|写的是|写着){_PLACE}{_DAY}|发自{_PLACE}{_DAY}")
AGENCY_RE = re.compile(r"新华社|中新社|中新网|[\u4e00-\u9fff]{1,4}(?:社|网|报|台)")
DATELINE_AGENCY_RE = re.compile(r"^(?:新华社|中新社|中新网|[\u4e00-\u9fff]{1,4}?(?:社|网|报|台))")


def filed(claim: str) -> tuple[str, str, str] | None:
    """(the claimed place, its day or '', the claim without that) when the claim states where a piece
    it names was filed; None otherwise."""
    m = FILED_RE.search(claim)
    if not m or not PIECE.search(claim[: m.start()]):
        return None
    place, month, day = next((m.group(i), m.group(i + 1), m.group(i + 2)) for i in (1, 4, 7) if m.group(i))
    if not (places.places(place) or places.known_level(place)):
        return None
    return place, f"{int(month)}月{int(day)}日" if month else "", claim[: m.start()] + claim[m.end() :]


def _dateline(hits: list[Hit], source: str, article: int):
    for rank, chunk in article_chunks(hits, source, article):
        m = DATELINE.search(chunk.text[:HEAD])
        if m:
            return rank, chunk, m
    return None


def decide(text: str, hits: list[Hit]) -> Outcome | None:
    """The dateline's verdict on a claim of where (and when) a piece was filed, or None."""
    found = filed(text)
    if found is None or not hits:
        return None
    place, day, rest = found
    agency = AGENCY_RE.search(rest[: PIECE.search(rest).start()] if PIECE.search(rest) else rest)
    groups = [g for g in naming_groups(analyse(rest)) if not (agency and any(t in agency.group(0) for t in g))]
    lines = {}
    for hit in hits:
        chunk = matching(hit.chunk)
        key = (chunk.source, chunk.article)
        if key in lines:
            continue
        written = "\n".join(c.title + "\n" + c.text for _, c in article_chunks(hits, *key))
        opening = _dateline(hits, *key)
        if opening and groups and all(any(len(t) > 1 and t in written for t in g) for g in groups):
            lines[key] = opening
    said = {(m.group(1), f"{int(m.group(2)[:-1])}月{int(m.group(3))}日" if m.group(2) else "") for _, _, m in lines.values()}
    if len(said) != 1:
        return None  # no article of the piece named, or two with different datelines
    rank, chunk, m = next(iter(lines.values()))
    theirs = DATELINE_AGENCY_RE.match(m.group(0))
    if agency and (not theirs or theirs.group(0) != agency.group(0)):
        return None  # the claim names another agency: its piece is not this one
    their_place, their_day = next(iter(said))
    part = make_part(Sentence(rank, chunk, m.start(), m.end()), m.start(), m.end(), 1.0)
    if places.stem(their_place) != places.stem(place):
        return Outcome(REFUTED, [part], place, (their_place,), "place", 1.0)
    if day and their_day and day != their_day:
        return Outcome(REFUTED, [part], day, (their_day,), "date", 1.0)
    return Outcome(SUPPORTED, [part], place, (), "place", 1.0)
