"""A question word no document of the store writes (its document frequency is 0), read by its parts.

Such a word is most often jieba's word-guessing over the question's own wording (签下 for the
sentence's 签约, 保到, 上定, 个国控, 比要), an everyday form of a written word (搞成 for 达成,
新盖 for 新建), or a compound the documents write apart (总产量 for 粮食产量). Its idf is the
store's highest, so it weighed the most in a sentence's coverage (topic_coverage.term_weights)
although it tells no sentence from another: every one misses it. Read by the fewest pieces the
store does write (else by its characters), each weighted by its own idf, the question keeps what
its characters say (签 is held by 签约) and loses what no sentence can show.

What names a thing keeps its full weight, unheld where it is missing, so that a question about a
thing no document names is still refused: a name or a place (jieba's nr, ns, nt, nz, the
question's places), as a whole word or as a piece of a glued one (说|悦动), and a two-character
noun of the dictionary (大棚, 松下: its characters do not say what it names). So do the words of the
question's frame (报道, 说: framing.FRAME_WORDS decide them), the asker's level (市里: the
document writes 全市; framing.level_group) and shortened words (规上, read by
their long form: text/words.writes).
"""

from __future__ import annotations

from functools import lru_cache

from assistant.query import framing
from assistant.query.question import Question
from assistant.text import words

# a private-use character: no document's token, so the idf the store gives a word it never holds
NEVER_WRITTEN = "\ue000"
NAME_FLAGS = ("nr", "ns", "nt", "nz")


def never_held(idf):
    """The test of whether the store holds a word in no document: its idf is the one of a token
    no document has. An idf that tells no word from another (a test's constant) says nothing
    about what is held: no word is then taken as unseen."""
    top = idf(NEVER_WRITTEN)
    if not top > idf("的"):
        return lambda term: False
    return lambda term: idf(term) >= top


def _names(word: str) -> bool:
    tags = words.tagged(word)
    return len(tags) == 1 and tags[0][1].startswith(NAME_FLAGS)


@lru_cache(maxsize=1024)
def _tagged_names(question: str) -> frozenset[str]:
    """The words jieba tags a name as the question is tagged: read once per question, not per term asked."""
    return frozenset(w for w, flag in words.tagged(question) if flag.startswith(NAME_FLAGS))


def names_thing(term: str, q: Question) -> bool:
    """A name, a place or a two-character noun of the dictionary, as the word alone or the
    question is tagged."""
    # a word holding a place asked (说吉利 of 吉利) is kept whole: the place check reads it
    if any(term in p or p in term for p in q.places) or _names(term) or term in _tagged_names(q.text):
        return True
    tags = words.tagged(term)
    return len(term) == 2 and len(tags) == 1 and tags[0][1].startswith(("n", "j")) and words.in_dictionary(term)


def _pieces(term: str, unseen) -> tuple[str, ...]:
    """The fewest pieces covering `term`, each a word the store holds, a name, or one character;
    among as few, the one whose later pieces are longer (a compound's head is its last word:
    总产量 -> 总, 产量)."""
    best: list[tuple | None] = [()] + [None] * len(term)
    for end in range(1, len(term) + 1):
        for start in range(end):
            piece, before = term[start:end], best[start]
            if before is None or (len(piece) > 1 and (piece == term or unseen(piece)) and not _names(piece)):
                continue
            cand = before + (piece,)
            if best[end] is None or (len(cand), [-len(p) for p in reversed(cand)]) \
                    < (len(best[end]), [-len(p) for p in reversed(best[end])]):
                best[end] = cand
    return best[-1]


def parts(term: str, q: Question, unseen) -> tuple[str, ...]:
    """The words `term` is read by: when no document writes it (`unseen`, of `never_held`), its
    pieces (`_pieces`) minus stop words (none at all for 那么些: function words only); else the
    term itself."""
    if q.english or len(term) < 2 or not words.chinese_word(term) \
            or term in framing.FRAME_WORDS or _disputes(term, q) or framing.level_group(term) or words.shortened(term) or not unseen(term) or names_thing(term, q):
        return (term,)
    if verb := _without_direction(term):
        return (verb,)
    return tuple(dict.fromkeys(p for p in _pieces(term, unseen) if p not in words.STOPWORDS))


def _disputes(term: str, q: Question) -> bool:
    """A word a disputed question's frame is made of (文中出现了两个数): framing decides it whole, unheld
    and not missed, where its characters would each be missed."""
    return framing.dispute_word(term, q.text)


# a two-character directional complement (搬出来, 选上来, 落下去): the spoken verb's direction, which
# a written sentence drops (搬迁 is held by 搬, not by 出 and 来)
DIRECTION_PAIRS = frozenset({"出来", "出去", "进来", "进去", "上来", "上去", "下来", "下去", "起来", "回来", "回去", "过来", "过去"})


def _without_direction(term: str) -> str:
    """The verb of a word ending in a directional complement (`DIRECTION_PAIRS`); '' for any other."""
    if len(term) < 3 or term[-2:] not in DIRECTION_PAIRS:
        return ""
    return term[:-2]
