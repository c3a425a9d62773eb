"""Chinese and Arabic quantities: 81.6亿元, 28.2万只, 6.5%, 三千五百万, 增长8.5个百分点.

`find_quantities` returns each figure as written (text and offsets) with a normalised
value, unit and qualifier, so two figures can be compared however they were written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from assistant.text.numerals import ARABIC, chinese_to_number, numeral, to_number  # noqa: F401 (read here too)

BIG_UNITS = {"万": 10**4, "亿": 10**8}
# Measure words that count the same thing: people (3865人 answers 多少名); degrees Celsius
# (37℃ answers 多少度: news writes ℃ 110 times, 摄氏度 30 times in news parts a/b); a torque
# (news parts a/b: 牛·米 53, 牛米 19, N·m 30, Nm 6 times after a number)
SAME_UNITS = ({"人", "名", "位"}, {"度", "摄氏度", "℃", "°C"}, {"牛·米", "牛米", "牛顿米", "N·m", "Nm"})


# Units that measure the same thing at another scale: (common unit, factor). 2130兆瓦 is 213万千瓦.
SCALED_UNITS = {"兆瓦": ("千瓦", 10**3), "千米": ("公里", 1), "千克": ("公斤", 1), "平方千米": ("平方公里", 1),
                # 3000千瓦 is read as 3000 thousand 瓦 (千 a scale, as in 3千人), 15万千瓦 as 15万 千瓦, and a question's
                # 多少千瓦 as 瓦: one measure at a thousandth. Not 米 and 克: a 200米 figure then answered 每小时多少公里
                # and a 10千米 sentence displaced the 10公里 one a claim quotes (news checks 11 and 5, union store)
                "瓦": ("千瓦", 10**-3)}


def same_unit(a: str, b: str) -> bool:
    a, b = SCALED_UNITS.get(a, (a,))[0], SCALED_UNITS.get(b, (b,))[0]
    return a == b or any(a in group and b in group for group in SAME_UNITS)
SCALES = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}

# Sums of money: the kind a figure is, and the currency a question may ask a sum in.
CURRENCIES = tuple("""元 人民币 美元 美金 欧元 日元 英镑 港元 港币 澳门元 新台币 台币 韩元 卢布 卢比 印度卢比 澳元 加元
    新加坡元 法郎 瑞士法郎 里拉 雷亚尔 比索 泰铢 越南盾 林吉特 兰特""".split())

# Imperial and energy units are written in news too (news parts a/b after a number: 桶 39, 毫安时 32,
# 磅 9, 吉瓦 2, 加仑 1): without them 56亿加仑 read as a bare 56亿, which no measure question takes.
IMPERIAL_AND_ENERGY = tuple("加仑 磅 盎司 克拉 英亩 平方英尺 立方英尺 吉瓦 吉瓦时 兆瓦时 太瓦时 毫安时 分贝 千卡 光年".split())
# Measure words and units, longest first so 万千瓦 wins over 千瓦 and 个百分点 over 个; a processor's
# cores and threads (24核32线程) are counted as its news writes them, and so are songs, cases and deals
# (19首歌曲, 8起案例, 3例病例, 2宗地块, 5笔交易, 6幅作品): words that measure only after a number and
# otherwise are words of their own (首 head, 起 start, 笔 pen), which a question's topic keeps.
COUNT_WORDS = ("首", "起", "例", "宗", "笔", "幅")
UNITS = sorted(
    """个百分点 百分点 平方公里 平方米 立方米 千瓦时 万千瓦 千瓦 兆瓦 公里 千米 公顷 公斤 千克 美元 欧元 人民币 元
    亩 吨 斤 米 个 台 辆 人 户 只 头 项 家 所 座 条 套 名 位 次 批 件 张 处 栋 间 倍 年 月 天 日 小时 分钟 届
    类 种 款 部 列 架 艘 株 棵 箱 份 篇 场 支 队 组 元/吨 元/斤 人次 余人 万人 床 层 级 周年 周岁 岁 所
    盏 把 根 块 片 本 盘 口 枚 颗 粒 匹 幢 趟 班 轮 门 眼 段 道 孔 扇 辆次 架次 吨标准煤
    厘米 毫米 微米 纳米 公分 英尺 英寸 英里 海里 平方千米 平方英里 平方厘米 千克 克 毫克 升 毫升 秒 分钟 周
    个月 摄氏度 度 伏 瓦 马力 马克 牛·米 牛米 牛顿米
    桶 标准箱 核 线程""".split() + list(COUNT_WORDS) + list(IMPERIAL_AND_ENERGY) + list(CURRENCIES),
    key=len, reverse=True,
)
QUALIFIERS_AFTER = ("以上", "以下", "左右", "上下", "之多", "以内", "多", "余", "强")
QUALIFIERS_BEFORE = ("不低于", "不少于", "不超过", "不高于", "超过", "高于", "低于", "至少", "最多", "约", "近", "逾", "突破", "超")
CHANGE_WORDS = ("同比增长", "同比下降", "增长", "下降", "提高", "降低", "增加", "减少", "提升", "回落", "增速", "上涨", "下跌")
QUALIFIER_AFTER_RE = re.compile("(?:" + "|".join(QUALIFIERS_AFTER) + ")$")

# 分 after an Arabic number is a score, unless it begins a word (5分钟, 3分之1, 2分局, 1分公司) or
# closes a clock time (10点30分, 8时15分); after a Chinese numeral it is mostly an adverb (十分重要)
POINTS_RE = re.compile(r"分(?![之钟局期批类级店社公院行队厂部配拨成别区布秒])")
CLOCK_RE = re.compile(r"\d[点时:：]$")
# A Chinese numeral starts with a digit or 十/百/千: 万 or 亿 alone (亿元以上项目) is no number.
CHINESE = r"[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
# A figure in words (几十万人, 数千万元, 十几万人, 上亿的成本) is a range, not its bare scale: read as 十万人
# it would agree with a source's exact 十万人. Bare 几万 stays out: a question asks with it.
INDEFINITE = r"[几数][十百千]|十几|数(?=万亿|千万|百万|亿|万|千)|上百|上(?=千万|百万|亿|万|千)"
INDEFINITE_SPANS = {"几十": (20, 99), "数十": (20, 99), "几百": (200, 999), "数百": (200, 999), "几千": (2000, 9999),
                    "数千": (2000, 9999), "十几": (11, 19), "数": (2, 9), "上百": (100, None), "上": (1, None)}
NUMBER_RE = re.compile(rf"(?P<num>{ARABIC}|{INDEFINITE}|{CHINESE})(?P<scale>万亿|千万|百万|亿|万|千)?")
RANGE_RE = re.compile(r"\s*[-~～—–至到]\s*")
YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d) ?年")


@dataclass(frozen=True)
class Quantity:
    text: str  # as written, qualifier included
    start: int
    end: int
    value: float  # in base units: 81.6亿元 -> 8.16e9
    unit: str  # 元, %, 只, 个百分点 ... ('' when the figure has none)
    qualifier: str = ""  # 以上, 左右, 不低于 ...
    upper: float | None = None  # for ranges
    change: str = ""  # 增长 / 下降 ... when the figure is a change

    @property
    def kind(self) -> str:
        if self.unit == "%":
            return "percent"
        if self.unit in ("个百分点", "百分点"):
            return "points"
        if self.unit in CURRENCIES:
            return "money"
        return "count" if self.unit else "bare"

    def same_measure(self, other: "Quantity") -> bool:
        return self.unit == other.unit

    def agrees(self, other: "Quantity") -> bool:
        """Same unit and the same value (ranges and qualifiers compared loosely)."""
        return self.same_measure(other) and values_agree(self.value, self.upper, other.value, other.upper)


def values_agree(lo1: float, hi1: float | None, lo2: float, hi2: float | None, tolerance: float = 1e-6) -> bool:
    """Two values (or ranges, when `hi` is given) agree when they overlap, up to rounding."""
    hi1 = lo1 if hi1 is None else hi1
    hi2 = lo2 if hi2 is None else hi2
    scale = max(abs(lo1), abs(lo2), 1e-12)
    return not (hi1 < lo2 - tolerance * scale or hi2 < lo1 - tolerance * scale)


def in_common_unit(q: Quantity) -> Quantity:
    """The figure in the unit its kind is compared in (2130兆瓦 -> 2130000千瓦), text unchanged."""
    if q.unit not in SCALED_UNITS:
        return q
    unit, factor = SCALED_UNITS[q.unit]
    upper = None if q.upper is None else q.upper * factor
    return Quantity(q.text, q.start, q.end, q.value * factor, unit, q.qualifier, upper, q.change)


def without_qualifier(figure: str) -> str:
    """81.6亿元以上 -> 81.6亿元: the figure as a source may write it without the hedge."""
    return QUALIFIER_AFTER_RE.sub("", figure)


# Units written in Latin letters, matched whole (so 235MM, a product code, stays no figure); the
# transfer rates of technology news (128GT/s, 10Gbps) too, else their figure reads as a code.
LATIN_UNITS = sorted("km km² km2 m² m2 m³ m3 cm mm m kg mg g t ml mL L Hz kHz MHz GHz W kW MW GW Wh kWh MWh V mAh "
                     "GB MB TB KB ft mph km/h m/s °C ℃ K h min s ms N·m Nm TOPS TFLOPS GT/s GB/s MB/s Gbps Mbps".split(), key=len, reverse=True)


def unit_at(text: str, pos: int) -> tuple[str, int]:
    """(unit, characters it takes in the text) right after a number at `pos`."""
    if text.startswith("%", pos) or text.startswith("％", pos):
        return "%", 1
    for unit in UNITS:
        if text.startswith(unit, pos):
            return unit, len(unit)
    rest = text[pos:].lstrip(" ")
    gap = len(text) - pos - len(rest)
    for unit in LATIN_UNITS:
        if rest.startswith(unit) and not re.match(r"[A-Za-z]", rest[len(unit) : len(unit) + 1]):
            return unit, gap + len(unit)
    return "", 0


def _read(text: str, m: re.Match) -> Quantity | None:
    """One figure at match `m`, with its unit; None when it is no figure (a year, a word)."""
    num, scale_text = m.group("num"), m.group("scale") or ""
    arabic = num[0].isdigit()
    start = m.start()
    end = m.end()
    unit, unit_width = unit_at(text, end)
    if not unit and text[end : end + 1] in ("余", "多"):
        # 200余个, 1000多人, 10余万元: an approximation between the number and its unit
        after, width = unit_at(text, end + 1)
        if not after and not scale_text and text[end + 1 : end + 2] in ("万", "亿"):
            after, width = unit_at(text, end + 2)  # 1430多万元, 200余亿元: the scale follows it
            if after:
                scale_text, width = text[end + 1], width + 1
        if after:
            unit, unit_width = after, width + 1
    if not unit and arabic and POINTS_RE.match(text, end) and not CLOCK_RE.search(text, 0, start):
        unit, unit_width = "分", 1  # 平均得分为2265分, 评分8.2分: a score (not 10点30分, a time)
    if not unit and text.endswith("百分之", 0, start):
        start, unit, unit_width = start - 3, "%", 0  # 百分之三点八 is 3.8%
    if num in INDEFINITE_SPANS:
        return _indefinite(text, m, unit, unit_width)
    if not arabic:
        # A Chinese numeral counts only with a unit or scale, and not as an article (一个).
        if not unit and not scale_text and not (re.search("[万亿]", num) and len(num) > 1):
            return None
        if num in ("一", "零", "〇") and not scale_text:
            return None  # 一个 is an article, 零部件 a word
    if arabic and unit == "年" and re.fullmatch(r"(1[89]|20)\d\d", num):
        return None  # a year
    if unit in ("月", "日") or text.startswith("月", end):
        return None  # a date
    if arabic and ((start > 0 and re.match(r"[A-Za-z.\d]", text[start - 1]))
                   or (re.match(r"[A-Za-z]", text[end : end + 1]) and unit not in LATIN_UNITS)):
        return None  # part of a code such as 235MM
    value = to_number(num)
    if value is None:
        return None
    value *= SCALES.get(scale_text, 1)
    if unit:
        end += unit_width
        if unit == "万人":
            value, unit = value * 10**4, "人"
        elif unit == "余人":
            unit = "人"
        elif unit[0] in "万亿" and len(unit) > 1:
            value, unit = value * BIG_UNITS[unit[0]], unit[1:]
    return Quantity(text[start:end], start, end, value, unit)


def _indefinite(text: str, m: re.Match, unit: str, unit_width: int) -> Quantity | None:
    """几十万人 as 200000-990000人, 上亿 as at least 1e8 (qualifier 上); None for 上百度 (a verb and a name)."""
    num, scale = m.group("num"), SCALES.get(m.group("scale") or "", 1)
    if not unit and scale == 1 or (num[0] == "上" and unit == "度"):
        return None
    lo, hi = INDEFINITE_SPANS[num]
    value, upper = float(lo * scale), None if hi is None else float(hi * scale)
    end = m.end() + unit_width
    if unit == "万人" or (unit[:1] in "万亿" and len(unit) > 1):
        factor, unit = BIG_UNITS[unit[0]], unit[1:]
        value, upper = value * factor, None if upper is None else upper * factor
    return Quantity(text[m.start():end], m.start(), end, value, unit, num[0] if num[0] in "几数上" else "几", upper)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text` as written, skipping years (2024年) and dates (1月13日)."""
    # read once per text: the figure checks ask again of the same sentence for each of its figures
    return list(_figures_of(text))


@lru_cache(maxsize=8192)
def _figures_of(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    pos = 0
    while True:
        m = NUMBER_RE.search(text, pos)
        if not m:
            return tuple(out)
        q = _read(text, m)
        if q is None:
            pos = m.end()
            continue
        end, upper, unit, value = q.end, q.upper, q.unit, q.value
        link = RANGE_RE.match(text, end)
        second = NUMBER_RE.match(text, link.end()) if link else None
        other = _read(text, second) if second else None
        if other is not None and (other.unit == unit or not unit):
            if not unit:  # 5至8万吨: the second end's scale and unit apply to both ends
                unit = other.unit
                written = to_number(second.group("num")) or 1
                own = to_number(m.group("num")) or value
                if value == own:  # 3万至5万元: a first end with its own scale keeps it
                    value *= other.value / written
            end, upper = other.end, other.value
        qualifier = q.qualifier
        for word in QUALIFIERS_AFTER:
            if text.startswith(word, end):
                qualifier, end = word, end + len(word)
                break
        before = text[max(0, q.start - 4) : q.start]
        qualifier = qualifier or next((w for w in QUALIFIERS_BEFORE if before.endswith(w)), "")
        window = text[max(0, q.start - 8) : q.start]
        change = next((w for w in CHANGE_WORDS if w in window), "")
        out.append(Quantity(text[q.start:end], q.start, end, value, unit, qualifier, upper, change))
        pos = end


# a year a text speaks of: written out, or counted from the year it is written for (今年, 前年)
RELATIVE_YEARS = {"今年": 0, "本年度": 0, "新一年": 0, "明年": 1, "去年": -1, "上年": -1, "过去一年": -1, "前年": -2}
YEAR_CONTEXT_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d) ?年|" + "|".join(RELATIVE_YEARS))


def previous_end(text: str, start: int, skip: list[tuple[int, int]] | tuple = ()) -> int:
    """Where the last figure before `start` ends (0 when none): the clause a figure owns runs from
    there. Spans in `skip` hold no figure (92 of 92号, 2021 of 2021-2025年)."""
    return max((g.end for g in find_quantities(text[:start]) if not any(a <= g.start < b for a, b in skip)),
               default=0)


def years(text: str) -> set[str]:
    return set(YEAR_RE.findall(text))


# the verbs before a year a figure is compared with (比2022年, 超过了2022年); subject_years.BASELINE_RE reads more
COMPARED_WITH = r"比|较|超过了?|高于|低于"
BASIS_BEFORE_RE = re.compile(rf"(?:{COMPARED_WITH})$")  # (与2016年 is a basis only with 相比 after)
# 2021年9月起, 2018年以来, 自2018年推出…以来: the point a run starts from, not the year the
# sentences after it speak of (a 2023 article's 截至8月15日 is not 2021's)
SINCE_RE = re.compile(r"(?:19|20)\d\d ?年(?:\d{1,2}月(?:\d{1,2}日)?份?)?(?:起|以来)"
                      r"|(?:自|从|自从)(?:19|20)\d\d ?年[^，。；！？,;]{0,20}?(?:起|以来)")


def year_in_force(text: str, current: str | None = None) -> str | None:
    """The year the end of `text` speaks of: its last explicit year, or a relative one
    (今年, 过去一年) counted from `current`, the year the document is written for; a
    relative year with no `current` leaves the year unknown."""
    last = None
    runs = [s.span() for s in SINCE_RE.finditer(text)]
    for m in YEAR_CONTEXT_RE.finditer(text):
        if m.group(1) and (BASIS_BEFORE_RE.search(text, 0, m.start()) or text.startswith(("同期", "相比"), m.end())
                           or any(a <= m.start() < b for a, b in runs)):
            continue  # 比2022年, 而2022年同期净亏损: the year a figure is compared with, not the one spoken of
            # (a relative basis, 比去年, is read as before: passing over it let another company's sentence
            # reach a claim of its article's rival, news_check12 t26)
        if m.group(1):
            last = m.group(1)
        else:
            shift = RELATIVE_YEARS.get(m.group(0), 0)
            last = str(int(current) + shift) if current else None
    return last
