"""Role claims: who holds a post (东辽县县长是王飞, 王飞是东辽县县长), read with the answerer's
reader of people (answer/people.py) and decided by the sentence naming someone in that post.

A claim names its person and post either way round: the post first (县长是王飞) or the person
first (王飞是县长, 王飞任县长). A source sentence decides when it is of the claim's place and
names a person in the claim's post: the claimed person supports it, another refutes it. A deputy
(副县长) holds another post, and so does the same post of another place (东丰县县长 is not the
东辽县县长, though both are 县长 and a sentence may name both).
"""

from __future__ import annotations

import re

from assistant.answer import people, roles
from assistant.answer.evidence import Scored, score_sentences, sentences_of
from assistant.answer.extractive import make_part
from assistant.check.figures import Outcome
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import places, words

# 县长是王飞 reads as 县长 王飞: a word ending as a role does (people.ROLE_TAIL), then the copula
ROLE_IS_RE = re.compile("(" + people.ROLE_TAIL.pattern.removesuffix("$") + r")(?:是|为|叫)")
# 王飞是东辽县县长, 王飞任东辽县县长: the person first, then the post the whole rest of the claim names
NAME_IS_ROLE_RE = re.compile(r"^([\u4e00-\u9fff·]{2,6}?)(?:现任|担任|出任|是|任)([^，,。；;：:、]{2,30}?)[。！!]?$")


def _name_first(claim: str) -> str:
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
    flipped = _name_first(claim)
    if flipped:
        return people.persons(flipped)
    return people.persons(ROLE_IS_RE.sub(r"\1 ", claim))  # a space: 策展人王大伟 cuts as 策展|人王|大伟


def is_role_claim(text: str) -> bool:
    """Does the text say who holds a post, either way round?"""
    return bool(ROLE_IS_RE.search(text) or _name_first(text)) and any(p.role for p in claimed_persons(text))


def _of_place(post: str, claimed_post: str) -> bool:
    """Is a post the source writes (东丰县县长) of the claim's place (东辽县县长)? A source's post naming
    a place is another place's when it names none of the claim's post's places."""
    theirs = [places.stem(p) for p in places.places(post)]
    mine = [places.stem(p) for p in places.places(claimed_post)]
    # one stem within the other is the same place written longer (西安 of a source's 西安安区, a slip)
    return not (theirs and mine) or any(a in b or b in a for a in theirs for b in mine)


def person_verdict(claim: str, hits: list[Hit], idf) -> tuple[str, Scored | None, str]:
    """东辽县县长是王飞: the same post and place with another name refutes it; a deputy
    (副县长) holds another post, as does the post of another place."""
    named = claimed_persons(claim)
    claimed = {p.name for p in named}
    role = roles.role_head(named[0].role) if named and named[0].role else ""
    if not claimed or not role:
        return UNKNOWN, None, ""
    q = analyse(_name_first(claim) or claim)
    q.kind = "person"
    q.terms = tuple(t for t in q.terms if not any(t in name for name in claimed))  # 孙|琥峰 too
    # Every sentence of the same place is read: only one naming someone in the role decides,
    # and many others (all of an interview with 县长) score as high on the words alone.
    for sc in score_sentences(q, sentences_of(hits), idf)[:40]:
        if sc.factors.get("place", 1) < 1 or sc.coverage < 0.6 or role not in sc.sentence.text:
            continue
        for p in people.persons(sc.sentence.text, (role,)):
            if p.role and roles.role_matches(p.role, (role,)) and _of_place(p.role, named[0].role):
                return (SUPPORTED if p.name in claimed else REFUTED), sc, p.name
    return UNKNOWN, None, ""


def check_role(text: str, hits, idf) -> Outcome:
    verdict, sc, name = person_verdict(text, hits, idf)
    claimed = "、".join(p.name for p in claimed_persons(text))
    if sc is None:
        return Outcome(UNKNOWN, [], claimed)
    part = make_part(sc.sentence, sc.sentence.a, sc.sentence.b, sc.score)
    return Outcome(verdict, [part], claimed, (name,) if verdict == REFUTED else (), "role", sc.score)
