"""The figures an English question states, read as a Chinese text writes them."""

from __future__ import annotations

import re

from assistant.text import quantities

# A unit right after a number the question states ("projects worth over 5 million yuan") is the
# question's condition, not the unit of its answer, as a Chinese question's unit is read only
# after 多少 (question.UNIT_HINT_RE): "how many projects" asks a count
STATED_EN_RE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:(?:hundred|thousand|million|billion|trillion)\s+)?$", re.IGNORECASE)
SCALE_AFTER_EN_RE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
SCALES_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def after_number(text: str, at: int) -> bool:
    """Whether the word at `at` follows a number the question states (5 million yuan)."""
    return STATED_EN_RE.search(text[:at]) is not None


def english_figures(text: str) -> tuple[str, ...]:
    """The figures an English question states, one with a scale word as a Chinese text writes
    it: 5 million -> 500万, 1.2 billion -> 12亿 (a text never writes 5 million as 5000000)."""
    out = []
    for f in quantities.find_quantities(text):
        m = SCALE_AFTER_EN_RE.match(text, f.start + len(f.text))
        if m is None or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", f.text):
            out.append(quantities.without_qualifier(f.text))
            continue
        value = float(f.text.replace(",", "")) * SCALES_EN[m.group(1).lower()]
        out.append(f"{value / 1e8:g}亿" if value >= 1e8 else f"{value / 1e4:g}万" if value >= 1e4 else f"{value:g}")
    return tuple(out)
