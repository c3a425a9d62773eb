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
- A rank asked (which firm ranked second, the fourth-largest market): a sentence ranking only by other numbers
  (前三大 for the fifth, 第二 for the fourth) names the holders of other ranks.
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
        if asked.lower() in text.lower() or _written_after(plain, m.group(2), text):
            continue
        if re.search(r"(?<![A-Za-z0-9.\-])" + re.escape(plain) + r"(?![A-Za-z0-9.\-])", text, re.IGNORECASE):
            return Disagreement("sibling", asked, plain)
    return None


def _written_after(plain: str, variant: str, text: str) -> bool:
    """The variant's words written after the plain model with a series word between (ME700系列SSD for the ME700
    SSD): the text names the one asked in its own order."""
    words = r"\s*".join(re.escape(w) for w in variant.split())
    return re.search(re.escape(plain) + r"(?:系列|型号?|款|版|代)\s*" + words + r"(?![A-Za-z])", text, re.IGNORECASE) is not None


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


ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ORDINAL_WORD_EN = "|".join(ORDINALS_EN) + r"|\d{1,2}(?:st|nd|rd|th)"
# "ranked third", "came in second", "the third-largest", "No. 3": the rank a which/who question asks
RANK_EN = re.compile(rf"\b(?:rank(?:ed|s)?|plac(?:ed|es)|came|finish(?:ed|es)?)\s+(?:in\s+|at\s+)?(?:the\s+)?({ORDINAL_WORD_EN})\b"
                     rf"|\b({ORDINAL_WORD_EN})[- ](?:largest|biggest|highest|most|top|ranked|place)\b", re.IGNORECASE)
NUMERALS_ZH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 第三大, 第3位, 排名第二, 位列第四; 前两大, 前三名 (the holders of ranks one to N, none said to be the N-th)
RANK_ZH = re.compile(r"(第|前)([一二两三四五六七八九十]|\d{1,2})(?=大|名|位|强)|(?:排名?|位列|名列|位居|居)(第)([一二两三四五六七八九十]|\d{1,2})")


def _rank_asked(text: str) -> int:
    m = RANK_EN.search(text)
    word = (m.group(1) or m.group(2)).lower() if m else ""
    return ORDINALS_EN.index(word) + 1 if word in ORDINALS_EN else int(word[:-2]) if word[:-2].isdigit() else 0


def rank_disagreement(q: Question, text: str) -> Disagreement | None:
    """A which/who question asking the holder of one rank, and a sentence that ranks by numbers only other than it:
    第N names the N-th, 前N those above N or up to it (the N-th among them, not said which)."""
    asked = _rank_asked(q.text) if q.kind != "quantity" else 0
    if not asked:
        return None
    ranks = []
    for m in RANK_ZH.finditer(text):
        kind, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        ranks.append((kind, NUMERALS_ZH.get(number) or int(number)))
    if ranks and not any(n == asked if kind == "第" else n >= asked for kind, n in ranks):
        return Disagreement("ordinal", f"第{asked}", "/".join(f"{k}{n}" for k, n in ranks))
    return None


def disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The first of the two for an English question and the sentence `chunk.text[a:b]` (subject.disagreement's
    hook); None for a Chinese question."""
    if not q.english:
        return None
    text = chunk.text[a:b]
    return (variant_disagreement(q.text, text) or pair_disagreement(q, text) or winner_disagreement(q, text)
            or rank_disagreement(q, text))
