"""What of a question the shown sentence and its passage do not say: the abstention model's
columns for the tempting near miss (answer/abstain.py).

A question whose passage is present but one of whose qualifiers is not what the sentence
says (去年 asked, the sentence gives this summer's; 名村 asked, the sentence counts 名镇;
第三批 asked, the passage lists 第二批) is answered by the rules with a near figure, and
every other signal of the model reads it as a good answer. These columns say which kind of
qualifier is uncovered (a period, an ordinal of a series, a place), whether the sentence
holds a one-character variant of it (the sibling it does say), and how rare the words are
that the passage never says.
"""

from __future__ import annotations

import re

from assistant.text import ordinals, periods, words
from assistant.text.words import normalise

NAMES = ("miss_time_sentence", "miss_time_passage", "miss_ordinal", "miss_place", "near_miss",
         "miss_rarity", "miss_share")

# a period a figure belongs to: the relative years, halves, quarters, months, holidays and
# the parts of a year or month news figures are given for (longer spellings first)
TIME_RE = re.compile(
    r"(?:上|下)半年|(?:第?[一二三四1-4])季度|前[一二三四五六七八九十\d]{1,2}个?月|\d{4}年(?:\d{1,2}月)?|"
    r"(?:今|去|前|明|上|本)年|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?|(?:暑|寒)(?:期|假)|"
    r"首月|全年|年初|年底|年末|月底|月初|上旬|中旬|下旬|当月|本月|上月|同期")


def qualifiers(text: str, terms, places) -> list[tuple[str, str]]:
    """(kind, word) of what a question says about which figure it asks: its periods
    ('time'), ordinals of a series ('ordinal', 第三批), places ('place') and other topic
    words of two characters or more ('term')."""
    out = [("time", m.group(0)) for m in TIME_RE.finditer(text)]
    out += [("ordinal", m.group(0)) for m in ordinals.ORDINAL_RE.finditer(text)]
    out += [("place", p) for p in places if len(p) >= 2]
    said = {w for _, w in out}
    out += [("term", t) for t in terms if len(t) >= 2 and t not in said and not any(t in w for w in said)]
    return out


def near_miss(word: str, text: str) -> bool:
    """`text` does not hold `word` but holds a string of its length differing in one
    character (名镇 for 名村, 第二批 for 第三批, 上半年 for 下半年): the sibling it says."""
    if len(word) < 2 or word in text:
        return False
    n = len(word)
    for i in range(len(text) - n + 1):
        window = text[i : i + n]
        if sum(a != b for a, b in zip(window, word)) == 1:
            return True
    return False


YEAR_RE = re.compile(r"(\d{4})年")
PLACE_LEVEL_RE = re.compile(r"(?<=..)(?:省|市|县|区|州|镇|乡)$")  # 辽源市 is said by 辽源


# 今年 is the period a document's figures are of unless it says another: no passage need write it
CURRENT_YEAR = ("今年", "本年")


def _said(kind: str, word: str, text: str, years) -> bool:
    if kind == "time" and (word in CURRENT_YEAR or periods.says(text, word)):
        return True
    if words.writes(word, text):  # 规上 is said by 规模以上
        return True
    year = YEAR_RE.fullmatch(word)
    if kind == "time" and year and (not years or year.group(1) in years):
        # the year in force (今年 in a 2024 document, a year named earlier in the article);
        # none known: the rules' year check lets it pass too (evidence.year_factor)
        return True
    # 辽源市 said by 辽源; a name tagged with what follows it (辽源城镇) by its first two characters
    return kind == "place" and (PLACE_LEVEL_RE.sub("", word) in text or word[:2] in text)


def columns(question: str, terms, places, sentence: str, passage: str, idf=None, years=()) -> list[float]:
    """One value per NAMES for a question's qualifiers against the shown sentence and its
    passage; `years` are the years the sentence is known to speak of (evidence.sentence_years).
    The rarity is the highest idf of a word the passage never says, over the idf of a word
    the corpus never holds (so 1.0 is a word no passage says, on any corpus)."""
    sentence, passage = normalise(sentence), normalise(passage)
    found = [(kind, normalise(w)) for kind, w in qualifiers(question, terms, places)]
    not_said = [(kind, w) for kind, w in found if not _said(kind, w, passage, years)]
    top = idf("\u0000") if idf is not None else 1.0
    rarity = {w: (idf(w) / top if idf is not None and top else 1.0) for _, w in found}
    total = sum(rarity.values())
    return [float(any(k == "time" and not _said(k, w, sentence, years) for k, w in found)),
            float(any(k == "time" for k, _ in not_said)),
            float(any(k == "ordinal" for k, _ in not_said)),
            float(any(k == "place" for k, _ in not_said)),
            float(any(near_miss(w, sentence) for _, w in not_said)),
            max((rarity[w] for _, w in not_said), default=0.0),
            sum(rarity[w] for _, w in not_said) / total if total else 0.0]
