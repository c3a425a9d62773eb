"""A long document shaped like a government work report, joined from news articles: a title
line, then each article under a numbered heading named by its most characteristic words.
The hand check sets' builders (tests/data/news_docs.py) and the training stores
(learn/store_rows.py) print their compilations with it, so both have one shape.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.text import quantities


def numeral(n: int) -> str:
    """1-99 in Chinese numerals, as a report numbers its sections (十一, 二十)."""
    return quantities.numeral(n)


def heading(body: str) -> str:
    """A section heading for an article that has none: its four most characteristic
    words (TF-IDF), in the order the text uses them, as a report's heading names a topic."""
    import jieba.analyse

    tags = [t for t in jieba.analyse.extract_tags(body, topK=8) if not t.isdigit()][:4]
    tags.sort(key=lambda t: body.find(t))
    return " ".join(tags)


def section(n: int, text: str) -> str:
    """The n-th section of a long document: its numbered heading, then the article's
    paragraphs (`text` as article_text gives it, one paragraph a line)."""
    return f"{numeral(n)}、{heading(text)}\n{text}"


def compilation(title: str, sections: Iterable[str]) -> str:
    """A long document's text: the title, a blank line, the sections one after another."""
    return "\n".join([title, "", *sections])
