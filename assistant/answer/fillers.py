"""The words that may stand between a figure and the word naming what it measures."""

from __future__ import annotations

import re

from assistant.text import words

# Words that may stand between an indicator and its figure: 产值81.6亿元, 饲养量达到28.2万只,
# CPI年率录得3.2% (a statistic reported); 续航能力为1030公里 (能力: the capacity the indicator names).
# A verb of movement and 至/到 (水位退至60.49米, 回落到3%) names the level reached: as much the
# figure's as 达到 is; the change verbs the class spells by character have other spellings too (增加了20%).
MOVED_TO = r"(?:回落|回升|上升|上涨|下跌|下滑|攀升|增加|减少|提升|降低|扩大|缩小|上调|下调|[退降升涨跌增减])了?[至到]"
FILLER = re.compile(r"^(?:[为是达到完成实现共约超过新增累计突破保持在控制力争年产增长了同比下降提高至分别总计合计额量将已近逾]|以上|左右|已经|稳定|翻[倍番]|录得"
                    r"|不少于|不低于|不超过|不高于|至少|最多|增加|减少|上升|上涨|下跌|下滑|提升|降低|能力|" + MOVED_TO + r"|\s)*$")  # 巡湖不少于3次: a bound is the figure's too


def word_before(lead: str) -> str:
    """The word a figure's lead ends with, its fillers passed (将投资约10亿元: 投资)."""
    for word, _ in reversed(words.tagged(lead)):
        if not (FILLER.match(word) or not word.strip()):
            return word
    return ""
