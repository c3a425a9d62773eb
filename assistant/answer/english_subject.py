"""What an English question names that its answer's sentence must be about, read on the question's own words.

- A model named with its variant (the Jia5 Pro, the XT9 Sport: a code of letters and digits, then capitalised
  words) is not spoken of by a sentence writing the plain model (Jia5主机) or another variant (Jia5 Lite), and the
  asked one nowhere: as `siblings.variant_disagreement` reads a Chinese question's Latin model names.
- One indicator of a pair asked alone: statistical writing joins two indicators into one word (进出口 for imports
  and exports, 收支 for income and expenditure: text/respectively.PAIRS) and gives the pair's total under it
  (甲市进出口总值100亿元), the member's own figure under its own word (其中，出口80亿元). An English question asking
  one of them (its exports) reaches the compound through its translation (出口 inside 进出口), or through a
  dictionary glossing imports with 进出口 too: a sentence writing the member only inside the compound states the
  pair's figure. A question asking both (imports and exports combined) asks the compound.
- The winner asked (who won): a sentence writing no win names someone else (the race's organiser speaking).
"""

from __future__ import annotations

import re

from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text.respectively import PAIRS

# a code of letters and digits and its variant's capitalised words; not a plain number (Mate 60 Pro), which a
# sentence writes for anything
MODEL_RE = re.compile(r"(?<![A-Za-z0-9.\-])((?=[A-Za-z0-9.\-]*[0-9])(?=[A-Za-z0-9.\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.\-]*)"
                      r"((?: [A-Z][A-Za-z]+)+)")


def variant_disagreement(question: str, text: str) -> Disagreement | None:
    """A model `question` names with a variant (the Jia5 Pro) that `text` writes without it, or with another
    variant, and nowhere with it."""
    for m in MODEL_RE.finditer(question):
        plain, asked = m.group(1), m.group(0)
        if asked.lower() in text.lower():
            continue
        if re.search(r"(?<![A-Za-z0-9.\-])" + re.escape(plain) + r"(?![A-Za-z0-9.\-])", text, re.IGNORECASE):
            return Disagreement("sibling", asked, plain)
    return None


def pair_disagreement(q: Question, text: str) -> Disagreement | None:
    """A question whose translated words (`q.terms`) hold one member of a pair (进口, not 出口) and a `text` writing
    that member only inside the pair's compound (进出口). A member of one character (产销's 产) is written in too
    many other words to tell."""
    for compound, members in PAIRS.items():
        asked = [m for m in members if any(m in t and compound not in t for t in q.terms)]
        if len(asked) != 1 or len(asked[0]) < 2 or compound not in text:
            continue
        if asked[0] not in text.replace(compound, ""):
            return Disagreement("pair", asked[0], compound)
    return None


# "Who won the final": the winner, whom a sentence names with the win (夺冠, 获得金牌, 赢得比赛); a sentence
# sharing the race's words that names another person (its organiser's 表示, a rival) does not say who won
WINNER_ASKED_EN = re.compile(r"^\s*who\s+(?:won|wins|has won|will win|took|claimed)\b|\bwho was the winner\b", re.IGNORECASE)
WON_RE = re.compile(r"冠军|夺冠|金牌|获胜|胜出|折桂|问鼎|称雄|登顶|摘得|夺得|赢得|[获夺]第一|第一名|获得[^，。；]{0,12}[冠金]")


def winner_disagreement(q: Question, text: str) -> Disagreement | None:
    """An English question asking who won, and a sentence writing no win."""
    if WINNER_ASKED_EN.search(q.text) and not WON_RE.search(text):
        return Disagreement("asked kind", "冠军", "")
    return None


def disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The first of the two for an English question and the sentence `chunk.text[a:b]` (subject.disagreement's
    hook); None for a Chinese question."""
    if not q.english:
        return None
    text = chunk.text[a:b]
    return variant_disagreement(q.text, text) or pair_disagreement(q, text) or winner_disagreement(q, text)
