"""Dimensions a unit states: a question asking 多长时间, 比例 or 容积 is answered by a figure in
seconds, per cent or litres, which need not write the asked word (从0-50km/h加速仅需2.6秒 says
its duration by 秒 alone). General metrology, no list of any document's words."""

from __future__ import annotations

import re

from assistant.text import quantities

# (the asked words of one dimension, the units that state it); a unit may state two (度: 温度, 电量)
DIMENSIONS = (
    (r"时间|多久|时长|用时|耗时|工期|期限|周期|年限|历时", "秒 毫秒 分钟 分 小时 天 日 周 个月 年 s ms min h"),
    (r"比例|比重|占比|百分比|比率|份额|占有率", "%"),
    (r"面积|占地", "平方米 平方公里 平方千米 亩 公顷 英亩 平方英尺 平方英里 平方厘米 ㎡"),
    (r"容积|容量|体积|排量", "升 毫升 L ml mL 立方米 立方英尺 加仑"),
    (r"长度|距离|里程|高度|深度|宽度|厚度|半径|直径|海拔|身高", "米 公里 千米 厘米 毫米 微米 纳米 公分 英尺 英寸 英里 海里 m km cm mm"),
    # a screen's size is its diagonal (屏幕有多大: 24.5英寸)
    (r"尺寸|屏幕|显示屏|屏", "英寸 寸 吋"),
    (r"重量|体重|载重|净重|毛重", "吨 公斤 千克 克 毫克 斤 磅 盎司 kg g t"),
    (r"速度|时速|速率|航速|风速", "km/h 公里/小时 千米/小时 米/秒 m/s MB/s GB/s GT/s Gbps Mbps 节"),
    (r"温度|气温|水温|体温", "℃ °C 度 摄氏度"),
    (r"功率|装机", "瓦 千瓦 兆瓦 吉瓦 W kW MW 马力"),
    (r"能量|电量|能耗", "千瓦时 度 焦耳 千焦 兆焦耳 毫安时 Wh kWh mAh"),
    # a price is stated by its currency (256GB翻新版为419美元 gives 售价 without the word)
    (r"价格|售价|价钱|定价|单价|票价|起售价|起价|报价|租金|学费", " ".join(quantities.CURRENCIES)),
)
# the units of stuff measured (an area, a volume, a length, a weight): no sum of money is stated in them
PHYSICAL_UNITS = frozenset(u for words, units in DIMENSIONS if words.startswith(("面积", "容积", "长度", "重量")) for u in units.split())
# (the asked words anywhere in the head, the head that is the dimension word alone, the units)
TABLE = tuple((re.compile(words), re.compile(f"(?:多长|多少|多大|几)?(?:{words})"), frozenset(units.split()))
               for words, units in DIMENSIONS)


# 装机容量15万千瓦, 播种面积稳定在340万亩, 饲养规模达到: the noun of an extent or a size written after the
# indicator a question names (装机, 播种) says what of it the figure measures, no other measure. Not a share
# (采用Linux系统的用户比例达到1.96%): a share is of a part, which the words before it name, another one as often
MEASURE_NOUN_RE = re.compile(r"面积|容量|规模|体量|总量|数量")


def past_measure_noun(gap: str) -> str:
    """The words between an indicator and its figure without the dimension or size noun they open with."""
    m = MEASURE_NOUN_RE.match(gap)
    return gap[m.end() :] if m else gap


def stated(head: str, f: quantities.Quantity, whole: bool = False) -> bool:
    """Does figure `f`'s unit state the dimension the asked word `head` names (多长时间 / 2.6秒)?
    A year (2023年) states no duration. `whole`: only a head that is the dimension word and
    nothing more (距离精度 names a measure of its own, which 追踪距离20km is not)."""
    if not head or not f.unit:
        return False
    if f.unit == "年" and re.fullmatch(r"(?:1[0-9]|20)\d\d年?", f.text.strip()):
        return False
    return any((alone.fullmatch(head) if whole else anywhere.search(head))
               and (f.unit in units or (f.kind == "percent" and "%" in units))
               for anywhere, alone, units in TABLE)


# the characters of the word right before a dimension word in the question: its modifier (续航里程, 加速时间)
MODIFIER_RE = r"([\u4e00-\u9fff]{2})"


def modifier_written(question: str, head: str, f: quantities.Quantity, lead: str) -> bool:
    """续航里程 asked, 续航能力为1030公里 written: a dimension word whose dimension the figure's unit
    states is named by its modifier (the two characters before it in the question) when the words
    right before the figure (`lead`, its clause up to it) end in that modifier and a few characters
    more (能力为), no mark nor figure between; the text leaves the dimension to the unit."""
    if not stated(head, f, whole=True):
        return False
    m = re.search(MODIFIER_RE + re.escape(head), question)
    return m is not None and re.search(re.escape(m.group(1)) + r"[^，,；;：:。\d]{0,4}$", lead) is not None


def unit_disagreement(heads: tuple[str, ...], f: quantities.Quantity, asking: str = "") -> str:
    """A duration asked (响应时间 asks 时间, 多久) is not answered by a figure whose unit states another
    dimension (刷新率为165Hz, 长0.6米). Time by the question's head; a length, an area, a speed or a
    temperature by the question's asking clauses (`asking`) too: the other dimension words have
    senses whose units differ (容量 of a tank in 升, of memory in GB, of a battery in mAh), so a
    unit says less there."""
    if not f.unit or f.kind in ("percent", "points"):  # a share or a change is of any measure
        return ""
    if asking and (said := _plain_dimension_disagreement(asking, f)):
        return said
    _, alone, units = TABLE[0]
    for head in heads:
        if SIZE_RE.fullmatch(head) and f.unit in units and not f.change:  # 多大规模: 三年计划's 三年 is no size
            return f"{f.text} is a duration, not a {head}"
        if alone.fullmatch(head) and f.unit not in units and (
                any(f.unit in other for _, _, other in TABLE[1:]) or f.unit in OTHER_DIMENSIONS):
            return f"{f.text} states another dimension than {head}"
    return ""


# the size of a thing asked by no measure of its own (多大规模, 多大体量): any amount answers, a duration does not
SIZE_RE = re.compile(r"规模|体量|量级")
# what a thing costs, written right before a sum (总投资20亿元, 计划投入5000万元, 造价3亿元): no size of what it pays for
COST_BEFORE_RE = re.compile(r"(?:投资|投入|资金|造价|成本|耗资)(?:总额|规模)?(?:约|达|为|超|近|逾|达到|共计|合计)?$")
COST_ASKED_RE = re.compile(r"投资|投入|资金|造价|成本|耗资|金额|元|钱")


def size_disagreement(heads: tuple[str, ...], question: str, text: str, f: quantities.Quantity) -> str:
    """多大规模 asked of a thing (储能规模, 项目规模), a sum its sentence says is spent on it (总投资20亿元):
    what a project costs is not the size asked, unless the question asks a cost (投资规模, 资金规模). Nor is
    the count of a list the thing stands in (实施甲项目等12个重点项目): that counts the list, not its size."""
    if not any(SIZE_RE.fullmatch(h) for h in heads):
        return ""
    if f.kind == "money" and not COST_ASKED_RE.search(question) and COST_BEFORE_RE.search(text[max(0, f.start - 8) : f.start]):
        return f"{f.text} is a cost, not a size"
    if f.unit in LIST_COUNT_UNITS and text[f.start - 1 : f.start] == "等":
        return f"{f.text} counts a list, not a size"
    return ""


LIST_COUNT_UNITS = frozenset("个 项 家 类 批 所 座 处 条 种".split())

# what a project costs over its life (总投资64亿元) is no sum put in during the year a question asks of what was
# actually done (2023年一整年实际投下去多少钱), unless it asks the total itself
ACTUAL_ASKED_RE = re.compile(r"实际|已经|完成了?")
YEAR_ASKED_RE = re.compile(r"(?:19|20)\d\d年|今年|去年|全年|一年|整年|年内|当年|上半年|下半年")
PROJECT_TOTAL_RE = re.compile(r"总投资额?(?:约|达|为|超|近|逾|达到)?$")


def project_total_disagreement(question: str, text: str, f: quantities.Quantity) -> str:
    if f.kind != "money" or "总" in question or not (ACTUAL_ASKED_RE.search(question) and YEAR_ASKED_RE.search(question)):
        return ""
    if PROJECT_TOTAL_RE.search(text[max(0, f.start - 6) : f.start]):
        return f"{f.text} is a project's total investment, not what was put in during the year asked"
    return ""
# units of dimensions no question word above names, which still are no duration
OTHER_DIMENSIONS = frozenset("Hz kHz MHz GHz 分贝 V GB MB TB KB TOPS TFLOPS Ah".split())
# the rows of DIMENSIONS whose words have one sense, stated by their units alone: length, area,
# temperature (续航里程 is a distance however the sentence words it); not speed (加速到时速100公里
# asks a time)
PLAIN = (TABLE[4], TABLE[2], TABLE[8])
# a unit the question asks by name (需要多少秒, 用了几个小时): that unit's dimension is the one asked
ASKED_UNIT_RE = re.compile(r"(?:多少|几)个?([^\s\d，,？?。]{1,3})")


def _plain_dimension_disagreement(asking: str, f: quantities.Quantity) -> str:
    """One plain dimension asked (续航里程提升到了多少), the figure in a unit of another (72V, 90Ah);
    not when the question also asks a duration (行驶里程达到1000公里用了多长时间) or names its unit."""
    asked = [(m.group(0), units) for anywhere, _, units in PLAIN if (m := anywhere.search(asking))]
    if len(asked) != 1 or f.unit in asked[0][1] or TABLE[0][0].search(asking):
        return ""
    unit = ASKED_UNIT_RE.search(asking)
    if unit and any(unit.group(1).startswith(u) for _, _, units in TABLE for u in units):
        return ""
    if any(f.unit in units for _, _, units in TABLE) or f.unit in OTHER_DIMENSIONS:
        return f"{f.text} states another dimension than {asked[0][0]}"
    return ""


# a distance per hour is a speed, however its unit reads (时速80公里, 速度为60公里/小时, 每小时70公里, 120km/h): no length of a road
SPEED_BEFORE_RE = re.compile(r"(?:时速|速度|车速|航速|风速|速率)[^，,；;。\d]{0,4}$|每小时$")
PER_HOUR_AFTER_RE = re.compile(r"^\s*(?:/|每)\s*(?:小时|时|h\b)")


def is_speed(text: str, f: quantities.Quantity) -> bool:
    """Whether figure `f` of `text` states a speed: its unit is one, or a 时速/速度 leads it, or a per hour follows it."""
    return f.unit in TABLE[7][2] or bool(SPEED_BEFORE_RE.search(text[: f.start]) or PER_HOUR_AFTER_RE.match(text[f.end :]))


def in_unit_asked(q, f: quantities.Quantity) -> bool:
    """Is `f` in the unit the question asks (q.unit), a unit that states the dimension its head names (屏幕有多大:
    英寸)? Such a figure is the head's whatever words stand beside it, when it is its sentence's one of that unit."""
    return bool(q.unit) and quantities.same_unit(f.unit, q.unit) and stated(q.head, f, whole=True)


# the share of a question's words a text must hold before the unit completes it: a unit says which dimension is
# measured, never of what (18%的受访者 for 受访者中某类人的比例 holds the share, not the kind asked)
COMPLETES = 0.6
SUM_HEADS = frozenset(("钱", "钱款", "现金"))  # heads asking a sum and nothing more (多少钱): a currency names them


def left_to_unit(head: str, figures: list[quantities.Quantity], text: str) -> str:
    """The asked dimension word `head` (面积, 比例, 多长时间) when a figure of `text` states it by its unit
    (20平方公里, 15%, 4年): the sentence need not write the word, so it is held; '' when none does. Only a head
    that is the dimension word alone (`stated`'s whole): 绿地面积 names a measure of its own. A rate's basis
    (每百公里5升) is no figure of its dimension. A sum asked (多少钱) is held by a figure in money (投资3亿元)."""
    return head if head and any((stated(head, f, whole=True) or (head in SUM_HEADS and f.kind == "money"))
                                and not text[: f.start].endswith("每") for f in figures) else ""
