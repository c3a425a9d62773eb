"""The act an English count question asks (how many people were missing), written right after a Chinese figure.

A report of a disaster counts its people by what befell them, each count followed by its act: 造成至少12人死亡、65人
受伤，约有55人失踪. The clause holds every count, so the clause checks pass each; the count asked is the one the
asked verb's translation follows (55人失踪 for "were missing"), and one followed by another verb (12人死亡) is not it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.english_senses import senses
from assistant.query.question import Question
from assistant.text import quantities, words

AFTER = 4  # characters after a figure's unit where its act is written (55人失踪, 65人受伤, 3人不幸遇难)


@lru_cache(maxsize=256)
def _asked_acts(question: str) -> frozenset[str]:
    """The Chinese words for the verbs an English count question asks (once per question, not per figure)."""
    from assistant.answer.english_scope import question_verbs

    return frozenset(zh for v in question_verbs(question) for zh in senses(v) if len(zh) > 1)


def act_after(q: Question, text: str, f: quantities.Quantity) -> int:
    """1 when the words right after figure `f` of `text` translate the verb the English count question asks, -1 when
    a verb the question does not ask stands there while `text` writes the asked one elsewhere, else 0."""
    if not q.english or not f.unit:
        return 0
    asked = _asked_acts(q.text)
    if not asked:
        return 0
    window = text[f.end : f.end + AFTER + 1]
    after = re.split(r"[、，,；;。]", window)[0]  # up to the next item
    if any(zh in after for zh in asked):
        return 1
    # another act: the count's item is one verb and ends there (12人死亡、), not a noun run on (9家快递服务品牌)
    tagged = words.tagged(after)
    other_act = len(after) < len(window) and len(tagged) == 1 and tagged[0][1].startswith("v")
    return -1 if other_act and any(zh in text[f.end + len(after) :] for zh in asked) else 0
