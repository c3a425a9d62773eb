"""A person named as one addresses an official: a surname and a post (邢县长, 王书记, 欧阳主任).

A reader who does not remember a speaker's full name writes his surname and his post; the
passages name him in full (东丰县县长邢树纲 in an attribution, ——访…县长 邢树纲 in an interview's
heading). Compared as strings, 邢县长 is never 邢树纲, and every one of his sentences reads as
said by someone else. The address stands for the people the passages give that post whose
name begins with that surname (`named_source.speakers` reads it).
"""

from __future__ import annotations

from assistant.answer.people import COMPOUND_SURNAMES
from assistant.answer.roles import ROLE_TAIL, role_head
from assistant.text import words


def address(name: str) -> tuple[str, str] | None:
    """(surname, post) when `name` is a surname followed by a post and nothing else
    (邢县长 -> (邢, 县长); 欧阳主任 -> (欧阳, 主任)); None for a name (邢树纲) or anything else."""
    for n in (2, 1):  # a compound surname first: 欧阳主任 is not 欧 + 阳主任
        surname, post = name[:n], name[n:]
        known = surname in COMPOUND_SURNAMES if n == 2 else surname in words.SURNAMES
        if known and len(post) >= 2 and ROLE_TAIL.search(post) and role_head(post) == post:  # role_head alone takes 树纲
            return surname, post
    return None


def answers_to(name: str, surname: str) -> bool:
    """Can the full name `name` be addressed by `surname` (邢树纲 by 邢, not 邢 alone)?"""
    return name.startswith(surname) and len(name) > len(surname)
