"""An amount added or a difference asked: 新增X and 增加X name one act, whichever word the
question uses, and 比上年多了百分之几 is answered by 同比增长37.01%.

A work report states this year's additions as 新增风电装机容量15万千瓦 or 新增省级美丽乡村60个,
and news as 人民币贷款增加3459亿元. Questions paraphrase the verb: 风电装机要再增加多少 (a change
asked, a level found), 贷款新增了多少 (a level asked, a change found). The figure-kind check read
the two words as two kinds and vetoed the answer; the figure's pick weighed it down as no change.
Only absolute figures are increments: 增长8% is a rate, 增加到13个 the level reached, 增加值 an
indicator (规上工业增加值完成12.3亿元).
"""

from __future__ import annotations

import re

from assistant.query.question import Question, asking_clauses
from assistant.text import quantities
from assistant.text.sentences import split_clauses

# a comparison asked: 比前一年多了, 比上年高出, 较去年少了 (the difference, written as a change)
COMPARED = re.compile(r"(?:比|较)[^，,；;？?]{1,12}?(?:多|少|高|低)(?:了|出)")
INCREMENT = re.compile(r"(?:新增|净增|增加|增添|多增)了?(?![值到至])")
REACHED = re.compile(r"(?:到|至|达到?|为)$")
RATIOS = {"percent", "points"}


def asked(q: Question) -> bool:
    """Does the question ask an amount added (新增多少, 增加了多少), not a rate?"""
    return not q.english and q.unit != "%" and INCREMENT.search(asking_clauses(q.text)) is not None


def stated(text: str, f: quantities.Quantity) -> bool:
    """Is the figure of `text` an amount added: an absolute figure whose clause, before it,
    says 新增/增加?"""
    if f.kind in RATIOS:
        return False
    start = next((a for a, b in split_clauses(text) if a <= f.start < b), 0)
    lead = text[start : f.start]
    return INCREMENT.search(lead) is not None and not REACHED.search(lead.rstrip("了约近超逾"))


def answers(q: Question, text: str, f: quantities.Quantity, asked_kind: str, found_kind: str) -> bool:
    """Does a level or change figure answer a level or change question whatever the kinds
    say: an increment asked and stated, or a change for a comparison asked?"""
    kinds = ("level", "change")
    if asked_kind not in kinds or found_kind not in kinds:
        return False
    if found_kind == "change" and not q.english and COMPARED.search(asking_clauses(q.text)):
        return True
    return asked(q) and stated(text, f)
