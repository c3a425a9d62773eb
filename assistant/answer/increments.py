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

from assistant.query.question import SPOKEN_MORE, Question, asking_clauses
from assistant.text import quantities, words
from assistant.text.sentences import clause_start, split_clauses

# a comparison asked: 比前一年多了, 比上年高出, 较去年少了, 比现款长了 (the difference, written as a
# change: 增加了45毫米); any adjective of a dimension compares as 多/少 do, and right before
# 多少 or 几 too (比现款长多少; 比上年多少 is no comparison of 多)
COMPARATIVES = "多少高低长短宽窄重轻大小快慢远近深浅厚薄贵"
COMPARED = re.compile(r"(?:比|较)[^，,；;？?]{1,12}?(?:[" + COMPARATIVES + r"](?:了|出)|[" + COMPARATIVES[2:] + r"](?=多少|几))")
INCREMENT = re.compile(r"(?:新增|净增|增加|增添|多增)了?(?![值到至])")
FIGURE_END = re.compile(r"\d(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{0,3}(?:以上|左右)?$")  # an item ending in its figure
REACHED = re.compile(r"(?:到|至|达到?|为)$")
RATIOS = {"percent", "points"}
# A figure written after a comparative and the reference it is compared with (低于警戒水位0.01米,
# 超保证水位0.26米, 高出路面约20厘米, 超过日本同期汽车出口104.7万辆) is the distance from that
# reference or the reference's own level, never the level of what the sentence is about (水位退至
# 60.49米): 87 such figures in news parts a/b, by this pattern none the subject's level. 超 alone
# starts words (超混, 超大核, 超频至), so only 超警/超保证/超汛 (a flood gauge's) count; a bound (超过每小时
# 60公里), an ordinal (超过第二名), a verb or a joined phrase in the reference end the pattern.
REFERENCE_RE = re.compile(r"(?:低于|高于|高出|低出|超过|超出|超(?=警|保证|汛))([\u4e00-\u9fff]{2,8})(?:约|近|将近)?$")
REFERENCE_STOP = re.compile(r"[的了达为是在到至致从和或每第导]")
DIFFERENCE_ASKED = re.compile(r"低于|高于|高出|低出|超过|超出|超(?=警|保证|汛)|[比较][^，,；;？?]{1,12}?[多少高低]")


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
    if INCREMENT.search(lead) is None and text[start - 1 : start] == "、":
        lead = listed_after_increment(text[clause_start(text, f.start) : f.start])
    return INCREMENT.search(lead) is not None and not REACHED.search(lead.rstrip("了约近超逾"))


def listed_after_increment(lead: str) -> str:
    """新增固定泊位2000个、临时泊位1000个: one 新增 governs every item of the list after it. The lead of a
    list's later item, read back to the increment word, when each earlier item between them ends in
    its own figure (a list of added amounts); '' otherwise."""
    found = list(INCREMENT.finditer(lead))
    if not found:
        return ""
    items = lead[found[-1].end() :].split("、")
    # 新增公园3个、建成绿地12万平方米: an item with its own verb is not the increment's
    own_verb = any(flag.startswith("v") for _, flag in words.tagged(items[-1]))
    if all(FIGURE_END.search(item) for item in items[:-1]) and not FIGURE_END.search(items[-1]) and not own_verb:
        return lead[found[-1].start() :]
    return ""


def from_reference(text: str, f: quantities.Quantity) -> bool:
    """Is the figure written after a comparative and its reference (低于警戒水位0.01米)?"""
    start = next((a for a, b in split_clauses(text) if a <= f.start < b), 0)
    m = REFERENCE_RE.search(text[start : f.start])
    return m is not None and not REFERENCE_STOP.search(m.group(1)) and text[f.end : f.end + 1] != "的"


def names_reference(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Does the question name the reference the figure is written after (超过日本同期汽车出口104.7万辆,
    asked how many cars Japan exported): then the figure is the reference's own level, the one asked."""
    start = next((a for a, b in split_clauses(text) if a <= f.start < b), 0)
    m = REFERENCE_RE.search(text[start : f.start])
    return m is not None and m.group(1)[:2] in q.text + " ".join(q.terms)


def answers(q: Question, text: str, f: quantities.Quantity, asked_kind: str, found_kind: str) -> bool:
    """Does a level or change figure answer a level or change question whatever the kinds
    say: an increment asked and stated, or a change for a comparison asked?"""
    kinds = ("level", "change")
    if asked_kind not in kinds or found_kind not in kinds:
        return False
    if found_kind == "change" and not q.english and any(r.search(asking_clauses(q.text)) for r in (COMPARED, SPOKEN_MORE)):
        return True
    if found_kind == "change" and not q.english and from_reference(text, f) and DIFFERENCE_ASKED.search(q.text):
        return True  # 超过警戒水位多少米: the distance is asked
    if asked_kind == "level" and found_kind == "change" and from_reference(text, f) and names_reference(q, text, f):
        return True
    return asked(q) and stated(text, f)


# 装机容量850兆瓦, 累计建成…, 总规模: a stock, what stands at a time, not an amount added to it
STOCK_RE = re.compile(r"容量|总量|总计|累计|总规模|存量|保有量|总装机")


def stock_for_increment(q: Question, text: str, f: quantities.Quantity) -> bool:
    """Is a figure its clause writes as a stock (光伏装机容量850兆瓦), with no increment word before it, given for
    an amount added (今年光伏装机要新增多少)? A station's standing capacity says nothing of what a year adds."""
    if not asked(q) or stated(text, f) or f.kind in RATIOS:
        return False
    start = next((a for a, b in split_clauses(text) if a <= f.start < b), 0)
    return STOCK_RE.search(text[start : f.start]) is not None and STOCK_RE.search(q.text) is None
