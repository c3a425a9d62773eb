"""A count of two groups joined (36位编辑与校对专家) is no count of the one a question asks
(校对专家有多少位): the figure scope check's reading of a joined count, beside rival_words' rival modifiers."""

from __future__ import annotations

import re

from assistant.query.question import Question
from assistant.text import quantities, words


# what a count counts, written right after it up to its first 的 or mark: 36位|编辑与校对专家的…
COUNTED_RE = re.compile(r"[\u4e00-\u9fff]{1,16}")
JOINS = re.compile(r"与|和|及|、")


def joined_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A count of two groups together (36位编辑与校对专家) for a question counting one of them
    (校对专家有多少位): the group after the join is the one asked, the one before it the
    question never writes."""
    m = COUNTED_RE.match(text, f.end)
    if q.english or f.kind != "count" or not f.unit or not m:  # 24%提到了…和…: a share says what they did
        return ""
    run = m.group(0).split("的")[0]
    parts = JOINS.split(run)
    if len(parts) < 2:
        return ""
    other, asked = parts[-2], parts[-1]
    if len(asked) >= 2 and len(other) >= 2 and asked in q.text and other not in q.text and not written_apart(other, q.text):
        return f"it counts {other} and {asked} together"
    return ""


def written_apart(phrase: str, question: str) -> bool:
    """Does `question` write every word of `phrase` in another order (甲乙区丙丁修复 for 丙丁修复的甲乙区)? Then it
    names that group too: the figure of both together is the one it asks."""
    parts = [w for w, _ in words.tagged(phrase)]
    return len(parts) > 1 and all(w in question for w in parts)
