"""Every version of an answer's value among the retrieved passages.

When a retrieved sentence gives another value for the thing the answer states
(`conflicts.compare`), the answer shows every version, each with its citations and its
sources' dates, sources that agree cited together: 资料说法不一：A [1][3]（2023年8月15日）；B [2].
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer import conflicts, values
from assistant.answer.evidence import Sentence, sentences_of
from assistant.answer.extractive import Part, citations_for, make_part
from assistant.records import Hit
from assistant.text import words

MIN_SHARED = 0.3  # share of the answer sentence's character pairs a candidate must have to be aligned


@dataclass
class Version:
    parts: list[Part]  # the sentences giving this value; the first is shown
    statement: conflicts.Statement | None = None  # the value, as its first sentence gives it

    @property
    def shown(self) -> Part:
        return self.parts[0]


def _key(s: Sentence) -> tuple:
    span = s.chunk.original_span(*s.quote_span)
    return s.chunk.source, span.start


def _statements(s: Sentence, a: int, b: int, kinds, against: str = "") -> list[conflicts.Statement]:
    """Values of sentence `s` that stand inside chunk.text[a:b] (with those an alignment
    against a near-duplicate sentence finds, `conflicts.statements`)."""
    text = s.chunk.text[s.a : s.b]
    names = values.context_names(f"{s.chunk.title}\n{s.chunk.text}")
    return [st for st in conflicts.statements(text, s.chunk.subject, s.chunk.year, s, kinds, s.chunk.source, names, against)
            if st.slot.start >= a - s.a and st.slot.end <= b - s.a]


def _clause_part(s: Sentence, slot: values.Slot, score: float, whole: bool) -> Part:
    if whole:
        return make_part(s, s.a, s.b, score)
    ca, cb = values.clause_of(s.text, slot)
    return make_part(s, s.a + ca, s.a + cb, score)


def find_versions(best: Part, hits: list[Hit], sim: conflicts.Similarity | None, kind: str = "") -> list[Version]:
    """[the best part's version, other versions...]; only the first when no retrieved sentence
    disagrees with it. A figure answer is compared on its figures, any other answer on all
    the values of its sentence."""
    whole = kind != "quantity"
    kinds = ("figure",) if kind == "quantity" else ("figure", "date", "name", "place", "org")
    anchors = _statements(best.sentence, best.a, best.b, kinds)
    mine = Version([best], anchors[0] if anchors else None)
    if not anchors:
        return [mine]
    grams = words.bigrams(best.sentence.text)
    seen: set = set()
    others: list[Version] = []
    for s in [best.sentence] + sentences_of(hits):
        if _key(s) in seen:
            continue
        seen.add(_key(s))
        if s is best.sentence:  # its other clauses: the same clause twice with two values
            for b in _statements(s, s.a, s.b, ("figure",)):
                if any(a.slot.start == b.slot.start for a in anchors):
                    continue
                if any(conflicts.compare(a, b) == "conflict" for a in anchors):
                    _add(others, b, _clause_part(s, b.slot, best.score, False))
            continue
        shared = len(grams & words.bigrams(s.text)) / max(len(grams), 1)
        figures_only = shared < MIN_SHARED  # far apart: only a paraphrased figure can match
        if figures_only and not any(a.slot.kind == "figure" for a in anchors):
            continue
        for b in _statements(s, s.a, s.b, ("figure",) if figures_only else kinds, "" if figures_only else anchors[0].text):
            verdict = next((v for a in anchors for v in [conflicts.compare(a, b, sim)] if v), "")
            if verdict == "agree":
                mine.parts.append(_clause_part(s, b.slot, best.score, whole))
                break
            if verdict == "conflict":
                _add(others, b, _clause_part(s, b.slot, best.score, whole))
                break
    return [mine] + others


def _add(others: list[Version], st: conflicts.Statement, part: Part) -> None:
    """Into the version giving the same value, or a new one."""
    home = next((v for v in others if _agrees(v, st)), None)
    if home:
        home.parts.append(part)
    else:
        others.append(Version([part], st))


def _agrees(version: Version, st: conflicts.Statement) -> bool:
    mine = version.statement
    return mine is not None and bool(values.same_value(mine.slot, st.slot, mine.text, st.text))


def chinese_date(iso: str) -> str:
    """2023-08-15 -> 2023年8月15日 (a form the figure check does not read as a figure)."""
    try:
        y, m, d = (int(x) for x in iso[:10].split("-"))
    except ValueError:
        return ""
    return f"{y}年{m}月{d}日"


def render(found: list[Version], english: bool, dates: dict[str, str] | None = None):
    """(citations, text, pieces) of an answer showing every version: the sources behind a
    version are cited together, each version with its newest source's date; versions from
    newer sources first."""
    dates = dates or {}

    def newest(v: Version) -> str:
        return max((dates.get(p.sentence.chunk.source, "") for p in v.parts), default="")

    ordered = [found[0]] + sorted(found[1:], key=newest, reverse=True)
    if any(newest(v) for v in ordered):
        ordered = sorted(ordered, key=newest, reverse=True)
    flat = [p for v in ordered for p in v.parts]
    cites, nums = citations_for(flat)
    pieces, chunks, i = [], [], 0
    for v in ordered:
        ns = list(dict.fromkeys(nums[i : i + len(v.parts)]))
        i += len(v.parts)
        shown = v.shown.sentence.chunk.text[v.shown.a : v.shown.b].replace("\n", " ")
        day = chinese_date(newest(v))
        agree = ""
        if len(ns) > 1:
            agree = f" ({len(ns)} sources agree)" if english else f"（{len(ns)}个来源一致）"
        when = f"（{day}）" if day else ""
        chunks.append(f"{shown} {''.join(f'[{n}]' for n in ns)}{when}{agree}")
        pieces.append((shown, ns[0]))
    lead = "The sources give different figures: " if english else "资料说法不一："
    return cites, lead + "；".join(chunks), tuple(pieces)
