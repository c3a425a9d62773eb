"""Nouns of a question that jieba's dictionary does not hold (冠道, 芯原, 铠侠): most are the
names of a brand, a product or an organisation, which jieba's word-guessing tags as common
nouns, so the proper-name check never sees them. Over one store of many articles, a
sentence of another model's article shares the question's measure words (新款XX的百公里
油耗 for 新款冠道的); when a retrieved article writes the noun, the answer's article must
write it too. Some such nouns are shortened common words (营收, 规上, 文旅): an article
writing the long form (营业收入, 规模以上, 文化和旅游) writes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.asked_names import asked_for
from assistant.answer.subject_names import Disagreement
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import words
from assistant.text.script import to_simplified

# jieba's tags of a common noun, an organisation and a shortened name; a person's and another
# proper name's (nr, nz) are the name check's, a place's (ns) the place check's
NOUN_FLAGS = ("n", "nt", "j")
CJK_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=1024)
def unknown_nouns(question: str) -> tuple[str, ...]:
    """The question's nouns of two or more characters that jieba's dictionary does not hold,
    also in simplified characters (產業 is 产业); not the kind of thing asked for (哪家车企: the
    answer is one, the passage need not write the word)."""
    tagged = words.tagged(question)
    return tuple(dict.fromkeys(w for i, (w, flag) in enumerate(tagged)
                               if flag in NOUN_FLAGS and not asked_for(tagged, i) and CJK_RE.fullmatch(w) and not words.in_dictionary(w)
                               and not words.in_dictionary(to_simplified(w))
                               and w[0] not in words.GLUED and w[-1] not in words.GLUED and w not in words.STOPWORDS))


def writes(word: str, text: str) -> bool:
    """The article writes the word or its long form (words.long_form: every unknown noun is read
    as possibly shortened), in either script."""
    return any(words.long_form(w).search(t) for w in {word, to_simplified(word)} for t in (text, to_simplified(text)))


def unknown_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A noun of the question no dictionary holds, written by another retrieved article
    (`q.first_named`, kept by `subject.with_articles`) but by no retrieved passage of this
    one: the sentence is about another brand or product than the one asked."""
    if q.english:
        return None
    for word in unknown_nouns(q.text):
        articles = q.first_named.get(word, {})
        if articles and (chunk.source, chunk.article) not in articles \
                and not writes(word, f"{chunk.title} {chunk.subject} {chunk.text}"):
            return Disagreement("name", word, "")
    return None
