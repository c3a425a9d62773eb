"""What an English how-many question's figure counts, read against the question's counted words and its verb: a
noun whose end is a modifier's translation (某业务30件 for "how many service windows") counts the modifier's thing;
a holding (某船队有60艘货船) is no count of what an act did (how many ships did X order); an ordinal (第三次会议)
counts nothing; a rate (每万人拥有12台, 密度, 人均) counts per head or per area, not the things themselves."""

from __future__ import annotations

import re

from assistant.query.english_phrases import COUNTED_EN_RE
from assistant.query.question import Question
from assistant.text import quantities, words

# "which storm of the season, by number": an ordinal asked (第6号), not a count
ORDINAL_EN = re.compile(r"\bby number\b|\b(?:which|what) number\b", re.IGNORECASE)

HOW_MANY_EN = re.compile(r"\bhow many\b", re.IGNORECASE)
# "how many ships did X order", "how many stores will X open": a count of what an act did or will do
ACT_EN = re.compile(r"\bhow many\b.*\b(?:did|will)\b", re.IGNORECASE)
HOLD_EN = re.compile(r"\b(?:have|has|had|own|owns|owned|operate[sd]?|hold|holds|held|possess(?:es|ed)?|comprise[sd]?|"
                     r"include[sd]?|contain(?:s|ed)?|employ(?:s|ed)?|there)\b", re.IGNORECASE)
# 某船队有30艘货船: a holding (有 right before the count, no 共有 of a total taking part nor 还有 of one more)
HOLDING_ZH = re.compile(r"(?<![共还另没只])(?:拥)?有$")


def holding_for_act(q: Question, cut: str) -> str:
    """Whether the clause's last figure states what something holds (某船队有30艘货船: a fleet's size), with no verb
    after it, for a question counting what an act did (how many ships did X order): a stock for a flow."""
    if not ACT_EN.search(q.text) or HOLD_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    if not found or not HOLDING_ZH.search(cut[: found[-1].start]):
        return ""
    if any(flag[:1] == "v" for _, flag in words.tagged(cut[found[-1].end :])):
        return ""
    return f"{found[-1].text} is held, not what the act asked did"


# "how many births", "how many visitors arrived": events of a period, a flow; a population, a stock outstanding or a fleet
# in use (总人口降至…, 存量, 余额, 保有量) is what stands at a date, never the number of events (出生人口, 新增 name those),
# whatever else the question names (a population survey)
FLOW_EN = re.compile(r"\bhow many (?:[\w'’-]+\s+){0,2}?(?:births|babies|newborns|deaths|arrivals|visitors|tourists|trips|"
                     r"visits|passengers)\b|\bhow many\b.*\b(?:born|died|arrived|visited)\b",
                     re.IGNORECASE)
STOCK_ZH = re.compile(r"(?<!出生)(?<!死亡)(?<!新增)(?<!流入)(?<!迁入)(?:人口|存量|余额|保有量)(?!出生|死亡|流入|流出|迁入|迁出|增|减)")


def stock_for_flow(q: Question, cut: str) -> str:
    """Whether a question counting events of a period (`FLOW_EN`: births, arrivals) is answered by a clause whose every
    figure is named a stock (`STOCK_ZH`: 人口降至…, 贷款余额) in the Chinese run right before it."""
    if not FLOW_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    ends = {f.end for f in found}  # 1亿2242.3万人 is read as two figures: the second goes on the first, no name of its own
    names = [re.search(r"[\u4e00-\u9fff]*$", cut[: f.start]).group() for f in found if f.start not in ends]
    return f"{found[0].text} is a stock, not the events counted" if names and all(STOCK_ZH.search(n) for n in names) else ""


# a figure per so many people or per area (每万名工人39台, 每平方公里, 密度, 人均, 户均): a rate, no count of the things
RATE_ZH = re.compile(r"每[十百千万亿]|每平方|每公里|密度|人均|户均")
# a question asking a rate itself: per, each, every, density, rate, average
RATE_EN = re.compile(r"\b(?:per|each|every|density|densities|rates?|ratio|average|capita)\b", re.IGNORECASE)


def rate_for_count(q: Question, cut: str) -> str:
    """Whether a how-many question asking no rate (`RATE_EN`) is answered by a clause giving its figure as a rate
    (`RATE_ZH` before the figure): 每万人拥有39台 says how dense the things are, never how many there are."""
    if not HOW_MANY_EN.search(q.text) or RATE_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    return f"{found[-1].text} is a rate, not a count" if found and RATE_ZH.search(cut[: found[-1].end]) else ""


def counts_modifier(counted: tuple[tuple[str, ...], ...], noun: str) -> bool:
    """Whether `noun` (written right before a count ending its clause: 某业务30件) ends with a translation of a
    modifier of the counted thing, not of the thing itself: "how many service windows" counts windows (its last
    word, `counted[-1]`), and a Chinese noun's head is its end, so 业务 (service) counts services. Only when the noun
    holds no translation of the counted thing, nor ends as one does (标牌 for 路牌)."""
    if len(counted) < 2 or not noun:
        return False
    head = counted[-1]
    if any(h in noun or h[-1] == noun[-1] for h in head):
        return False
    return any(len(t) > 1 and t not in head and noun.endswith(t) for g in counted[:-1] for t in g)


def ordinal_for_count(q: Question, cut: str) -> str:
    """Whether a how-many question (no ordinal asked: by number) is answered by a clause whose every figure is an
    ordinal of a series (第三批, 第2次会议; 九届人大, 二次会议 without 第 when a meeting follows): the ninth session of
    a congress counts nothing, whatever the clause's other words share with the question."""
    from assistant.text.ordinals import BARE_RE, ORDINAL_RE, SERIES_OF_TIMES_RE

    if not HOW_MANY_EN.search(q.text) or ORDINAL_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    spans = [m.span() for m in ORDINAL_RE.finditer(cut)]
    spans += [m.span() for m in BARE_RE.finditer(cut) if SERIES_OF_TIMES_RE.match(cut, m.end())]
    ordinal = [f for f in found if any(a <= f.start and f.end <= b for a, b in spans)]
    return "an ordinal for a count" if found and len(ordinal) == len(found) else ""


MAJOR_RE = re.compile(r"大[\u4e00-\u9fff]{2}")


def major_count(q: Question, after: str, figure: str, words: list[str]) -> str | None:
    """四大特点, 3大任务: "N major X" counts X, with no measure word between; None when `after` (the text after the
    bare figure) is no such noun, else why the count is of another thing ('' when it counts what `q` asks).
    A modifier's one character (特 of special) is held by chance; the head's is not."""
    if not MAJOR_RE.match(after):
        return None
    noun = after[1:]
    held = any(t in noun for t in q.counted[-1]) or any(len(t) > 1 and t in noun for t in words)
    return "" if held else f"{figure}大 counts {noun}"


# "how many yuan", "how many billion dollars", "how many percentage points": a count of money or of a share, asked so
COUNTED_MEASURE_EN = re.compile(r"\b(?:yuan|rmb|dollars?|euros?|pounds?|yen|won|rupees?|roubles?|rubles?|francs?|"
                                r"percent|percentage|points?|billions?|millions?|thousands?|trillions?)\b", re.IGNORECASE)


def sum_for_count(q: Question, cut: str) -> str:
    """Whether a how-many question asking no unit (how many times, how many projects) is answered by a sum of money or
    a share (到位额57.828亿元, 增长37%): those measure, they count nothing; unless the question counts money or points."""
    m = COUNTED_EN_RE.search(q.text)
    if not m or q.unit or COUNTED_MEASURE_EN.search(m.group(1)):
        return ""
    found = quantities.find_quantities(cut)
    kind = found[-1].kind if found else ""
    return f"a {kind} figure for a count" if kind in ("money", "percent", "points") else ""


def designation_for_count(q: Question, cut: str) -> str:
    """Whether a how-many question is answered by a clause whose every figure is part of a designation in Latin letters
    (a 12K lamp, an 8K screen: a model's or a format's name), which counts nothing. Not a unit a dimension is stated
    in (192GB, 56Wh), nor one the question writes itself (how many TOPS)."""
    from assistant.answer.dimensions import OTHER_DIMENSIONS
    from assistant.answer.english_dimensions import MEASURED

    if not HOW_MANY_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    named = [f for f in found if f.unit.isascii() and f.unit.isalpha() and f.unit not in MEASURED | OTHER_DIMENSIONS
             and not re.search(rf"\b{re.escape(f.unit)}\b", q.text, re.IGNORECASE)]
    return f"{found[0].text} is part of a designation, not a count" if found and len(named) == len(found) else ""


# 800多个用于社交媒体素材、苹果商店广告、海报等的模板: the count's modifier lists things (…、…等) before its 的,
# and the noun counted comes after it, past the pause the answer's cut stops at
LISTED_MODIFIER_RE = re.compile(r"、[^，,。；;]*?等的[^，,。；;]*")


def through_listed_modifier(sentence: str, a: int, b: int) -> str:
    """The cut `sentence[a:b]`, read on to the noun counted when a listing modifier runs past its end."""
    m = LISTED_MODIFIER_RE.match(sentence, b)
    return sentence[a:b] + m.group(0) if m else sentence[a:b]
