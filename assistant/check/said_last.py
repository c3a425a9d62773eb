"""Who said it, put last or cited in a lead. 在专访中，提出要“…”的是某县县长甲 names the speaker as the clause's
focus, and says what 甲提出，要“…” says; the verb opens its clause (报告提出…的是… has a speaker before it and
reads as written). 按王飞的说法，… says the rest is his words. slots.split_speaker reads the person at the end of
the words naming him."""

from __future__ import annotations

import re

# 提出要…的是甲, 说…的是某县县长甲, 表示…的人是甲
CLEFT_RE = re.compile(r"(?:^|[，,：:])(?:提出|说|表示|强调|指出|认为|称|谈到)(?P<said>[^，,。；;]{4,}?)的(?:人)?是"
                      r"(?P<who>[^，,。；;：:“”]{2,24}?)[。！!]?$")


# 按王飞的说法，/ 据仇景锐在专访中给出的数字，/ 根据甲的介绍：: a lead citing someone's words or figures, the
# speaker named inside it (where he gave them, 在专访中给出, is no part of his name)
SOURCE_LEAD_RE = re.compile(r"^(?:据|按|按照|根据|依据)(?P<who>[^，,。；;：:“”]{2,24}?)(?:在[^，,]{1,12}?[中里](?:给出|提供|公布|披露)?)?"
                            r"的?(?:说法|介绍|数字|数据|统计|测算|估算|口径)(?:称|显示)?[，,：:]")


def split(text: str) -> tuple[str, str]:
    """(the words naming who said it, what was said) of a claim saying who said it last or citing him in its lead,
    else ('', '')."""
    m = CLEFT_RE.search(text)
    if m:
        return m.group("who"), m.group("said").lstrip("，,：:“\" ")
    lead = SOURCE_LEAD_RE.match(text)
    return (lead.group("who"), text[lead.end() :].lstrip("“\" ")) if lead else ("", "")
