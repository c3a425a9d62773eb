"""Claims of membership and of a paragraph's aim: what a statement may find beyond its own words.

A claim that a whole includes some members (谋划实施的产业园区中包括A和B) is said by a sentence
that lists each member by name (谋划实施了“A”“C”“B”等八大产业园区): the members are the
claim's things, the list is its 包括. Each member must be in the sentence, so a claim with one
member swapped (A和D) stays unsaid.

A government report opens a paragraph with its aim (以更高水平深化开放合作。) and lists the
measures after it; a claim joining a measure to that aim (用好…等平台深化开放合作) is said by the
measure's sentence with its paragraph's opening line or its heading. Only the claim's actions
(verbs) are read there: its names and things must still be in the sentence or heading.
"""

from __future__ import annotations

import re

from assistant.text import places

# 包括 / 包含 / 涵盖: the claim says its whole holds what follows
INCLUDES_RE = re.compile(r"(?:当中|之中|中|里)?(?:包括|包含|涵盖|囊括)")
MEMBER_SPLIT_RE = re.compile(r"以及|、|和|与|及|跟|同")
QUOTES_RE = re.compile(r"[“”\"'‘’《》「」]")
LEAD_MAX = 24  # a paragraph's opening line of this length or less, without a comma, states its aim


def members(body: str) -> tuple[str, list[str]]:
    """(the words before 包括, the members after it) of a membership claim; ('', []) when the
    claim is none, or a member is a single character (no name to look for)."""
    m = INCLUDES_RE.search(body)
    if not m:
        return "", []
    tail = re.split(r"[，,；;。]", body[m.end() :])[0]
    # 包括A和B在内的8个园区, 包括A、B等: the members end at 在内 or at 等 closing the list
    tail = re.split(r"在内|等(?=[\d一二两三四五六七八九十多个项家]|等|$)", QUOTES_RE.sub("", tail))[0].strip()
    found = [x.strip() for x in MEMBER_SPLIT_RE.split(tail)]
    if any(len(x) < 2 for x in found):
        return "", []
    return body[: m.start()], found


def listed_in(found: list[str], text: str) -> bool:
    """Is every member named in the sentence?"""
    bare = QUOTES_RE.sub("", text)
    return bool(found) and all(x in bare for x in found)


def place_swapped(found: list[str], text: str) -> tuple[str, str]:
    """(the claim's member, the sentence's) when a member the sentence does not name opens with a
    place and the sentence names the same thing after another place of that level (东辽梅花鹿创投园
    against 东丰梅花鹿创投园): the list says it is the other place's; ('', '') otherwise."""
    bare = QUOTES_RE.sub("", text)
    for member in found:
        if member in bare:
            continue
        for mine in places.places(member):
            rest, level = member[len(mine) :], places.level_of(mine) or places.known_level(mine)
            if not member.startswith(mine) or len(rest) < 2 or not level:
                continue
            for other in places.places(bare):
                if (places.stem(other) != places.stem(mine) and other + rest in bare
                        and (places.level_of(other) or places.known_level(other)) == level):
                    return member, other + rest
    return "", ""


def plain(body: str) -> str:
    """The claim without the localizer of its whole (产业园区中包括 -> 产业园区包括): 区中 is no thing
    a source names."""
    return re.sub(r"(?:当中|之中|中|里)(?=包括|包含|涵盖|囊括)", "", body)


INCLUDES = ("包括", "包含", "涵盖", "囊括")


def paragraph_lead(s) -> str:
    """The opening line of the sentence's paragraph when it is a short aim (以更高水平深化开放合作。),
    '' when the sentence opens it or the line is longer."""
    text = s.chunk.text
    start = text.rfind("\n", 0, s.a) + 1
    first = re.match(r"[^。！？!?\n]*[。！？!?]", text[start : s.a])
    if not first or start + first.end() > s.a:
        return ""
    line = first.group(0)
    return line if len(line) <= LEAD_MAX and not re.search(r"[，,；;]", line) else ""
