"""What an indicator's name ends with (销量, 出口额, 营业收入, 涉农产值): a measure. Kept here, below the
question reading, because a question's list of measures (饲养量、年产量和产值各是多少) is read by it
as well as by the figure checks (answer/measure_words.py)."""

from __future__ import annotations

# Measure words: what an indicator ends with. 销量 and 产量, 出口额 and 出口量 are two indicators.
MEASURE_ENDINGS = ("收入", "利润", "营收", "收益", "支出", "成本", "量", "额", "值", "率", "价", "数", "费")
NOT_MEASURES = frozenset("质量 高质量 力量 大量 少量 海量 考量 衡量 较量 商量 分量 消费 评价 代价 价值 无数 多数 少数 半数 "
                         "总值 均值 定额 限额 名额 份额 余额 差额 频率 概率 效率".split())  # 高质量发展, 大量: no measures


def names_measure(word: str) -> bool:
    """Does a word (one token) name a measure: 产值, 年产量, 净利润; not 质量, 大量, 甲市."""
    return len(word) >= 2 and word.endswith(MEASURE_ENDINGS) and word not in NOT_MEASURES
