"""An article's sentences in reading order across chunks, so an answer can read on past its first sentence."""

from __future__ import annotations

from assistant.answer.evidence import Sentence


LAYOUT_GAP = 6  # characters of the original between two sentences that still follow each other


def run_of(s: Sentence, sentences: list[Sentence]) -> tuple[list[Sentence], int | None]:
    """The candidate sentences of `s`'s article in document order, as far as they follow
    one another without a gap, across chunk boundaries (a list that begins at the end of
    one chunk ends in the next), and the position of `s` among them."""
    def start(o: Sentence) -> int:
        return o.chunk.to_original(o.a)

    def end(o: Sentence) -> int:
        return o.chunk.to_original(o.b - 1) + 1

    same = sorted((o for o in sentences if o.chunk.source == s.chunk.source and o.chunk.article == s.chunk.article
                   and o.whole is None), key=start)
    ordered: list[Sentence] = []
    for o in same:  # overlapping chunks give the same sentence twice
        if not ordered or start(o) >= end(ordered[-1]):
            ordered.append(o)
    at = next((i for i, o in enumerate(ordered) if start(o) <= s.chunk.to_original(s.a) < end(o)), None)
    if at is None:
        return [], None
    lo = hi = at
    while lo > 0 and start(ordered[lo]) - end(ordered[lo - 1]) <= LAYOUT_GAP:
        lo -= 1
    while hi + 1 < len(ordered) and start(ordered[hi + 1]) - end(ordered[hi]) <= LAYOUT_GAP:
        hi += 1
    return ordered[lo : hi + 1], at - lo


def previous_sentence(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
    before = [o for o in sentences if o.chunk.id == s.chunk.id and o.b <= s.a and "\n" not in s.chunk.text[o.b : s.a]]
    return max(before, key=lambda o: o.b) if before else None


def next_sentence(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
    for other in sentences:
        if other.chunk.id == s.chunk.id and other.a >= s.b and "\n" not in s.chunk.text[s.b : other.a]:
            return other
    return None


def following(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
    """The sentence after `s` in its article: in its own chunk, else the one opening the next retrieved chunk
    right after it (`run_of`). A sentence the chunking left last in its chunk is not its paragraph's last:
    …即可领取会员礼包。| 礼包包括甲、乙和丙。 reads on in the next chunk as it reads on within one."""
    if (same := next_sentence(s, sentences)) is not None:
        return same
    after = after_in_run(s, sentences)
    return None if after is None or _paragraph_between(s, after) else after


def after_in_run(s: Sentence, sentences: list[Sentence]) -> Sentence | None:
    """The candidate sentence right after `s` in its article's run (`run_of`), or None."""
    run, at = run_of(s, sentences)
    return run[at + 1] if at is not None and at + 1 < len(run) else None


def _paragraph_between(s: Sentence, o: Sentence) -> bool:
    """Does the original text between `s` and the later `o` break the line (a new paragraph or heading, which
    `next_sentence` does not read past within a chunk either)? Read in whichever chunk holds it."""
    lo, hi = s.chunk.to_original(s.b - 1) + 1, o.chunk.to_original(o.a)
    gap = "".join(c.raw[max(lo, c.start) - c.start : min(hi, c.end) - c.start] for c in (s.chunk, o.chunk))
    return "\n" in gap
