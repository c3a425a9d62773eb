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
from assistant.answer.datelines import DATELINE
from assistant.check import slots
from assistant.check.in_force import article_of
from assistant.check.statements import SUPPORTED

# 报告提出, 政府工作报告称, 据报告, 按报告安排: the claim cites the report (not 报道, 文章: any piece may be those)
CITES_RE = re.compile(r"^(?:据|按|按照|根据|依据)?(?:[\u4e00-\u9fff]{0,6}[省市县区](?=政府))?(?:政府)?(?:工作)?报告(?!会)")
# a section of a work report, by the heading in force over it
REPORT_SECTION_RE = re.compile(r"工作报告|工作安排|工作回顾|工作总结")


def _whose(s, chunks) -> str:
    """Whose words the sentence is, when its article is another's piece: the person an interview is with, the
    agency of a dispatch, else the reporters its article credits ('' for none, or a report's own section)."""
    if REPORT_SECTION_RE.search(s.chunk.title):
        return ""
    who = slots.interviewee(s.chunk.title)
    dispatch = DATELINE.search(s.chunk.title)  # 新华社某地3月5日电: a dispatch, its outlet's words
    if who or dispatch:
        return who or dispatch.group(0)[: dispatch.start(1) - dispatch.start(0)]
    names = [p.name for line in article_of(s, chunks).splitlines() for p, photo in credits.credits_in(line) if not photo]
    return "、".join(dict.fromkeys(names))


def others_words(claim: str, reporter, parts, hits, recheck) -> tuple[str, str] | None:
    """(whose words a supported claim really is, whom it credits) when it cites the report for another's
    words, or a reporter (reported.py) for the report's own; None when its source says them or is unknown.
    `recheck(hits) -> verdict` reads the claim on some passages only: the source it cites, read alone,
    supporting it too says them as well."""
    if not parts:
        return None
    if reporter is not None:  # a report's section credits no reporter: the words are the report's
        named = [report_named(p.sentence.chunk) for p in parts]
        rest = [h for h in hits if not report_named(h.chunk)]
        if not all(named) or (rest and recheck(rest) == SUPPORTED):
            return None
        return "、".join(dict.fromkeys(named)), "、".join(reporter.names) or reporter.outlet
    m = CITES_RE.match(claim)
    report = [h for h in hits if REPORT_SECTION_RE.search(h.chunk.title)]
    if not m or not report:
        return None  # no report cited, or the report is not among the passages: its silence is not known
    chunks = [h.chunk for h in hits]
    whose = [_whose(p.sentence, chunks) for p in parts]
    if not all(whose) or recheck(report) == SUPPORTED:
        return None
    return "、".join(dict.fromkeys(whose)), m.group(0).lstrip("据按照根依")


def report_named(chunk) -> str:
    """The report a passage is a section of, by its first heading (二、2025年工作安排 of 二、…工作安排 · (一)…), or ''."""
    return chunk.title.split(" · ")[0].strip() if REPORT_SECTION_RE.search(chunk.title) else ""
