"""Subject agreement for what a question names besides a place and a year: a proper name (a
person's too: no check of its own, bench.check_worth found it stopped nothing), and the part of the year (a month, a quarter, a half); an organisation is
`organisations.py`'s, and the proper-name check itself `asked_names.py`'s (the names a question asks).

`subject.disagreement` runs these after its place and year checks. Each returns a
`Disagreement` when the candidate sentence (`chunk.text[a:b]`) is about something else than
what the question names, so the caller tries the next candidate or abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.measure_nature import TARGET_ASKED
from assistant.answer.thing_asked import asked_thing
from assistant.query.english_periods import period_text
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import paraphrases, periods, quantities, words
from assistant.text.sentences import paragraph_before, split_sentences


# 中新社北京8月15日电（记者 张三）, 中新网8月15日电, 丁报8月2日讯: where (and by whom) the report was filed, not what it
# is about (中新社北京8月15日电 新德里消息：… is about 新德里). 231 of news_part_a's 1,931 articles open with one.
DATELINE_RE = re.compile(r"\s*[^，。；！？\s]{0,16}?\d{1,2}日(?:电|讯)\s*(?:[（(][^）)]{0,24}[）)])?\s*")


# a sentence speaking of the whole year too, not only of a share of its aim done (完成全年目标的57%)
WHOLE_YEAR_RE = re.compile(r"(?:全年|年度|年内)(?![目任计][标务划]的)")
# a year's aim is asked of a year (今年计划, 2024年目标, 全年力争); 计划上市后每台卖多少钱 plans no year
YEAR_NAMED_RE = re.compile(r"今年|明年|全年|年度|本年|当年|年内|\d{2,4}年|[一二三四五六七八九〇零○]{4}年")
# an aim by a point in time (到2025年底), not a year's total: a sentence writing that point gives the aim, and a month
# it writes too dates another clause's event (今年2月开设首家门店，目标是到2025年底拥有100多家)
YEAR_POINT_RE = re.compile(r"(?:\d{2,4}|[一二三四五六七八九〇零○]{4}|今|明|本)年[底末初]")


@dataclass(frozen=True)
class Disagreement:
    """What the question names (`asked`) and what the sentence or its article speaks of
    instead (`found`, '' when nothing ties the sentence to what was asked)."""

    kind: str  # place, year, period, person, organisation, name
    asked: str
    found: str

    def __str__(self) -> str:
        instead = f" but of {self.found}" if self.found else ""
        return f"the question asks about {self.asked} ({self.kind}); the sentence is not about it{instead}"


def article_before(chunk: Chunk, a: int) -> str:
    return f"{chunk.title} {chunk.subject} {chunk.text[:a]}"


def named_in_article(q: Question, name: str, chunk: Chunk) -> bool:
    """Does an earlier retrieved passage of the chunk's article write `name` (for a Chinese
    question, `subject.with_articles` keeps where each article first does)? A news article
    names its typhoon or laboratory in its lead and says 台风 or 该实验室 after."""
    return q.first_named.get(name, {}).get((chunk.source, chunk.article), chunk.start) < chunk.start


# A product or brand written in Latin letters with mixed case (iPad, Chromebook, Tiida);
# all capitals (GDP, CPI, CLTC) name indicators and standards, not subjects
LATIN_NAME_RE = re.compile(r"(?<![A-Za-z])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z][A-Za-z0-9]{2,}")
# A model code: letters then digits (x265, N7, P60, Tencent266); not a quarter or half (Q2,
# H1, not H6) and not a measure written with a decimal (PM2.5)
MODEL_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z]{1,10}\d{1,4}[A-Za-z]{0,3}(?![A-Za-z0-9]|\.\d)")
PERIOD_CODE_RE = re.compile(r"[Qq][1-4]|[Hh][12]")
# A model in capitals written right after its maker's name (雷克萨斯UX, 理想L): the maker's
# last two characters and the model
MAKER_MODEL_RE = re.compile(r"([\u4e00-\u9fff]{2})([A-Z]{1,5}\d{0,4})(?![A-Za-z0-9])")


# 全新一代|MPV, 新款|LM: a generation or a vintage written before a model, no maker
NOT_MAKER_FLAGS = ("m", "q", "d", "a", "b", "r", "t")
VINTAGE_RE = re.compile(r"[新老旧改]款|全新")


def _maker_models(text: str) -> list[tuple[str, str]]:
    """MAKER_MODEL_RE's (maker, model) pairs whose maker is written as a name (雷克萨斯UX)."""
    out = []
    for m in MAKER_MODEL_RE.finditer(text):
        tagged = words.tagged(text[: m.end(1)])
        if tagged and not tagged[-1][1].startswith(NOT_MAKER_FLAGS) and not VINTAGE_RE.search(tagged[-1][0]):
            out.append((m.group(1), m.group(2)))
    return out


ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,}[\u4e00-\u9fff]{2}")  # AMD处理器; not GPT-4, nor GUI alone


def latin_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(LATIN_NAME_RE.findall(text)))


def model_codes(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for m in MODEL_RE.findall(text) if not PERIOD_CODE_RE.fullmatch(m)))


def new_latin_names(question: str, text: str) -> tuple[str, ...]:
    """The products and codes `text` names in Latin letters (Docker Compose, ZIP64) that `question` does not write."""
    return tuple(n for n in latin_names(text) + model_codes(text) if n.lower() not in question.lower())


def _given_at(q: Question, text: str) -> int:
    """Where the sentence starts giving what the question asks for (最畅销的型号是|微星MPG
    B550…, asked 主板型号有哪些): the names after it are the answer, not what it is about;
    the sentence's end when it gives nothing so."""
    m = re.search(re.escape(q.head) + r"(?:是|为|包括|有|：|:)", text) if len(q.head) >= 2 else None
    return m.end() if m else len(text)


def _kind_named_at(q: Question, text: str) -> int:
    """Where the sentence writes a Latin name right before the kind a 什么X question asks (基于Intel 7工艺, asked
    什么制程工艺): that name is the answer, not what the sentence is about; the sentence's end when it writes none."""
    kind, where = asked_thing(q)
    named = latin_named(text, kind) if where == "after" else None
    return named.start() if named else len(text)


def latin_named(text: str, kind: str):
    """Where `text` writes a Latin name (and an aside) right before `kind`: Intel 7（又名10nm++）工艺 names a 工艺."""
    return re.search(r"[A-Za-z][A-Za-z0-9 .+\-]*(?:[（(][^（）()]{0,16}[）)])?" + re.escape(kind), text) if kind else None


def latin_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A product the question names in Latin letters (iPad) must be the one the sentence,
    or naming none, the last earlier sentence of its paragraph that names one, speaks of:
    iPhone's revenue is not iPad's. The same for a model code (x265 is not Tencent266) and
    for a model in capitals after its maker (雷克萨斯UX is not 雷克萨斯LBX)."""
    if q.english:
        return None
    text = chunk.text[a:b]
    given = _given_at(q, text)
    for find in (latin_names, model_codes):
        asked = [n.lower() for n in find(q.text)]
        if not asked:
            continue
        # naming nothing before the answer, the sentence speaks of what the one before it names
        own = find(text[:min(given, _kind_named_at(q, text))]) or (find(in_force(chunk, a, find)) if given == len(text) else ())
        # a name in capitals and the word after it the question writes too (MindFactory…AMD处理器; AMD处理器…而Intel处理器)
        shared = find is latin_names and any(m in text for m in ACRONYM_RE.findall(q.text))
        if own and not any(n.lower() in asked for n in own) and not shared:
            return Disagreement("name", find(q.text)[0], own[0])
    for maker, model in _maker_models(q.text):
        others = [m for mk, m in _maker_models(text) if mk == maker and m != model]
        if others and maker + model not in text:
            return Disagreement("name", maker + model, maker + others[0])
    return None


# units of an amount or a share a question may state as a condition (90%以上的学校,
# 500万元以上项目); counts (四个), times (14时) and model years (2024款) are not conditions
CONDITION_UNITS = ("%", "元")
# A question asking what or which (not how many) may name its answer by a count in digits (共举办了40场的是什么
# 活动, 建成120个的是哪类站点): a sentence without that count speaks of another thing of the article. Not a small
# count (哪3个方面: a list's size, which its items need not write), nor what numbers no amount (2024款, 第十届)
COUNT_CONDITION_MIN = 10
# (天正16年, 515年: a year; 5小时: a time) and not a figure glued to a noun, which names a thing (100米跑, 40毫米快炮)
NOT_COUNT_UNITS = ("款", "届", "期", "号", "代", "版", "代码", "位数", "年", "月", "日", "天", "周", "小时", "分钟", "秒", "岁", "世纪")
ORDINAL_BEFORE_RE = re.compile(r"第$")
COUNT_END_RE = re.compile(r"的|[，,、；;。？?]|$")


def _stated_count(q: Question, f: quantities.Quantity) -> bool:
    return (not q.english and q.kind != "quantity" and bool(f.unit) and f.unit not in NOT_COUNT_UNITS and f.value >= COUNT_CONDITION_MIN
            and re.match(r"\d", f.text) is not None and not ORDINAL_BEFORE_RE.search(q.text[: f.start])
            and COUNT_END_RE.match(q.text, f.end) is not None)


def figure_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A share or an amount the question states as a condition (就读于90%以上学生为…的学校)
    must be in the sentence: one stating another threshold (75%或更多) answers for that one.
    So must a count naming what a which-question asks (`_stated_count`), written in any form of its value."""
    text = words.normalise(chunk.text[a:b])
    for f in quantities.find_quantities(q.text):
        if f.unit in CONDITION_UNITS and words.normalise(quantities.without_qualifier(f.text)) not in text:
            return Disagreement("figure", f.text, "")
        if _stated_count(q, f) and not any(g.value == f.value and quantities.same_unit(g.unit, f.unit)
                                           for g in quantities.find_quantities(chunk.text[a:b])):
            return Disagreement("figure", f.text, "")
    return None


def _months(found: set[tuple[int, int]]) -> str:
    return "/".join(f"{x}-{y}月" if x != y else f"{x}月" for x, y in sorted(found))


def in_force(chunk: Chunk, a: int, find) -> str:
    """The last earlier sentence of the sentence's paragraph of which `find` finds anything:
    what a sentence naming none of a kind speaks of (美国7月CPI…。另外，核心CPI… is July's too).
    The one home of "read with the sentence before" for periods, organisations and names."""
    before = paragraph_before(chunk.text, a)
    for x, y in reversed(split_sentences(before)):
        if find(before[x:y]):
            return before[x:y]
    return ""


def _part_for_year(q: Question, own: str) -> Disagreement | None:
    """A target or plan asked for a figure, no month, quarter or half named: a sentence giving a figure of
    a part of a year (今年上半年…增长8.2%) gives what was done so far, not the year's aim, unless it
    also speaks of the whole year (一季度开门红，全年增长6%). A plan asked of no year (计划上市后每台卖多少钱)
    is no year's aim: a month of the sentence dates an event (2022年10月，…介绍了…); nor is an aim by a point the
    sentence writes (到2025年底…100多家 beside 今年2月开设首家门店)."""
    if q.english or q.kind != "quantity" or not TARGET_ASKED.search(q.text) or not YEAR_NAMED_RE.search(q.text) \
            or WHOLE_YEAR_RE.search(own) or any(m.group(0) in own for m in YEAR_POINT_RE.finditer(q.text)):
        return None
    found = periods.spans(own)
    return Disagreement("period", "全年", _months(found)) if found else None


def period_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A month, quarter or half year the question names (6月, 二季度, 上半年) must be one the
    sentence speaks of (or the earlier sentences of its paragraph), when it names any:
    July's figure is not June's, nor the January-July total. A sentence saying 本季度 speaks
    of the last quarter named before it. An English question's period is read in Chinese
    (`period_text`: in July -> 7月). A year's aim asked with no part of the year named
    (今年计划新增就业多少) is not a part of a year's figure (上半年，城镇新增就业678万人)."""
    asked = periods.spans(period_text(q.text))
    own = chunk.text[a:b]
    if not asked:
        return _part_for_year(q, own)
    if periods.spans(own) or not periods.THIS_QUARTER_RE.search(own):
        found = periods.spans(own) or periods.spans(in_force(chunk, a, periods.spans))
    else:  # 联想本季度的出货量…: the quarter named before, not a half year a plan names between
        found = periods.quarters(in_force(chunk, a, periods.quarters))
    if found and not found & asked:
        return Disagreement("period", _months(asked), _months(found))
    return None


RUNNING_RE = re.compile(r"累计|总计|已突破|已超|已达|突破")  # a total run up to now, not one period's
# a question asking such a total: a total to date as paraphrases reads it, or one up to a day named (截至2023年7月)
RUNNING_ASKED_RE = re.compile(f"{paraphrases.TO_DATE_ASKED.pattern}|截至|截止|总共|一共")

# 第一季度, 6月份, 上半年: how a question writes its period; an article may write it without 第 or 份
PERIOD_WORD_RE = re.compile(f"{periods.RANGE_RE.pattern}|{periods.QUARTER_RE.pattern}|{periods.HALF_RE.pattern}|{periods.MONTH_RE.pattern}")


def running_total(text: str) -> bool:
    """Does the sentence give a total run up to now (交付量已突破20万辆; 自…交付，至今已有11个月，交付量已超过20万辆)
    and no figure of that total's unit before its running word? One that does (批发量为201.7万辆，环比下降10%，
    今年以来累计批发1308.5万辆) gives a period's figure first, the running total after it."""
    m = RUNNING_RE.search(text)
    if not m:
        return False
    figures = quantities.find_quantities(text)
    total = next((f for f in figures if f.start >= m.end()), None)
    return total is None or not any(f.end <= m.start() and f.unit == total.unit for f in figures)


def unwritten_period(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """An answer's stricter reading (`subject.agreeing`; a claim checked is read by `period_disagreement` alone): a
    figure question's period, when its sentence and paragraph name none, must be written somewhere in its article
    (its header line or passage). A running total (交付量已突破20万辆) or another story of a digest is not the
    quarter's or the month's figure."""
    asked = periods.spans(period_text(q.text))
    if q.english or q.kind != "quantity" or not asked or periods.spans(chunk.text[a:b]) or periods.spans(in_force(chunk, a, periods.spans)):
        return None
    article = f"{chunk.title} {chunk.text}"
    written = periods.spans(article)
    if any(x <= d and c <= y for x, y in asked for c, d in written):  # 上半年 holds 6月
        return None
    # an article writing no period at all is dated by its publication, which a question's period often comes from
    # (2023年8月…支付了多少 of a story printed that month); there only a running total (已突破20万辆) is no period's
    if not written and (RUNNING_ASKED_RE.search(q.text) or not running_total(chunk.text[a:b])):
        return None
    if any(m.group(0).lstrip("第").rstrip("份") in article for m in PERIOD_WORD_RE.finditer(q.text)):
        return None  # written where the span reader does not take it (从1月份的210%跌至…)
    return Disagreement("period", _months(asked), "")
