"""Sentences and clauses of Chinese text: the one home of sentence-end and clause punctuation.

Every step that cuts text (chunking, layout repair, answers, fact checks, LLM checks) uses
these marks, so a sentence means the same thing at index time and at answer time.
"""

from __future__ import annotations

import re

SENTENCE_MARKS = "。！？；!?;"  # end a sentence (a semicolon closes a statement in these texts)
CLAUSE_MARKS = "，,；;、：:"  # separate the clauses of a sentence
CLOSERS = "”’」』）)\"'"  # closing quotes and brackets that stay with the sentence they end
# An ASCII ? between two Han characters is most often the dot of a transliterated name lost to
# an encoding (查尔斯?梅西耶, 阿斯顿?马丁: 50 of 56 in the news corpus); a question ends with
# a particle (好了么?主咖) and still ends its sentence. Between two Latin letters it is a letter or
# a sign lost the same way (莱茵T?V for TÜV, 410N?m for N·m, R?DE: every one of the 27 in the news
# corpus); an English question mark is followed by a space.
LOST_DOT = r"(?<=[\u4e00-\u9fff])(?<![吗么呢吧啊嘛谁])\?(?=[\u4e00-\u9fff])|(?<=[A-Za-z])\?(?=[A-Za-z])"
SENTENCE_END = re.compile(rf"(?!{LOST_DOT})[{SENTENCE_MARKS}]+[{CLOSERS}]*|…{{1,2}}[”’」』]?|\n+")
CLAUSE_END = re.compile(r"[，、：]|,(?!\d{3})|:(?!\d)")  # not inside 1,700 or 12:30


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; the last may lack a final mark."""
    bounds, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.end() > pos:
            bounds.append((pos, m.end()))
            pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    out = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# a bracket closed in the same sentence (either width, 全省（含A区、B区)共转移…): its marks separate no clauses
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def split_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated clauses of one sentence; a mark inside brackets cuts none,
    so no clause (and no answer quoted from one) opens halfway through a bracket."""
    inside = [(m.start(), m.end()) for m in BRACKETED.finditer(text)]
    out, pos = [], 0
    for m in CLAUSE_END.finditer(text):
        if any(a < m.start() < b for a, b in inside):
            continue
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding character `pos` opens: after the last clause mark or 。 before it, not
    after 、 (items listed share the words after them), nor inside a bracket closed before `pos`."""
    closed = [(m.start(), m.end()) for m in BRACKETED.finditer(text, 0, pos)]
    marks = CLAUSE_MARKS.replace("、", "") + "。"
    return max((i for i in range(pos) if text[i] in marks and not any(a < i < b for a, b in closed)), default=-1) + 1


def paragraph_before(text: str, pos: int) -> str:
    """The text of `pos`'s paragraph (its line) before `pos`: where a sentence's earlier sentences
    are read, for what stays in force (a place, a period, a speaker) until the paragraph ends."""
    return text[text.rfind("\n", 0, pos) + 1 : pos]


def clause_at(clauses: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    """The clause holding character `pos`, or the whole text of `length` characters."""
    return next(((a, b) for a, b in clauses if a <= pos < b), (0, length))


def ends_inside(text: str) -> bool:
    """Does `text` stop on a clause mark, inside its last sentence? A passage or a sentence the chunker
    left so was cut by the chunking, not by its writer: the sentence goes on in the next passage."""
    return text.rstrip().endswith(tuple(",，、:："))


PAUSE_RE = re.compile(r"[，,。；;：:！!？?]")


def listing_clause(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the clause holding `text[a:b]`, cut at its pauses but not at an enumeration's 、."""
    start = max((m.end() for m in PAUSE_RE.finditer(text, 0, a)), default=0)
    return start, next((m.start() for m in PAUSE_RE.finditer(text, b)), len(text))


def with_its_list(text: str, a: int, b: int, longest: int = 60) -> tuple[int, int]:
    """(a, b) widened to the enumeration `text[a:b]` is an item of (新增省级美丽乡村60个、示范村12个 for 示范村12个), when
    that is at most `longest` characters: a swapped item is seen beside the one it was swapped with."""
    if not ((a > 0 and text[a - 1] == "、") or text[b : b + 1] == "、" or text[b - 1 : b] == "、"):
        return a, b
    start, end = listing_clause(text, a, b)
    return (start, end) if end - start <= longest else (a, b)
