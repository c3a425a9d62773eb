"""A whole draft: its sentences (with offsets), whether each states a checkable fact, and
the claims each makes, each one its own verdict.

A sentence states a checkable fact when it gives a figure, a ranking, a date or year, or
says that a named person or place did or said something; a sentence that judges, hopes
or urges (令人振奋, 应当, 相信) without a figure is opinion or framing, not checked. A
sentence makes one claim per figure it gives, and one more for what it says beyond its
figures (an event, a ranking, a date, who said it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.check import role_reading, slots
from assistant.text.sentences import split_sentences
from assistant.text import places
from assistant.text import quantities
from assistant.text import words

# Judging, hoping, urging: a sentence with these and no figure is opinion, not fact.
OPINION_RE = re.compile(r"我认为|我们认为|笔者|在我看来|应当|应该|理应|必须|务必|不妨|值得|令人|可喜|可贵|难得|堪称|可谓|"
                        r"无疑|毫无疑问|显然|相信|希望|期待|但愿|难道|岂|非常|十分|极其|格外|多么|真正|最好|[？?！!]$")
PIECE_SPLIT = re.compile(r"(?<=[；;])")
CLAUSE_RE = re.compile(r"[^，,；;：:]+[，,；;：:]?")


@dataclass(frozen=True)
class Claim:
    """One thing a sentence asserts: `text` is what is checked, [start, end) its place in
    the draft."""

    text: str
    kind: str  # figure, statement, attribution, role
    start: int
    end: int
    figure: quantities.Quantity | None = None  # for a figure claim, its offsets are in `text`
    negated: bool = False
    query: str = ""  # what passages are retrieved with: the claim's whole piece of sentence


def sentences(draft: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the draft; a line end also ends a sentence."""
    out = []
    for m in re.finditer(r"[^\n]+", draft):
        for a, b in split_sentences(m.group()):
            out.append((m.start() + a, m.start() + b))
    return out


# 九届人大, 三次会议, 四次、五次全会: a number naming a session is an ordinal, not a count.
SESSION_RE = re.compile(r"届|次(?=(?:[、和及][一二三四五六七八九十\d]+次)*(?:会议|全会|大会))")


# 前7个月, 近三个月, 过去12个月: the period a figure is for, not a figure of its own
PERIOD_BEFORE_RE = re.compile(r"(?:前|近|过去|最近)$")


# 截至2020年12月31日, 2021年第三财季, 今年上半年: when a sentence's figures hold, which each
# figure's check compares already (figures.same_period); a statement of it alone would let
# another year's source refute a claim whose figure no source of its year decides
WHEN_RE = re.compile(r"(?:截至|截止|到|至|从|自)?(?:(?:19|20)\d\d年度?|[今去上明本]年度?|\d{1,2}月(?:\d{1,2}[日号])?份?"
                     r"|第?[一二三四1-4](?:季度|财季)|[上下]半年|前\d+个月|全年|年底|年末|(?:以来|为止|底|末))")


def figure_setting(rest: str) -> bool:
    """Is what a sentence says beside its figures only when they hold (截至2020年12月31日)?"""
    left = WHEN_RE.sub("", rest)
    return not (_substantive(left) or slots.ordinals(left) or slots.years(left) or slots.dates(left))


def figures(text: str) -> list[quantities.Quantity]:
    """Figures with a unit, not ordinals (第十名 is a ranking, 三次会议 a session), quoted labels, years, nor
    the span of months a figure is counted over (今年前7个月，…增长3.8%)."""
    ords = slots.ordinal_spans(text) + slots.label_spans(text)  # (“四个意识” is a label: slots.labels)
    return [f for f in quantities.find_quantities(text)
            if f.unit and not any(a <= f.start < b for a, b in ords) and not SESSION_RE.match(text, f.end - len(f.unit))
            and not (f.unit == "个月" and PERIOD_BEFORE_RE.search(text, 0, f.start))]


# CVT, HiPhi, LK-99: a word in Latin letters in a Chinese sentence names a model, brand or maker
LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")
NOUN_FLAGS = ("n", "nr", "ns", "nt", "nz", "eng")


def _substantive(text: str) -> bool:
    """Someone or something named does something, or is said to be something: a name or
    place, and a verb of its own or 是 with a noun after it (“某米”曾是宫廷贡米 states a fact
    as plainly as 某县举办了大会; 这是一份务实的报告 names nothing)."""
    tagged = words.tagged(text)
    named = bool(places.places(text)) or any(_is_name(w, flag) for w, flag in tagged) \
        or bool(places.LEVEL_RE.search(text)) or "《" in text or bool(slots.dates(text))
    # jieba's tags are rough (明显增强 comes out as a name): any verb or verbal noun other
    # than a copula, or a closing 了, makes a predicate.
    acts = any(flag in ("v", "vn") and w not in ("是", "有", "为") and w not in slots.NEGATORS for w, flag in tagged) \
        or bool(re.search(r"了[。！!]?$", text)) or _after_adverb(tagged)
    # 是 after a name, with a noun after it: what the named thing is (新时代是一个…时代 names nothing)
    copula = next((i for i, (w, _) in enumerate(tagged) if w == "是"), 0)
    identity = copula > 0 and any(_is_name(w, f) for w, f in tagged[:copula]) \
        and any(flag.startswith(NOUN_FLAGS) for _, flag in tagged[copula + 1 :])
    return named and (acts or identity)


def _after_adverb(tagged) -> bool:
    """Is a common noun written right after an adverb (正式亮相, 首次亮相: jieba tags 亮相 n)? An adverb
    modifies a predicate, so the word is one."""
    return any(flag in ("d", "ad") and w not in slots.NEGATORS and nxt in ("n", "vn")
               for (w, flag), (_, nxt) in zip(tagged, tagged[1:]))


def _is_name(word: str, flag: str) -> bool:
    return flag in ("nr", "ns", "nt", "nz") or (flag == "eng" and bool(LATIN_NAME_RE.fullmatch(word)))


def reason(text: str) -> str:
    """Why a sentence is (or is not) checkable: figure, ranking, date, attribution, role,
    event; opinion or framing when it is not."""
    if figures(text):
        return "figure"
    if OPINION_RE.search(text):
        return "opinion"
    if slots.ordinals(text):
        return "ranking"
    if slots.split_speaker(text)[0]:
        return "attribution"
    if role_reading.is_role_claim(text):
        return "role"
    if slots.dates(text) or slots.years(text):
        return "date" if _substantive(text) else "framing"
    return "event" if _substantive(text) else "framing"


def claims_of(draft: str, a: int, b: int) -> list[Claim]:
    """The claims of the sentence draft[a:b]: one per figure (the whole piece is checked,
    so its place and year travel with each figure), one for the rest when it states
    something checkable on its own. A piece is the sentence up to a semicolon."""
    out: list[Claim] = []
    sentence = draft[a:b]
    pos = 0
    for piece in PIECE_SPLIT.split(sentence):
        start = a + pos
        pos += len(piece)
        if not piece.strip():
            continue
        speaker, said = slots.split_speaker(piece)
        body = said if speaker else piece
        offset = piece.find(body) if speaker else 0
        clauses = [(m.start(), m.end()) for m in CLAUSE_RE.finditer(body)]
        found = figures(body)
        for f in found:
            ca, cb = next(((x, y) for x, y in clauses if x <= f.start < y), (0, len(body)))
            # only a negation before the figure denies it (没有达到100亿元); one after it says what
            # the counted things did not do (41户村民未实际种植)
            out.append(Claim(body, "figure", start + offset + ca, start + offset + cb, f,
                             slots.denies(body[ca:f.start]), piece.strip()))
        rest = "".join(body[x:y] for x, y in clauses if not any(x <= f.start < y for f in found)).strip("，,；; ")
        kind = reason(rest) if rest else "framing"
        if speaker:
            out.append(Claim(piece.strip(), "attribution", start, start + len(piece), None, slots.negated(body),
                             piece.strip()))
        elif kind == "role":
            out.append(Claim(rest, "role", start, start + len(piece), query=piece.strip()))
        elif kind in ("ranking", "date", "event") and (not found or len(rest) >= 8 and not figure_setting(rest)):
            out.append(Claim(rest, "statement", start, start + len(piece), None, slots.negated(rest), piece.strip()))
    return out
