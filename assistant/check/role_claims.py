"""Role claims: who holds a post (东辽县县长是王飞, 王飞是东辽县县长), read with the answerer's
reader of people (answer/people.py) and decided by the sentence naming someone in that post.

A claim names its person and post either way round: the post first (县长是王飞) or the person
first (王飞是县长, 王飞任县长). A source sentence decides when it is of the claim's place and
names a person in the claim's post: the claimed person supports it, another refutes it. A deputy
(副县长) holds another post, and so does the same post of another place (东丰县县长 is not the
东辽县县长, though both are 县长 and a sentence may name both). 县长是王飞 names the post's one holder;
王飞是人大代表 makes him one of many, so another holder refutes a person-first claim only for a post
one person holds (SOLE_POST_RE).
"""

from __future__ import annotations

import re

from assistant.answer import people, roles
from assistant.answer.evidence import Scored, score_sentences, sentences_of
from assistant.answer.extractive import make_part
from assistant.check.figures import Outcome
from assistant.check.role_reading import claimed_persons, name_first
from assistant.check.statements import REFUTED, SUPPORTED, UNKNOWN
from assistant.query.question import analyse
from assistant.records import Hit
from assistant.text import places


# a post one person holds at a time: the head of a body (县长, 书记, 董事长, 总经理); a member's post
# (代表, 委员, 研究员, 教授, 记者) is held by many
SOLE_POST_RE = re.compile(r"(?:长|书记|主席|总裁|总经理|总监|C[A-Z]O)$")


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
    flipped = name_first(claim)
    # 县长是王飞 names the one holder of the post; 王飞是人大代表 makes him one of its holders, and another
    # holder named refutes it only when the post is one person's
    sole = not flipped or bool(SOLE_POST_RE.search(role))
    q = analyse(flipped or claim)
    q.kind = "person"
    q.terms = tuple(t for t in q.terms if not any(t in name for name in claimed))  # 孙|琥峰 too
    # Every sentence of the same place is read: only one naming someone in the role decides,
    # and many others (all of an interview with 县长) score as high on the words alone.
    for sc in score_sentences(q, sentences_of(hits), idf)[:40]:
        if sc.factors.get("place", 1) < 1 or sc.coverage < 0.6 or role not in sc.sentence.text:
            continue
        for p in people.persons(sc.sentence.text, (role,)):
            if not (p.role and roles.role_matches(p.role, (role,)) and _of_place(p.role, named[0].role)):
                continue
            if p.name in claimed:
                return SUPPORTED, sc, p.name
            if sole:
                return REFUTED, sc, p.name
    return UNKNOWN, None, ""


def check_role(text: str, hits, idf) -> Outcome:
    verdict, sc, name = person_verdict(text, hits, idf)
    claimed = "、".join(p.name for p in claimed_persons(text))
    if sc is None:
        return Outcome(UNKNOWN, [], claimed)
    part = make_part(sc.sentence, sc.sentence.a, sc.sentence.b, sc.score)
    return Outcome(verdict, [part], claimed, (name,) if verdict == REFUTED else (), "role", sc.score)
