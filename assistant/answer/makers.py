"""A firm asked as a factory: 哪家轮胎厂 counts firms by 家, and a maker is named by its name and what it makes
(甲乙轮胎), which writes no 厂. Read by asked_kind.kind_disagreement beside the facility and firm checks."""

from __future__ import annotations

import re

# 哪家轮胎厂, 哪一家汽车工厂: 家 counts firms, and a maker is named by its name and what it makes (甲乙轮胎), without 厂
MAKER_ASKED_RE = re.compile(r"(?:哪|什么)一?家([\u4e00-\u9fff]{2,3}?)工?厂(?![商家牌长])")


def maker_named(question: str, text: str) -> bool:
    """Does `text` write what the firm asked makes with a name before it the question does not write (甲乙轮胎
    for 哪家轮胎厂)? Only for a factory counted by 家, the classifier of firms."""
    m = MAKER_ASKED_RE.search(question)
    if m is None:
        return False
    for made in re.finditer(re.escape(m.group(1)), text):
        name = text[max(0, made.start() - 2) : made.start()]
        if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2}", name) and not re.search(NOT_A_MAKER, name) \
                and name not in question and not TRADE_AFTER_RE.match(text, made.end()):
            return True
    return False


NOT_A_MAKER = r"[与和及同跟向对在把被的等或为是了将由从该这此本其那一某各每]"  # 与钢管: a word before it, no name
TRADE_AFTER_RE = re.compile(r"行业|产业|领域|市场")  # 钢管行业: the trade, not one maker
