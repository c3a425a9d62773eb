"""A claim written in a source sentence's own frame with one term put in another's place.

A journalist's claim often copies a sentence of the document and changes one term in it: the
end of a road's section (永安至甲段 against 永安至乙段), what a plant grows into (向某某延伸), a
code or hotline number inside quotation marks, how long a measure lasts (一次挂号管三天). The
statement and figure checks, which read subjects, periods and measures, leave such a claim
open, or (a code is no figure) support it by its other words. Here the claim and the sentence
are aligned character by character: where both write the same words before and after (the
frame, FRAME characters in all, at least SIDE on each side, small differences of a function
word or two allowed within it) and put different terms between (nouns, names, numbers, times;
sharing no character), the sentence refutes the claim with its own term.

A verb or adverb put in another's place (不顾实际 for 脱离实际, 一定要 for 务必) is a paraphrase of
the same frame, never read as a differing term; a term the sentence writes as well (a list of
both) or that another sentence writes in the same frame decides nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.answer.evidence import sentences_of
from assistant.answer.extractive import make_part
from assistant.check import statements
from assistant.check.figures import Outcome
from assistant.check.in_force import passage_before
from assistant.check.statements import REFUTED
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import adcodes, places, words

FRAME = 8  # the characters both write around the terms: fewer may be a phrase any two sentences share
SIDE = 2  # on each side of the terms
TERM = 6  # the longest term read as one swapped term (longer is another wording, not a term)
LIGHT = 2  # a difference inside the frame this short (向/实现, 的/等) is a function word, not another frame
# jieba's tags of what a term is: nouns and names, numbers, classifiers, times, latin words (a verbal
# noun, 旅游, only against one of these: two of them may be one act put two ways)
TERM_FLAGS = ("n", "m", "q", "t", "eng", "j", "s", "f")
# jieba's tags of words that only bind a term to its frame (这, 的, 把, 和): allowed beside a term
BINDING_FLAGS = ("r", "u", "p", "c", "x", "w")
# a place or name bound to the frame after it only (把甲区和南部新城… against 、乙区和南部新城…): the words
# after must be this many, the words before may differ
NAMED = 6
ALIKE = 4  # the claim's words either side of its term that, written so around it, make the sentence list it
NAME_FLAGS = ("ns", "nr", "nt", "nz")
NEGATION_RE = re.compile(r"[不未没非无别勿]")
CLAUSE_RE = re.compile(r"[，,。；;：:！!？?]")
CODE_RE = re.compile(r"[0-9A-Za-z]")
# a code a supported claim must write as its sentence does: a run of digits (a hotline, 12345); a
# model's name (iX1 against 5系) is a name, the figure and statement checks' to read
CODE_ONLY_RE = re.compile(r"\d{3,}")
# full-width marks written half-width in many sources (，against ,): one character each, offsets kept
MARKS = str.maketrans("，；：！？（）", ",;:!?()")


# a share, written as a percentage, a fraction, tenths or a half (25% is 四分之一): the figure reader's
# to compare by value, never a term put in another's place
SHARE_RE = re.compile(r"[%％]|分之|[一二两三四五六七八九十]成|一半|倍")


def _kind(text: str) -> str:
    """'noun' for a term (a noun, name, number or time, with at most a binding word beside it), 'act'
    for a verbal noun so written, '' for anything else."""
    if not text or CLAUSE_RE.search(text) or NEGATION_RE.search(text) or SHARE_RE.search(text):
        return ""
    tags = words.tagged(text)
    if not all(f.startswith(TERM_FLAGS + BINDING_FLAGS) or f == "vn" for _, f in tags):
        return ""
    if any(f.startswith(TERM_FLAGS) for _, f in tags):
        return "noun"
    return "act" if any(f == "vn" for _, f in tags) else ""


def _terms(mine: str, theirs: str) -> bool:
    """Are both terms of one sort (amounts against amounts, names and nouns against names and nouns:
    第一 is no swap of 内2), at least one of them no verbal noun?"""
    kinds = {_kind(mine), _kind(theirs)}
    return "" not in kinds and "noun" in kinds and _sorts(mine) == _sorts(theirs)


def _sorts(text: str) -> set[str]:
    """The sorts of a term's words: an amount (number, count, time) or a name or noun (jieba tags a
    made-up name a place, a person or a noun alike); an ordinal apart."""
    out = {"ordinal"} if "第" in text else set()
    out.update("amount" if f.startswith(("m", "q", "t")) else "noun"
               for _, f in words.tagged(text) if not f.startswith(BINDING_FLAGS))
    return out


def _widen(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> tuple[int, int, int, int]:
    """A term cut inside a code (123[1]5 against 123[4]5) widened to the whole code on both sides."""
    while i1 > 0 and j1 > 0 and CODE_RE.match(a[i1 - 1]) and a[i1 - 1] == b[j1 - 1]:
        i1, j1 = i1 - 1, j1 - 1
    while i2 < len(a) and j2 < len(b) and CODE_RE.match(a[i2]) and a[i2] == b[j2]:
        i2, j2 = i2 + 1, j2 + 1
    return i1, i2, j1, j2


def _side(ops: list, k: int, step: int) -> int:
    """The characters both write on one side of op k (step -1 before, 1 after), through differences
    of at most LIGHT characters without a denial, up to a clause mark or a larger difference."""
    n, k = 0, k + step
    while 0 <= k < len(ops):
        tag, i1, i2, j1, j2, a, b = ops[k]
        if tag == "equal":
            piece = a[i1:i2]
            cut = [m.start() for m in CLAUSE_RE.finditer(piece)]
            if cut:
                return n + (cut[0] if step > 0 else len(piece) - cut[-1] - 1)
            n += i2 - i1
        elif max(i2 - i1, j2 - j1) > LIGHT or NEGATION_RE.search(a[i1:i2] + b[j1:j2]):
            return n
        k += step
    return n


def swaps(claim: str, sentence: str, codes_only: bool = False) -> list[tuple[str, str, int]]:
    """(the claim's term, the sentence's term, frame length) for each term the sentence writes in
    the claim's frame in place of the claim's; `codes_only`: only codes and numbers."""
    a, b = claim.translate(MARKS), sentence.translate(MARKS)
    ops = [(tag, i1, i2, j1, j2, a, b) for tag, i1, i2, j1, j2 in
           SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    out = []
    for k, (tag, i1, i2, j1, j2, _, _) in enumerate(ops):
        if tag != "replace":
            continue
        before, after = _side(ops, k, -1), _side(ops, k, 1)
        w1, w2, j1, j2 = _widen(a, b, i1, i2, j1, j2)
        before, after, i1, i2 = before - (i1 - w1), after - (w2 - i2), w1, w2
        if before < SIDE and not codes_only and after >= NAMED:
            i1, j1 = _bound_name(a, i1, i2), _bound_name(b, j1, j2)
            before = SIDE if i1 < i2 and j1 < j2 else 0
        mine, theirs = a[i1:i2], b[j1:j2]
        if codes_only and not (CODE_ONLY_RE.fullmatch(mine) and CODE_ONLY_RE.fullmatch(theirs)):
            continue
        if (before < SIDE or after < SIDE and not _closes(a, i2, b, j2)) or before + after < FRAME:
            continue
        if (max(len(mine), len(theirs)) > TERM or set(mine) & set(theirs) and not codes_only
                or _written_alike(a, i1, i2, b) or theirs in a or not _terms(mine, theirs)):
            continue
        out.append((claim[i1:i2], sentence[j1:j2], before + after))
    return out


def _written_alike(a: str, i1: int, i2: int, b: str) -> bool:
    """Does b write the claim's term a[i1:i2] with the claim's words right before or right after it (a
    list of both terms: 青龙段、朝阳段养护工程)? Written in another frame (西安区和北部新区 for the claim's
    西安区和南部新城) it is another item of the sentence, no list with the sentence's term."""
    term, left, right = a[i1:i2], a[max(0, i1 - ALIKE) : i1], a[i2 : i2 + ALIKE]
    return any(b[max(0, m.start() - len(left)) : m.start()] == left or b[m.end() : m.end() + len(right)] == right
               for m in re.finditer(re.escape(term), b))


def _bound_name(text: str, start: int, end: int) -> int:
    """Where a place or name ending text[start:end] starts, when a binding word or mark is right
    before it (把甲区和…, 、乙区和…: the list or the object starts there); `end` if none."""
    tags = words.tagged(text[start:end])
    if len(tags) < 2 or not tags[-1][1].startswith(NAME_FLAGS) or not tags[-2][1].startswith(BINDING_FLAGS):
        return end
    return end - len(tags[-1][0])


def _closes(a: str, i: int, b: str, j: int) -> bool:
    """Do both terms end a quotation (“一次挂号管三天”)? The closing mark is then their frame's end."""
    return a[i : i + 1] == b[j : j + 1] == "”"


def refute(claim: str, hits: list[Hit], sentences=None, codes_only: bool = False) -> Outcome | None:
    """The refuting outcome of the sentence writing the claim's frame with another term (the one with
    the longest frame), or None; none when any sentence writes the claim's own term in that frame."""
    pool = sentences if sentences is not None else sentences_of(hits)
    best, names = None, None
    for s in pool:
        for mine, theirs, frame in swaps(claim, s.text, codes_only):
            sibling = _sibling_object(claim, mine, s.text, theirs) or _section_end(claim, mine, s.text, theirs)
            if not codes_only and not (_plain(mine) and _plain(theirs) or sibling):
                continue
            mine, theirs = sibling or (mine, theirs)
            names = _names(claim) if names is None else names
            if (best is None or frame > best[0]) and _rest_agrees(names, mine, s, hits):
                best = (frame, s, mine, theirs)
    if best is None:
        return None
    _, s, mine, theirs = best
    if any(not swaps(claim, o.text, codes_only) and _writes_own(claim, mine, o.text) for o in sentences_of(hits)):
        return None
    return Outcome(REFUTED, [make_part(s, s.a, s.b, 1.0)], _core(mine), (_core(theirs),), "term", 1.0)


def _core(term: str) -> str:
    """The term without the binding words at its ends (能源这 is 能源), as it is named in the verdict."""
    tags = list(words.tagged(term))
    while len(tags) > 1 and tags[-1][1].startswith(BINDING_FLAGS):
        tags.pop()
    while len(tags) > 1 and tags[0][1].startswith(BINDING_FLAGS):
        tags.pop(0)
    return "".join(w for w, _ in tags)


def _plain(term: str) -> bool:
    """Is the term of an open claim a common noun, amount or time of two characters or more? A place or
    name put in the frame may be another one's sentence in the same words (a plan many counties copy,
    the partner listed with 等 among others), the place and name checks' to read with what they know of
    both; one character is a piece of a word (产量 against 销售量), another measure, not another term."""
    return len(term) >= 2 and not places.places(term) and not any(
        f.startswith(NAME_FLAGS) for _, f in words.tagged(term))


def _sibling_object(claim: str, mine: str, sentence: str, theirs: str) -> tuple[str, str] | None:
    """The two places (甲区, 乙区) when the terms are parts of two places of one level under one parent (甲区 and 乙区 of one city, by the
    adcodes), the claim's acted on (after 把, 与, 在: an object, not the subject whose own plan another
    place's sentence may copy); the source then says the act is the sibling's. None otherwise."""
    mine_place = next((p for p in places.places(claim) if mine in p), "")
    their_place = next((p for p in places.places(sentence) if theirs in p), "")
    if not mine_place or not their_place or mine_place == their_place or not adcodes.siblings(mine_place, their_place):
        return None
    at, tags = claim.find(mine_place), words.tagged(claim)
    ends = [sum(len(w) for w, _ in tags[: k + 1]) for k in range(len(tags))]
    return (mine_place, their_place) if at in ends and tags[ends.index(at)][1].startswith(("p", "c")) else None


def _section_end(claim: str, mine: str, sentence: str, theirs: str) -> tuple[str, str] | None:
    """The terms when both end a section of one road (永安至甲段 against 永安至乙段): a point on the road the
    frame names, not a place whose own sentence the source may be."""
    return (mine, theirs) if f"至{mine}段" in claim and f"至{theirs}段" in sentence else None


def _names(claim: str) -> list[str]:
    """The claim's places and proper names (its subject, speaker, company)."""
    places = analyse(claim).places
    return list(places) + statements.required(claim, places)[1]


def _rest_agrees(names: list[str], term: str, s, hits: list[Hit]) -> bool:
    """Does the sentence, with its article's title and what the article says before it, write every
    place and name of the claim but its term? Another body's sentence in the same frame (a plan
    many counties copy) says nothing of the claim's."""
    context = passage_before(s, hits) + s.text + (s.chunk.subject or "")
    return all(n in context for n in names if n not in term and term not in n)


def _writes_own(claim: str, term: str, text: str) -> bool:
    """Does text write the claim's term with the words right around it in the claim?"""
    at = claim.find(term)
    return claim[max(0, at - SIDE) : at + len(term) + SIDE].translate(MARKS) in text.translate(MARKS)
