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
from assistant.answer.datelines import PIECE, opening
from assistant.answer.extractive import make_part
from assistant.answer.headings import article_chunks, matching
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import places, words

# 哈尔滨, 兰州1月13日, 1月15日兰州: where (and when) the claim says it was filed, up to a clause's end or 电/发出
_WHERE = r"([\u4e00-\u9fff\d]{2,14}?)"
_END = r"(?=[，,。；;！!]|$)"
# 是哈尔滨电 / 是兰州1月13日电, 是从北京发出的, 电头是上海, 发自纽约: the place (and day) it was filed from
FILED_RE = re.compile(rf"(?:是|系|为)(?:从|在)?{_WHERE}(?:电|讯|(?:发出|发来|发回|播发|拍发)的)"
                      rf"|电头(?:是|为|写的是|写着){_WHERE}(?:电|讯)?{_END}|发自{_WHERE}{_END}")
DAY_RE = re.compile(r"(\d{1,2})月(\d{1,2})日")
# 新华社, 中新社, 中新网, 人民日报: who filed it, a claim's word ending so that jieba reads as a name or noun
AGENCY_ENDS = "社网报台"
AGENCY_FLAGS = ("nt", "nz", "n", "j")


def filed(claim: str) -> tuple[str, str, str] | None:
    """(the claimed place, its day or '', the claim without that) when the claim states where a piece
    it names was filed; None otherwise."""
    m = FILED_RE.search(claim)
    if not m or not PIECE.search(claim[: m.start()]):
        return None
    where = next(g for g in m.groups() if g)
    day = DAY_RE.search(where)
    place = DAY_RE.sub("", where)
    agency = AGENCY_LEAD_RE.match(place)  # 电头是新华社哈尔滨电: the agency before the place
    if agency and _a_place(place[agency.end() :]):
        place = place[agency.end() :]
    if not _a_place(place) or any(c.isdigit() for c in place):
        return None
    return place, _day(day.group(1), day.group(2)) if day else "", claim[: m.start()] + claim[m.end() :]


AGENCY_LEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?[社网报台](?=[\u4e00-\u9fff]{2})")


def _a_place(name: str) -> bool:
    return bool(places.places(name) or places.known_level(name))


def _day(month: str, day: str) -> str:
    """3月2日 however written (03月02日): the claim's day and the dateline's compare so."""
    return f"{int(month)}月{int(day)}日"


def _agencies(text: str) -> list[str]:
    return [w for w, flag in words.tagged(text) if len(w) >= 2 and w[-1] in AGENCY_ENDS and flag.startswith(AGENCY_FLAGS)]


def decide(text: str, hits: list[Hit]) -> Outcome | None:
    """The dateline's verdict on a claim of where (and when) a piece was filed, or None."""
    found = filed(text)
    if found is None or not hits:
        return None
    place, day, rest = found
    agencies = _agencies(rest)
    groups = [g for g in naming_groups(analyse(rest)) if not any(t in a for t in g for a in agencies)]
    if not groups:
        return None  # the claim names its piece by no word: no article can be told to be it
    lines, seen = {}, set()
    for hit in hits:  # each article once, however many of its passages were retrieved
        chunk = matching(hit.chunk)
        key = (chunk.source, chunk.article)
        if key in seen:
            continue
        seen.add(key)
        line = opening(hits, *key)
        if line is None:
            continue
        written = "\n".join(c.title + "\n" + c.text for _, c in article_chunks(hits, *key))
        if all(any(len(t) > 1 and t in written for t in g) for g in groups):
            lines[key] = line
    said = {(m.group(1), _day(m.group(2)[:-1], m.group(3)) if m.group(2) else "") for _, m in lines.values()}
    if len(said) != 1:
        return None  # no article of the piece named, or two with different datelines
    sentence, m = next(iter(lines.values()))
    if agencies and not any(a in m.group(0) for a in agencies):
        return None  # the claim names another agency: its piece is not this one
    their_place, their_day = next(iter(said))
    part = make_part(sentence, sentence.a, sentence.b, 1.0)
    if places.stem(their_place) != places.stem(place):
        return Outcome(REFUTED, [part], place, (their_place,), "place", 1.0)
    if day and their_day and day != their_day:
        return Outcome(REFUTED, [part], day, (their_day,), "date", 1.0)
    return Outcome(SUPPORTED, [part], place, (), "place", 1.0)
