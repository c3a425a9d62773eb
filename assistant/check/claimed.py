"""What a claim states in the slot a source decided it by, to show beside what the source says."""

from __future__ import annotations

from assistant.check import slots


def of_slot(body: str, slot: str) -> str:
    """What the claim says in the slot that decided it (its ranking, year, count, level, scope, label or date)."""
    if slot == "ranking":
        found = slots.ordinals(body)
        return found[0].text if found else ""
    if slot == "year":
        return "、".join(sorted(slots.years(body)))
    if slot == "count":
        m = slots.COUNT_RE.search(body)
        return body[m.start() : m.end() + 2] if m else ""
    if slot == "level":
        return "、".join(sorted(slots.levels(body)))
    if slot == "scope":
        return slots.scope_slot(body, "")[0] or next((m.group(0) for m in slots.SCOPE_RE.finditer(body)), "")
    if slot == "label":
        return "、".join(f"“{n}{r}”" for n, r in sorted(slots.labels(body)))
    if slot == "date":
        m = slots.DATE_RE.search(body) or slots.MONTH_RE.search(body) or slots.DAY_RE.search(body)
        return m.group(0) if m else ""
    return ""
