"""The dimension an English figure question asks (battery capacity, motor power, weight, price,
warranty, wheelbase) and the units that can state it: a figure whose unit states another
dimension is no answer, whatever words of its sentence the translations reach.

An English question reaches the Chinese text through dictionary translations, and those of a
dimension word are loose (capacity -> 容量, 量, 为; 量 is in 重量 and 为 in every 为X), so a
sentence holding the asked measure among others (机身重量为1.35kg，…，电池容量为56Wh) gave the
first figure. The English word names its dimension more surely than its translations do; the units
of each dimension are those `dimensions.DIMENSIONS` lists for the Chinese asked words, read here
for the English ones. General metrology: no document's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.dimensions import DIMENSIONS, is_speed
from assistant.text import quantities
from assistant.text.indicators import CLASSIFIERS


def _units(*asked: str) -> frozenset[str]:
    """The units of the DIMENSIONS rows whose asked words include one of `asked`."""
    return frozenset(u for words, units in DIMENSIONS if any(a in words.split("|") for a in asked) for u in units.split())


# (English words naming a dimension, the units that state it). A capacity is of a tank or a
# battery, a plant's output (吨, 千瓦) or a memory (GB): all of those, and no length or weight
# of a thing. Power (of a motor, a charger: not a power supply, grid or battery) is drawn (千瓦) or generated (千瓦时); a car's warranty runs for years or
# kilometres. Left out, as naming two dimensions: size (a screen, a market), length (of a road,
# of a contract), area (a floor's, a region's). "How long" also names two (a length, a span of
# time) but no other: it takes the units of both.
TIME_UNITS = frozenset("年 个月 月 周 星期 天 日 小时 分钟 秒 周年".split())
MEMORY_UNITS = frozenset({"GB", "TB", "MB"})  # a memory's or a drive's size, which no DIMENSIONS row lists
CAPACITY = _units("容量", "电量", "功率") | {"吨"} | MEMORY_UNITS
ASKED_EN = (
    (r"\bcapacity\b", CAPACITY),
    (r"\bhow powerful\b|\bhorsepower\b|\bpower output\b|\b(?:motor|engine|charging|rated|maximum|peak|max)(?:'s)? power\b"
     r"|\bpower of (?:the|its|their)\b", _units("功率", "电量")),
    (r"\bweighs?\b|\bweight\b|\bhow heavy\b", _units("重量")),
    (r"\bprice[sd]?\b|\bhow much (?:does|do|did|will|would) .+ (?:cost|sell for|retail for|go for)\b", _units("价格")),
    (r"\bwarranty\b", _units("时间", "里程")),
    # the worth of a deal, an output, a trade (合同金额, 产值, 出口额) is a sum of money, never tonnes or a count
    (r"\bvalue\b", _units("价格")),
    # a budget, a fee, a fare, a wage is paid: a sum of money, never a span of time or a count
    (r"\bbudgets?\b|\bfees?\b|\bfares?\b|\bsalar(?:y|ies)\b|\bwages?\b", _units("价格")),
    # how much one spends or pays is a sum of money, never a head count or a span of time (how much time is no sum)
    (r"\bhow much (?!time\b)(?:[\w'’-]+\s+){0,14}?(?:spend|spends|spent|pay|pays|paid|charges?|charged)\b", _units("价格")),
    # a gross product (GDP, a region's or an ecosystem's) is a sum of money, never a count or a level
    (r"\bgross (?:[a-z-]+\s+){0,2}?product\b|\bGDP\b|\bGEP\b", _units("价格")),
    # how much land, forest or farmland: an area, never a count of sites or fires
    (r"\bhow much (?:[a-z-]+\s+){0,2}?(?:land|forest|farmland|grassland|woodland|wetland)\b", _units("面积")),
    # electricity made or used is an amount of energy (亿千瓦时, 度), or a plant's power: never hours of use or a count
    (r"\bhow much (?:[a-z-]+\s+)?electricity\b", _units("电量", "功率")),
    # "how long" asks a length or a span of time: a weight or a sum of money answers neither
    (r"\bhow long\b", _units("长度") | TIME_UNITS),
    (r"\b(?:wheelbase|width|height|thickness|how (?:tall|wide|thick|deep|far))\b", _units("长度")),
    (r"\btemperature\b", _units("温度")),
    # a speed (a limit, a top speed, a read speed) is a distance or an amount of data per unit of time, no distance alone
    (r"(?<!-)\bspeeds?\b(?!-|\s+up\b)|\bhow fast\b", _units("速度")),
    # "how much soil erosion area", "what is the floor area": the noun asked is an area (a region asked is no figure)
    (r"\bhow (?:much|large|big) (?:[a-z-]+\s+){0,3}area\b(?!s)|\b(?:what|which) (?:is|was) the (?:[a-z-]+\s+){0,2}area\b(?!s)",
     _units("面积")),
)
# every unit a dimension row lists: a figure in none of them (个, 辆, TOPS) measures nothing here
MEASURED = frozenset(u for _, units in DIMENSIONS for u in units.split()) | MEMORY_UNITS


# "how long is Made-up Bridge", "how long will a canal be": a way, a crossing or a watercourse is long in metres or
# kilometres; its travel time (1.5小时缩短至25分钟) or a train's speed on it is no length. Unless the question asks
# how long something takes or lasts (a tunnel staying closed, a ride on a line)
PATH_LONG_EN = re.compile(r"\bhow long (?:is|was|are|were|will|would)\b(?:\s+[\w'’-]+){0,8}?\s+(?:road|highway|expressway|motorway|"
                          r"freeway|bypass|railway|railroad|line|route|section|track|bridge|viaduct|tunnel|river|canal|pipeline|runway|"
                          r"coastline|trail|greenway|corridor|street|avenue|wall|dam|dyke|dike|levee|causeway)s?\b", re.IGNORECASE)
DURATION_EN = re.compile(r"\b(?:take|takes|took|taken|last|lasts|lasted|closed|shut|blocked|suspended|delayed|open|opened|stay|"
                         r"stayed|remain|remained|since|until|ago|wait|journey|trip|ride|drive|commute|travel|life|lifespan|"
                         r"period|time|hours?|minutes?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
# "how big is Made-up Depot's site", "how large will a campus be": a piece of ground is as big as its area, never a count of
# the things on it (分拨中心增至5个) nor a sum spent on it
SITE_BIG_EN = re.compile(r"\bhow (?:big|large) (?:is|was|are|were|will|would)\b(?:\s+[\w'’-]+){0,4}?\s+(?:site|plot|campus|"
                         r"park|zone|estate|farm|reserve|grounds|footprint|land|parcel|compound|"
                         # a base of customers or of capital is counted or summed, not measured on the ground
                         r"(?<!customer )(?<!user )(?<!users' )(?<!client )(?<!fan )(?<!installed )(?<!subscriber )"
                         r"(?<!tax )(?<!asset )(?<!capital )(?<!knowledge )(?<!cost )base)s?\b", re.IGNORECASE)
AREA_UNITS = _units("面积")
LENGTH_UNITS = _units("长度")


def asked_units(text: str) -> frozenset[str] | None:
    """The units that can state the one dimension an English question names; None when it names
    none, or more than one (How much does the 1.35 kg laptop cost: which is asked is unsure)."""
    found = [units for pattern, units in ASKED_EN if re.search(pattern, text, re.IGNORECASE)]
    if PATH_LONG_EN.search(text) and not DURATION_EN.search(text):  # the length of a way, not a span of time
        found = [LENGTH_UNITS if units == LENGTH_UNITS | TIME_UNITS else units for units in found]
    if SITE_BIG_EN.search(text):
        found.append(AREA_UNITS)
    return found[0] if len(set(found)) == 1 else None  # two words of one dimension (wetland area) name one


# a change or a comparison asked: a share may state it (the price fell 5%); not the share of a price per share,
# which is a unit (the stake bought, 5%, is no price)
CHANGE_EN = re.compile(r"\bby how much\b|\b(?:rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|grow|grows|grew|"
                       r"grown|growth|increase[sd]?|decrease[sd]?|cut|cuts|change[sd]?|(?<!-)up|(?<!-)down|more|less|higher|lower|than|"
                       r"compared|(?<!per )share|percent|percentage|proportion|rate)\b", re.IGNORECASE)


# "how big an industry cluster", "how large a market": a size, which may be a sum, a count, an area or a scale
# (300亿级), but never a span of time (三年计划 beside it); nor is an amount made, used or sold (how much grain did
# the county harvest), which hours of use (设备平均利用2000小时) or days of work do not measure
SIZE_EN = re.compile(r"\bhow (?:big|large)\b|\bhow much (?!time\b)(?:[\w'’-]+\s+){0,12}?(?:produce[sd]?|generate[sd]?|output|"
                     r"manufacture[sd]?|harvest(?:ed|s)?|consume[sd]?|sell|sold|export(?:ed|s)?|import(?:ed|s)?|mine[sd]?)\b",
                     re.IGNORECASE)


def _as_speed(text: str, f: quantities.Quantity) -> quantities.Quantity:
    """`f`, its unit read as a speed's when its text says it is one (时速350公里: a speed, not a length)."""
    if text and f.unit in LENGTH_UNITS and is_speed(text, f):
        return replace(f, unit="km/h")
    return f


def unit_disagreement(q, f: quantities.Quantity, text: str = "") -> str:
    """Why figure `f` (of `text`, when given) cannot answer English question `q`: its unit states another dimension than
    the one asked, or it has none (3 of 同日3时2分 for "how deep": a measure is written with its
    unit), or a share (4% for an area); '' when it may, or nothing is known. A change is of any measure."""
    if q.english and SIZE_EN.search(q.text) and f.unit in TIME_UNITS:
        return f"{f.text} is a span of time, not a size"
    f = _as_speed(text, f)
    # a change is of any measure (同比增长12% for a price); a share states no level of a dimension
    share = f.kind in ("percent", "points") and not f.change
    counted = f.unit in CLASSIFIERS  # 三款, 5个: a count of things, no measure of any dimension
    if not q.english or (f.kind in ("percent", "points") and not share) or (f.unit and f.unit not in MEASURED and not share and not counted):
        return ""
    units = asked_units(q.text)
    if units is None or f.unit in units:
        return ""
    if counted:  # but a plant's capacity may be counted (年产30万辆)
        return "" if units is CAPACITY else f"{f.text} counts things, not the dimension asked"
    if share:  # unless a change is asked (the price fell 5%), which a share may state
        return "" if CHANGE_EN.search(q.text) else f"{f.text} is a share, not the dimension asked"
    return f"{f.text} states another dimension than the question asks" if f.unit else f"{f.text} states no unit"


def unit_missing(q, cut: str) -> str:
    """Why the clause `cut` cannot answer an English question naming one dimension (`asked_units`: how far, weight,
    price): no figure in it states that dimension. `unit_disagreement` passes a figure whose unit it does not know
    (a 2K screen for "how far"); the dimension asked is stated in its own units or not at all. A change may be a share
    (`CHANGE_EN`), a capacity a count (年产30万辆)."""
    units = asked_units(q.text) if q.english and q.kind == "quantity" else None
    found = quantities.find_quantities(cut)
    if units is None:  # a size or an amount made: a clause of spans of time alone gives neither
        timed = q.english and q.kind == "quantity" and SIZE_EN.search(q.text) and found
        return "a span of time, not the size or amount asked" if timed and all(f.unit in TIME_UNITS for f in found) else ""
    for f in found:
        f = _as_speed(cut, f)
        if f.unit in units or (f.kind in ("percent", "points") and CHANGE_EN.search(q.text)) or (units is CAPACITY and f.unit in CLASSIFIERS):
            return ""
    return "no figure of the dimension asked"


# units an English question may name that pin no thing: a share, a sum of money or a head count is given of anything
PLAIN_UNITS = frozenset({"%", "人"}) | frozenset(quantities.CURRENCIES)


def sole_measure(q, sentence: str, within: str) -> bool:
    """Whether `within` (a figure or its clause) holds the only figure of `sentence` in a unit the English question
    names by a word of its own (how many times: 次, square kilometres: 平方公里, tonnes: 吨; not a share, money or
    people): the unit asked points to its clause whatever the dictionary made of the words around it
    (“走出去、请进来”行动190次 for "how many times … 'going out and inviting in' drive", 行动 reached by no
    translation, beside 签约项目71个 and 到位额57.828亿元)."""
    if not q.english or not q.unit or q.unit in PLAIN_UNITS or not within:
        return False
    in_unit = [f for f in quantities.find_quantities(sentence) if quantities.same_unit(f.unit, q.unit)]
    return len(in_unit) == 1 and in_unit[0].text in within


# The Chinese noun of a dimension an English question asks by its own word, which the dictionary's translations
# of the word miss (area -> 区, 区域: places, not 面积): a Chinese sentence states the dimension by its figure's unit
# alone as often as by the noun (治理水土流失125平方公里, 搭载105千瓦电机). Not a price (every sum of money is in
# a currency) nor a warranty (every duration is in years).
# Keyed by the units `asked_units` found, so the noun is that of the one dimension asked (the battery capacity
# of a power bank asks 容量, not 功率).
HEAD_NOUNS = {_units("面积"): "面积", _units("功率", "电量"): "功率", _units("重量"): "重量", CAPACITY: "容量",
              _units("温度"): "温度"}
# how much of the head a sentence holds by writing the dimension or its unit: half, as for a loose translation; at
# full weight a target sentence writing only the dimension and the place (粮食播种面积稳定在340万亩) answered
# "how much soil erosion area will X bring under control" over the union store
UNIT_HEAD_SHARE = 0.5


def with_unit_head(q):
    """An English figure question whose head names a dimension (`asked_units`), its head group holding the
    dimension's Chinese noun and the units that state it: a sentence writing either writes the head."""
    units = asked_units(q.text) if q.english and q.kind == "quantity" else None
    noun = HEAD_NOUNS.get(units, "")
    if units is None or not noun or noun in q.head_group or (q.head_group and q.head_group not in q.groups):
        return q
    head = tuple(dict.fromkeys(q.head_group + (noun,) + tuple(sorted(u for u in units if not u.isascii()))))
    # "How powerful is X" has no head noun: the dimension is one more word asked
    groups = tuple(head if g == q.head_group else g for g in q.groups) if q.head_group else q.groups + (head,)
    return replace(q, head_group=head, groups=groups,
                   specificity={**q.specificity, **{w: UNIT_HEAD_SHARE for w in head if w not in q.head_group}},
                   terms=tuple(dict.fromkeys(q.terms + head)))
