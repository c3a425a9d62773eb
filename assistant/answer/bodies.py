"""Whose figure is it: the body (person, organisation, model) a figure's clause names.

A question asking one company's figure (or one person's, one model's) is not answered by a
sentence whose figures are all another one's: 苹果公司的新款iPhone起售价上涨100-200美元 is
苹果's even when the sentence opens 据英国巴克莱银行分析师…; 腾势N7's range is not D9's. The
owner of a figure is the body its clause names; a sibling of the asked body (one of the same
kind, neither a part nor a short form of it, not named by the question) owning every figure
of the sentence makes the sentence not the answer: the caller tries the next, else refuses.
A clause naming no body is left alone (its owner is its article's; the name checks of
subject_names.py and organisations.py read that).
"""

from __future__ import annotations

from assistant.answer.organisations import abbreviates, organisations
from assistant.answer.subject_names import Disagreement, model_codes
from assistant.query.question import Question
from assistant.records import Chunk


def bodies(text: str) -> dict[str, str]:
    """{name: kind} of the people, organisations and model codes (N7, i5) `text` names."""
    from assistant.answer.values import slots

    out = {s.text: "person" for s in slots(text) if s.kind == "name"}
    out.update({o: "org" for o in organisations(text) if o not in out})
    out.update({m: "model" for m in model_codes(text)})
    return out


def related(x: str, y: str) -> bool:
    """One name holds the other or is its short form (华为, 华为公司; 建行 of 建设银行)."""
    x, y = x.lower(), y.lower()
    return x in y or y in x or abbreviates(x, y)


def owners(text: str) -> list[dict[str, str]]:
    """For each figure of `text`, the bodies its clause names ({} for a clause naming none)."""
    from assistant.answer.values import clause_of, slots

    return [bodies(text[slice(*clause_of(text, s))]) for s in slots(text) if s.kind == "figure"]


def body_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A quantity question naming a body is not answered by a sentence each of whose
    figures belongs to a sibling of it (a body of its kind the question does not name)."""
    if q.kind != "quantity" or q.english:
        return None
    asked = bodies(q.text)
    if not asked:
        return None
    text = chunk.text[a:b]
    found = owners(text)
    sibling = ""
    for named in found:
        mine = [n for n in named if any(related(n, x) for x in asked)]
        others = [n for n, kind in named.items() if n not in mine and n not in q.text
                  and any(k == kind and not related(n, x) for x, k in asked.items())]
        if mine or not others:
            return None  # a figure of the asked body, or of no body the clause names
        sibling = sibling or others[0]
    return Disagreement("body", next(iter(asked)), sibling) if sibling else None
