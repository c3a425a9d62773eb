"""Whether the sentence shown for an English which/what question writes the thing asked.

"Which stock exchange are A and B planning to list on?" reaches a sentence that writes A, B and
上市 (list) and nothing of an exchange: the English scorers weigh the question's words, which the
sentence holds, not the slot they leave open. An answer to a which/what question asking a thing
by its kind (`english_phrases.asked`: stock exchange, developed regions, new chapter) writes that
kind, translated (交易所, 地区, 章), or names one otherwise:

- in quotation marks or book-title marks (以“乡BA”为载体, “生产关联激励”): a name of any kind;
- a place, for a city, county, province or country (天津、北京 for "which two cities");
- a proper name jieba knows, for a company, firm or brand (与京东深度合作), which is seldom
  written with 公司.

A noun too vague to be written (things, state, way) asks nothing the sentence must write. Refusing
is the remedy: a wrong answer is worse than none.
"""

from __future__ import annotations

import re

from assistant.answer.asked_kind import named_with
from assistant.answer.english import AGREED_SUPPORT
from assistant.query import english_phrases
from assistant.query.question import Question
from assistant.text import places, words

# nouns that say no kind: an answer of any words is one of these
VAGUE_EN = frozenset({"thing", "things", "state", "states", "way", "ways", "kind", "kinds", "type", "types", "aspect",
                      "aspects", "area", "areas", "part", "parts", "else", "one", "ones", "other", "others", "role",
                      "step", "steps", "measure", "measures", "move", "moves", "problem", "problems", "issue", "issues"})
PLACE_KINDS_EN = frozenset({"city", "cities", "town", "towns", "county", "counties", "province", "provinces",
                            "country", "countries", "place", "places", "village", "villages"})
FIRM_KINDS_EN = frozenset({"company", "companies", "firm", "firms", "enterprise", "enterprises", "brand", "brands",
                           "carmaker", "carmakers", "automaker", "automakers", "manufacturer", "manufacturers",
                           "supplier", "suppliers", "partner", "partners", "group", "groups"})
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
    """Does `text` write the kind `q` asks (a translation of its noun), or name one as that kind is named: a place
    (not in quotation marks) for a place asked, a quoted name or a proper name (for a firm) for another?"""
    noun = asked_noun(q)
    if not noun or any(t in text for t in q.asked_head):
        return True
    if noun in PLACE_KINDS_EN:
        return _one_place(q, text)
    return _quotes(q, text) or (noun in FIRM_KINDS_EN and _names_proper(q, text))


def unfilled(q: Question, texts: list[str]) -> str:
    """Why none of an answer's `texts` writes the thing an English which/what question asks; '' when one does."""
    if not texts or any(filled(q, t) for t in texts):
        return ""
    return f"no {asked_noun(q)} written"


SLOT_SEARCH = 5  # the English scorer's candidates (its first included) read for another of the kind asked


def _names_kind(q: Question, text: str) -> bool:
    """Does `text` write a translation of the asked noun of two or more characters with a name before it
    (开元酒店 for "which hotel"; not 该酒店, the one named before)?"""
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
