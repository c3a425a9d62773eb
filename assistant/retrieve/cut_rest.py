"""The rest of a sentence the chunker cut: a retrieved passage that ends inside a sentence
(on a colon or comma: 主要做好五方面工作: | (一)推进…) brings the passage after it.

The chunker's boundary is not the writer's. A list announced at a passage's end, or a long
sentence of many clauses, goes on in the next passage of its article, which shares few of the
question's words with it (the question names the announcement, the answer is in the items), so
neither ranking brings it. The answer step reads a sentence on into the next retrieved passage
(answer/neighbours.following) and refuses a list whose rest is not retrieved; this gives it the
rest. Only the first hits are read on, and the rest is put after every ranked hit, so the
ranking the answer step trusts is not changed.
"""

from __future__ import annotations

from assistant.records import Hit
from assistant.text.sentences import ends_inside

# the hits read on: the ones the answer step weighs most
READ_ON = 5
# passages of an article overlap, or leave a paragraph separator between them
GAP = 2


def with_cut_rests(hits: list[Hit], chunks_of) -> list[Hit]:
    """`hits` and, after them, the passage following each of the first READ_ON hits that ends
    inside a sentence (when not retrieved already). `chunks_of(sources, articles)` reads the
    passages of these articles, once for all the cut hits."""
    cut = [h for h in hits[:READ_ON] if ends_inside(h.chunk.text)]
    if not cut:
        return hits
    found = chunks_of(sorted({h.chunk.source for h in cut}), sorted({h.chunk.article for h in cut}))
    have = {h.chunk.id for h in hits}
    rests = []
    for h in cut:
        after = [c for c in found if c.source == h.chunk.source and c.article == h.chunk.article
                 and h.chunk.start < c.start <= h.chunk.end + GAP]
        if not after:
            continue
        nxt = min(after, key=lambda c: c.start)
        if nxt.id not in have:
            have.add(nxt.id)
            rests.append(Hit(nxt, min(x.score for x in hits), None, None, None))
    return hits + rests
