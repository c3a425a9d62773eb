"""The line naming a speaker with his post (——访市人大代表、东辽县县长 王飞), added to a 哪个县提出… answer
whose sentence is his words and names no county (answer/speaker_places.py reads the place)."""

from __future__ import annotations

from assistant.answer import article_openings
from assistant.answer.extractive import make_part
from assistant.answer.speaker_places import level_asked, speaker_place
from assistant.text import places


def with_place(q, draft, sentences: list):
    """A place question's draft whose first part names no place of the level asked, with the line naming its
    speaker with his post added (市人大代表、龙山区区长崔晓飞在接受记者采访时表示), refused when no such line is found;
    the draft as it is otherwise."""
    if draft is None or not draft.parts or not level_asked(q):
        return draft
    first = draft.parts[0]
    s = first.sentence
    if any(pl.endswith(level_asked(q)) and pl not in q.text for p in draft.parts
           for pl in places.places(p.sentence.chunk.text[p.a : p.b])):
        return draft
    place, name = speaker_place(q, s.chunk, s.a, s.b)
    if not place:
        return draft
    key = (s.chunk.source, s.chunk.article)
    article = [o for o in sentences if (o.chunk.source, o.chunk.article) == key] + article_openings.sentences(*key)
    line = next((o for o in sorted(article, key=lambda o: o.chunk.start + o.a) if name in o.text and place in o.text), None)
    if line is None:  # his words, let through for his post, and no line of it to show: no place shown
        draft.support = 0.0
        return draft
    draft.parts.append(make_part(line, line.a, line.b, first.score))
    return draft
