"""人大代表甲说，自己今后在工作中会以什么姿态履职: the question names the speaker, then what it asks of his words.

News writes the speaker once (甲说，报告总结成绩客观全面…。在今后的工作中，我将…主动担当、勇于作为…。) and his
words run on in the sentences after. The attribution's sentence holds the question's speaker, role and speech
verb, so it outscores the sentence that says what is asked; but those words only frame the question. Among the
speaker's own sentences, the one holding more of the words the question asks after its frame (今后, 工作) is read
first when the rules support it nearly as well.
"""

from __future__ import annotations

from assistant.answer import said

SHARE = 0.6  # the rules' support (relative to the best's) a later sentence of the speaker needs to be read first
SEARCH = 4  # candidates (the best included) searched


def asked_words(q) -> list[str]:
    """The question's words after the speaker's frame (甲说，…): what it asks of his words; [] when no speaker frames it."""
    framed = said.framing(q)
    if framed is None:
        return []
    end = q.text.find(framed[1]) + len(framed[1])
    return [t for t in q.terms if len(t) >= 2 and t in q.text[end:] and t not in framed[1]]


def _rules(sc) -> float:
    return sc.factors.get("rules", sc.score)


def content_first(q, ranked: list) -> list:
    """`ranked` with the first of the next candidates moved first, when the best is the attribution of the speaker
    the question names and that one is also his words, holds more of the asked words than the best's words after
    the attribution, and has the rules' support nearly as high."""
    asked = asked_words(q) if len(ranked) > 1 else []
    if not asked:
        return ranked
    name = said.framing(q)[0]
    top = ranked[0].sentence
    opened = said.attributed(top.text)
    if opened is None or opened.name != name:
        return ranked
    own = top.text[opened.end :]

    def held(text: str) -> int:
        return sum(1 for t in asked if t in text)

    for i, sc in enumerate(ranked[1:SEARCH], 1):
        s = sc.sentence
        if (s.chunk.source == top.chunk.source and _rules(sc) >= SHARE * _rules(ranked[0])
                and held(s.text) > held(own) and said.words_of(s, name)):
            return [sc] + ranked[:i] + ranked[i + 1 :]
    return ranked
