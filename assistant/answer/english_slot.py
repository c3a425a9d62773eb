"""Whether the sentence shown for an English which/what question writes the thing asked.

"Which stock exchange are A and B planning to list on?" reaches a sentence that writes A, B and
上市 (list) and nothing of an exchange: the English scorers weigh the question's words, which the
sentence holds, not the slot they leave open. An answer to a which/what question asking a thing
by its kind (`english_phrases.asked`: stock exchange, developed regions, new chapter) writes that
kind, translated (交易所, 地区, 章), or names one otherwise:

- in quotation marks or book-title marks (以“乡BA”为载体, “生产关联激励”): a name of any kind;
- a place, for a city, county, province or country (天津、北京 for "which two cities");
- a proper name jieba knows, for a company, firm or brand (与京东深度合作), which is seldom written with 公司;
- a product or code in Latin letters the question does not write (Docker Compose, ZIP64), for a kind of technology.

A noun too vague to be written (things, state, way) asks nothing the sentence must write. Some kinds need
their slot filled whatever words the sentence shares with the question (`slot_unfilled`): a body asked by its
kind (which team, which maker, who is the owner) needs a name beyond the question's own; a cause asked (what
caused) a word of cause, not the sentence saying the thing happened; a figure asked by its noun (what is the
cap, what average score, what floor space, what margin) a figure, not the rule without it; a model asked (which chip)
its designation, not its maker; a date asked (when) a date beside the dateline's, written as one to come for a
planned event. Refusing is the remedy: a wrong answer is worse than none.
"""

from __future__ import annotations

import re

from assistant.answer.asked_kind import ORG_TAIL, named_with, names_org
from assistant.answer.english import AGREED_SUPPORT
from assistant.answer.subject_names import DATELINE_RE, new_latin_names  # DATELINE_RE: the day and agency a piece was filed by
from assistant.query import english_phrases
from assistant.query.english_periods import COUNT, NUMBER_WORDS
from assistant.query.question import Question
from assistant.text import places, quantities, words

# nouns that say no kind: an answer of any words is one of these
VAGUE_EN = frozenset({"thing", "things", "state", "states", "way", "ways", "kind", "kinds", "type", "types", "aspect",
                      "aspects", "area", "areas", "part", "parts", "else", "one", "ones", "other", "others", "role",
                      "step", "steps", "measure", "measures", "move", "moves", "problem", "problems", "issue", "issues"})
PLACE_KINDS_EN = frozenset({"city", "cities", "town", "towns", "county", "counties", "province", "provinces",
                            "country", "countries", "place", "places", "village", "villages"})
FIRM_KINDS_EN = frozenset({"company", "companies", "firm", "firms", "enterprise", "enterprises", "brand", "brands",
                           "carmaker", "carmakers", "automaker", "automakers", "manufacturer", "manufacturers",
                           "supplier", "suppliers", "partner", "partners", "group", "groups"})
# which vice-minister, which deputy mayor: a post, which a sentence names by its title (副部长), not by a report's title
POST_KINDS_EN = frozenset({"minister", "ministers", "mayor", "governor", "ambassador", "secretary", "chairman", "chairwoman",
                           "president", "premier", "director", "commissioner", "envoy", "spokesperson", "spokesman"})
# which research body/institute: a body asked by its kind, named as a body's name ends (研究院, 农科所, 管理局)
BODY_KINDS_EN = frozenset({"body", "bodies", "institution", "institutions", "institute", "institutes", "agency", "agencies",
                           "organisation", "organisations", "organization", "organizations"})
TECH_KINDS_EN = frozenset(w + s for w in "tool format feature app application program programme standard protocol platform framework engine "
                          "interface codec package chip processor gpu cpu function mode software".split() for s in ("", "s"))  # (ZIP64)
QUOTED_RE = re.compile(r"“[^”]{2,}”|《[^》]{2,}》|\"[^\"]{2,}\"|「[^」]{2,}」|‘[^’]{2,}’")
NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of a person, a place, an organisation, another proper noun


def asked_noun(q: Question) -> str:
    """The noun a which/what English question asks by its kind ('exchange'), '' when it asks none the
    sentence must write (a figure, a time, a person, a vague noun)."""
    if not q.english or q.kind in ("quantity", "time", "person") or not q.asked_head:
        return ""
    noun = english_phrases.asked(q.text).split(" ")[-1].lower()
    return "" if noun in VAGUE_EN else noun


def _names_proper(q: Question, text: str) -> bool:
    """Does `text` write a proper name of two or more characters that is not one the question names?"""
    own = {c for _, chinese in q.names for c in chinese}
    return any(len(w) > 1 and f.startswith(NAME_TAGS) and w not in own for w, f in words.tagged(text))


# "which kind of pollution control": a kind, a class of things, which a document's title (《…》) does not name
KIND_OF_EN = re.compile(r"\b(?:kinds?|types?|sorts?)\s+of\b", re.IGNORECASE)
TITLE_RE = re.compile(r"《[^》]{2,}》")
# 哈尔滨等地, 天津等城市: a place given as one example of several (X and other places), not the one place asked
EXAMPLE_AFTER = ("等地", "等城", "等省", "等县", "等市", "等国")


def _quotes(q: Question, text: str) -> bool:
    """Does `text` quote a name that may fill the slot: any quoted one, but a title (《…》) for a kind asked?"""
    if KIND_OF_EN.search(q.text):
        text = TITLE_RE.sub("", text)
    return bool(QUOTED_RE.search(text))


VERB_AFTER = ("了",)  # 上马了一些项目: a word the place reader takes for a town, written as a verb with its 了


def _one_place(q: Question, text: str) -> bool:
    """Does `text` name a place, not as a verb (上马了), and for one place asked (a city) not only as an example of
    several (哈尔滨等地)?"""
    found = places.places(text)
    after = VERB_AFTER if asked_noun(q).endswith("s") else VERB_AFTER + EXAMPLE_AFTER  # which cities: an example is one
    return any(text.count(p) > sum(text.count(p + e) for e in after) for p in found)


def filled(q: Question, text: str) -> bool:
    """Does `text` write the kind `q` asks (a translation of its noun, or the noun in Latin letters), or name one as that
    kind is named: a place for a place asked, a quoted name, a proper name for a firm, a Latin one for a technology?"""
    noun = asked_noun(q)
    if noun.split("-")[-1] in POST_KINDS_EN and q.asked_head:  # a post is written by its title, with 副 for a vice- or deputy one
        return any(t in text for t in q.asked_head) and ("副" in text or not noun.startswith(("vice", "deputy")))
    if not noun or any(t in text for t in q.asked_head) or re.search(rf"(?<![A-Za-z]){re.escape(noun)}(?![A-Za-z])", text, re.IGNORECASE):
        return True
    if noun in PLACE_KINDS_EN:
        return _one_place(q, text)
    return _quotes(q, text) or (noun in FIRM_KINDS_EN and _names_proper(q, text)) or (noun in BODY_KINDS_EN and _names_body(q, text)) \
        or (noun in TECH_KINDS_EN and bool(new_latin_names(q.text, text)))


# which team/maker/carrier, who is the firm's owner: a body asked by its kind, which an answer names (a proper name,
# a quoted one, a name ending like a body's) apart from the names the question writes, whatever kind the
# question was read as (the fastest-growing maker reads as a figure question)
BODY_ASKED_EN = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|(?:car|auto)?makers?|manufacturers?|suppliers?|brands?"
    r"|teams?|clubs?|carriers?|airlines?|operators?|developers?)\b"
    r"|\bwho\s+(?:is|was|are|were)\s+[^?]*?\b(?:shareholders?|owners?|parent(?: company)?|investors?|buyers?|acquirers?)\b",
    re.IGNORECASE)
# what caused the blast, the cause of / reason for the delay: a cause, which a sentence writes with a word of cause;
# a verb of causing (引发, 导致) writes one only with the question's thing after it (导致停电), or after 由/因/系 (由甲引发)
CAUSE_EN = re.compile(r"\bwhat\s+(?:caused|triggered|sparked)\b|\b(?:cause|causes|reason|reasons)\s+(?:of|for|behind)\b",
                      re.IGNORECASE)
# (受暴雨影响: under the rain's effect; 因 alone, 因大雾停航, but not 因此 or 因素)
CAUSE_ZH = re.compile(r"原因|起因|诱因|缘于|源于|源自|由于|因为|所致|归因|归咎|(?<![原起诱基])因(?![此素])|受[^，,。；;]{1,15}影响"
                      r"|(?:由|系|是)[^，,。；;]{1,20}?(?:导致|造成|引起|引发|所致)")
CAUSE_VERB_ZH = re.compile(r"(?:导致|造成|引起|引发|致使)([^，,。；;]*)")
# the upper limit of an allowance, the mean rating given: a figure named by its noun, which an answer writes as a figure
# (not a date's: 自2023年7月起 sets when, not the cap), a score in points (4.2分, 580环)
# (a firm's margin, revenue or profit; a hall's floor space, a site's total area, a bridge's length: a measure by its noun)
FIGURE_NOUN_EN = re.compile(r"\bwhat\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:the\s+)?"
                            r"(?:(?!(?:for|of|to|on|in|with|and|by|from|about|does|did|do)\b)[\w'’-]+\s+){0,4}?"
                            r"(caps?|ceilings?|limits?|thresholds?|scores?|fees?|fares?|prices?|costs?|tolls?|rents?"
                            r"|margins?|revenues?|turnover|profits?|earnings|lengths?|heights?|widths?|floor\s+(?:space|area)"
                            r"|(?:total|land|site|building|construction|exhibition|usable|covered)\s+area|area(?=\s+of\b))\b"
                            r"(?!\s+(?:model|mode|strategy|strategies|structure|source|sources|channels?|pool|sharing)\b)",
                            re.IGNORECASE)
SCORE_UNITS = ("分", "环", "点")
MATCH_SCORE_RE = re.compile(r"(?<![\d:：])\d{1,3}\s*[:：比]\s*\d{1,3}(?![\d:：])")
MATCH_WORDS_ZH = re.compile(r"比分|战胜|击败|胜|负|战平|打平|逼平|取胜|落败|赢|输")  # a score, not a clock's 19:30
YEAR_RE = re.compile(r"(?:19|20)\d\d")
TIME_UNITS = frozenset({"年", "月", "日", "号", "天", "时", "点", "分", "秒", "周", "季度", "年度", "世纪"})


def _question_words(q: Question) -> list[str]:
    """The Chinese words a question writes: its names, places and topic words, longest first."""
    found = {c for _, forms in q.names for c in forms} | set(q.places) | set(q.terms)
    return sorted((w for w in found if len(w) > 1), key=len, reverse=True)


def _names_body(q: Question, text: str) -> bool:
    """Does `text` name a body (`asked_kind.names_org`, or a capitalised Latin name) that is none of the question's own
    (a firm called after the question's one, 甲乙新能源 for 甲乙, is its own) nor a figure (12万台 ends like 电视台)?"""
    for f in sorted(quantities.find_quantities(text), key=lambda f: -f.start):
        text = text[: f.start] + "，" + text[f.end :]
    for w in _question_words(q):
        text = text.replace(w, "，")
    own = " ".join(_question_words(q)) + " " + q.text
    latin = any(m.group(0) not in q.text for m in re.finditer(r"(?<![\dA-Za-z.%])[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*", text))
    text = TITLE_RE.sub("，", text)  # 《甲刊》发布榜单: a publication's title, which names the list's publisher, not a body in it
    return latin or names_org(own, _inner_tails(text)) or bool(QUOTED_RE.search(text))


def _inner_tails(text: str) -> str:
    """`text` with the inside of a common word of three or more (排行榜, 银行业) blanked: a body's name ends at its word's
    end (行 ends a bank's); a proper name (`NAME_TAGS`) and a word ending like a body (有限公司) are left whole."""
    out, at = list(text), 0
    for word, flag in words.tagged(text):
        start = text.find(word, at)
        if start >= 0:
            at = start + len(word)
            if len(word) >= 3 and not flag.startswith(NAME_TAGS) and not re.search(r"[A-Za-z\d]", word) \
                    and not re.search(f"(?:{ORG_TAIL})$", word):  # 有限公司 ends a name
                out[start + 1 : at - 1] = "·" * (len(word) - 2)
    return "".join(out)


def _writes_cause(q: Question, text: str) -> bool:
    """Does `text` write a cause: a word of cause, or a verb of causing with a word of the question after it?"""
    own = _question_words(q)
    return bool(CAUSE_ZH.search(text)) or any(any(w in m.group(1) for w in own) for m in CAUSE_VERB_ZH.finditer(text))


def _writes_figure(noun: str, text: str) -> bool:
    """Does `text` write a figure (not a date's), in points for a score?"""
    found = [f for f in quantities.find_quantities(text) if (f.unit not in TIME_UNITS or noun.startswith("score")
             and f.unit in SCORE_UNITS) and not YEAR_RE.fullmatch(f.text.strip())]  # 2023财年: a year, read bare
    if noun.startswith("score"):  # 以3:2的比分, 2比1: a match's score, written as two numbers
        return any(f.unit in SCORE_UNITS for f in found) or bool(MATCH_SCORE_RE.search(text) and MATCH_WORDS_ZH.search(text))
    return bool(found)


# when will the ferry run again, which day is the hall due to open: a date still to come when written
PLANNED_EN = re.compile(r"\b(?:will|scheduled|expected|due|slated|set\s+to|plann?(?:ed|s)?\s+to|going\s+to)\b", re.IGNORECASE)
# how a report writes a date still to come: a word of planning or expecting (将于, 预计, 定于), a rule's start (自…起施行)
FUTURE_ZH = re.compile(r"将|预计|计划|有望|拟|定于|定在|预定|力争|争取|即将|届时|预期|目标|明年|下半年|下个?[月周]|年内|[年月]底"
                       r"|自[^，。；]{2,14}?起")


def dates_asked(q: Question, text: str) -> bool:
    """Does `text` date something beside its dateline, and for an event to come (`PLANNED_EN`) as one to come (`FUTURE_ZH`),
    not by the day it was announced? A photo's day (8月15日，航拍…) or a past day is not the day a line is to open."""
    from assistant.answer.asked_slot import dates_nothing
    from assistant.answer.english_acts import without_announcements

    planned, text = PLANNED_EN.search(q.text), DATELINE_RE.sub("，", text)
    text = without_announcements(text) if planned else text
    return not dates_nothing(text) and (not planned or bool(FUTURE_ZH.search(text)))


# which chip, aircraft type, car model: a make's model, named by its designation (甲芯3A5000, DZZ4型, Model Y, 运-20), not its maker
MODEL_ASKED_EN = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:chips?|processors?|aircraft\s+types?"
                            r"|(?:car|vehicle|aircraft|plane|jet|phone|engine|rival)\s+models?)\b", re.IGNORECASE)
DESIGNATION_RE = re.compile(r"[A-Za-z][A-Za-z\d.-]*|[\u4e00-\u9fff]-\d+")


def _designates(q: Question, text: str) -> bool:
    """Does `text` write a model's designation (`DESIGNATION_RE`) that the question does not?"""
    own = set(re.findall(r"[A-Za-z][A-Za-z\d.-]*", q.text))
    return any(m.group(0) not in own for m in DESIGNATION_RE.finditer(text))


PLACES_COUNTED_EN = re.compile(rf"\bwhich\s+{COUNT}\s+(?:[\w-]+\s+)?(?:cities|towns|counties|provinces|countries|places|villages)\b", re.I)


def _too_few_places(q: Question, texts: list[str]) -> str:
    """Which three cities, answered by sentences naming fewer places than that (这三个城市的…, 以新乡为例)."""
    word = m.group(1).lower() if (m := PLACES_COUNTED_EN.search(q.text)) else ""
    count = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    named = {p for t in texts for p in places.places(t)}
    return f"{len(named)} places named for {count}" if count and len(named) < count else ""


def slot_unfilled(q: Question, texts: list[str]) -> str:
    """Why none of `texts` fills the slot an English question asks by its kind: a date (`dates_asked`), a model's designation
    (`MODEL_ASKED_EN`), a body's name (`BODY_ASKED_EN`), a cause (`CAUSE_EN`), a figure its noun names (`FIGURE_NOUN_EN`)."""
    if not q.english or not texts:
        return ""
    if too_few := _too_few_places(q, texts):
        return too_few
    if q.kind == "time" and not any(dates_asked(q, t) for t in texts):
        return "no date of the event asked"
    if MODEL_ASKED_EN.search(q.text) and not any(_designates(q, t) for t in texts):
        return "no model named"
    if BODY_ASKED_EN.search(q.text) and not any(_names_body(q, t) for t in texts):
        return "no body named"
    if CAUSE_EN.search(q.text) and not any(_writes_cause(q, t) for t in texts):
        return "no cause written"
    figure = FIGURE_NOUN_EN.search(q.text)
    if figure and q.kind != "quantity" and not any(_writes_figure(figure.group(1).lower(), t) for t in texts):
        return f"no {figure.group(1)} written"
    return ""


def unfilled(q: Question, texts: list[str]) -> str:
    """Why none of an answer's `texts` writes the thing an English which/what question asks (its kind, or the slot
    that kind needs filled: `slot_unfilled`); '' when one does."""
    if not texts:
        return ""
    if not any(filled(q, t) for t in texts):
        return f"no {asked_noun(q)} written"
    return slot_unfilled(q, texts)


SLOT_SEARCH = 5  # the English scorer's candidates (its first included) read for another of the kind asked


def _names_kind(q: Question, text: str) -> bool:
    """Does `text` write the asked noun's translation with a name before it (开元酒店 for "which hotel"; not 该酒店)?"""
    kinds = [re.escape(t) for t in q.asked_head if len(t) > 1]
    return bool(kinds) and named_with(q.text, text, "|".join(kinds))


# "which company is X partnering with": the text names the partner after 与/同 before its verb of joining
# (推动甲产业园与乙丙公司深度合作), seldom writing 公司
PARTNER_EN = re.compile(r"\b(?:cooperat\w*|partner\w*|team(?:s|ed|ing)? up|tie(?:s|d)? up|join(?:s|ed|ing)? hands)\b", re.IGNORECASE)
PARTNER_ZH = re.compile(r"(?:与|同)([\u4e00-\u9fff]{2,8}?)(?:深度|深入|深化|全面|战略)?(?:合作|携手|牵手|联手)")


def _names_partner(q: Question, text: str) -> bool:
    """Does `text` name a partner of the kind a which-firm question asks (`PARTNER_EN`): 与Y合作, Y holding no word of the
    question, after words of the question other than its place (the one asked about cooperates, not another)?"""
    if asked_noun(q) not in FIRM_KINDS_EN or not PARTNER_EN.search(q.text):
        return False
    own = [t for g in q.groups for t in g if len(t) > 1 and not any(t in p or p in t for p in q.places)]
    return any(not any(t in m.group(1) for t in own) and any(t in text[: m.start()] for t in own)
               for m in PARTNER_ZH.finditer(text))


def lifted(q: Question, support: float, made, order) -> float:
    """The support of the English scorer's draft `made` (cut from its first candidate of `order`): AGREED_SUPPORT
    when that is more and the sentence names a thing of the kind asked (`_names_kind`), or the partner of a firm asked
    (`_names_partner`), which none of the scorer's next candidates does: the one the passages name beside the
    question's words."""
    if support >= AGREED_SUPPORT or support <= 0 or not asked_noun(q) or not order or not made.parts:
        return support
    part = made.parts[0]
    for names in (_names_kind, _names_partner):  # a named thing of the kind asked, or a partner of the one asked about
        if part.sentence is order[0].sentence and names(q, part.sentence.chunk.text[part.a : part.b]) \
                and not any(names(q, sc.sentence.text) for sc in order[1:SLOT_SEARCH]):
            return AGREED_SUPPORT
    return support
