"""Every version of an answer's value among the retrieved passages.

When a retrieved sentence gives another value for the thing the answer states
(`conflicts.compare`), the answer shows every version, each with its citations and its
sources' dates, sources that agree cited together: 资料说法不一：A [1][3]（2023年8月15日）；B [2].
When the answer step abstained or quoted another clause, the value the question's words
point at (`pointed_versions`) is compared instead: the sources' disagreement is the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import conflicts, figure_kind, spelled_apart, subject, values
from assistant.answer.durations import DAY_ASKED_RE
from assistant.answer.evidence import Sentence, sentences_of
from assistant.answer.citing import citations_for
from assistant.answer.extractive import Part, make_part
from assistant.query.question import PATTERNS_ZH, QUESTION_WORD_RE, Question
from assistant.records import Hit
from assistant.text import places, quantities, words

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


def find_versions(best: Part, hits: list[Hit], sim: conflicts.Similarity | None, kind: str = "",
                  only: values.Slot | None = None, q: Question | None = None) -> list[Version]:
    """[the best part's version, other versions...]; only the first when no retrieved sentence
    disagrees with it. A figure answer is compared on its figures, any other answer on all
    the values of its sentence (`only`: on that one value of it). With the question `q`,
    another sentence gives a version only when it passes the checks a draft passes
    (`subject.disagreement`: the place, year and name asked, the day or span asked; for a figure
    `figure_kind.disagreement`: the indicator and kind asked)."""
    whole = kind != "quantity"
    kinds = ("figure",) if kind == "quantity" else ("figure", "date", "name", "place", "org")
    anchors = [a for a in _statements(best.sentence, best.a, best.b, kinds) if only is None or a.slot.start == only.start]
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
                if any(conflicts.compare(a, b) == "conflict" for a in anchors) and not _vetoed(q, s, b):
                    _add(others, b, _clause_part(s, b.slot, best.score, False))
            continue
        if q is not None and subject.disagreement(q, s.chunk, *s.quote_span) is not None:
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
            if verdict == "conflict" and not _vetoed(q, s, b):
                _add(others, b, _clause_part(s, b.slot, best.score, whole))
                break
    return [mine] + others


def _vetoed(q: Question | None, s: Sentence, st: conflicts.Statement) -> bool:
    """Is another version's figure one the answer's checks would refuse (another indicator, kind or
    period than asked: a signed sum for an investment)? Each version is an answer of its own."""
    f = st.slot.quantity
    return q is not None and q.kind == "quantity" and f is not None and bool(figure_kind.disagreement(q, s.text, f))


SIDE = 8  # characters of the question on each side of its asking phrase that say where the value stands
MIN_POINTED = 0.5  # share of those sides' character pairs found beside a value: the question asks for it
MIN_COVERED = 0.5  # share of the question's character pairs its sentence must hold
CANDIDATES = 3  # values tried, best pointed first
TWIN = 0.6  # share of a sentence's character pairs another source's sentence must share to be its copy
BARE = 6  # characters besides the value below which its clause does not say what the value is


def _pointing(question: str, asks: re.Match, unit: str, text: str, slot: values.Slot) -> float:
    """How well the question's words around its asking phrase stand around `slot` in
    `text`: 负债率多少，投资收益… points at 负债率38.4% and not at 投资收益149.23万元."""
    before = question[: asks.start()][-SIDE:]
    after = question[asks.end() :]
    after = (after[len(unit) :] if unit and after.startswith(unit) else after).rstrip("？?。！! ")[:SIDE]
    sides = [(words.bigrams(before), words.bigrams(text[max(0, slot.start - SIDE - 4) : slot.start])),
             (words.bigrams(after), words.bigrams(text[slot.end : slot.end + SIDE + 4]))]
    total = sum(len(q) for q, _ in sides)
    return sum(len(q & t) for q, t in sides) / total if total else 0.0


def _other_scope(q: Question, text: str) -> bool:
    """Does the sentence itself state other years, or other places, than the question
    names? Its versions would answer another question (2022's figure for 2023's). Read
    from the sentence alone: the question's blank (谁医院, 哪里公司) is no name to check."""
    stated = quantities.years(text)
    if q.years and stated and not (set(q.years) & stated):
        return True
    named = {places.stem(p) for p in places.places(text)}
    asked = {places.stem(p) for p in q.places}
    return bool(asked and named) and not any(a in n or n in a for a in asked for n in named)


def pointed_versions(q: Question, hits: list[Hit], sim: conflicts.Similarity | None) -> list[Version]:
    """Every version of the value the question's words point at, when retrieved sources
    disagree on it; [] when none do. The answer step may have abstained or quoted another
    clause (another figure of the sentence, the role beside the name asked): where the
    question restates its sentence, the place of its asking phrase says which value it
    asks for, and that value is compared across the passages."""
    pattern = dict(PATTERNS_ZH).get(q.kind)
    if q.english or q.parts or not pattern:
        return []
    kinds = _asked_kinds(q)
    grams = words.bigrams(QUESTION_WORD_RE.sub("", q.text))
    sentences: dict = {}
    for s in sentences_of(hits):
        sentences.setdefault(_key(s), (s, words.bigrams(s.text)))  # a sentence in two chunks: the best-ranked
    scored = []
    for s, mine in sentences.values():
        if len(grams & mine) < MIN_COVERED * len(grams) or _other_scope(q, s.text):
            continue
        if subject.disagreement(q, s.chunk, *s.quote_span) is not None:
            continue  # the checks a draft passes: its place, year, name, the day or span asked
        if not any(o.chunk.source != s.chunk.source and len(mine & theirs) >= TWIN * len(mine)
                   for o, theirs in sentences.values()):
            continue  # no other source tells it nearly alike (a paraphrase is the answer's own check)
        for slot in values.slots(s.text):
            if slot.kind in kinds and not (slot.quantity and q.kind == "quantity"
                                           and figure_kind.disagreement(q, s.text, slot.quantity)):
                point = max((_pointing(q.text, m, q.unit_text, s.text, slot) for m in re.finditer(pattern, q.text)), default=0.0)
                if point >= MIN_POINTED:
                    scored.append((point, s, slot))
    scored.sort(key=lambda x: -x[0])
    for point, s, slot in scored[:CANDIDATES]:
        ca, cb = values.clause_of(s.text, slot)
        bare = cb - ca - (slot.end - slot.start) < BARE  # 1.50亿元、2.02亿元: the sentence says what it is
        kind = "" if bare else q.kind
        found = find_versions(_clause_part(s, slot, point, kind != "quantity"), hits, sim, kind, only=slot, q=q)
        if len(found) > 1:
            return found
    return []


def _asked_kinds(q: Question) -> tuple[str, ...]:
    """The kinds of value that answer the question: a day for 哪一天, a date or a year for
    another time question, a figure for 多少, a name for 谁, a place for 哪里; any value for
    the other kinds (a list, a reason, yes or no may turn on any of them)."""
    if q.kind == "time":
        return ("date",) if DAY_ASKED_RE.search(q.text) else ("date", "year")
    return {"quantity": ("figure",), "person": ("name",), "place": ("place",)}.get(
        q.kind, ("figure", "date", "year", "name", "place", "org"))


def answer_versions(q: Question, drafts: list, hits: list[Hit], sim: conflicts.Similarity | None,
                    answered: bool) -> list[Version]:
    """The versions an answer shows: of the answer's own value, else of the value the
    question points at (also when the answer step abstained: the sources' disagreement is
    then the answer), else of the phrase two places spell apart. One version or none: no dispute."""
    found = []
    if answered and len(drafts) == 1 and drafts[0].parts:
        part, kind = _said(drafts[0].parts[0], drafts[0].kind)
        found = find_versions(part, hits, sim, kind, q=q)
    found = found if len(found) > 1 else pointed_versions(q, hits, sim) or found
    # 甲乙精工 / 甲乙精密: the sources differ in how they write a name, not in a value
    return found if len(found) > 1 else [Version([p]) for p in spelled_apart.spelled_parts(q, drafts, hits, answered)] or found


def _said(part: Part, kind: str) -> tuple[Part, str]:
    """The answer's part and kind, or its whole sentence and no kind when the part is figures
    only (1.50亿元、2.02亿元 of a list whose first clause says what they are): then every
    version is shown with its sentence, as `pointed_versions` shows a bare value."""
    rest = part.sentence.chunk.text[part.a : part.b]
    for f in quantities.find_quantities(rest):
        rest = rest.replace(f.text, "")
    if re.search(r"[\u4e00-\u9fff]", rest):  # 财务费用12.5万元 says what it is
        return part, kind
    return make_part(part.sentence, part.sentence.a, part.sentence.b, part.score), ""


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
