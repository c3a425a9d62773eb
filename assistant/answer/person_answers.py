"""Whether a Chinese person question's draft names the people it asks for.

A who-said question (谁说要…, 哪位受访区长评价…) is answered by a name. The selector may like a sentence
close to the question's words that names no one (the quotation of an interview, whose speaker is written
after it or in the article's heading): shown, it answers who with what was said, a wrong answer. Such a
draft is refused unless the speaker could be attached to it (answer/speakers.py). A 哪几位 question asks for
several people, and a draft naming one is half of the answer: refused as well. (English drafts are
judged by english_answers.draft_standing.)
"""

from __future__ import annotations

import re

from assistant.answer import speakers
from assistant.answer.dotted_names import NAME_TAGS
from assistant.answer.people import wanted_persons
from assistant.answer.roles import asked_roles, asks_speaker
from assistant.answer.speakers import CLAUSE_STOP_RE
from assistant.text import words

# 哪几位县长, 哪两名代表, 哪些人: a count of people asked
PEOPLE_LISTED_RE = re.compile(r"哪(?:几|些|[两二三四五六七八九十])[位名]|哪些人")


def _texts(draft) -> list[str]:
    return [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]


def names_nobody(q, draft) -> bool:
    """Does a Chinese who-said question's draft (谁说要…, 哪位受访区长评价…) name no one who could have said
    it? A name with a role or a speech verb beside it (`speakers.named_people`; the role cut's person), or
    a name jieba tags acting in its clause (孟子认为…, 阿基米德发现了…), is one; a word jieba guesses as a name
    in a list of projects (明凯|商业街) is not. Other person questions are left to the scorers: their
    answers are often named without a role (罗斯福发表…), or not persons (谁的殖民地: 西班牙)."""
    if q.english or q.kind != "person" or draft is None or not draft.parts or not asks_speaker(q):
        return False
    texts, asked = _texts(draft), asked_roles(q)  # a role asked introduces a name jieba cuts apart (区区|长孙|建华)
    return not any(speakers.named_people(t, q.text, asked) or any(p.role for p in wanted_persons(q, t))
                   or _tagged_actor(t, q.text) for t in texts)


def _tagged_actor(text: str, besides: str) -> bool:
    """A name jieba tags (not one of the question's) acting in its clause, a verb after it: 孟子认为…,
    拿破仑在演说中声称…, 阿基米德发现了… (not 明凯|商业街, a name in a list of projects)."""
    tagged = words.tagged(text)
    for i, (word, flag) in enumerate(tagged):
        if flag.startswith(NAME_TAGS) and 2 <= len(word) <= 4 and word not in besides:
            for later, later_flag in tagged[i + 1 :]:
                if CLAUSE_STOP_RE.fullmatch(later) or later == "、":  # an item of a list (思路清晰|、|重点突出) ends there
                    break
                if later_flag.startswith("v"):
                    return True
    return False


def too_few_people(q, draft) -> bool:
    """Does a question asking for several people (哪几位县长) have a draft naming fewer than two?"""
    if q.english or q.kind != "list" or draft is None or not draft.parts or not PEOPLE_LISTED_RE.search(q.text):
        return False
    named = {n for t in _texts(draft) for n in speakers.named_people(t, q.text, asked_roles(q))}
    return len(named) < 2


def unnamed(q, draft) -> bool:
    """A person question's draft naming no one, or a question asking several people one of them."""
    return names_nobody(q, draft) or too_few_people(q, draft)
