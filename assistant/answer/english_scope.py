"""What an English figure question's cut clause is of, read against the question's measure and against the
other clauses of its sentence: an economy's growth is not a retail sum's, and a sum a clause gives one industry
is not another clause's industry's. Refusing is the remedy (english_clauses.disagreement applies these)."""

from __future__ import annotations

import re

from assistant.answer import measure_words
from assistant.query.english_phrases import COUNTED_EN_RE, ECONOMY_EN
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


# characters that carry no sense of their own inside a word (绿色的, 科学性, 一流): never a modifier's trace
EMPTY_CHARS = frozenset("的之地得一不无有是了子儿性者化们个以其所为而及与和")


def _counted_written(group: tuple[str, ...], text: str) -> bool:
    """Whether `text` writes a counted word of `group`: whole, or by the last character of a longer one, the head of a
    Chinese compound (农厕 for 公厕, 新车 for 汽车)."""
    return any(t in text or (len(t) > 1 and t[-1] not in EMPTY_CHARS and t[-1] in text) for t in group)


def counted_unnamed(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a how-many question's count is named by another noun: its sentence up to the cut's end writes none of
    the counted words, and the run right before the figure ends on a noun the question does not write (发生|故障3起
    for "how many trains were late"). A count after a verb (已售出超过3万辆) counts the thing named earlier: not read."""
    if not q.counted or q.unit or not COUNTED_EN_RE.search(q.text) or any(_counted_written(g, sentence[:b]) for g in q.counted):
        return ""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    run = NAME_RE.search(cut[: found[0].start]) if found else None
    tagged = words.tagged(run.group()) if run else []
    if not tagged or not tagged[-1][1].startswith("n") or len(tagged[-1][0]) < 2:
        return ""
    noun = tagged[-1][0]
    return "" if any(noun in t or t in noun for g in q.groups for t in g if len(t) > 1) else f"the figure counts {noun}"


# "how many of the firms", "how many of the region's farms": a part of a group; 其中 and a figure after the cut gives the
# part, the cut's figure the whole it is taken from (共有甲处，其中乙处…)
PART_OF_EN = re.compile(r"\bhow many of (?:the|its|their|these|those|[A-Z][\w-]*(?:'s|’s))\s", re.IGNORECASE)
PART_AFTER_ZH = re.compile(r"^[^。；;！!？?]{0,4}?其中[^，,。；;]{0,12}?\d")


def whole_for_part(q: Question, sentence: str, b: int) -> str:
    """Whether a question asking a part of a group (`PART_OF_EN`) is answered by the whole, its part given right after
    the cut by 其中."""
    return "the whole, its part given after it" if PART_OF_EN.search(q.text) and PART_AFTER_ZH.search(sentence[b:]) else ""


# a figure asked of one country or region (sales in Italy) is not the world's (全球销量): unless the question asks the
# world's, a figure whose sentence up to it writes 全球 is the whole, not the place's part
IN_PLACE_EN = re.compile(r"\b(?:in|across|within) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December|Q\d|H\d)\b)[A-Z][a-z]")
WORLD_EN = re.compile(r"\b(?:world\w*|global\w*|international\w*|overseas|abroad|total)\b", re.IGNORECASE)
WORLD_ZH = re.compile(r"全球|全世界|世界范围")


def world_for_place(q: Question, sentence: str, b: int) -> str:
    """Whether a figure asked in a place (`IN_PLACE_EN`) is given for the world (`WORLD_ZH` up to the cut's end)."""
    if not IN_PLACE_EN.search(q.text) or WORLD_EN.search(q.text) or not WORLD_ZH.search(sentence[:b]):
        return ""
    return "a figure of the world for one place"
