"""A question asking what a piece says at its end (报告结尾, 评论结尾, 访谈末尾, 收尾时), and which
retrieved sentences stand where a piece can end.

A piece's ending closes it: the report's last call (让我们…不忘初心、牢记使命…), a commentary's last
wish. A sentence in the first part of its article is not where the article ends, however many of
the question's words it writes: another article's lead that writes the question's verb (号召…) would
otherwise outrank the report's closing sentence, which may write none of them.
So such a sentence's support is cut as a sentence said elsewhere is (named_source.OUT_OF_SOURCE).

Only the end of a whole piece is read: the end of a section or passage (统筹发展与安全一节的末尾,
那段结尾) is not where its article ends, and is left alone; so is 最后, which more often ranks
(最后一名) or orders (最后确定) than places. With no store open, articles cannot be read: nothing is cut.
"""

from __future__ import annotations

import re

from assistant.answer.article_store import article_chunks

CUT = 0.2  # the support kept by a sentence in the first part of its article
FIRST_PART = 0.3  # the share of an article (by characters) that is not its ending: a report's last part (on its own
# work, then its closing call) may begin just before the middle, so the cut stays well short of it

ENDING_RE = re.compile(r"(结尾|末尾|收尾|结语|结束语)")
# 一节的末尾, 那段结尾, 第三部分结尾: a part of the piece, whose end is not the article's
PART_BEFORE_RE = re.compile(r"(?:节|段|部分|章|条|项|句)(?:的|之)?(?:那|这)?$")


def asked(question: str) -> bool:
    """Does `question` ask what a whole piece says at its end (报告结尾号召…, 访谈末尾说…)?"""
    m = ENDING_RE.search(question)
    return bool(m) and not PART_BEFORE_RE.search(question[: m.start()])


def _article_span(s, spans: dict) -> tuple[int, int] | None:
    """The original offsets where `s`'s article begins and ends, from the store's passages of it
    (`spans`: those already read, by article)."""
    key = (s.chunk.source, s.chunk.article)
    if key not in spans:
        chunks = article_chunks(*key)
        spans[key] = (chunks[0].start, max(c.end for c in chunks)) if chunks else None
    return spans[key]


def early(s, spans: dict) -> bool:
    """Does `s` stand in the first part of its article (`FIRST_PART`)? False when the article cannot be read."""
    span = _article_span(s, spans)
    if span is None or span[1] <= span[0]:
        return False
    at = s.chunk.to_original(s.a)
    return (at - span[0]) / (span[1] - span[0]) < FIRST_PART


def factors(q, sentences: list) -> dict:
    """{id(sentence): CUT} for the sentences that cannot be the end of their piece when `q` asks its end; else {}."""
    if q.english or not asked(q.text):
        return {}
    spans: dict = {}
    return {id(s): CUT for s in sentences if early(s, spans)}
