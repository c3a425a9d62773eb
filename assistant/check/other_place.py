"""A claim that says what its source says of another place: 辽源支持东辽县与东阿阿胶合作 against
支持东丰县与东阿阿胶合作.

The statement check reads a sentence naming another place of the claim's level as speaking
of something else, and leaves the claim undecided. That is right when the place is what the
claim is about (西安区今年计划新增智能袜机2400台 against another county's plan: the spent sets
mark it not_enough_info), and wrong when the claim's subject is the source's and only the
place it acts on differs, written in the source's own words around it: the source then
says the act was done for another place (the spent sets mark both such claims refuted).
"""

from __future__ import annotations

import re

from assistant.text import adcodes, places, quantities

COUNTRY = places.COUNTRY  # every province lies in 中国: a country is no subject whose parts are siblings
CONTEXT = 2  # characters either side of the place that must be the source's own


def _beside(body: str, at: int, name: str, text: str, there: int, other: str) -> bool:
    """Do the words right before or right after the claim's place stand the same around the
    source's place?"""
    before, after = body[max(0, at - CONTEXT) : at], body[at + len(name) : at + len(name) + CONTEXT]
    theirs_before = text[max(0, there - CONTEXT) : there]
    theirs_after = text[there + len(other) : there + len(other) + CONTEXT]
    return (len(before) == CONTEXT and before == theirs_before) or (len(after) == CONTEXT and after == theirs_after)


def swapped(body: str, verdicts: dict[str, bool], s) -> tuple[str, str]:
    """(the claim's place, the source's) when sentence `s` says what the claim says of one
    place of the claim's level but of another, named where the claim names its own; ('', '')
    otherwise. The claim must first name a place the sentence speaks of (its subject: 辽源),
    and both places must lie inside it (two counties of 辽源, by the gazetteer's codes)."""
    wrong = [p for p, ok in verdicts.items() if not ok]
    if len(wrong) != 1:
        return "", ""
    mine = wrong[0]
    level, at = places.level_of(mine) or places.known_level(mine), body.find(mine)
    ahead = [p for p in verdicts if verdicts[p] and 0 <= body.find(p) < at and places.known_level(p) != COUNTRY]
    if not level or at <= 0 or not ahead:
        return "", ""
    text = s.text
    for other in places.places(text):
        there = text.find(other)
        if ((places.level_of(other) or places.known_level(other)) == level and places.stem(other) != places.stem(mine)
                and other not in body and _beside(body, at, mine, text, there, other)
                and (any(adcodes.within(mine, p) and adcodes.within(other, p) for p in ahead)
                     or _siblings(mine, other, level, body, text, verdicts)
                     or (_same_slot(body, at, mine, text, there, other, verdicts)
                         and not any(adcodes.within(mine, p) or adcodes.within(other, p) for p in ahead)))):
            return mine, other
    return "", ""


def _siblings(mine: str, other: str, level: str, body: str, text: str, verdicts) -> bool:
    """Two cities of one province (青岛, 威海 of 山东): a partner's place the claim names after its
    subject (辽源支持…与青岛南海国乒基地合作), said of the sibling where the source names it; neither
    in a list of places (同苏州、常州 against 同苏州、无锡等: listed(), with its count, decides those)."""
    alone = all(len(g) == 1 for g in _lists(body, verdicts) if any(n == mine for _, n in g)) and all(
        len(g) == 1 for g in _lists(text, places.places(text)) if any(n == other for _, n in g))
    return alone and level == "市" and any(adcodes.within(mine, p) and adcodes.within(other, p)
                                           for p in adcodes.provinces())


def _same_slot(body: str, at: int, mine: str, text: str, there: int, other: str, verdicts) -> bool:
    """Does the source name its place where the claim names its own, the same words on both
    sides (发挥X林业展厅 for 发挥Y林业展厅), neither in a list of places? When neither lies inside the
    claim's subject (辽源's partner ports 满洲里 and 绥芬河, of two provinces), the source says the
    claim's thing of another place. (A district of the subject's own for one of another city,
    江宁区 for 西湖区, is left undecided: the claim may speak of another partnership.)"""
    before, after = body[max(0, at - CONTEXT) : at], body[at + len(mine) : at + len(mine) + CONTEXT]
    alone = all(len(g) == 1 for g in _lists(body, verdicts) if any(n == mine for _, n in g)) and all(
        len(g) == 1 for g in _lists(text, places.places(text)) if any(n == other for _, n in g))
    return (alone and len(before) == len(after) == CONTEXT and text[max(0, there - CONTEXT) : there] == before
            and text[there + len(other) : there + len(other) + CONTEXT] == after)


# 长春、绍兴 / 天津和北京 / 上海与深圳: places named as one list
JOINERS = ("、", "和", "与", "及", "以及", "、和")


def _lists(text: str, names) -> list[list[tuple[int, str]]]:
    """The places of `text` grouped into the lists they are named in, each with its offset."""
    found = sorted({(text.find(n), n) for n in names if n in text})
    groups: list[list[tuple[int, str]]] = []
    for at, name in found:
        if groups and text[groups[-1][-1][0] + len(groups[-1][-1][1]) : at] in JOINERS:
            groups[-1].append((at, name))
        else:
            groups.append([(at, name)])
    return groups


def listed(body: str, verdicts: dict[str, bool], s, quoted: bool = False) -> tuple[str, str]:
    """(the claim's place, the source's) when the claim names a counted list of places
    (长春、温州两市) and the sentence names as many places as a closed list (not …等) holding
    the others, with one place of the same level (绍兴) where the claim has its own; ('', '')
    otherwise. `quoted`: the claim says what the document says (报告提出，要深化同长春、沈阳的…):
    its list is the document's as written, whole without a count."""
    wrong = [p for p, ok in verdicts.items() if not ok]
    if len(wrong) != 1:
        return "", ""
    mine, text = wrong[0], s.text
    level = places.known_level(mine)
    mine_list = next((g for g in _lists(body, verdicts) if any(n == mine for _, n in g)), [])
    shared = [n for _, n in mine_list if n != mine]
    if (not level or not shared or not (quoted or _counted(body, mine_list))
            or not all(verdicts.get(n) and n in text for n in shared)):
        return "", ""
    for group in _lists(text, places.places(text)):
        names = [n for _, n in group]
        end = group[-1][0] + len(group[-1][1])
        if len(group) != len(mine_list) or not all(n in names for n in shared) or text.startswith("等", end):
            continue
        theirs = [n for n in names if n not in shared]
        if (len(theirs) == 1 and theirs[0] not in body and places.known_level(theirs[0]) == level
                and places.stem(theirs[0]) != places.stem(mine)):
            return mine, theirs[0]
    return "", ""


PLACE_COUNT_RE = re.compile(r"([两二三四五六七八九])(?:市|地|省|县|区|国)")


def _counted(body: str, group: list[tuple[int, str]]) -> bool:
    """Does the claim count its list (长春、温州两市)? Then it says these are all of them; a list
    without its count (深化同长春、杭州的对口合作) may name one the source leaves out."""
    end = group[-1][0] + len(group[-1][1])
    m = PLACE_COUNT_RE.match(body, end)
    return bool(m) and (2 if m.group(1) == "两" else quantities.chinese_to_number(m.group(1))) == len(group)


def counts_list(term: str, body: str, named, text: str) -> bool:
    """Is `term` (两市, 三地) the count of a list of places the claim names (长春、温州两市), and
    does the sentence name a list of as many places, one of them the claim's? The sentence
    need not repeat the count: its list says as much (长春、绍兴、温州 for 两市 does not)."""
    m = PLACE_COUNT_RE.fullmatch(term)
    at = body.find(term)
    mine = [g for g in _lists(body, named) if body[g[-1][0] + len(g[-1][1]) : at] == "" and _counted(body, g)]
    if not m or not mine:
        return False
    claimed = {n for _, n in mine[0]}
    return any(len(g) == len(mine[0]) and claimed & {n for _, n in g} for g in _lists(text, places.places(text)))
