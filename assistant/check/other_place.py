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

from assistant.text import places

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
    level, at = places.level_of(mine), body.find(mine)
    ahead = [p for p in verdicts if verdicts[p] and 0 <= body.find(p) < at and places.known_level(p) != COUNTRY]
    if not level or at <= 0 or not ahead:
        return "", ""
    text = s.text
    for other in places.places(text):
        there = text.find(other)
        if (places.level_of(other) == level and places.stem(other) != places.stem(mine) and other not in body
                and any(places.within(mine, p) and places.within(other, p) for p in ahead)
                and _beside(body, at, mine, text, there, other)):
            return mine, other
    return "", ""
