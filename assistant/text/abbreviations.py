"""The standard abbreviations of statistical indicators, spelled out in a question.

Chinese news and everyday speech shorten the indicators every government work report and
statistical bulletin names (国家统计局's 统计公报 and the reports' own 主要预期目标): 固投 for
固定资产投资, 社零 for 社会消费品零售(总)额. The reports themselves write the long form, so
a question writing the short one is read as if it wrote the long one: keyword search, the
topic words, the support and the figure checks all see the indicator the sentence names.

Only abbreviations that are no word of their own and that no report writes for anything else
are here; 规上 (规模以上) is read by `words.writes` (a shortened word's characters in order),
which the gap in 固(定资产)投(资) and 社(会消费品)零(售) is too long for.
"""

from __future__ import annotations

import re

# the short form -> the long form (a following 额 or 总额 stays: 社零额 -> 社会消费品零售额)
STATISTICAL = {
    "固投": "固定资产投资",
    "社零": "社会消费品零售",
}
_SHORT_RE = re.compile("|".join(sorted(STATISTICAL, key=len, reverse=True)))


def spelled_out(text: str) -> str:
    """`text` with each standard abbreviation of an indicator written in full."""
    return _SHORT_RE.sub(lambda m: STATISTICAL[m.group()], text)
