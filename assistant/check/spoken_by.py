"""Who said it: a claim quoting one person (甲提出，要…) whose words a source writes as another's.

A claim quoting someone is retrieved with his name and post, which draw his own interview ahead of
the sentence holding what he is said to have said: left undecided, it is retrieved again by what
was said alone. When that is supported, and every sentence supporting it is said by another person
(its own speaker, the last one named before it in its paragraph, or the person its interview is
with: slots.source_speaker; a work report's section is the report's words, cited_report.py), while the claim's person is one the sources quote too (his interview,
or a sentence naming him as its speaker), the claim puts another's words in his mouth: refuted, with
the person who said them. A place the claim names as the speaker's own (甲提出东乡要…, his interview
heading him 东乡县县长) is where he speaks for, read with him, not a subject the words must name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.check import cited_report, reported, slots
from assistant.check.statements import REFUTED, SUPPORTED
from assistant.records import Hit
from assistant.text import places

# 甲提出东乡要…, 甲提出要…: a proposal quoted without a comma (甲提出辞职 is an act: 要 must follow soon)
PROPOSES_RE = re.compile(r"^(?P<head>[^，,。；;：:“”]{2,16}?)提出(?=[^，,。；;]{0,8}?要)")
# 据乙采写的专访，/ 据乙的采访，: the piece quoting him, named by its reporter (reported.py reads 报道)
PIECE_LEAD_RE = re.compile(r"^(?:据|根据)[^，,。；;：:“”\s]{2,16}?(?:采写|撰写)?的(?:专访|访谈|采访|文章|通讯)[，,：:]")
MIN_SAID = 6  # characters of what was said: fewer name no words of anyone's own


def split(claim: str) -> tuple[str, str]:
    """(the person the claim quotes, what he is said to have said) without a reporter's lead."""
    _, read = reported.lead(claim)
    read = PIECE_LEAD_RE.sub("", read)
    speaker, said = slots.split_speaker(read)
    if speaker:
        return speaker, said
    m = PROPOSES_RE.match(read)
    named = slots.named_people(m.group("head")) if m else []
    return (named[-1], read[m.end() :]) if named and named[-1] in m.group("head") else ("", claim)


def _speakers(hits: list[Hit]) -> set[str]:
    """The people the passages quote: each interview's subject, each sentence's named speaker."""
    out = {slots.interviewee(h.chunk.title) for h in hits}
    for h in hits:
        out |= {slots.speaker_in(piece) for piece in re.split(r"(?<=[。！？!?])", h.chunk.text)}
    return out - {""}


def own_places(speaker: str, said: str, hits: list[Hit]) -> str:
    """What was said without the places a heading naming the speaker gives his post (东乡县县长 甲)."""
    titles = [h.chunk.title for h in hits if speaker in h.chunk.title]
    for p in places.places(said):
        stem = places.stem(p)
        if said.startswith(p) and any(stem in places.stem(t) for title in titles for t in places.places(title)):
            return said[len(p) :]
    return said


def _said_by(citation, hits: list[Hit]) -> str:
    """Who says the cited sentence: its speaker in the passage it sits in, '' when none is found."""
    for h in hits:
        if h.chunk.id == citation.chunk_id:
            a = h.chunk.text.find(citation.quote)
            # a work report's section names no speaker: its words are the report's (cited_report.py)
            return (slots.source_speaker(h.chunk.text, a, h.chunk.title) or cited_report.report_named(h.chunk)) if a >= 0 else ""
    return ""


def _other(speaker: str, said_by: str, text: str) -> bool:
    """Is the source's speaker another person than the claim's, not one speaking for him?"""
    return bool(said_by) and said_by != speaker and said_by not in speaker and speaker not in said_by \
        and not slots.speaks_for(speaker, said_by, text)


def refute(claim: str, hits: list[Hit], retrieve, check_said):
    """The refuting verdict when what the claim quotes one person saying is another's words, else None.
    `retrieve(text) -> hits`; `check_said(text, hits) -> Verdict` checks what was said on its own."""
    speaker, said = split(claim)
    if not speaker or "报告" in claim:  # 某某在报告中提出: the report is his words
        return None
    more = retrieve(said)
    pool = list({h.chunk.id: h for h in hits + more}.values())
    said = own_places(speaker, said, pool).lstrip("，,：: ")
    if len(said) < MIN_SAID or speaker not in _speakers(pool):
        return None
    # his own passages first: words he says too (a phrase every speaker of a meeting writes) are no other's
    own = [h for h in pool if speaker in h.chunk.title or speaker in h.chunk.text]
    mine = check_said(said, own) if own else None
    if mine is not None and mine.verdict == SUPPORTED and any(not _other(speaker, _said_by(c, own), c.quote)
                                                              for c in mine.citations):
        return None
    found = check_said(said, more)
    if found.verdict != SUPPORTED or not found.citations:
        return None
    by = [_said_by(c, more) for c in found.citations]
    if not all(_other(speaker, b, c.quote) for b, c in zip(by, found.citations)) or len(set(by)) != 1:
        return None
    quoted = found.text.split("：", 1)[-1]
    text = f"不成立 refuted：资料称 {quoted}（资料中为 {by[0]}，而说法为 {speaker}）"
    return replace(found, claim=claim, verdict=REFUTED, text=text, claimed=(speaker,), sources_say=(by[0],))
