"""An attribution that states only figures (仇景锐介绍，高新区去年规上工业增加值为12.3亿元): who
said it is decided on the sentences that decide its figures.

A claim quoting someone is checked twice: each figure on its own (figures.py, said_nearly.py), and
the whole of what was said as a statement with its speaker (statements.py), which needs nearly every
word of the claim written as the claim writes it. When what was said is no more than its figures,
the statement check asks again what the figure checks have answered, in stricter words (规模以上
for the source's 规上 leaves it undecided). So such an attribution is supported when every figure
of it is supported and each supporting sentence is said by the claim's speaker (its own speaker,
the last one named before it in its paragraph, or the person its article interviews:
slots.source_speaker), or by one whose heading or attribution gives him the post the claim names
(据高新区管委会主任介绍: answer/named_source.post_holders). It never refutes: that the reader finds another speaker may be the
reporter's framing of the same words, and the statement check refutes a speaker where it can.
"""

from __future__ import annotations

import re

from assistant.answer import named_source
from assistant.check import draft, slots
from assistant.check.statements import SUPPORTED, UNKNOWN


def _said_by(speaker: str, s) -> bool:
    """Is the sentence said by the claim's speaker (or by one speaking for it, 证监会主席某某 for 证监会)?"""
    said_by = slots.source_speaker(s.chunk.text, s.a, s.chunk.title)
    return bool(said_by) and (said_by == speaker or speaker in said_by or said_by in speaker
                              or slots.speaks_for(speaker, said_by, s.text))


# 在接受采访时介绍，: the words between a post and what it said, cut as a prefix (a set of characters
# stripped would also eat the 中 of 中心城区 right after it)
SAID_LEAD = re.compile(r"(?:在[^，,：:]{0,8}?(?:时|中))?(?:介绍|说|表示|提到|指出)?[，,：:\s]*")


def decide(claim: draft.Claim, outcome, pairs: list):
    """The supported figure outcomes that decide an undecided attribution `claim` (`pairs`: the whole
    claim's (part, outcome)), when what it says is only its figures, each said by its speaker; else None."""
    if claim.kind != "attribution" or outcome.verdict != UNKNOWN or claim.negated:
        return None
    speaker, body = slots.split_speaker(claim.text)
    # 据高新区管委会主任介绍: a post that names no one (the speaker slot takes 高新区 for a name)
    if post := named_source.framing_post(claim.text):
        rest = claim.text[claim.text.find(post) + len(post):]
        body = rest[SAID_LEAD.match(rest).end():]
    if not (speaker or post) or any(c.kind != "figure" for c in draft.claims_of(body, 0, len(body))):
        return None  # what was said holds an event, a ranking or a date beside its figures: the statement check's
    figures = [o for c, o in pairs if c.kind == "figure"]
    # a figure written beside another in the sentence supporting it is supported with no sentence of its own
    if not figures or any(o.verdict != SUPPORTED for o in figures) or not any(o.parts for o in figures):
        return None
    sentences = [p.sentence for o in figures for p in o.parts]
    if post:
        holders = named_source.post_holders(post, sentences)
        said = all(slots.source_speaker(s.chunk.text, s.a, s.chunk.title) in holders for s in sentences)
    else:
        said = all(_said_by(speaker, s) for s in sentences)
    return figures if said else None
