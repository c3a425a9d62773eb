"""What an English question asks of its subject with a modal: "what must economic development be
adapted to?", "what should rural schools be based on?", "what must the county focus on?".

Such a question asks the complement of a statement that says what its subject must do or be, which a
Chinese text writes as the subject with a modal word in one clause (发展经济务必因地制宜, 乡村学校要立足…).
The English scorer weighs a sentence by the question's words as a whole and took an article's opening
sentences, which name neither the subject nor any obligation, for the thing asked. An answer must write
the subject's words (any of the dictionary's senses of each, `english_senses.senses`) and a modal word
in one clause; refusing is the remedy when none does. Among the scorer's candidates the one sentence
that does is what the question asks: it is put first (`frame_first`). No document's words.
"""

from __future__ import annotations

import re

from assistant.query import english_phrases, english_senses
from assistant.query.cedict import ENGLISH_STOPWORDS
from assistant.query.question import Question

# "what must X be adapted to", "what should X adapt to", "what does X need to be based on": the subject, then be and
# a participle, or the verb before the question's closing preposition; the subject's words are lowercase (a name is
# the subject check's, answer/subject.py)
MODALS_EN = r"(?:must|should|shall|has to|have to|needs? to|ought to|(?:does|do)\s+(?P<who>(?:[a-z-]+\s+){1,4}?)(?:need|have)\s+to)"
SUBJECT_EN = r"(?P<subject>(?:[a-z'’-]+\s+){0,4}?[a-z'’-]+)"
FRAME_EN = re.compile(r"^\s*what\s+" + MODALS_EN + r"\s+(?:" + SUBJECT_EN.replace("subject", "passive") + r"\s+be\s+[a-z]+(?:ed|en)\b[^?]*"
                      r"|" + SUBJECT_EN + r"\s+[a-z]+(?:\s+(?:to|on|upon|with|in|by|for|at))?)\s*\?\s*$", re.IGNORECASE)
# the modal words of Chinese: an obligation or a prohibition said of the subject
MODAL_ZH = re.compile(r"必须|务必|必需|须|需要|需|应当|应该|应|要|得|一定|不能|不可|不得|只能|只有")
CLAUSE_ZH = re.compile(r"[^，,；;。！!？?：:]+")


def subject_senses(q: Question) -> tuple[tuple[str, ...], ...]:
    """The Chinese senses (two characters or more) of each content word of the subject an English modal
    question asks about (economic development: 经济…, 发展…); () when it asks no such frame, or its subject
    is a name or has no word the dictionary glosses."""
    if not q.english:
        return ()
    m = FRAME_EN.match(english_phrases.without_attribution(q.text))
    if not m:
        return ()
    subject = m.group("who") or m.group("passive") or m.group("subject") or ""
    found = []
    for word in re.sub(r"['’]s?\b", "", subject).split():  # the township's farms: township, farms
        if word.lower() in ENGLISH_STOPWORDS or not word[0].islower():  # a name is the subject check's
            continue
        senses = tuple(s for s in english_senses.senses(word) if len(s) > 1)
        if senses:
            found.append(senses)
    return tuple(found)


def frames(senses: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Does a clause of `text` write a sense of each subject word and a modal word?"""
    return any(all(any(s in clause for s in group) for group in senses) and MODAL_ZH.search(clause)
               for clause in CLAUSE_ZH.findall(text))


def unframed(q: Question, texts: list[str]) -> str:
    """Why none of an answer's `texts` says what the subject of an English modal question must do; '' when one does
    or the question asks no such frame."""
    senses = subject_senses(q)
    if not senses or not texts or any(frames(senses, t) for t in texts):
        return ""
    return "no clause says what the subject must do"


def frame_first(q: Question, order: list) -> list:
    """The English scorer's candidates `order` (best first) with the first that says what the subject of a modal
    question must do put first, when the scorer's own first does not; `order` itself otherwise."""
    senses = subject_senses(q)
    if not senses or not order or frames(senses, order[0].sentence.text):
        return order
    at = next((i for i, sc in enumerate(order) if frames(senses, sc.sentence.text)), None)
    return order if at is None else [order[at]] + order[:at] + order[at + 1 :]


def framed(q: Question, made, order: list, lifted: float):
    """The English scorer's draft `made` (cut from `order`, put in `frame_first`'s order) for a modal question: without
    the parts that do not say what the subject must do (a runner-up sentence shown beside it), and at support `lifted`
    when that is more and its sentence is the only candidate of `order` that says it, which is then what the question
    asks whatever the scorer's probability. `made` itself for any other question, or when its first part does not say it."""
    senses = subject_senses(q)
    if not senses or made is None or not made.parts or not frames(senses, made.parts[0].sentence.text):
        return made
    made.parts = [p for p in made.parts if frames(senses, p.sentence.text)]
    if made.support < lifted and sum(1 for sc in order if frames(senses, sc.sentence.text)) == 1:
        made.support = lifted
    return made
