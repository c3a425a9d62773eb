"""An English question read in Chinese: its topic words, head, modifiers and places, from the bridge (crosslingual.Bridge)."""

from __future__ import annotations

import re

from assistant.query import english_phrases, english_senses
from assistant.query.question import Question
from assistant.text import places
from assistant.text.paraphrases import OUTPUT


# after how many, a hyphened word is one word of the thing counted (meal-assistance points); after what or
# which a hyphen ends the phrase read (the high-tech zone's programme keeps the reading it had)
ENGLISH_HEAD_RE = re.compile(
    r"\b(?:(?P<count>how (?:many|much))|what(?:'s| is| was| are| were)?(?: the)?|which|who(?:'s| is| was| are| were)(?: the)?)"
    r"\s+(?P<head>(?:[a-z](?(count)[a-z-]|[a-z])*\s+){0,4}?[a-z]+?)"
    r"(?=\s+(?:of|in|for|does|do|did|will|would|is|was|are|were|to|by|at|has|have|had|that|which|from|said|says|told)\b|\s*[?.]|$)",
    re.IGNORECASE,
)


# "The name of the fund", "the title of the speech": a thing's name asked (answer/named_things.names_none reads
# the same words); NAME_OF_EN also takes the article, to leave the thing (fund) as the head
NAME_ASKED_EN = re.compile(r"\b(?:name|title)\s+of\b", re.IGNORECASE)
NAME_OF_EN = re.compile(NAME_ASKED_EN.pattern + r"\s+(?:the\s+)?(?=[a-z])", re.IGNORECASE)
ARTICLES = frozenset({"the", "a", "an"})


def english_head(text: str) -> str:
    """The noun asked about: 'population' in 'What is the population of X?', 'president'
    in 'Who is the president of X?'."""
    # the name of the fund asks the fund's name: the fund is the thing asked about (crosslingual.NAME_WORDS)
    m = ENGLISH_HEAD_RE.search(NAME_OF_EN.sub("", re.sub(r"['’]s\b", "", text)))
    if not m:
        return ""
    found = m.group("head").split()
    # what is the combined output Hanzhong Steel reported: a name after the noun opens the clause that
    # says who did it (an acronym, GDP, is a noun of the phrase; a name before the noun, Lockheed Martin's net
    # income, is whose it is)
    # so does an article (the investment the town has signed)
    named = next((i for i, w in enumerate(found) if i and (w[0].isupper() and not w.isupper() and found[i - 1].islower()
                                                          or w.lower() in ARTICLES)), None)
    found = found[:named] if named is not None else found
    # how many people died, which reporter interviewed the head: the noun, not the verb after it; but after
    # "what is the" a word in -ed before a lowercase noun modifies it (the contracted investment, the
    # installed capacity), as no verb follows an article directly
    noun_phrase = re.search(r"\bthe\s*$", m.group(0)[: m.start("head") - m.start(0)], re.IGNORECASE) is not None
    # (took, held: a verb's past form no -ed writes)
    # an adverb in -ly before it makes it a participle of the noun after it (how many widely downloaded apps)
    verb = next((i for i, w in enumerate(found)
                 if i and (w.lower().endswith("ed") or w.lower() in english_phrases.IRREGULAR_PAST_EN)
                 and not ((noun_phrase or found[i - 1].lower().endswith("ly")) and i + 1 < len(found) and found[i + 1].islower())),
                None)
    if verb is not None:
        found = found[:verb]
    return found[-1]


def english_modifiers(q: Question) -> tuple[tuple[str, ...], ...]:
    """The modifiers of the thing an English figure question's figure is of (every word of
    `english_phrases.described` but its head noun, the last, and plain ones: new, total), each with every
    Chinese word the dictionary glosses it with (`english_senses.senses`): a text writing none of one's is of
    another thing (answer/english_clauses.py)."""
    described = english_phrases.described(q.text).split()
    kept = [w for w in described[:-1] if w.lower() not in english_phrases.PLAIN_MODIFIERS_EN]
    return tuple((w, *found) for w in kept if (found := english_senses.senses(w)))


def asked_place(names: list[str]) -> list[str]:
    """The place an English question asks about among the places it names: the first written with its level, and of
    those the finest (Suzhou's Xiangcheng district: 相城区; the city only says whose district); else the first."""
    suffixed = [n for n in names if places.level_of(n)]
    return [max(suffixed, key=lambda n: places.DEPTH[places.level_of(n)])] if suffixed else names[:1]


def with_translation(q: Question, bridge) -> Question:
    """An English question gains Chinese topic words and places from the bridge."""
    groups, names, specificity = bridge.groups(q.text)
    if english_phrases.ECONOMY_EN.search(q.text):  # economic growth: 地区生产总值增长, as paraphrases.OUTPUT reads 经济增长
        at = next((i for i, g in enumerate(groups) if "经济" in g), None)
        groups = [(*g, *(w for w in OUTPUT if w not in g)) if i == at else g for i, g in enumerate(groups)]
    q.groups = tuple(groups)
    q.specificity = specificity
    head_groups = english_phrases.groups_of(bridge, english_head(q.text))
    q.head_group = head_groups[-1] if head_groups and head_groups[-1] in q.groups else ()
    q.counted = tuple(g for g in english_phrases.groups_of(bridge, english_phrases.counted(q.text)) if g in q.groups)
    q.asked_head = (english_phrases.groups_of(bridge, english_phrases.asked(q.text).split(" ")[-1]) or ((),))[-1]
    q.modifiers = english_modifiers(q)
    q.terms = tuple(dict.fromkeys(w for g in groups for w in g))
    q.names = bridge.proper_names(q.text)
    if names:
        q.places = asked_place(names)
    zone = bridge.zone(q.text)  # Liaoyuan's high-tech zone asks about 高新区, not the whole city
    if zone:  # whose zone stays required, as a name its passage or article writes: 长春's is not 辽源's
        q.names += tuple((p, tuple(dict.fromkeys([p, *names]))) for p in q.places)
        q.places = (zone,)
    return q
