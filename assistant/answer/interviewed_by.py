"""Whom a reporter interviewed (记者甲采访了哪几位县长, 哪两位区长的访谈出自本报记者甲之手): the interviews
whose byline names the reporter, each answered by its heading's ——访… line.

A paper's series of interviews writes each interviewee in its heading (——访市人大代表、南湖区区长 郑文涛)
and its reporter in the byline under it (本报记者 林晓); neither line shares words with the question
but the names, so the sentence scorers cannot pair them. Each interview among the retrieved articles
is read whole (its byline stands in its opening passage, which may not be retrieved:
answer/article_openings.py). Answered only when as many interviews are found as the question asks
(one for 哪位, its count for 哪两位, two or more for 哪几位) and each interviewee holds the role asked.
"""

from __future__ import annotations

import re

from assistant.answer import article_openings
from assistant.answer.credits import credits_in
from assistant.answer.evidence import Sentence, matching
from assistant.answer.extractive import Draft, make_part
from assistant.answer.list_asked import asked_noun
from assistant.answer.people import persons
from assistant.answer.person_answers import alternatives, people_listed
from assistant.answer.roles import asked_roles, holds
from assistant.answer.said import INTERVIEW_RE, interviewee
from assistant.records import Hit
from assistant.text.sentences import split_sentences

WRITERS = ("记者", "通讯员", "撰稿人", "作者")  # the credit roles of who wrote an interview
# the question speaks of interviewing or of the pieces written (采访了, 访谈, 出自…之手, 采写)
ASKS_RE = re.compile(r"[专采]访|访谈|之手|采写|撰写")
SUPPORT = 1.0  # the articles' own heading and byline lines: nothing to weigh them against


def _reporter(text: str) -> str:
    """The reporter a question names by his credit role (记者甲, 本报记者甲), or ''."""
    return next((p.name for p in persons(text, WRITERS) if len(p.name) >= 2 and p.role.strip().endswith(WRITERS)), "")


def _wanted(q) -> int | None:
    """How many interviewees the question asks: 1 for 哪位, its count for 哪两位, None (two or more) for 哪几位;
    0 when it asks no one so."""
    if q.kind == "person":
        return 1 if re.search(r"哪[位名]", q.text) else 0
    if q.kind == "list" and people_listed(q):
        return q.count or None
    return 0


def _roles(q) -> tuple[str, ...]:
    """The roles asked: 哪几位县（区）长 -> 县长, 区长; 哪位区长 -> 区长."""
    found = {asked_noun(v) for v in alternatives(q.text)} | set(asked_roles(q))
    return tuple(r for r in found if r and not r.endswith(WRITERS))


def _sentences(chunks) -> list[Sentence]:
    return [Sentence(rank, c, a, b) for rank, c in chunks for a, b in split_sentences(c.text)]


def draft(q, hits: list[Hit]) -> Draft | None:
    """The ——访… lines of the interviews among the hits' articles whose byline names the reporter the
    question names; None when the question asks no such thing or the interviews found are not as
    many as asked, or one's interviewee holds no role asked."""
    if q.english or not hits or not ASKS_RE.search(q.text):
        return None
    wanted, reporter, roles = _wanted(q), _reporter(q.text), _roles(q)
    if wanted == 0 or not reporter or not roles:
        return None
    lines, seen = [], set()
    for rank, hit in enumerate(hits):
        chunk = matching(hit.chunk)
        key = (chunk.source, chunk.article)
        name = interviewee(chunk.title)
        if key in seen or not name:
            continue
        seen.add(key)
        read = [(rank, matching(h.chunk)) for h in hits if (h.chunk.source, h.chunk.article) == key]
        sentences = _sentences(read) + article_openings.sentences(chunk.source, chunk.article)  # read once
        if not any(p.name == reporter and not photo for s in sentences for p, photo in credits_in(s.text)):
            continue
        heading = next((s for s in sentences if INTERVIEW_RE.search(s.text.strip()) and name in s.text), None)
        if heading is None:
            return None  # an interview of his with no heading line to quote
        if any(p.name == name and holds(p.role, roles) for p in persons(heading.text.strip())):
            lines.append(heading)  # (his interview of someone in a post not asked is not counted)
    if not lines or (wanted is None and len(lines) < 2) or (wanted is not None and len(lines) != wanted):
        return None
    parts = [make_part(s, s.a, s.b, SUPPORT) for s in lines]
    return Draft(parts, SUPPORT, kind="interviewee", joiner="；")
