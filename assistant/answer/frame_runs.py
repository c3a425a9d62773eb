"""A list written one item a sentence, each sentence opening with the same words: 我们要坚定不移强化政治建设，…。
…我们要坚定不移强化法治建设，…。…我们要坚定不移强化作风建设，… (a report's paragraphs share a frame, the items are
where they differ). A question writing that frame (要坚定不移强化哪几方面的建设) asks for every item of it: an answer
showing two of the four sentences is a confidently wrong, partial list. Pure functions on sentences.
"""

from __future__ import annotations

import re

from assistant.answer import neighbours
from assistant.text import words

CLAUSE_RE = re.compile(r"[，,；;：:。！!？?]")
FRAME_CHARS = 4  # characters of a shared opening that make a frame (我们要 alone is how many sentences open)
FRAME_TOKENS = 2
ASKED_IN_FRAME = 2  # the question's words the frame must write: it is the list asked, not a habit of the writer
MIN_ITEMS = 3  # two sentences opening alike are too often chance; three a frame
COUNT_ASKED_RE = re.compile(r"哪([两二三四五六七八九十]|\d{1,2})(?![十百千万\d])")  # 哪四个方面, 哪两样
WINDOW = 12  # sentences either side of a shown one searched for its siblings (an item's elaboration between)


def _tokens(text: str) -> list[str]:
    """The words of a sentence's first clause, where its frame and item stand."""
    first = CLAUSE_RE.split(text.strip(), maxsplit=1)[0]
    return [w for w, _ in words.tagged(first)]


def shared_frame(a: str, b: str) -> str:
    """The words two sentences open with before their items differ ('' when that is fewer than FRAME_TOKENS words or
    FRAME_CHARS characters, or either has no item after it): 我们要坚定不移强化 of …政治建设 and …法治建设."""
    ta, tb = _tokens(a), _tokens(b)
    n = 0
    while n < min(len(ta), len(tb)) and ta[n] == tb[n]:
        n += 1
    frame = "".join(ta[:n])
    if n < FRAME_TOKENS or len(frame) < FRAME_CHARS or n == len(ta) or n == len(tb):
        return ""
    return frame


def opens_with(text: str, frame: str) -> bool:
    """Does a sentence's first clause open with the words of `frame` and have an item after them?"""
    said = ""
    tokens = _tokens(text)
    for i, token in enumerate(tokens):
        said += token
        if len(said) >= len(frame):
            return said == frame and i + 1 < len(tokens)
    return False


def _asked_words(question: str, frame: str, end: str) -> int:
    """How many of the question's words the frame writes, in its opening or its items' shared end."""
    asked = {w for w, _ in words.tagged(question) if len(w) >= 2 and w not in words.STOPWORDS}
    return sum(1 for w in asked if w in frame or w in end)


def siblings(question: str, shown, sentences: list) -> list:
    """The sentences, in document order, of the framed list that a shown sentence `shown` belongs to, when the
    question writes the frame (at least ASKED_IN_FRAME of its words) and the list has MIN_ITEMS items; else []."""
    run, at = neighbours.run_of(shown, sentences)
    if at is None:
        return []
    window = run[max(0, at - WINDOW) : at + WINDOW + 1]
    frames: dict[str, int] = {}
    for other in window:
        if other is not run[at] and (frame := shared_frame(run[at].text, other.text)):
            frames[frame] = frames.get(frame, 0) + 1
    for frame in sorted(frames, key=lambda f: (-frames[f], -len(f))):
        members = [o for o in window if opens_with(o.text, frame)]
        if len(members) < MIN_ITEMS or picks_one(question, [_item(o, frame) for o in members]):
            continue
        if _asked_words(question, frame, _shared_end(members, frame)) >= ASKED_IN_FRAME and asks_its_verb(question, frame):
            return members
    return []


def _item(sentence, frame: str) -> str:
    """What a framed sentence's first clause writes after the frame: its item (政治建设)."""
    return "".join(_tokens(sentence.text))[len(frame) :]


def asks_its_verb(question: str, frame: str) -> bool:
    """Does the question write a verb of the frame (强化 of 我们要坚定不移强化)? Its items are what that verb acts on. Sentences
    opening only with one subject (甲手机有…。甲手机的外观…。甲手机内置了…) say several things of it, not a list."""
    return any(flag.startswith("v") and len(w) >= 2 and w in question for w, flag in words.tagged(frame))


def picks_one(question: str, items: list[str]) -> bool:
    """Does the question write a word that some framed items hold and others do not (把握甲机遇，…的哪两样 for 甲机遇,
    乙机遇, 丙机遇; 四个新兴产业是哪些 for 甲、乙两个优势产业, 丙、丁四个新兴产业)? It asks within that item's sentence."""
    asked = {w for w, _ in words.tagged(question) if len(w) >= 2 and w not in words.STOPWORDS}
    return any(0 < sum(1 for i in items if w in i) < len(items) for w in asked)


def _shared_end(members: list, frame: str) -> str:
    """The words every item of a framed list ends with (建设 of 政治建设, 法治建设), part of the frame as its opening is."""
    rest = [_item(o, frame) for o in members]
    n = 0
    while n < min(map(len, rest)) and len({r[len(r) - n - 1] for r in rest}) == 1:
        n += 1
    return rest[0][len(rest[0]) - n :] if n else ""


def item_clause(sentence) -> tuple[int, int]:
    """The span of a sentence's first clause (我们要坚定不移强化政治建设), which holds its frame and item."""
    text = sentence.chunk.text[sentence.a : sentence.b]
    m = CLAUSE_RE.search(text)
    return sentence.a, sentence.a + (m.start() if m else len(text))


def gathered(q, draft, sentences: list):
    """A list question's `draft` with every sentence of the framed list one of its sentences belongs to, each shown
    by its first clause, in place of its parts (a partial list, or one framed sentence beside an unrelated one);
    the draft unchanged when none is. A question counting its items (哪四个) must count as many."""
    from assistant.answer import extractive as ex
    from assistant.answer.list_asked import number

    if q.kind != "list" or q.english or draft is None or not draft.parts:
        return draft
    for part in draft.parts:
        members = siblings(q.text, part.sentence, sentences)
        if not members:
            continue
        m = COUNT_ASKED_RE.search(q.text)
        if m and number(m.group(1)) != len(members):
            return draft
        draft.parts = [ex.make_part(s, *item_clause(s), part.score) for s in members]
        return draft
    return draft
