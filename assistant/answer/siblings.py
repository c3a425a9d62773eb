"""Siblings: a question naming one member of a series, a sentence giving another member's figure.

A question may name which one of several it asks about by a designator: a number or an
ordinal with its classifier (98号汽油, 第二批, 首站, 06星, 三期) or a Latin name with its
model number or letter (Model 3, iPhone 15). A sentence that names a designator of the same
family with another value (92号汽油, 首批, Model X) and not the one asked speaks of a
sibling: its figure is not the answer, however close the rest of its words are. The figure
check reads which designator is in force where the figure stands (首批…500箱饮用水和700箱
应急食物，…第二批…: 700箱 is the first batch's); the sentence check rejects a sentence that
names only siblings when the asked one is written nowhere in its passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.subject_names import Disagreement
from assistant.answer.model_versions import WORD_RE, other_model, version_dropped
from assistant.answer.figure_scope import scope_disagreement
from assistant.answer.organisations import abbreviates
from assistant.answer.unit_nouns import LOCAL
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import ordinals, quantities, words

_CN = "一二三四五六七八九十两"
# 第二批, 首站, 头季, 第31周: an ordinal of a series (not 第一季度, a period; not 第三名, a rank)
ORDINAL_RE = re.compile(rf"(?:第([0-9{_CN}]{{1,3}})|(首|头))(批|期|届|轮|站|季(?!度)|代|场|波|号|周)")
# 第六个工作日, 首个交易日: an ordinal of a kind written with 个, its family the two characters
# after it (第五个工作日 is a sibling of 第六个工作日; 第一个 alone names no kind)
ORDINAL_GE_RE = re.compile(rf"(?:第([0-9{_CN}]{{1,3}})|(首))个的?([\u4e00-\u9fff]{{2}})")
# 98号汽油, 旅行者1号, 长征五号, 06星, 三期工程, 5代: a number naming a member, not counting
# (8月3号 is a day; 3号线 is a line, its own family; 二十个 is no designator)
NUMBERED_RE = re.compile(rf"(?<![0-9{_CN}第月.])([0-9]{{1,4}}|[{_CN}]{{1,3}})(号线|号|星|期|代)(?![0-9])")
# Model 3, Model X, iPhone 15, GPT-4: a Latin name and its model number or capital letter
# (a name is written with a capital: "in 2023" is no model; a four-digit number is a year)
# (CD8P-V and CD8P-R: a variant's letter after a hyphen is part of its value; two variants are two models)
# (PCIe 7.0, HDMI 2.1, Wi-Fi 6E: a standard's version, with a decimal, and a name in capitals ending in small letters)
LATIN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+|[A-Z]{2,})[ \-]?"
                      r"([0-9]{1,3}(?:\.[0-9]{1,2})?[A-Za-z]?(?:-[A-Z0-9]{1,2})?|[A-Z]{1,2})(?![A-Za-z0-9.])")
@dataclass(frozen=True)
class Designator:
    family: str  # 号, 批, model (a Latin name, lowercased)
    value: str  # 98, 2, 3, X
    text: str
    start: int
    end: int


def _value(numeral: str) -> str:
    n = quantities.to_number(numeral)
    return str(int(n)) if n is not None else numeral


def designators(text: str) -> list[Designator]:
    """The designators `text` names, in order."""
    found = [Designator(m.group(3), "1" if m.group(2) else _value(m.group(1)), m.group(0), m.start(), m.end())
             for m in ORDINAL_RE.finditer(text)]
    found += [Designator("个" + m.group(3), "1" if m.group(2) else _value(m.group(1)), m.group(0), m.start(), m.end())
              for m in ORDINAL_GE_RE.finditer(text)]
    taken = [(d.start, d.end) for d in found]
    for m in NUMBERED_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            found.append(Designator(m.group(2), _value(m.group(1)), m.group(0), m.start(), m.end()))
    found += [Designator(m.group(1).lower(), re.sub(r"\.0$", "", m.group(2).upper()), m.group(0), m.start(), m.end())
              for m in LATIN_RE.finditer(text)]  # PCIe 7.0 is PCIe 7
    taken = [(d.start, d.end) for d in found]
    found += [Designator(m.group(2), m.group(1), m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text)
              if not _NUMERAL_RE.fullmatch(m.group(1)) and not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(found, key=lambda d: d.start)


_NUMERAL_RE = re.compile(rf"第.|[{_CN}首头]+")  # 十二版, 第三季 (the ordinal's): no word


def _names(d: Designator, values: set[str], text: str) -> bool:
    """Does `text` name value `d.value`'s member or one of `values`: a word's anywhere (纯电和增程两种版本),
    or shortened (长轴版 of 长轴距版: its characters in order)."""
    words_only = d.family in ("版", "季") and not d.value.isdigit()
    return d.value in values or any(not v.isdigit() and len(v) > 1 and not v.isupper() and v in text for v in values) \
        or (words_only and any(abbreviates(d.value, v) for v in values if not v.isdigit()))


ASKING_BEFORE_RE = re.compile(r"(?:哪|几|多少)$")


def _asked(q: Question) -> dict[str, set[str]]:
    """{family: values} the question names; a version's value is the whole word before 版 (长轴距, not 轴距)."""
    out: dict[str, set[str]] = {}
    for d in designators(q.text):
        if not ASKING_BEFORE_RE.search(q.text[: d.start]):  # 哪一代, 几号: the asking phrase names none
            out.setdefault(d.family, set()).add(_whole_word(q.text, d))
    return out


def _whole_word(text: str, d: Designator) -> str:
    """The word jieba reads before a version's 版 or a season's 季 when it holds the two characters
    WORD_RE took (长轴距 of 长轴距版, 运动套装 of 运动套装版): read in the whole question, not a window."""
    if d.family not in ("版", "季") or d.value.isdigit():
        return d.value
    at = 0
    for word, _ in words.tagged(text):
        at += len(word)
        if at == d.end - 1:
            return word if 2 <= len(word) <= 4 and word.endswith(d.value) and words.chinese_word(word) else d.value
    return d.value


def _sibling(asked: dict[str, set[str]], text: str) -> Designator | None:
    """The first designator of `text` of a family asked, when `text` names none of the values asked."""
    around = designators(text)
    for family, values in asked.items():
        if any(d.family == family and _names(d, values, text) for d in around):
            continue  # it names it: where its figure stands is the figure check's
        other = next((d for d in around if d.family == family), None)
        if other is not None:
            return other
    return None


COMPARED_RE = re.compile(r"(?:与|和|同|跟)[^，。；、与和同跟]{1,16}?(?:相同|一样|相似|类似|相仿)")


def designator_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A sentence whose passage names a sibling of the designator asked (首站 for 第二站) and
    writes the asked one nowhere, nor its title: it speaks of the sibling, or of none (快闪活动
    首站登陆广州 and the rest of its passage do not say where the second one goes)."""
    asked = _asked(q)
    other = _sibling(asked, f"{chunk.title} {chunk.subject} {chunk.text}") if asked else None
    # not a figure's question (the figure check reads whose each figure is): the sentence itself
    # names only a sibling (旅行者2号上的仪器…), or for one asking when, each of its dates is a sibling's
    if other is None and asked and q.kind != "quantity":
        own = COMPARED_RE.sub(" ", chunk.text[a:b])  # 与现有13代处理器相同的架构: what it is compared with is no subject
        other = _sibling(asked, own) or (_dated_sibling(asked, chunk.text[a:b]) if q.kind == "time" else None)
    return Disagreement("sibling", _shown(q.text, other.family), other.text) if other else None


# A model named in Latin letters and numbers, its words one space apart (35mm F1.4 DG DN Classic,
# Mate 60 Pro, Galaxy S23 Ultra)
LATIN_RUN_RE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z0-9][A-Za-z0-9.\-]*(?: [A-Za-z0-9][A-Za-z0-9.\-]*)+")
VARIANT_WORD_RE = re.compile(r"[A-Za-z]{2,}")  # Classic, Pro, Max, Ultra, SE: a word, not a number


def variant_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A model the question names with a last word of its variant (35mm F1.4 DG DN Classic) that
    the sentence writes without it, as a whole name (普通款的35mm F1.4 DG DN镜头), and nowhere with
    it: the sentence speaks of the plain model or another variant, a sibling of the one asked."""
    if q.english:
        return None
    text = chunk.text[a:b]
    for m in LATIN_RUN_RE.finditer(q.text):
        *base, last = m.group(0).split(" ")
        plain = " ".join(base)
        if not VARIANT_WORD_RE.fullmatch(last) or not re.search(r"[0-9]", plain) or m.group(0).lower() in text.lower():
            continue
        cut = re.search(r"(?<![A-Za-z0-9.\-])" + re.escape(plain) + r"(?![A-Za-z0-9.\-]| [A-Za-z0-9])", text, re.IGNORECASE)
        if cut:
            return Disagreement("sibling", m.group(0), plain)
    return version_dropped(q, chunk, a, b) or other_model(q, chunk, a, b)


DATE_RE = re.compile(r"(?<![0-9])(?:1[0-9]|20)[0-9]{2}年|[0-9]{1,2}月[0-9]{1,2}日")


def _dated_sibling(asked: dict[str, set[str]], text: str) -> Designator | None:
    """For a question asking when: the sibling in force where every date of `text` stands
    (旅行者2号于1977年发射，…仅次于旅行者1号: 1977 is 2号's), when each has one."""
    dates = list(DATE_RE.finditer(text))
    named = designators(text)
    found = None
    for m in dates:
        before = [d for d in named if d.family in asked and d.end <= m.start()]
        if not before or _names(before[-1], asked[before[-1].family], text[before[-1].start : m.start()]):
            return None
        found = found or before[-1]
    return found


def sibling_articles(q: Question, sentences) -> set[str]:
    """The chunk ids of each article whose retrieved passages together name a sibling of a
    designator asked and never the asked one: none of its sentences answers (its passage
    that names no designator goes on about the sibling)."""
    asked = _asked(q)
    if not asked:
        return set()
    chunks: dict = {}
    for s in sentences:
        chunks.setdefault((s.chunk.source, s.chunk.article), {})[s.chunk.id] = s.chunk
    return {cid for found in chunks.values()
            if _sibling(asked, " ".join(f"{c.title} {c.subject} {c.text}" for c in found.values())) for cid in found}


def series_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """The ordinal asked written before the name of another series (第四届黑客马拉松 for 第四届国际琵琶艺术节):
    an ordinal agrees, the event does not."""
    other = "" if q.english else ordinals.other_series(q.text, chunk.text[a:b])
    return Disagreement("ordinal", ordinals.phrases(q.text)[0], other) if other else None


# Currencies: a sum asked in one is not answered by a sum in another (多少印度卢比, 2.4万美元);
# the local ones are all written 元 too (人民币, 新台币, 港元 in their own press)
CURRENCY = "(?:" + "|".join(sorted(quantities.CURRENCIES, key=len, reverse=True)) + ")"
ASKED_CURRENCY_RE = re.compile(rf"(?:多少|几)[十百千万亿]*[\u4e00-\u9fff]{{0,2}}?({CURRENCY})")
GIVEN_CURRENCY_RE = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?({CURRENCY})")


def _currency(name: str) -> str:
    return {"港币": "港元", "台币": "新台币", "美金": "美元", "印度卢比": "卢比"}.get(name, name)


def currency_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A sum in another currency than the question asks it in (a bare 元 asked says none)."""
    m = ASKED_CURRENCY_RE.search(q.text)
    if not m or m.group(1) == "元":
        return ""
    given = GIVEN_CURRENCY_RE.match(text, f.end)
    unit = f.unit if re.fullmatch(CURRENCY, f.unit or "") else (given.group(1) if given else "")
    asked, unit = _currency(m.group(1)), _currency(unit)
    if not unit or unit == asked or (unit == "元" and asked in LOCAL):
        return ""
    return f"a sum in {unit}, not in {asked}"


def designator_figure_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why figure `f` of `text` is a sibling's ('' when it may be the one asked): a sum in
    another currency than asked, or the designator of the family asked in force where it
    stands, the last named before it, is another; one naming the asked value since the
    previous figure is in force too (92号和98号汽油均上调0.2元)."""
    why = (currency_disagreement(q, text, f) or whole_disagreement(q, text, f) or condition_disagreement(q, text, f)
           or scope_disagreement(q, text, f))
    if why:
        return why
    asked = _asked(q)
    if not asked:
        return ""
    named = designators(text[: f.start])
    before = [d for d in named if d.family in asked]
    if not before:
        return ""
    previous = quantities.previous_end(text, f.start, [(d.start, d.end) for d in named])  # 92 of 92号
    latest = before[-1]
    if _names(latest, asked[latest.family], text[previous : f.start]) or any(
            d.start >= previous and d.value in asked[d.family] for d in before):
        return ""
    return f"it is {latest.text}'s, not {_shown(q.text, latest.family)}'s"


def _shown(question: str, family: str) -> str:
    return next((d.text for d in designators(question) if d.family == family), family)


# the whole of a series: 全部达产后 is not the first phase's 首期达产后; 共推出五款车型 counts the versions
WHOLE = "(?:全部|全面|整体|全线|总体|全)"
VERSIONS = re.compile(r"(?<![0-9])(?:[2-9]|[1-9][0-9]|[两三四五六七八九十多几])(?:款|种|个版本|个车型|个配置)")  # not 一款


def whole_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure of the whole where the question asks one member: the word the asked
    designator qualifies (首期|达产后) written before the figure after a word of the whole
    (全部达产后), the designator nowhere before it; a version asked (四驱版) that the sentence
    never names, its figure a range or written after the versions are counted (共推出五款车型)."""
    lead = text[: f.start]
    for d in designators(q.text):
        word = re.match(r"的?([\u4e00-\u9fff]{2})", q.text[d.end :])
        m = word and re.search(WHOLE + re.escape(word.group(1)), lead)
        if m and not any(x.family == d.family for x in designators(lead)):
            return f"it is {m.group(0)}'s, not {d.text}'s"
        # a version named nowhere in the sentence: a range, or a figure after the versions are counted, is all of theirs
        if d.family == "版" and d.value not in text and (f.upper is not None or VERSIONS.search(lead)):
            return f"it is every version's, not {d.text}'s"
    return ""


# a case the question states by a bound and a figure: 能见度小于300米时 (小于, 低于, 超过, 以上 ...)
BOUND_BEFORE = re.compile(r"(?:小于|大于|低于|高于|超过|不足|不到|少于|多于|达到|满)$")


def condition_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The figure of another case than the one the question states: its bound and figure
    (能见度小于300米) written before the figure with another value (如能见度小于200米，车速不得
    超过每小时60公里), the value asked nowhere before it."""
    lead = text[: f.start]
    for s in quantities.find_quantities(q.text):
        bound = BOUND_BEFORE.search(q.text[: s.start])
        if not bound or not s.unit or quantities.YEAR_RE.fullmatch(s.text):
            continue
        cases = [g for g in quantities.find_quantities(lead)
                 if g.unit and quantities.same_unit(g.unit, s.unit) and lead[: g.start].endswith(bound.group(0))]
        if cases and not quantities.values_agree(cases[-1].value, cases[-1].upper, s.value, s.upper):
            return f"it is for {bound.group(0)}{cases[-1].text}, not {bound.group(0)}{s.text}"
    return ""

