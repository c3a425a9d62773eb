"""报告提出，… / 据报道，… / 市政府工作报告要…: a claim citing the document it is checked against."""

from __future__ import annotations

import re

# 报告提出, 文件指出, 文章称, 报道认为, 据报道，按文章的估算，: the claim cites the document it is checked
# against; that is no speaker a source names nor a subject or act its sentences must write (a
# sentence of the report says 改造提升五个传统产业 without 报告, an article's figure without 推算;
# a view the report holds, 认为, is its words as much as what it says, 称)
DOCUMENTS = r"(?:政府工作报告|工作报告|报告|文件|文章|报道|公报|通报|文中|原文)"
# 市政府工作报告, 青溪县政府工作报告, 市里的报告: whose document, the level or the place before it
OWNER = r"(?:(?:[\u4e00-\u9fff]{2,4})?[省市县区](?=政府)|[省市县区]里的?)?"
# 报告在乡村文旅部分写道, 报告在谈到就业时指出: where in the document it says so; the sentence is still the document's
DOCUMENT_LEAD_RE = re.compile(rf"^{OWNER}{DOCUMENTS}(?:在[^，,。；;：:“”]{{1,12}}?(?:部分|章节|一章|一节|方面|时|中|里))?(?:中|里)?(?:提出|指出|显示|称|提到|表示|明确|强调|要求|写道|介绍|认为|说)了?[，,：:]?"
                              rf"|^(?:据|按|按照|根据|依据)(?:该|本)?{DOCUMENTS}(?:中|里)?的?(?:推算|估算|测算|说法|介绍|要求|部署|安排)?"
                              r"(?:称|显示|指出|介绍)?[，,：:]"
                              rf"|^{OWNER}{DOCUMENTS}(?=要)")  # 报告要完善某园: the document's plan as written, its 要 kept

# 报告要求, 文件部署: what the document requires is a target, however the claim words it (要求全市完成X)
REQUIRES_RE = re.compile(r"要求|部署|安排")


def requires(claim: str) -> bool:
    """Does the claim open by citing what a document requires (报告要求…)?"""
    m = DOCUMENT_LEAD_RE.match(claim)
    return bool(m and REQUIRES_RE.search(m.group()))
