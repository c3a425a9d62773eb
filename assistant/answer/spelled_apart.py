"""Two places writing one thing a character apart (甲乙精工 / 甲乙精密, 推动百座粮仓 / 推动百座粮舱).

A question saying its sources differ (写法不一致, 各写作什么) may ask about wording, not a figure: a
name or a term one place spells with another character. The figure-based comparison
(`conflicts.compare`) sees no value there, so the answer would quote one side only. Here the
answer's sentence is set against the other retrieved sentences: one that writes the same words
around one other character (no digit, no numeral, not inside a place name) gives the other
version, when the question names the words beside it (the thing whose writing it asks) and the
two stand in two pieces (two files, or two articles of one: a report and an interview); lines of
one article alike but for a word are parallel statements (强化甲建设。强化乙建设。).
When the answer step quoted nothing, a sentence of the first passages and its other spelling in
any passage are the answer: the question writes one spelling, so the other often ranks lower.
Only a question saying its sources differ is read: any other gets one answer as before. One quoting the
part of a name both pieces write (那个“甲乙”项目) may find names differing by more than a character after it
(甲乙公园 / 甲乙文化园, `quoted_apart`): the answer quoting one only would show one side as the whole truth.
Two pieces often name one company in sentences worded otherwise (引进甲乙科技 / 与甲乙股份科技对接): such a name,
a few characters added or changed (`name_variants`), is the other version when the question's words stand
beside it in both sentences; it ranks below a phrase both write alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant.answer.evidence import Sentence, sentences_of
from assistant.answer import name_variants
from assistant.answer.extractive import Part, make_part
from assistant.query import framing
from assistant.records import Hit
from assistant.text import places, words

MAX_RUN = 1  # characters one spelling may differ by: a slip or a variant (two are another word: 政治 / 作风)
MIN_SIDE = 2  # ... on each side of the run: a name may differ two characters in (青山湖畔 / 青山河畔); MIN_SHARED holds the rest
MIN_SHARED = 8  # characters shared on both sides together: the same phrase, not a common word
WINDOW = 8  # characters beside the run the question must write a pair of (the name or thing written two ways)
# the run must be a Chinese character that is no numeral (一季度 / 二季度 is two periods, not two spellings)
RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,%d}" % MAX_RUN)
NUMERALS = set("〇零一二两三四五六七八九十百千万亿半双")


@dataclass(frozen=True)
class Apart:
    """Where two sentences write one phrase with other characters: a[start:end] against b[b_start:b_end]."""

    start: int
    end: int
    b_start: int
    b_end: int
    shared: int  # characters the two sentences share around the run


def apart(a: str, b: str) -> Apart | None:
    """The run of MAX_RUN characters at which `b` writes a phrase of `a` otherwise alike, or None."""
    if a == b:
        return None
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    best = None
    for m1, m2 in zip(blocks, blocks[1:]):
        ga, gb = a[m1.a + m1.size : m2.a], b[m1.b + m1.size : m2.b]
        if len(ga) != len(gb) or not RUN_RE.fullmatch(ga) or not RUN_RE.fullmatch(gb):
            continue
        if NUMERALS & set(ga + gb) or m1.size < MIN_SIDE or m2.size < MIN_SIDE or m1.size + m2.size < MIN_SHARED:
            continue
        if best is None or m1.size + m2.size > best.shared:
            best = Apart(m1.a + m1.size, m2.a, m1.b + m1.size, m2.b, m1.size + m2.size)
    if best and (_in_place(a, best.start, best.end) or _in_place(b, best.b_start, best.b_end)):
        return None  # 青溪县 / 青川县: two places, each its own statement, not one place spelled two ways
    return best


# “甲乙”那处工地…两份材料各记成什么: the question quotes the part both pieces write, and the rest of the name may
# differ by more than a character (甲乙公园 / 甲乙文化园); after the same words before it (丙丁食品、), each name's
# own tail, up to the next item of its list, is the other version
QUOTED_PART_RE = re.compile(r"[“「\"]([^”」\"]{2,8})[”」\"]")
TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=[、，,。；;等和与及]|$)")
LEFT = 4  # characters before the quoted part the two sentences must write alike


def quoted_apart(question: str, a: str, b: str) -> Apart | None:
    """Where `a` and `b` write the part of a name the question quotes after the same words, each with another tail."""
    for m in QUOTED_PART_RE.finditer(question):
        part = m.group(1)
        i, j = a.find(part), b.find(part)
        if i < LEFT or j < LEFT or a[i - LEFT : i] != b[j - LEFT : j]:
            continue
        ta, tb = TAIL_RE.match(a, i + len(part)), TAIL_RE.match(b, j + len(part))
        if ta and tb and ta.group() != tb.group() and not NUMERALS & set(ta.group() + tb.group()):
            return Apart(ta.start(), ta.end(), tb.start(), tb.end(), LEFT + len(part))
    return None


def _in_place(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand inside a place name of `text`?"""
    for name in places.places(text):
        at = text.find(name)
        while at >= 0:
            if at < end and start < at + len(name):
                return True
            at = text.find(name, at + 1)
    return False


def _pointed(question: str, text: str, at: Apart) -> int:
    """How many pairs of the characters beside the run the question writes (the thing whose spelling it asks)."""
    beside = text[max(0, at.start - WINDOW) : at.start] + "|" + text[at.end : at.end + WINDOW]
    return len(words.bigrams(question) & words.bigrams(beside))


def _key(s: Sentence) -> tuple:
    return s.chunk.source, s.chunk.to_original(s.a)


def _same_piece(x: Sentence, y: Sentence) -> bool:
    """Are the two sentences of one article (parallel lines of one text: 强化甲建设。强化乙建设。)?"""
    return x.chunk.source == y.chunk.source and x.chunk.article == y.chunk.article


def _renamed(q, x: Sentence, y: Sentence, found: list[tuple[Sentence, set]]) -> Apart | None:
    """Where `y` writes a name of `x` with a few characters added or changed (`name_variants`), the question's
    words beside it in both sentences; its head written by no sentence of a third piece (a common phrase)."""
    others = tuple(s.text for s, _ in found if not _same_piece(s, x) and not _same_piece(s, y))
    at = name_variants.variant(x.text, y.text, others, q.text)
    if at is None or _in_place(x.text, at[0], at[1]) or _in_place(y.text, at[2], at[3]):
        return None
    mine, theirs = Apart(*at), Apart(at[2], at[3], at[0], at[1], at[4])
    return mine if _pointed(q.text, y.text, theirs) else None


def _closest(q, x: Sentence, found: list[tuple[Sentence, set]], pairs: set) -> tuple[Sentence, tuple] | None:
    """The sentence of `found` (with its character pairs) writing `x`'s phrase a character apart beside words the
    question names, with its rank (alike around it, pairs named, characters shared); `pairs`: x's character
    pairs. A name written otherwise in sentences worded otherwise ranks below a phrase written alike."""
    best = None
    for y, gy in found:
        if x.text == y.text or _same_piece(x, y) or len(pairs & gy) < MIN_NAME_PAIRS:
            continue
        alike = len(pairs & gy) >= MIN_PAIRS and (apart(x.text, y.text) or quoted_apart(q.text, x.text, y.text))
        if (at := alike or _renamed(q, x, y, found)) is None:
            continue
        rank = (bool(alike), _pointed(q.text, x.text, at), at.shared)
        if rank[1] and (best is None or rank > best[1]):
            best = (y, rank)
    return best


def _with_pairs(hits: list[Hit]) -> list[tuple[Sentence, set]]:
    return [(s, words.bigrams(s.text)) for s in sentences_of(hits)]


def other_spelling(q, part: Part, hits: list[Hit]) -> Part | None:
    """The retrieved sentence writing the answer's sentence's phrase a character apart, as a part; None when
    the question does not say its sources differ or no sentence does."""
    if q.english or not framing.disputed(q.text):
        return None
    mine = part.sentence
    best = _closest(q, mine, _with_pairs(hits), words.bigrams(mine.text))
    return make_part(best[0], best[0].a, best[0].b, part.score) if best else None


TOP_HITS = 5  # passages whose sentences may hold one spelling when the answer step found none to quote
MIN_PAIRS = 6  # character pairs two sentences must share to be worth aligning
MIN_NAME_PAIRS = 2  # ... to be worth looking for a name in both (a head of three characters)


def pointed_pair(q, hits: list[Hit]) -> tuple[Part, Part] | None:
    """A sentence of the first passages and one of any passage writing its phrase a character apart, beside
    words the question names, for a question saying its sources differ that the answer step left
    unanswered (the second spelling often ranks lower: the question writes one); None if none."""
    if q.english or q.kind == "quantity" or not framing.disputed(q.text):
        return None
    top = {_key(s) for s in sentences_of(hits[:TOP_HITS])}
    found = _with_pairs(hits)
    best = None
    for x, gx in found:
        if _key(x) in top and (y := _closest(q, x, found, gx)) and (best is None or y[1] > best[2]):
            best = (x, y[0], y[1])
    if best is None:
        return None
    x, y, _ = best
    return make_part(x, x.a, x.b, 0.0), make_part(y, y.a, y.b, 0.0)


def shown_apart(parts: list[Part], question: str = "") -> bool:
    """Do the answer's parts already quote both spellings?"""
    texts = [p.sentence.chunk.text[p.a : p.b] for p in parts]
    return any(apart(x, y) is not None or quoted_apart(question, x, y) is not None or name_variants.variant(x, y) is not None
               for i, x in enumerate(texts) for y in texts[i + 1 :])


def spelled_parts(q, drafts: list, hits: list[Hit], answered: bool = True) -> list[Part]:
    """[the answer's sentence, the other spelling's] when a question saying its sources differ, not asking a
    figure (a figure's versions are `versions.find_versions`'), is answered with one spelling only, or not
    answered while its first passages hold both; else []."""
    if not answered:
        return list(pointed_pair(q, hits) or [])
    if q.kind == "quantity" or len(drafts) != 1 or not drafts[0] or not drafts[0].parts:
        return []
    parts = drafts[0].parts
    if shown_apart(parts, q.text) or (other := other_spelling(q, parts[0], hits)) is None:
        return []
    return [parts[0], other]
