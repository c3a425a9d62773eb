"""English phrases the dictionary translates as a whole: beef cattle -> 肉牛, general manager ->
总经理, first half -> 上半年, carry out -> 实施.

The bridge (`query.crosslingual`) reads CC-CEDICT one English word at a time: "beef cattle"
became beef (no corpus word) and cattle (牛羊), "general manager" became general (将军, 普通)
and manager (经理), and the Chinese compound that a text writes for the phrase was found by
neither. A definition of two or three English words is read here as a key of its own; the
corpus words it names join the group of the phrase's last English word (its head), where they
widen what that word can match and leave the modifier's own group as it was (second quarter
keeps second: first and second quarter stay apart).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from assistant.text import places
from assistant.text.cedict_file import entries

LONGEST = 3  # English words of a phrase
PHRASE = re.compile(r"[a-z]+(?: [a-z]+){1,%d}" % (LONGEST - 1))


def _key(definition: str) -> str:
    """One sense of a definition as a phrase key: brackets out, a leading to/a/the out, hyphens
    as spaces (high-speed -> high speed)."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", definition.lower()).replace("-", " ")
    text = re.sub(r"^(?:to|a|an|the) ", "", " ".join(text.split()))
    return text if PHRASE.fullmatch(text) else ""


@lru_cache(maxsize=1)
def phrase_index() -> dict[str, tuple[str, ...]]:
    """phrase -> the simplified headwords with a sense that is exactly that phrase; and the
    words of `english_words.json`, a single word or a phrase, the project's own."""
    index: dict[str, list[str]] = defaultdict(list)
    for simplified, _, definitions in entries():
        if not re.search(r"[\u4e00-\u9fff]", simplified):
            continue
        for definition in definitions.split("/"):
            for sense in definition.split(";"):
                key = _key(sense)
                if key and simplified not in index[key]:
                    index[key].append(simplified)
    # the project's own words first: general words the dictionary lacks (urban -> 城镇)
    own = json.loads((Path(__file__).with_name("english_words.json")).read_text(encoding="utf-8"))
    return {k: tuple(dict.fromkeys(own.get(k, []) + index.get(k, []))) for k in {*index, *own} if k != "_why"}


# English verbs whose past form (took, held) no suffix rule undoes: a how-many question's
# counted noun, and the head noun a question asks, end before one (how many runners took part counts runners, not a
# part, which a word-by-word reading took for the thing counted)
IRREGULAR_PAST_EN = frozenset("""took taken made held went gone came gave given got ran won saw seen kept brought bought
    built sold paid met sent spent stood began begun broke broken drew drawn fell fallen rose risen grew grown wrote written
    lost caught fought flew flown drove driven threw thrown chose chosen shot struck became""".split())
PAST_EN = "|".join(sorted(IRREGULAR_PAST_EN))


def phrase_words(tokens: list[str], vocab, stopwords, variants) -> dict[int, list[str]]:
    """position of a phrase's head in `tokens` (its last word other than a stopword) -> the
    corpus words (`vocab`) that translate the phrase, the longest phrase's first. A phrase does not start with a stopword
    (the question's, not the dictionary's: what year is no phrase, last year -> 去年 is); its
    last word may be inflected (`variants`: tablets -> tablet)."""
    index = phrase_index()
    low = [t.lower() for t in tokens]
    out: dict[int, list[str]] = {}
    for n in range(LONGEST, 0, -1):
        for i in range(len(low) - n + 1):
            span = low[i : i + n]
            if span[0] in stopwords:
                continue
            for last in dict.fromkeys(variants(span[-1])):
                found = [w for w in index.get(" ".join(span[:-1] + [last]), ()) if w in vocab]
                # a stopword makes no group of its own: last year's 去年 joins last's
                head = max(j for j in range(i, i + n) if j == i or low[j] not in stopwords)
                for word in found:
                    if word not in out.setdefault(head, []):
                        out[head].append(word)
    return out


# "Which hotel", "which newspaper", "at which university", "which bureau": a thing of a kind whose Chinese name is
# written with the kind (开元酒店, 人民日报, 吉林大学, 某区教育局), as `asked_kind.FACILITY_ASKED_RE` reads 哪家工厂 in Chinese (the kinds
# it knows are written as `asked_kind.WRITTEN_AS` says); a park is any 园 (产业园, 公园)
KINDS_EN = (("hotel", "酒店|宾馆|饭店"), ("newspaper", r"[日晚早晨商时周导]报|报(?=\s*》)|报社"), ("hospital", "医院"),
            ("bank", "银行"), ("university", "大学"), ("college", "学院"), ("school", "学校"), ("factory", "工厂"),
            ("river", "河"), ("museum", "博物馆"), ("airport", "机场"), ("port", "港"), ("station", "站"),
            ("bridge", "桥"), ("park", "园"), ("stadium", "球场|体育馆"), ("laboratory", "实验室"), ("bureau", "局"), ("ministry", "部"))
KIND_EN_RE = re.compile(r"\b(?:which|what)\s+(?:[a-z-]+\s+)?(" + "|".join(k for k, _ in KINDS_EN) + r")\b", re.IGNORECASE)


# "Which car models", "what versions": versions of a product, which the answer names (`answer.asked_kind`)
VERSIONS_EN_RE = re.compile(r"\b(?:which|what)\s+(?:[a-z-]+\s+)?(models|versions|variants|trims|editions)\b", re.IGNORECASE)


def kind_written(question: str) -> str:
    """The Chinese kind an English which-question asks (hotel -> 酒店|宾馆|饭店), or ''."""
    m = KIND_EN_RE.search(question)
    return dict(KINDS_EN)[m.group(1).lower()] if m else ""


# a verb's regular past (attended, visited) before its object or particle, not a participle before the noun it
# qualifies (fixed parking spaces, advanced-certified firms) nor a noun ending so (seed, speed; bed, red)
REGULAR_PAST_EN = (r"[a-z]{2,}[^e\s]ed(?=\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|up|in|on|at|to|for|"
                   r"from|by|with|over)\b|\s+(?-i:[A-Z]))")
# "How many remote pathology diagnoses did X organise": the words between how many and the verb
COUNTED_EN_RE = re.compile(r"\bhow many\s+((?:[a-z-]+\s+){0,4}?[a-z-]+?)(?=\s+(?:does|do|did|will|would|is|was|are|were|has|have"
                           r"|had|of|in|for|at|on|to|can|could|should|that|" + PAST_EN + r"|" + REGULAR_PAST_EN + r")\b|\s*[?.]|$)",
                           re.IGNORECASE)


# "Disney's consumer products business", "its cloud segment": a part of the whole the question names
PART_EN_RE = re.compile(r"(?:(?<='s )|(?<=’s )|(?<=\bits )|(?<=\btheir ))((?:[a-z-]+\s+){0,2}[a-z-]+)\s+"
                        r"(?:business|segment|division|unit|arm|sector)\b", re.IGNORECASE)


# "What tax rate does India levy on pure electric cars?": the thing a figure question ends on, after on/for/of,
# two or three plain lowercase words (no article, no capitalised name)
OBJECT_EN_RE = re.compile(r"\b(?:on|for|of)\s+((?!(?:the|a|an|its|their|this|that|these|those|his|her)\b)[a-z-]+"
                          r"(?:\s+[a-z-]+){1,2})\s*\?\s*$")
# modifiers that distinguish no kind of thing (new cars are cars; a total is english_clauses' to read)
PLAIN_MODIFIERS_EN = frozenset({"new", "old", "total", "first", "last", "other", "more", "main", "major", "such", "same",
                                "different", "various", "several", "annual", "yearly", "monthly", "daily", "current",
                                "overall", "average", "combined", "cumulative", "additional", "extra"})


def described(question: str) -> str:
    """The thing an English figure question's figure is of, with its modifiers: what it counts ('smart
    sock machines'), else the part of a whole, else the thing it ends on ('pure electric cars')."""
    found = counted(question)
    if found:
        return found
    m = OBJECT_EN_RE.search(question)
    return m.group(1) if m else ""


def counted(question: str) -> str:
    """The things an English question counts ('remote pathology diagnoses'), else the part of a
    whole whose figure it asks ('consumer products' of "Disney's consumer products business");
    '' when it names neither."""
    m = COUNTED_EN_RE.search(question) or PART_EN_RE.search(question)
    return m.group(1) if m else ""


# "Which stock exchange are…", "what door configuration does…", "which two kinds of messy wiring does…": the noun
# phrase a which/what question asks, up to its verb or preposition (`answer/english_slot.py` reads it), or an adverb
# of its verb: "which company also cut staff" asks a company (the verb cut, in its past, is no -ed form)
ASKED_EN_RE = re.compile(r"\b(?:which|what)\s+(?:(?:one|two|three|four|five|six|\d+)\s+)?(?:(?:kinds?|types?|sorts?)\s+of\s+)?"
                         r"((?:[a-z-]+\s+){0,3}?[a-z-]+?)(?=\s+(?:of|in|for|does|do|did|will|would|is|was|are|were|to|by|at|on"
                         r"|has|have|had|that|which|from|can|could|should|must"
                         r"|also|still|again|already|recently|previously|later|once|ever|jointly|first)\b|\s*[?.,]|$)", re.IGNORECASE)
BE_EN, NOUNS_IN_ED = ("is", "was", "are", "were", "does", "do", "did"), ("speed", "seed", "feed", "need", "breed", "bed", "shed", "red", "hundred")


def asked(question: str) -> str:
    """The noun phrase a which/what question asks ('stock exchange'), cut before a verb in -ed (which newspaper
    carried…; not a noun in -ed, the maximum read speed); '' for "what is/does…", which asks no thing by its kind."""
    m = ASKED_EN_RE.search(question)
    found = m.group(1).split() if m else []
    if not found or found[0].lower() in BE_EN:
        return ""
    verb = next((i for i, w in enumerate(found) if i and w.lower().endswith("ed") and w.lower() not in NOUNS_IN_ED), None)
    return " ".join(found[:verb])


def groups_of(bridge, words: str) -> tuple[tuple[str, ...], ...]:
    """The bridge's groups of Chinese words for some English `words` ('' has none)."""
    return tuple(bridge.groups(words)[0]) if words else ()


# a hyphened pair of names (the Shanghai-Nanjing railway, 沪宁沿江高铁; a Beijing-Tianjin link) is a route or
# a link between two places: neither is the place the question asks about
ROUTE_RE = re.compile(r"\b[A-Z][A-Za-z]+-[A-Z][A-Za-z]+\b")


def route_end(question: str, at: int) -> bool:
    """Whether the word at offset `at` of `question` is one end of a hyphened pair of names."""
    return any(m.start() <= at < m.end() for m in ROUTE_RE.finditer(question))


# a place named as a partner's (a tie-up with the Weihai base, talks with Shenzhen firms): the thing asked is
# the other party's, as a Chinese sentence's 与威海…合作 is (answer/counterparts.py)
PARTNER_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def partner_at(question: str, at: int) -> bool:
    """Whether the word at offset `at` of `question` opens a partner named after "with"."""
    return bool(PARTNER_BEFORE_RE.search(question[:at]))


# a surname in pinyin before a capitalised given name is a person's (Zhang Chenlong), not a place its pinyin
# spells with a level (漳县 for Zhang): unless the word after it is a place's (Zhang County, Huang River)
FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
PLACE_WORDS_EN = frozenset("""county district city province town township village river lake mountain mountains road
    street bay port island zone area region prefecture new high""".split())


def surname_at(question: str, at: int) -> bool:
    """Whether the word at offset `at` of `question` is a Chinese surname (CC-CEDICT's "surname X") followed by a
    capitalised given name (`FULL_NAME_RE`)."""
    m = FULL_NAME_RE.match(question, at)
    return bool(m) and m.group(2).lower() not in PLACE_WORDS_EN and f"surname {m.group(1).lower()}" in phrase_index()


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (a, ai, … zuo), from pypinyin's character table: tones and ü's dots dropped."""
    import unicodedata
    from pypinyin.pinyin_dict import pinyin_dict

    plain = lambda s: "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return frozenset(plain(p) for readings in pinyin_dict.values() for p in readings.split(","))


def spelled_in_pinyin(word: str) -> bool:
    """Whether `word` is one or two pinyin syllables, as a Chinese given name is (Xiaofei, Fei; not Auto, Motors)."""
    low, known = word.lower(), syllables()
    return low in known or any(low[:k] in known and low[k:] in known for k in range(1, len(low)))


PHRASE_RE = re.compile(r"([A-Z][a-z]+)((?: [A-Z][a-z]+){1,2})")


def dictionary_phrase(question: str, at: int, known: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """The capitalised words at `at` that the dictionary gives as one proper name (`cedict.dictionary_names`:
    Hong Kong, New Zealand; written joined too, as Nezha for Ne Zha), the longest first, with its headwords:
    read word by word, such a name's first word passes for a surname and the whole for a person's pinyin."""
    m = PHRASE_RE.match(question, at)
    if not m:
        return None
    words_at = m.group().split()
    for n in range(len(words_at), 1, -1):
        phrase = " ".join(words_at[:n])
        found = known.get(phrase.lower()) or known.get(phrase.replace(" ", "").lower())
        if found:
            return phrase, found
    return None


def full_name_at(question: str, at: int) -> bool:
    """Whether the words at offset `at` of `question` are a Chinese person's name in pinyin: a surname
    (`surname_at`) and a given name spelled in pinyin syllables (Cui Xiaofei; not the brand Li Auto)."""
    m = FULL_NAME_RE.match(question, at)
    return surname_at(question, at) and spelled_in_pinyin(m.group(2))


# "According to its director, what was …", "As the report says, how many …": an attribution before the
# question's own words; the kind asked is read from what follows it (what was … investment asks a figure)
ATTRIBUTION_EN = re.compile(r"^\s*(?:according to|as (?:stated|reported|said) by|in the words of)\b[^,?]{0,80},\s*", re.IGNORECASE)


# "Under the work report, what share of…", "On work safety, which kind of…", "In X's report, what was…": a phrase
# that sets the scene before the question's own wh-word, with no wh-word of its own; the kind asked is read
# from the wh-clause, as the patterns that read it at the question's start (what share…, which three X…) expect
WH_EN = r"(?:what|which|who|whom|whose|how|where|when|why)\b"
LEADING_PHRASE_EN = re.compile(r"^\s*(?![^,?;]*\b" + WH_EN + r")[^,?;]{1,100},\s*(?=" + WH_EN + ")", re.IGNORECASE)


def without_attribution(text: str) -> str:
    """An English question without the attribution it opens with (`ATTRIBUTION_EN`), or the scene-setting
    phrase before its wh-word (`LEADING_PHRASE_EN`), else itself."""
    return LEADING_PHRASE_EN.sub("", ATTRIBUTION_EN.sub("", text, count=1), count=1)


# "what do governments do when investment falls short": a what question whose verb is do asks an act, not a
# figure nor a list, whatever measure word (investment) or plural (governments) it names
ASKS_ACT_EN = re.compile(r"^\s*what\s+(?:do|does|did|will|would|should|can|could)\b.*\b(?:do|done)\b", re.IGNORECASE)


# "economic growth", "the economy grew", GDP: the growth or size of 地区生产总值 (paraphrases.OUTPUT), which a
# report also writes 经济增长/经济总量: the question's 经济 is searched and held by those words too (english_question),
# and a figure named by another measure (社会消费品零售额, 工业增加值) is not it (answer/english_scope.py)
ECONOMY_EN = re.compile(r"\bGDP\b|\bgross (?:domestic|regional) product\b|\beconom(?:ic|y|y['’]s)\s+(?:growth|grew|grow|"
                        r"expan\w*|output|size|aggregate|volume)\b|\beconomy\s+(?:has\s+|had\s+)?(?:grow|grew|grown|expand)", re.IGNORECASE)


# Ghanaian, Kenyan: a country's people or things, read as the country (Ghana) is; the dictionary glosses most such
# words (Japanese, Canadian) but not these, and an unknown capitalised word is taken for a name no passage writes
DEMONYM_ENDINGS = (("ian", ""), ("ian", "a"), ("n", ""), ("ese", ""), ("i", ""))


def demonym_country(word: str, known: dict[str, list[str]], index) -> str:
    """The country (lower case) whose people `word` names, when the dictionary knows no `word` but gives that
    country as a proper name of a country; else ''."""
    if word in index or word in known:
        return ""
    for ending, added in DEMONYM_ENDINGS:
        stem = word[: -len(ending)] + added if word.endswith(ending) and len(word) > len(ending) + 2 else ""
        if stem and any(places.known_level(w) == places.COUNTRY for w in known.get(stem, [])):
            return stem
    return ""


# a body named by its place (Suzhou's Xiangcheng district, the Pudong New Area government) ends in its kind, no verb
BODY_NOUNS_EN = (r"(?:district|county|city|province|prefecture|town|township|village|government|company|group|bureau|office"
                 r"|department|ministry|commission|committee|court|team|club|university|school|hospital|area|zone)s?")
