"""Whether a Chinese person question's draft names the people it asks for.

A 谁/哪位 question is answered by a name. The selector may like a sentence close to the question's
words that names no one (the quotation of an interview, whose speaker is written after it or in the
article's heading): shown, it answers who with what was said, a wrong answer. Such a draft is
refused unless the speaker could be attached to it (answer/speakers.py). A 哪几位 question asks for
several people, and a draft naming one is half of the answer: refused as well. (English drafts are
judged by english_answers.draft_standing.)
"""

from __future__ import annotations

import re

from assistant.answer import credits, named_things, speakers
from assistant.answer.people import persons, wanted_persons
from assistant.answer.roles import asked_roles, asks_speaker

# 哪几位县长, 哪两名代表, 哪些人: a count of people asked
PEOPLE_LISTED_RE = re.compile(r"哪(?:几|些|[两二三四五六七八九十])[位名]|哪些人")


def _texts(draft) -> list[str]:
    return [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]


def names_nobody(q, draft) -> bool:
    """Does a Chinese person question's draft name no one besides the question's own people? A who-said
    question (谁说要…, 哪位受访区长评价…) wants someone who could have said it (`speakers.named_people`:
    a role, a speech verb or a full name beside the name); another wants any name, a credit, or the
    quoted name of a thing (a fund or a programme may be who gave)."""
    if q.english or q.kind != "person" or draft is None or not draft.parts:
        return False
    texts, asked = _texts(draft), asked_roles(q)  # a role asked introduces a name jieba cuts apart (区区|长孙|建华)
    # (the person the role cut takes, 选举丁某为党委书记, is named too)
    if any(speakers.named_people(t, q.text, asked) or any(p.role for p in wanted_persons(q, t)) for t in texts):
        return False
    if asks_speaker(q):
        return True
    return not any(any(len(p.name) >= 2 and p.name not in q.text for p in persons(t, asked)) or credits.credits_in(t)
                   or named_things.quoted_name(q, t) for t in texts)


def too_few_people(q, draft) -> bool:
    """Does a question asking for several people (哪几位县长) have a draft naming fewer than two?"""
    if q.english or q.kind != "list" or draft is None or not draft.parts or not PEOPLE_LISTED_RE.search(q.text):
        return False
    named = {n for t in _texts(draft) for n in speakers.named_people(t, q.text, asked_roles(q))}
    return len(named) < 2


def unnamed(q, draft) -> bool:
    """A person question's draft naming no one, or a question asking several people one of them."""
    return names_nobody(q, draft) or too_few_people(q, draft)
