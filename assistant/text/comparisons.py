"""The thing a sentence compares its subject with: 比燃油版的3系还要实惠, 与上一代车型相比.

A name written as what is compared against (比X, 与X相比, 不同于X) is not what the sentence
speaks of: 这款车的官方指导价为41.89万元，…比燃油版的3系还要实惠 gives the price of 这款车,
not of the 燃油版. A check looking for a sibling of the thing asked skips such a name.
"""

from __future__ import annotations

import re

# 比燃油版, 较上一代, 相比于老款, 不同于标准版: the words that open what is compared against
# (价格比燃油版低 too; not 无比, 好比, 评比, 占比, 排比: no comparison with what follows)
BEFORE_RE = re.compile(r"(?:(?<![无好评占排])比(?:起|于)?|较之?|相较于?|不同于|有别于|区别于|相对于|不如|胜过|优于|强于|弱于|媲美)$")
# 与燃油版相比, 和老款一样: 与/和/同/跟 before it and the comparing word a few characters after
WITH_RE = re.compile(r"(?:与|和|同|跟)$")
AFTER_RE = re.compile(r"^[^，。；！？,;]{0,8}?(?:相比|相较|比较|不同|一样|相同|类似|相当|相似|有别|差不多)")


def compared(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` named as what the sentence compares something with?"""
    before = text[max(0, start - 4) : start]
    if BEFORE_RE.search(before):
        return True
    return bool(WITH_RE.search(before) and AFTER_RE.match(text[end:]))
