"""A question word no document of the store writes (its document frequency is 0), read by its parts.

Such a word is most often jieba's word-guessing over the question's own wording (签下 for the
sentence's 签约, 保到, 上定, 个国控, 比要) or an everyday form of a written word (搞成 for 达成,
新盖 for 新建). Its idf is the store's highest, so it weighed the most in a sentence's coverage
(topic_coverage.term_weights) although it tells no sentence from another: every one misses it.
Read by its dictionary parts (text/words.dictionary_parts), each weighted by its own idf, the
question keeps what its characters say (签 is held by 签约) and loses what no sentence can show.

A name or a place the question gives keeps its full weight, unheld where it is missing: a
question about a thing no document names must still be refused. So do the words of the
question's frame (报道, 说: framing.FRAME_WORDS decide them).
"""

from __future__ import annotations

from assistant.query import framing
from assistant.query.question import Question
from assistant.text import words

# a private-use character: no document's token, so the idf the store gives a word it never holds
NEVER_WRITTEN = "\ue000"
NAME_FLAGS = ("nr", "ns", "nt", "nz")


def never_held(term: str, idf) -> bool:
    """Whether the store holds `term` in no document. An idf that tells no word from another (a
    test's constant) says nothing about what is held."""
    top = idf(NEVER_WRITTEN)
    return idf(term) >= top > idf("的")


def is_name(term: str, q: Question) -> bool:
    """A person's, place's or organisation's name, as the question or the word alone is tagged."""
    if any(term in p or p in term for p in q.places):
        return True
    tags = words.tagged(term) + tuple(t for t in words.tagged(q.text) if t[0] == term)
    return any(flag.startswith(NAME_FLAGS) for _, flag in tags)


def parts(term: str, q: Question, idf) -> tuple[str, ...]:
    """The words `term` is read by: its dictionary parts when no document writes it, minus stop
    words; else the term itself."""
    if q.english or len(term) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in term) \
            or term in framing.FRAME_WORDS or not never_held(term, idf) or is_name(term, q):
        return (term,)
    pieces = words.dictionary_parts(term)  # a part no document writes either, by its characters (全天候: 全天, 天候)
    pieces = [ch for p in pieces for ch in (p if len(p) > 1 and len(pieces) > 1 and never_held(p, idf) else (p,))]
    kept = tuple(dict.fromkeys(p for p in pieces if p not in words.STOPWORDS))
    return kept  # 那么些: function words only, no topic
