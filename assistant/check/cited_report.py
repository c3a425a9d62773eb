"""报告提出，… said only in another's words: a claim citing a work report whose every deciding sentence stands
in an interview (——访某县县长 甲) or a reporter's piece (本报记者 乙), while the passages hold the report
itself (its sections: 工作安排, 工作回顾, or a title naming 工作报告).

The report's own sections are where what it says is written; the same words in a county head's interview or
a reporter's piece are that person's, about his county or his beat. A claim putting them in the report's
mouth names another source than the one that says them: refuted, naming whose words they are. A report the
passages do not hold at all is not known to be silent: the claim is left as the sentences decide it, and a
claim citing a 报道 or 文章 (any piece) is no claim of the report's.
"""

from __future__ import annotations

import re

from assistant.answer import credits
from assistant.check import slots
from assistant.check.in_force import article_of

# 报告提出, 政府工作报告称, 据报告, 按报告安排: the claim cites the report (not 报道, 文章: any piece may be those)
CITES_RE = re.compile(r"^(?:据|按|按照|根据|依据)?(?:[\u4e00-\u9fff]{0,6}[省市县区](?=政府))?(?:政府)?(?:工作)?报告(?!会)")
# 新华社某地1月13日电: a news agency's dispatch, the agency's words
DATELINE_RE = re.compile(r"([\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电")
# a section of a work report, by the heading in force over it
REPORT_SECTION_RE = re.compile(r"工作报告|工作安排|工作回顾|工作总结")


def _whose(s, chunks) -> str:
    """Whose words the sentence is, when its article is another's piece: the person an interview is with, the
    agency of a dispatch, else the reporters its article credits ('' for none, or a report's own section)."""
    if REPORT_SECTION_RE.search(s.chunk.title):
        return ""
    who = slots.interviewee(s.chunk.title)
    dispatch = DATELINE_RE.search(s.chunk.title)
    if who or dispatch:
        return who or dispatch.group(1)
    names = [p.name for line in article_of(s, chunks).splitlines() for p, photo in credits.credits_in(line) if not photo]
    return "、".join(dict.fromkeys(names))


def others_words(claim: str, parts, hits) -> str:
    """Whose words a supported claim citing the report really is ('' when the report's own, or unknown)."""
    if not CITES_RE.match(claim) or not parts:
        return ""
    if not any(REPORT_SECTION_RE.search(h.chunk.title) for h in hits):
        return ""  # the report is not among the passages: its silence is not known
    chunks = [h.chunk for h in hits]
    whose = [_whose(p.sentence, chunks) for p in parts]
    return "、".join(dict.fromkeys(whose)) if all(whose) else ""
