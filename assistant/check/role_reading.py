"""Who a claim says holds a post, either way round: the post first (东辽县县长是王飞) or the person
first (王飞是东辽县县长, 王飞任东辽县县长), read with the answerer's reader of people (answer/people.py).
The verdict on such a claim is role_claims.py's."""

from __future__ import annotations

import re

from assistant.answer import people
from assistant.text import words

# 县长是王飞 reads as 县长 王飞: a word ending as a role does (people.ROLE_TAIL), then the copula
ROLE_IS_RE = re.compile("(" + people.ROLE_TAIL.pattern.removesuffix("$") + r")(?:是|为|叫)")
# 王飞是东辽县县长, 王飞任东辽县县长: the person first, then the post the whole rest of the claim names
NAME_IS_ROLE_RE = re.compile(r"^([\u4e00-\u9fff·]{2,6}?)(?:现任|担任|出任|是|任)([^，,。；;：:、]{2,30}?)[。！!]?$")


def name_first(claim: str) -> str:
    """The claim rewritten post first (东辽县县长 王飞) when it names a person, then his post; '' otherwise.
    The person is a name jieba reads as one (王飞, or 孙|琥峰 by its surname), not 该企业 or 这位专家."""
    m = NAME_IS_ROLE_RE.match(claim.strip())
    if not m or not people.ROLE_TAIL.search(m.group(2)):
        return ""
    name, post = m.groups()
    if not words.tagged(name)[0][1].startswith("nr"):
        return ""
    return f"{post} {name}"


def claimed_persons(claim: str) -> list[people.Person]:
    """The people a claim names, with the post it gives them (东辽县县长是王飞 and 王飞是东辽县县长
    -> 王飞, 东辽县县长)."""
    flipped = name_first(claim)
    if flipped:
        return people.persons(flipped)
    return people.persons(ROLE_IS_RE.sub(r"\1 ", claim))  # a space: 策展人王大伟 cuts as 策展|人王|大伟


def is_role_claim(text: str) -> bool:
    """Does the text say who holds a post, either way round?"""
    return bool(ROLE_IS_RE.search(text) or name_first(text)) and any(p.role for p in claimed_persons(text))
