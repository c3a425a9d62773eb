"""Words quoted before their attribution: “…。”区长X在接受记者采访时表示。

News often opens with the speaker's words in quotation marks and names the speaker after them, in a
sentence of its own that ends on the verb of saying. That sentence shares a question's framing
(X在接受采访时) but holds nothing asked: what X said is the quotation before it, so an answer citing
the attribution alone answers nothing. The quotation is shown with it.
"""

from __future__ import annotations

import re

from assistant.answer.roles import SPEECH_VERBS

# a sentence ending on its verb of saying (…在接受记者采访时表示。), with no words of its own after it
ATTRIBUTION_ONLY_RE = re.compile(rf"(?:{SPEECH_VERBS}|称|说道)[。．.]?$")
QUOTE_CLOSED_RE = re.compile(r"[”」』\"]\s*$")
QUOTE_OPEN = "“「『\""
REACH = 4  # sentences back the quotation's opening mark is looked for


def attribution_only(text: str) -> bool:
    text = text.strip()
    return ATTRIBUTION_ONLY_RE.search(text) is not None and not any(m in text for m in QUOTE_OPEN)


def quotation_before(s, sentences: list) -> list:
    """The sentences of the quotation that closes right before `s` in its article, in order, from the one
    opening it; [] when `s` is no bare attribution or the quotation does not open within REACH sentences."""
    from assistant.answer.extractive import _run_of

    if not attribution_only(s.text):
        return []
    run, at = _run_of(s, sentences)  # the article's passages in order, across chunks (one may open on the attribution)
    if at is None or at == 0 or not QUOTE_CLOSED_RE.search(run[at - 1].text):
        return []
    for i in range(at - 1, max(-1, at - 1 - REACH), -1):
        if any(m in run[i].text for m in QUOTE_OPEN):
            return run[i:at]
    return []


def with_quotation(draft, sentences: list):
    """`draft` with each part citing a bare attribution preceded by the quotation it attributes."""
    from assistant.answer.extractive import make_part

    if draft is None or not draft.parts:
        return draft
    parts = []
    for p in draft.parts:
        shown = {(o.sentence.chunk.id, o.sentence.a) for o in parts + draft.parts}
        parts += [make_part(o, o.a, o.b, p.score) for o in quotation_before(p.sentence, sentences)
                  if (o.chunk.id, o.a) not in shown]
        parts.append(p)
    draft.parts = parts
    return draft
