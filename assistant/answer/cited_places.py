"""Do the sentences one answer cites come from articles about one part of the world?

One answer (a draft of one question or sub-question) is about one subject. When its cited sentences sit in
articles whose subject places lie apart (甲市's report and a story of 乙国; a city of one province and a city of
another), the parts were gathered by shared words, not by what was asked: in a store of many documents the
sentences of an unrelated article join the answer. Such a draft is refused (`steps.run`).

Places are compared only where their relation is known, so nothing is refused on a guess:
- two of China's divisions lie apart when no province holds both (甲县 and 乙区 of one city, or of one
  province, are together);
- a country lies apart from another country, and from a division of China unless it is 中国;
- a subject that is neither (a region, a company read as a place, '') is apart from nothing.
A sub-question's draft (甲县的产量和乙县的销量) is checked on its own, so parts asked of different places stay.
"""

from __future__ import annotations

import re

from assistant.text import adcodes, places

CHINA = "中国"


def _country(name: str) -> bool:
    return places.known_level(name) == places.COUNTRY


def apart(one: str, other: str) -> bool:
    """Do two article subjects lie apart, as far as the gazetteer and the adcodes tell?"""
    if not one or not other or one == other or places.stem(one) == places.stem(other):
        return False
    first, second = adcodes.province_codes(one), adcodes.province_codes(other)
    if first and second:
        return not first & second
    if _country(one) and _country(other):
        return True
    if _country(one) and second:
        return one != CHINA
    if _country(other) and first:
        return other != CHINA
    return False


def written_subject(chunk) -> str:
    """The chunk's subject place when its passage or its header writes it (not only as the place the chunking
    added to the document's headline), else ''. A day's digest of news (a document of numbered sections) carries
    the place read from the whole document in every section that names none of its own; a section that never
    writes it is about something else (某公司's new car), not about that place."""
    subject = chunk.subject
    if not subject:
        return ""
    key = places.stem(subject) or subject
    # the header line is the document's (headline （place）) then, after " · ", the section's headings, which end
    # on the section's own place when it has one (二十、某公司 新车（乙市）): only the document's added place is dropped
    document, _, section = chunk.title.partition(" · ")
    document = re.sub(f"[（(]{re.escape(subject)}[）)]", " ", document)
    return subject if key in chunk.text or key in document or key in section else ""


def apart_subjects(draft) -> tuple[str, str] | None:
    """The first pair of subject places of the articles `draft` cites that lie apart, else None. A draft
    weighing figures that disagree (`conflict`) cites its sources apart on purpose."""
    if draft is None or getattr(draft, "conflict", False):
        return None
    subjects = list(dict.fromkeys(s for p in draft.parts if (s := written_subject(p.sentence.chunk))))
    for i, one in enumerate(subjects):
        for other in subjects[i + 1:]:
            if apart(one, other):
                return one, other
    return None
