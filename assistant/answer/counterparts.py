"""Places a sentence names only as its subject's counterparts (同长春合作, 赴北京), which are not its subject."""

from __future__ import annotations

import re


# 深化同长春、绍兴的合作, 对接北京, 奔赴粤北12个地市及肇庆市: a place the sentence's subject works with or goes
# to is its counterpart, not its subject (与/和 only after a verb: 辽源与长春 may be two subjects)
COUNTERPART_RE = re.compile(r"(?:同|跟|对接|赴|前往|来自|携手|联合|对口|(?:加强|深化|推动|推进|开展|促进|扩大|密切|巩固|深入)(?:与|和))$"
                            r"|(?:奔赴|赶赴|开赴|远赴|派往|前往)[^，。；,;]*$")


def counterparts(text: str, named: tuple[str, ...]) -> set[str]:
    """Of the places `text` names, those named only as its counterparts: 同长春、绍兴 (绍兴
    through the list)."""
    spans = sorted((m.start(), m.end(), n) for n in set(named) for m in re.finditer(re.escape(n), text))
    partner, other, end, last = set(), set(), -1, False
    for start, stop, name in spans:
        joined = end >= 0 and re.fullmatch(r"、|和|及|以及", text[end:start]) is not None
        if COUNTERPART_RE.search(text[:start]) or (joined and last):
            partner.add(name)
            last = True
        else:
            other.add(name)
            last = False
        end = stop
    return partner - other
