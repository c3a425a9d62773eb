"""A claim's ranking against a source sentence's (slots.ordinals): the same ranking in the same scope
supports it, another place in it refutes it; the same place in another scope (位列全省第十名 for the
claim's 位列全国第十名, 走在全市前列 for its 走在全国前列) refutes it too, as a claim that took the source's
ranking and widened or narrowed where it holds. Another place in another scope says nothing of it.
"""

from __future__ import annotations

from assistant.check import slots

REFUTED, UNKNOWN = "refuted", "not_enough_info"  # as statements.py's
# a ranking the source gives in another scope: it refutes only when no other sentence decides (one
# may rank the claim's thing in the claim's scope as well: statements.check_statement)
RESCOPED = "ranking scope"


def rescoped(claimed: slots.Ordinal, other: slots.Ordinal) -> bool:
    """Is `other` the claim's ranking in another scope: the same place or standing, a ranking of the same
    kind (第三届 is none), each with its scope, of another level (本省 is 全省)?"""
    if claimed.unit != other.unit and {claimed.unit, other.unit} - {"", "名", "位"}:
        return False
    return (claimed.value == other.value and bool(claimed.scope) and bool(other.scope)
            and claimed.scope[-1] != other.scope[-1])


def rescope(claim: str, text: str) -> str:
    """The source `text` with each ranking it gives in another scope than the claim's same ranking
    written in the claim's scope (全省第十名 -> 全国第十名 for the claim's 全国第十名), or '' when it has none:
    the sentence as it would read if only the scope differed."""
    out = text
    for claimed in slots.ordinals(claim):
        for o in slots.ordinals(text):
            if rescoped(claimed, o):
                out = out.replace(o.text, claimed.scope + o.text[len(o.scope):])
    return out if out != text else ""


def compare(body: str, text: str, clause: str) -> tuple[str, str, str] | None:
    """(verdict, slot, what the source says) for the claim's first ranking the sentence `text` does not
    give as the claim does (`clause`: the one naming the claim's thing), or None when it gives each."""
    for claimed in slots.ordinals(body):
        found = [o for o in slots.ordinals(text) if o.comparable(claimed)]
        if any(o.value == claimed.value for o in found):
            continue
        numeric = [o for o in found if isinstance(o.value, float) and isinstance(claimed.value, float)]
        if numeric:
            return REFUTED, "ranking", numeric[0].text
        # the clause naming the claim's thing ranks it so in another scope; a scope a source does not
        # state at all leaves it open
        other = [o for o in slots.ordinals(clause) if rescoped(claimed, o)]
        if other and not found:
            return REFUTED, RESCOPED, other[0].text
        return UNKNOWN, "ranking", ""
    return None
