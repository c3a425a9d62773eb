"""A second search for a question saying its sources disagree (两篇稿子的数字对不上, 各是多少): the other version.

Such a question names the thing in a few words of its own (甲公司那个项目) and asks the figure each source gives
for it. One source's sentence may match those words well while the other's, which writes the thing in full or
in another passage, ranks below the passages kept. The sentence of the first hits that writes the question's
rarest words beside a figure (its clause) names the thing as the sources write it; a search with it, its figures blanked,
brings the passages that say the same of the same thing, the other version among them. The hits found are
added after the first search's, which keep their ranks.
"""

from __future__ import annotations

import re
from typing import Callable

from assistant.query import framing
from assistant.records import Hit
from assistant.text import quantities
from assistant.text.sentences import split_clauses, split_sentences

SEED_HITS = 5  # first hits whose clauses may name the thing
MIN_PIECES = 2  # pieces of the question a clause must write: the thing and its measure (白楹 | 项目, 成交额 | 展会)
QUESTION_WORDS_RE = re.compile(r"多少|几|哪|什么|谁")


def asked_text(q) -> str:
    """The question with its frame words (核稿, 两篇稿子, 对不上) and question words blanked: what names the thing."""
    text = q.text
    for t in q.terms:
        if framing.frame_word(t, q.text, asks_figure=True):
            text = text.replace(t, " ")
    return QUESTION_WORDS_RE.sub(" ", text)


def shared_pieces(asked: str, clause: str) -> list[str]:
    """The runs of two or more Chinese characters `clause` shares with `asked`, longest first from the left
    (白楹 and 项目 of 白楹项目 in 白楹集团…储能项目): read by characters, so a name jieba cut (引白|楹) still counts."""
    out, i = [], 0
    while i < len(clause):
        n = 1
        while i + n < len(clause) and "\u4e00" <= clause[i + n] <= "\u9fff" and clause[i : i + n + 1] in asked:
            n += 1
        if n >= 2 and "\u4e00" <= clause[i] <= "\u9fff":
            out.append(clause[i : i + n])
        i += n
    return out


def seed(q, hits: list[Hit], idf: Callable[[str], float]) -> str:
    """The clause of the first hits that writes the most (by rarity) of the question's words beside a figure,
    its figures blanked; '' when none writes MIN_PIECES of them."""
    asked = asked_text(q)
    best, score = "", 0.0
    for h in hits[:SEED_HITS]:
        text = h.chunk.text
        for a, b in split_sentences(text):
            for x, y in split_clauses(text[a:b]):
                clause = text[a + x : a + y]
                pieces = shared_pieces(asked, clause)
                figures = quantities.find_quantities(clause)
                if len(pieces) < MIN_PIECES or not figures:
                    continue
                mine = sum(idf(p) for p in pieces)
                if mine > score:
                    best, score = clause, mine
                    for f in figures:
                        best = best.replace(f.text, " ")
    return best.strip()


def more(q, hits: list[Hit], search: Callable[[str], list[Hit]], idf: Callable[[str], float]) -> list[Hit]:
    """The hits a search with `seed` adds to `hits` (none unless the Chinese question says its sources differ)."""
    if q.english or not framing.disputed(q.text) or not (text := seed(q, hits, idf)):
        return []
    seen = {h.chunk.id for h in hits}
    return [h for h in search(text) if h.chunk.id not in seen and not seen.add(h.chunk.id)]
