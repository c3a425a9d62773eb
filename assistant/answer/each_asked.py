"""A question asking one thing for each of three or more items it lists (碧水、净土和生态修复三段里，各要落实
哪项制度): an answer giving fewer pieces than the items listed answers some of them only, and reads as if it
answered all (two sentences for three sections). Better refused than given."""

from __future__ import annotations

import re


# 各 or 分别 followed, in its clause, by a non-figure asking word (哪项, 什么); 多少 is the figure readers' (steps.py)
EACH_ASKED_RE = re.compile(r"(?:各自?|分别)[^，,。；;？?]{0,12}?(?:哪|什么|啥)")
# A、B和C (no mark but 、 inside it): the items listed before 各, the last joined by 和/与/及
LISTED_RE = re.compile(r"([\u4e00-\u9fff“”]{1,10}(?:、[\u4e00-\u9fff“”]{1,10})+)(?:和|与|及|以及)([\u4e00-\u9fff]{1,10})")


def listed(question: str) -> list[str]:
    """The items a 各…哪/什么 question lists before its 各, each cut to what a sentence would write of it (the first
    item's last two characters, the last one's first two: 东丰县要体现、汇聚和展现的 -> 体现, 汇聚, 展现); [] when it
    lists fewer than three (甲和乙: 和 may stand inside a name) or asks no such thing."""
    m = EACH_ASKED_RE.search(question)
    if not m:
        return []
    before = re.split(r"[。？?！!；;]", question[: m.start()])[-1]
    found = LISTED_RE.findall(before)
    if not found:
        return []
    pieces = found[-1][0].split("、") + [found[-1][1]]
    return [pieces[0][-2:]] + pieces[1:-1] + [pieces[-1][:2]]


def too_few(question: str, texts: list[str]) -> bool:
    """Does an answer of two or more sentences give fewer than the items a 各 question lists, no one of them writing
    every item? Each is read as one piece (严格落实“河长制”，坚持“一河一策”“一断面一策”: its quoted names are one
    section's, not the others'). One sentence may give them all in its own way (让天更蓝、山更绿、水更清、环境更优美),
    as the list readers judge; one writing every item (体现东丰担当，汇聚东丰力量、展现东丰作为) answers with the rest."""
    items, shown = listed(question), list(dict.fromkeys(texts))
    return len(items) >= 3 and 2 <= len(shown) < len(items) and not any(all(i in t for i in items) for t in shown)
