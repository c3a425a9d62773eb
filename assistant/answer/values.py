"""Values in Chinese text and when two of them are the same: figures (with rounding),
dates, people, places, organisations; what a figure measures. Pure functions.

304.27亿元 and 约304亿元 are one value; 160亿元 and 255.4亿元 two. 签约额达160亿元 measures
签约额, 34个重点项目 counts 项目, 7人遇难 counts 遇难.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.text.sentences import split_clauses
from assistant.answer import people
from assistant.text import quantities, words

MASK = {"figure": "若干", "date": "某日", "year": "某年", "name": "某人", "place": "某地", "org": "某机构"}
DATE_RE = re.compile(r"(?:(?:1[89]|20)\d\d年)?\d{1,2}月\d{1,2}日|(?:1[89]|20)\d\d年(?:\d{1,2}月)?|\d{1,2}月(?!份)")
COMMON_WORD_FREQ = 20  # jieba dictionary count above which a 'name' is an ordinary word (as people.py)
KNOWN_NAME_FREQ = 300  # ... when jieba tags it a name: 李强 159 is one, 许可 623 is not
# 第19届, 八届五次全会: ordinals, not amounts
ORDINAL_BEFORE = re.compile(r"(?:第|届)$")
ORDINAL_AFTER = re.compile(r"全会|会议|全体会议|党代会|代表大会")
NAME_TAGS = {"nr": "name", "nrfg": "name", "nrt": "name", "ns": "place", "nt": "org", "nz": "org"}
# jieba tags many ordinary words as names (广大群众, 丹青妙手): a Chinese name starts with a surname.
SURNAMES = words.SURNAMES


def person_like(word: str, known: bool = False) -> bool:
    """A Chinese name starts with a surname and, unless a tagger already read it as a name
    (`known`: 李强 is in jieba's dictionary), is no dictionary word; a foreign one has ·."""
    if not ((2 <= len(word) <= 4 and word[0] in SURNAMES) or "·" in word):
        return False
    return _frequency(word) < (KNOWN_NAME_FREQ if known else COMMON_WORD_FREQ)


def _frequency(word: str) -> int:
    """How often jieba's dictionary has seen a word: 许可 623, 文明 6584, 李强 159."""
    return words.frequency(word)
APPROX_BEFORE = ("约", "近", "超", "逾", "突破", "超过", "大约", "接近")
APPROX_AFTER = ("左右", "上下", "多", "余", "以上")
# 百, 千万, 千余: a figure in words that is an order of magnitude alone (with the 余 or 多 after it)
BARE_MAGNITUDE_RE = re.compile(r"(千万|百万|十|百|千|万|亿)(余|多)?(?![零〇一二两三四五六七八九\d])")


@dataclass(frozen=True)
class Slot:
    """A value in a text: text[start:end]."""

    kind: str  # figure, date, year, name, place, org
    start: int
    end: int
    text: str
    quantity: quantities.Quantity | None = None


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@lru_cache(maxsize=8192)
def slots(text: str) -> tuple[Slot, ...]:
    """Every value of a text: figures with a unit, dates and years, names of people,
    places and organisations."""
    out = [Slot("figure", q.start, q.end, q.text, q) for q in quantities.find_quantities(text)
           if q.unit and q.unit != "届" and not ORDINAL_BEFORE.search(text[: q.start]) and not ORDINAL_AFTER.match(text, q.end)]
    for m in DATE_RE.finditer(text):
        if not any(overlaps(m.start(), m.end(), s.start, s.end) for s in out):
            kind = "date" if "日" in m.group() else "year"  # a year or a month is a period
            out.append(Slot(kind, m.start(), m.end(), m.group()))
    for p in people.persons(text):  # names the answerer also reads as people (县长邢树纲)
        at = text.find(p.name, p.start)
        if at >= 0 and person_like(p.name, known=True) and not any(overlaps(at, at + len(p.name), s.start, s.end) for s in out):
            out.append(Slot("name", at, at + len(p.name), p.name))
    pos = 0
    for word, flag in words.tagged(text):
        kind = NAME_TAGS.get(flag)
        if kind == "name" and not person_like(word, known=True):
            kind = None
        if kind and len(word) >= 2 and not any(overlaps(pos, pos + len(word), s.start, s.end) for s in out):
            out.append(Slot(kind, pos, pos + len(word), word))
        pos += len(word)
    return tuple(sorted(out, key=lambda s: s.start))


def _precision(q: quantities.Quantity, approximate: bool = False) -> float:
    """The step of the last written digit, in base units: 304亿元 -> 1亿; 约300亿 -> 100亿
    (trailing zeros say "rounded" only beside 约/近/超)."""
    m = re.search(quantities.ARABIC, q.text)
    if not m:
        # 逾百家, 近千人, 千余人: a bare order of magnitude, hedged, is written to that order (逾百 is 100 to 199)
        bare = BARE_MAGNITUDE_RE.match(q.text)
        return q.value if bare and approximate else 0.0
    written = float(m.group().replace(",", ""))
    if not written:
        return 0.0
    digits = m.group().replace(",", "")
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        # 约300 is 300 give or take tens, not hundreds: 近1000 is no 400
        step = min(10.0 ** zeros, max(1.0, written / 10)) if approximate and zeros else 1.0
    return step * q.value / written


def _approximate(q: quantities.Quantity, context: str) -> bool:
    return _hedge(q) in APPROX_BEFORE + APPROX_AFTER or context.endswith(APPROX_BEFORE)


def _hedge(q: quantities.Quantity) -> str:
    """The figure's qualifier, or the 余 or 多 written inside a figure in words (千余人, 百多家)."""
    inside = BARE_MAGNITUDE_RE.match(q.text)
    return q.qualifier or (inside.group(2) if inside else "")


def figures_agree(a: quantities.Quantity, b: quantities.Quantity, before_a: str = "", before_b: str = "") -> bool:
    """Same value, allowing for rounding: 304.27亿元 and 约304亿元 (or 304亿元) agree."""
    if a.agrees(b):
        return True
    for vague, other in ((a, b), (b, a)):
        # 上亿元, 上百家: a floor with no ceiling (read as its floor alone, 58亿元 would differ from it)
        if vague.qualifier == "上" and vague.upper is None and other.qualifier != "上":
            return vague.unit == other.unit and other.value >= vague.value * (1 - 1e-9)
    pa, pb = _precision(a, _approximate(a, before_a)), _precision(b, _approximate(b, before_b))
    coarse, exact, before = (a, b, before_a) if pa >= pb else (b, a, before_b)
    step = max(pa, pb)
    if not step or abs(step - min(pa, pb)) <= 1e-9 * step:  # 0.2% and 0.3%: float steps 0.1000…02 and 0.1
        return False  # written to the same precision: a real difference
    diff = exact.value - coarse.value
    if _hedge(coarse) in ("超", "逾", "突破", "超过", "多", "余", "以上") or before.endswith(("超", "逾", "突破")):
        return 0 <= diff < step
    if coarse.qualifier in ("近", "接近") or before.endswith("近"):
        return -step < diff <= 0
    if abs(diff) <= 0.5 * step * (1 + 1e-9):  # 约, 左右, or a silently rounded figure
        return True
    return not _approximate(coarse, before) and 0 <= diff < step  # silently truncated: 304.9 -> 304


def same_value(a: Slot, b: Slot, text_a: str = "", text_b: str = "") -> bool | None:
    """True for the same value, False for different ones, None when the two cannot be
    compared (a figure in 元 and one in %, a person and a place)."""
    if a.kind == "figure" or b.kind == "figure":
        if a.quantity is None or b.quantity is None or a.quantity.unit != b.quantity.unit:
            return None
        return figures_agree(a.quantity, b.quantity, text_a[max(0, a.start - 3) : a.start],
                             text_b[max(0, b.start - 3) : b.start])
    if {a.kind, b.kind} <= {"date", "year"} or a.kind == b.kind or not (a.kind in MASK and b.kind in MASK):
        x, y = words.normalise(a.text), words.normalise(b.text)
        return x in y or y in x
    return None
# Words that may differ between two copies of one statement: particles, qualifiers,
# change words. 汽油 / 柴油 differing beside a figure is another indicator, not another version.
FILLERS = frozenset("约 近 超 逾 达 达到 为 是 了 共 已 仅 多 余 左右 以上 上下 的 个 同比 比 上年 去年 同期 较 "
                    "增长 增加 上涨 提高 下降 减少 累计 总计 合计 分别 约为 大约 接近 超过 突破 将 在 于 已经 "
                    "获得 赢得 取得 拿下 有 共有 拥有 完成 实现 共计 一共 总共".split())
# the verbs of giving a figure (采访给出的投资额, 文中提到的产量): they say where it is written, not which one
STATING = frozenset("给出 提到 提及 公布 披露 发布 报出 列出 写出 说出 引用".split())
# the words of aiming at a figure (希望份额涨多少, 计划投资额多少): they say it is a target, not which one
AIMING = frozenset("希望 期望 盼望 力争 争取 计划 打算 预计 预期 规划 目标 确保 要求 想要".split())


def clause_of(text: str, slot: Slot) -> tuple[int, int]:
    """The clause holding a value; with the clause before when its own lead is bare
    (固定资产投资完成17.3亿元，增长41%)."""
    clauses = split_clauses(text) or [(0, len(text))]
    i = next((k for k, (x, y) in enumerate(clauses) if x <= slot.start < y), len(clauses) - 1)
    a, b = clauses[i]
    lead = re.sub("|".join(quantities.CHANGE_WORDS) + r"|[了为达到约近超\s]", "", text[a : slot.start])
    rate = slot.quantity is not None and (slot.quantity.change or slot.quantity.unit in ("%", "个百分点"))
    if len(lead) < 2 and i > 0 and rate:
        a = clauses[i - 1][0]
    return a, b


# Words that name one indicator two ways (the e5 model cannot tell 议席/席位 from 汽油/柴油).
SYNONYMS = {"席位": "议席", "席": "议席", "营收": "营业收入", "遇难": "死亡", "罹难": "死亡", "身亡": "死亡",
            "丧生": "死亡", "签约金额": "签约额", "国内生产总值": "GDP", "gdp": "GDP", "增速": "增长",
            "雨量": "降水量", "降雨量": "降水量"}
CLASSIFIER_UNITS = set("个项家户座所条辆台处名位批件套只头张间栋次场支队组部架艘株棵篇种类款盏把根块片本盘口枚颗粒匹幢趟班门眼段道孔扇人")
LEAD_WORDS = 3  # content words before a figure that say what it measures
FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "x", "t", "f", "y", "e", "o"}
SCOPE_TAGS = {"ns", "nr", "nt", "nz", "nrfg", "nrt"}  # places, people, bodies: checked as scope
LEAD_END = re.compile(r"(?:达到|达|为|是|完成|实现|共|约|近|超|累计|超过|突破|已|了|有|\s|[，,：:、])+$")


def indicator_words(text: str, slot: Slot) -> frozenset[str]:
    """What a figure measures: the last content words before it in its clause (签约额达160亿元
    -> 签约, 额) and, for a count, the word after it (34个重点项目 -> 重点项目; 7人被困 -> 被困).
    Places, people and organisations are left to the scope checks."""
    a, _ = clause_of(text, slot)
    lead = text[a : slot.start]
    for q in reversed(quantities.find_quantities(lead)):  # other figures say nothing of this one
        lead = lead[: q.start] + lead[q.end :]
    found = []
    for word, flag in reversed(words.tagged(LEAD_END.sub("", lead))):
        if word in FILLERS:
            continue  # 工业增加值同比增长: the change words stand between
        if re.fullmatch(r"[\W\d_]+", word) or flag in FUNCTION_TAGS or flag in SCOPE_TAGS:
            if found:
                break  # the words right before the figure, up to the first break
            continue
        found.insert(0, SYNONYMS.get(word.lower(), word))
        if len(found) == LEAD_WORDS:
            break
    tail = []
    if slot.quantity is not None and slot.quantity.unit in CLASSIFIER_UNITS:
        for word, flag in words.tagged(text[slot.end : slot.end + 8])[:1]:  # 34个重点项目, 7人被困
            if flag.startswith(("n", "v", "a")) and word not in FILLERS:
                tail.append(SYNONYMS.get(word, word))
                break
    return frozenset(found + tail)


def masked(text: str, slot: Slot, a: int = 0, b: int | None = None) -> str:
    b = len(text) if b is None else b
    return text[a : slot.start] + MASK.get(slot.kind, "某") + text[slot.end : b]


STOCK_CODE_RE = re.compile(r"[（(](\d{6})[)）]")


def context_names(text: str) -> frozenset[str]:
    """The people, places, bodies and stock codes a passage names: what it is about, beyond
    one sentence (a company's templated report names that company, the next its own)."""
    found = {s.text for s in slots(text) if s.kind in ("name", "place", "org")}
    return frozenset(found | set(STOCK_CODE_RE.findall(text)))
