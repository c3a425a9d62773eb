"""The place an article is about, from the places and level words (全区, 我县) of its header and body."""

from __future__ import annotations

from collections import Counter

from assistant.text.places import LEVEL_RE, WORK_TITLE_RE, level_of, places


def main_subject(header: str, body: str) -> str:
    """The place an article is about.

    Candidates are the places of the header and body; the body's own level words (全区,
    我县) say which level the article speaks from, and among places of that level the one
    named most often wins. Without level words, the most named header place, else body place.
    A place written only in a work's title (《长安三万里》) is not one the article is about.
    """
    header, body = WORK_TITLE_RE.sub("", header), WORK_TITLE_RE.sub("", body)
    text = f"{header} {body}"
    candidates = list(dict.fromkeys(places(header) + places(body)))
    if not candidates:
        return ""
    counts = {name: text.count(name) for name in candidates}
    named_in_header = [p for p in places(header) if level_of(p)]
    if named_in_header:
        return max(named_in_header, key=lambda p: (counts[p], len(p)))
    level_counts = Counter(LEVEL_RE.findall(body))
    for level, _ in level_counts.most_common():
        # Cities are usually written bare (辽源), counties and districts with their suffix.
        same = [p for p in candidates if level_of(p) == level or (level == "市" and not level_of(p))]
        if same:
            return max(same, key=lambda p: (counts[p], len(p)))
    head = places(header)
    if head:
        return max(head, key=lambda p: (counts[p], len(p)))
    best = max(candidates, key=lambda p: counts[p])
    return best if counts[best] >= 2 else ""
