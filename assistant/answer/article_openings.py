"""The sentences of a whole article that name a person, for the speaker of an interview passage.

An interview names its interviewee in its heading (——访市人大代表、南湖区区长 郑文涛) and in the
attribution after the opening quotation (郑文涛在接受记者采访时说。); its later passages say only
郑文涛说 now and then, or nothing. A who-said question whose words stand in such a later passage
retrieves that passage alone, and the heading's name is then in the passage's title only, which
cannot be quoted. The service lets the answer step read the article's other passages while it
answers (`article_store.reading`); with no store open (a benchmark's hits alone) nothing is read.
"""

from __future__ import annotations

from assistant.answer.article_store import article_chunks
from assistant.answer.evidence import Sentence, matching
from assistant.text.sentences import split_sentences

RANK = 99  # the hit rank of a sentence read this way: no retrieval rank, so no rank bonus


def sentences(source: str, article: int) -> list[Sentence]:
    """The sentences of article `article` of `source`, in the order of the article; [] when no store is open."""
    chunks = [matching(c) for c in article_chunks(source, article)]
    return [Sentence(RANK, c, a, b) for c in chunks for a, b in split_sentences(c.text)]


def naming(source: str, article: int, name: str) -> list[Sentence]:
    """The sentences of article `article` of `source` that write `name`, in the order of the
    article; [] when no store is open or the name is not written in its passages."""
    return [s for s in sentences(source, article) if name in s.text] if name else []
