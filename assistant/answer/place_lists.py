"""A place named in a list with its sibling divisions (抓好东辽现代农业产业园、东丰梅花鹿创投园)
is one of several the paragraph speaks of: it is not put in force for the sentences after. And the level of a
place named for a city asked: a country or a province, alone or listed (墨西哥、印度、巴西等地), names no city; nor does
a city named for another thing than the facility whose city is asked (`facility_unwritten`)."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.subject_names import Disagreement
from assistant.records import Chunk
from assistant.text import adcodes, places, words
from assistant.text.sentences import paragraph_before, split_sentences


def named_before(chunk: Chunk, a: int) -> list[str]:
    """Places named by the earlier sentences of the sentence's paragraph, in order: the
    last one is in force. Read sentence by sentence, as scoring did (`places` is cached); not
    one written only in a work's title (看完《洛阳往事》后 names no place)."""
    before = paragraph_before(chunk.text, a)
    return [n for x, y in split_sentences(before)
            for n in dict.fromkeys(places.places(before[x:y]) + places.named(before[x:y]))
            if not places.only_in_titles(n, before[x:y])]


def listed_sibling(chunk: Chunk, a: int, key: str) -> str:
    """The sibling division named beside `key` by the last earlier sentence of the paragraph
    that names `key`, or '' when that sentence names it alone."""
    before = paragraph_before(chunk.text, a)
    spans = [before[x:y] for x, y in split_sentences(before) if key in before[x:y]]
    if not spans:
        return ""
    names = dict.fromkeys(places.places(spans[-1]) + places.named(spans[-1]))
    return next((n for n in names if key not in n and adcodes.siblings(n, key)), "")


@lru_cache(maxsize=1)
def _city_named() -> frozenset[str]:
    """The names (full and short) of China's divisions a city may bear: a prefecture or a county (深圳, 吉林
    as 吉林市, 义乌) and the provinces that are cities (北京市, 香港特别行政区); not a province alone (江苏)."""
    out = set()
    for name, short, code in places.divisions():
        if code[2:6] != "0000" or name.endswith(("市", "特别行政区")):
            out |= {name, short}
    return frozenset(out)


def no_city(word: str) -> bool:
    """Is `word` a country or a province that is no city (印度, 中国, 江苏), so it cannot say which city?"""
    level = places.known_level(word) or places.known_level(places.stem(word))
    return level == places.COUNTRY or (level == "省" and word not in _city_named() and places.stem(word) not in _city_named())


CLAUSE_RE = re.compile(r"[^，,；;。：:！!？?]+")


def country_clauses(question: str, text: str) -> str:
    """The clauses of `text` that name no country `question` does not write, when it writes one (印度工厂建在哪座
    城市): a clause naming another (在美国加州、德国柏林设有工厂, 计划在墨西哥、巴西等地建厂) speaks of places
    elsewhere, its cities are not the one asked; `text` whole when the question names no country."""
    asked = {p for p in places.named(question) if places.known_level(p) == places.COUNTRY}
    if not asked:
        return text
    kept = [m.group() for m in CLAUSE_RE.finditer(text)
            if not any(places.known_level(p) == places.COUNTRY and p not in asked for p in places.named(m.group()))]
    return "，".join(kept)


# jieba's tags of a word naming which one of a kind (赤水|竹海: 赤水 n); a place's (杭州|西湖) is the place checks' own
OWN_MODIFIER_FLAGS = ("n", "nz", "nr", "b")
RIVAL_MODIFIER_FLAGS = OWN_MODIFIER_FLAGS + ("ns",)


def _modifier_before(tagged, i: int, flags) -> str:
    """The word right before word i when it names which one (two Han characters or more, a naming tag), else ''."""
    if i == 0:
        return ""
    w, flag = tagged[i - 1]
    return w if len(w) >= 2 and flag in flags and words.chinese_word(w) else ""


def compound_sibling(question: str, key: str, text: str) -> Disagreement | None:
    """The question names a place by a modifier and a place word jieba cuts apart (赤水|竹海); a sentence writing the place word
    only after another modifier (大洞竹海景区…) is about that sibling, not the one asked."""
    if places.known_level(key):  # 比亚迪|深圳, 广东|深圳: a real place after a company or its parent is the place checks' own
        return None
    asked = words.tagged(question)
    mine = next((_modifier_before(asked, i, OWN_MODIFIER_FLAGS) for i, (w, _) in enumerate(asked) if w == key), "")
    if not mine or mine + key in text:
        return None
    tagged = words.tagged(text)
    rivals = [m for i, (w, _) in enumerate(tagged) if w == key and (m := _modifier_before(tagged, i, RIVAL_MODIFIER_FLAGS))
              and not places.known_level(m)]
    found = next((m + key for m in rivals if m != mine), "")
    return Disagreement("place", mine + key, found) if found else None


# 新厂选址在哪个城市, 总部设在哪国: the place asked is where a facility stands, so the sentence naming it writes the
# facility's kind (建厂, 超级工厂, 总部设在); one naming a city but not that kind (在甲市租下办公空间) tells where
# something else is. Not a time asked (实验室在哪年竣工).
FACILITY_PLACE_RE = re.compile(r"(工?厂|总部|基地|研发中心|产业园|园区|实验室|门店|仓库)[^，,。；;？?]{0,6}?"
                               r"(?:建在|设在|落户|落地|位于|选址|设于|建于|在)[^，,。；;？?]{0,3}哪(?![一个]?[年天月日时些])")


def facility_unwritten(question: str, text: str) -> Disagreement | None:
    """The facility whose place `question` asks, when `text` does not write its kind's last character."""
    m = FACILITY_PLACE_RE.search(question)
    return Disagreement("place", m.group(1), "") if m and m.group(1)[-1] not in text else None
