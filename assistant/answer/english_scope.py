"""What an English figure question's cut clause is of, read against the question's measure and against the
other clauses of its sentence: an economy's growth is not a retail sum's, and a sum a clause gives one industry
is not another clause's industry's. Refusing is the remedy (english_clauses.disagreement applies these)."""

from __future__ import annotations

import re

from assistant.answer import measure_words
from assistant.query.english_phrases import ECONOMY_EN
from assistant.query.question import Question
from assistant.text import places, quantities, words

CLAUSE_RE = re.compile(r"[^，,；;。！!？?：:]+")
# the end of a figure's name: the verb or adverb before the figure (达到, 完成, 约)
NAME_END_ZH = re.compile(r"(?:达到|达|为|是|完成|实现|累计|共计|共|约|超过|超|近|突破)$")
NAME_RE = re.compile(r"[\u4e00-\u9fff]+$")


# a report writes an economy's output 地区生产总值 or 经济增长/经济总量 (text/paraphrases.OUTPUT)
ECONOMY_ZH = re.compile(r"生产总值|GDP|经济")


def other_measure(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a question asking an economy's growth or size (`ECONOMY_EN`) is answered by a figure whose name (the
    run before it in its clause) ends on another measure (零售额, 增加值) and writes no word of the economy's output."""
    if not ECONOMY_EN.search(q.text):
        return ""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    m = NAME_RE.search(cut[: found[0].start]) if found else None
    name = NAME_END_ZH.sub("", m.group()) if m else ""
    named = measure_words.measure(name) if name else ""
    if named and not ECONOMY_ZH.search(name):
        return f"{named} is not the economy's output"
    return ""


# "the fund for the sika deer industry": a figure belongs to the thing its own clause names. 拨付资金2亿元扶持甲产业,
# 设立乙产业基金 gives 甲产业's sum, not 乙产业's: another clause writes the question's own word right before a word
# the figure's clause also writes (乙|产业 there, 甲|产业 here), and the figure's clause does not write it
def sibling_clause(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause names a sibling of the thing asked, which another clause of its sentence names."""
    cut = sentence[a:b]
    shared = {t for g in q.groups for t in g if len(t) > 1 and t in cut}
    for g in q.groups:
        own = [t for t in g if len(t) > 1]
        if not own or any(t in cut for t in own) or any(t in shared for t in own) or set(g) & set(q.places):
            continue
        for start, end in (m.span() for m in CLAUSE_RE.finditer(sentence)):
            other = sentence[start:end]
            if end > a and start < b:
                continue
            for t, w in ((t, w) for t in own for w in shared if t + w in other and w not in t):
                # 乙产业 there; 甲产业 here, 甲 being no word of the question
                for m in re.finditer(r"([\u4e00-\u9fff]{2})" + re.escape(w), cut):
                    if not any(m.group(1) in x or x in m.group(1) for x in q.terms if len(x) > 1):
                        return f"the figure is of {m.group()}, not {t}{w}"
    return ""


# an item of a clause or list (甲市（5%）、乙市（3%）: two items)
ITEM_RE = re.compile(r"[^，,；;。！!？?：:、]+")


def other_place(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause names another place than the one asked and not that one, while another item of its
    sentence gives a figure beside the place asked: 甲市（5%）、乙市（3%） answers 乙's figure with 3%, never 5%."""
    asked = [places.stem(p) for p in q.places]  # a sentence may leave the level off (运城 for 运城市)
    cut = sentence[a:b]
    if not asked or any(p in cut for p in asked):
        return ""
    others = [w for w, flag in words.tagged(cut) if flag == "ns" and len(w) > 1 and not any(p in w or w in p for p in asked)]
    if not others:
        return ""
    for m in ITEM_RE.finditer(sentence):
        if (m.end() <= a or m.start() >= b) and any(p in m.group() for p in asked) and quantities.find_quantities(m.group()):
            return f"the figure is {others[0]}'s, not {asked[0]}'s"
    return ""


def noun_before(cut: str, f: quantities.Quantity) -> str:
    """What a count ending its clause counts when a noun writes it just before (新建学校4所): the run of Chinese
    before the figure, when it ends on a noun; '' when on a verb (销售超过35万辆: the thing sold was named earlier)."""
    run = NAME_RE.search(cut[: f.start])
    tagged = words.tagged(run.group(0)) if run else []
    return run.group(0) if tagged and tagged[-1][1][:1] == "n" else ""
