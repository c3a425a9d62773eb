"""Who said it, put last: 在专访中，提出要“…”的是某县县长甲 names the speaker as the clause's focus, and
says what 甲提出，要“…” says. The verb opens its clause (报告提出…的是… has a speaker before it and reads as
written); slots.split_speaker reads the person at the end of what follows 的是."""

from __future__ import annotations

import re

# 提出要…的是甲, 说…的是某县县长甲, 表示…的人是甲
CLEFT_RE = re.compile(r"(?:^|[，,：:])(?:提出|说|表示|强调|指出|认为|称|谈到)(?P<said>[^，,。；;]{4,}?)的(?:人)?是"
                      r"(?P<who>[^，,。；;：:“”]{2,24}?)[。！!]?$")


def split(text: str) -> tuple[str, str]:
    """(the words naming who said it, what was said) of a claim saying who said it last, else ('', '')."""
    m = CLEFT_RE.search(text)
    return (m.group("who"), m.group("said").lstrip("，,：:“\" ")) if m else ("", "")
