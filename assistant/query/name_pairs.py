"""English names Chinese text writes beside their Chinese form: 零跑汽车（Leapmotor）,
宁德时代(CATL), 诺和诺德（Novo Nordisk）. An English question names the company in Latin
letters and the passages in Han characters; the pair lets the name check see them as one.

Pairs come from a table learned from news (assistant/learn/name_pairs.py writes
name_pairs.json) and from the retrieved passages themselves (`pairs_in`), which reaches a
user's own documents.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("name_pairs.json")

# a Han run (maybe closed by a quote: 台风“卡努”（Khanun）) directly followed by a bracketed
# name of capitalised Latin words
PAIR_RE = re.compile(r"([\u4e00-\u9fff·]{2,16})[”」』]?[（(]"
                     r"([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3})[）)]")
SHORTEST, LONGEST = 2, 8
# jieba tags of words that end a name read leftwards from the bracket: a verb, preposition,
# conjunction, particle, pronoun, adverb, numeral, measure word, place word or adjective
# (起诉|互联网档案馆, 据|伊朗国家通讯社)
STOP_FLAGS = ("v", "p", "c", "u", "r", "d", "m", "q", "f", "y", "e", "x", "a")
NAME_FLAGS = ("nr", "ns", "nt", "nz")


def _by_words(run: str) -> str:
    """Whole jieba words read leftwards from the end of `run` until a function word."""
    from assistant.text import words

    name = ""
    for word, flag in reversed(words.tagged(run)):
        if (flag.startswith(STOP_FLAGS) and not flag.startswith("vn")) or len(name + word) > LONGEST:
            break
        name = word + name
    return name


def _common_word(name: str) -> bool:
    """One word jieba does not take for a name (协会, 系统, 时代): the bracket spells out an
    acronym, or the ending is not the whole name."""
    from assistant.text import words

    pieces = words.tagged(name)
    return len(pieces) == 1 and not pieces[0][1].startswith(NAME_FLAGS)


def han_name(run: str, text: str, start: int) -> str:
    """The name that ends `run` (written in `text` before position `start`): of its endings
    at a word boundary, the one the text writes most often elsewhere, the longer on a tie
    (公司诺和诺德（Novo Nordisk）… 诺和诺德表示 -> 诺和诺德); else its last words up to a
    function word; never one common word. "" when there is none."""
    from assistant.text import words

    elsewhere = text[: start - len(run)] + "\n" + text[start:]
    cut, endings = len(run), []
    for word, _ in reversed(words.tagged(run)):
        cut -= len(word)
        ending = run[cut:]
        if len(ending) > LONGEST:
            break
        if len(ending) >= SHORTEST and not _common_word(ending):
            endings.append((elsewhere.count(ending), len(ending), ending))
    best = max(endings, default=(0, 0, ""))
    if best[0]:
        return best[2]
    name = _by_words(run)
    return name if len(name) >= SHORTEST and not _common_word(name) else ""


def pairs_in(text: str) -> list[tuple[str, str]]:
    """(latin name, han name) pairs `text` writes."""
    out = []
    for m in PAIR_RE.finditer(text):
        han = han_name(m.group(1).strip("·"), text, m.end(1))
        if han:
            out.append((m.group(2), han))
    return out


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """latin name (lower case) -> Han names, as learned from news; empty when not learned."""
    if not TABLE.is_file():
        return {}
    return {k.lower(): tuple(v) for k, v in json.loads(TABLE.read_text(encoding="utf-8")).items()}


def han_forms(token: str, question: str, pairs: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The Han names of `token` of `question`: of each name of `pairs` (latin, lower case)
    that has `token` as one of its words and that the question writes whole (Novo of Novo
    Nordisk)."""
    low, text = token.lower(), " ".join(re.findall(r"[a-z0-9&.\-]+", question.lower()))
    found = []
    for latin, hans in pairs.items():
        if low in latin.split() and re.search(rf"(?<![a-z0-9]){re.escape(latin)}(?![a-z0-9])", text):
            found.extend(hans)
    return tuple(dict.fromkeys(found))
