"""A name two pieces write with a few characters added or changed, in sentences worded otherwise.

`spelled_apart.apart` finds a name spelled a character apart inside one phrase both pieces
write alike (推动甲乙精工、丙丁 / 推动甲乙精密、丙丁). A report and an interview more often name
the same company in sentences of their own: 引进青禾农业科技落户新区 / 与青禾农业股份科技深入对接
(two characters added inside the name), 打造“百川云谷汇” / 百川云谷赛、湖畔驿站 (the last character
changed, then each sentence goes its own way). Here the name is found as a head both sentences write
(at least HEAD characters, or two the question writes too), then

- a run of at most MAX_RUN characters on either side (one may be empty), then the same TAIL again:
  the name with characters added or changed inside it; or
- one to MAX_RUN other characters on each side that end a word in both sentences (jieba's words):
  the name's last characters changed, its sentences going on differently after it.

A head a third piece also writes is a common phrase (加快推进 / 加快推动), not a name: the head must
be written by no retrieved sentence outside the two pieces. Numerals and place names are values
or places, never a spelling (一号线 / 二号线, 青溪县 / 青川县).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.text import words

HEAD = 3  # characters of the name both sentences write before the difference (two when the question writes them)
TAIL = 2  # characters both write again after it: the name goes on alike
MAX_RUN = 2  # characters added or changed: more is another name
CJK_RE = re.compile(r"[\u4e00-\u9fff]*")
NUMERALS = set("〇零一二两三四五六七八九十百千万亿半双")
# a particle or conjunction standing where the name differs is wording around it, not its spelling
FUNCTION_CHARS = set("的了和与及或等为是在对把被将从向也都并而、")


def _trailing_head(text: str, end: int) -> str:
    """The Chinese characters right before `end` (at most 6): the head of a name both write."""
    start = end
    while start > 0 and end - start < 6 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return text[start:end]


def _word_end(text: str, at: int) -> int:
    """Where the jieba word holding text[at] ends (`at` when none does)."""
    k = 0
    for word, _ in words.tagged(text):
        if k <= at < k + len(word):
            return k + len(word)
        k += len(word)
    return at


def _plain_run(run: str) -> bool:
    return bool(CJK_RE.fullmatch(run)) and not (set(run) & (NUMERALS | FUNCTION_CHARS))


def variant(a: str, b: str, others: tuple[str, ...] = (), asked: str = "") -> tuple[int, int, int, int, int] | None:
    """(start, end, b_start, b_end, shared) where `b` writes a name of `a` with a few characters added
    or changed, or None; `others`: sentences of other pieces, none of which may write the head; `asked`:
    the question, whose writing of a two-character head (那家甲乙企业) makes it the name asked."""
    if a == b:
        return None
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    best = None
    for m1, m2 in zip(blocks, blocks[1:]):
        ea, eb = m1.a + m1.size, m1.b + m1.size
        head = _trailing_head(a, ea)[-m1.size:] if m1.size else ""
        if len(head) < HEAD and not (len(head) == HEAD - 1 and head in asked) or any(head in o for o in others):
            continue
        ga, gb = a[ea : m2.a], b[eb : m2.b]
        found = None
        if m2.size >= TAIL and len(ga) <= MAX_RUN and len(gb) <= MAX_RUN and ga != gb and _plain_run(ga + gb) \
                and CJK_RE.fullmatch(a[m2.a : m2.a + TAIL]):
            found = (ea, m2.a, eb, m2.b, len(head) + TAIL)  # added or changed inside the name
        else:
            wa, wb = _word_end(a, ea), _word_end(b, eb)
            ra, rb = a[ea:wa], b[eb:wb]
            if 0 < len(ra) <= MAX_RUN and 0 < len(rb) <= MAX_RUN and ra[0] != rb[0] and _plain_run(ra + rb):
                found = (ea, wa, eb, wb, len(head))  # its last characters changed
        if found and (best is None or found[4] > best[4]):
            best = found
    return best
