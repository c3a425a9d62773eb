"""Figure scope: the period or the kind of thing a figure covers, against the question's.

A figure of the right measure may still cover another span or another kind than asked (a
charge per day for one asked per quarter is answer/rates.py's): a running total for one month's
figure (7月份的总销量; 累计销量达11077台), a count of a sibling kind (多少个历史文化名村; 15个
历史文化名镇), or a figure whose own clause writes another value of a slot the question
fills: a condition (亿元以上项目 for 10亿元以上项目), a period (3月的1.2万辆 for 第一季度), a
level (省级 for 国家级), or another word where the question writes its own (1.5T发动机的最大功率 for
2.0T's: answer/rival_words.py). Over one store of many documents another article's or another
clause's figure sharing the question's words is near at hand; over each set's own store
these were found only where the documents are the same. `siblings.designator_figure_disagreement`
runs these after its own checks.
"""

from __future__ import annotations

import re

from assistant.answer import dimensions, joined_counts, measured_at, modifier_rivals, rival_words, wider_group
from assistant.answer.counted_kind import counted_disagreement, measured_disagreement, sibling_count_disagreement
from assistant.query.english_periods import period_text
from assistant.query.question import Question
from assistant.text import periods, quantities, words, years
from assistant.text.sentences import clause_at, split_clauses

# A running total (累计销量达11077台) is not the figure of the one month or quarter a question
# names (7月份的总销量) unless it asks one too (累计, 截至, 以来, 1-7月, 前七个月)
ASKED_PERIOD_RE = re.compile(r"(?<![0-9至到\-~])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?(?![0-9一二三四五六七八九十]{1,2}日)|季度|上半年|下半年|单月|当月|本月")
ASKED_TOTAL_RE = re.compile(r"累计|累积|截至|截止|以来|至今|迄今|共计|总计|一共|先后|[0-9一二三四五六七八九十]\s*[-~至到]|前[0-9一二三四五六七八九十]{1,2}个?月|历年|历史")
RUNNING_RE = re.compile(r"(?:累计|累积)[^，。；,;]{0,12}$")


def running_total_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure its clause calls a running total (累计…达) for a question asking one period's."""
    if not ASKED_PERIOD_RE.search(q.text) or ASKED_TOTAL_RE.search(q.text):
        return ""
    clause = re.split(r"[，。；,;]", text[: f.start])[-1]
    if RUNNING_RE.search(clause):
        return "a running total, not the period's figure"
    return ""


def scope_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """Why figure `f` covers another period or kind than asked ('' when it may not)."""
    return (running_total_disagreement(q, text, f) or dimensions.project_total_disagreement(q.text, text, f)
            or counted_disagreement(q, text, f) or measured_disagreement(q, text, f)
            or state_disagreement(q, text, f)
            or sibling_count_disagreement(q, text, f) or condition_disagreement(q, text, f) or threshold_disagreement(q, text, f)
            or own_period_disagreement(q, text, f) or own_year_disagreement(q, text, f) or level_disagreement(q, text, f)
            or variant_disagreement(q, text, f) or before_after_disagreement(q, text, f) or measured_at.disagreement(q, text, f)
            or rival_words.rival_disagreement(q, text, f) or joined_counts.joined_disagreement(q, text, f)
            or rival_words.code_disagreement(q, text, f) or rival_words.place_disagreement(q, text, f)
            or rival_words.purpose_disagreement(q, text, f) or modifier_rivals.disagreement(q, text, f)
            or wider_group.disagreement(q, text, f) or item_disagreement(q, text, f))


# 2023年以来, 2023年上半年, 2023年1-9月: a named year's part or a run from it, not the year recounted whole
YEAR_PART_AFTER = re.compile(r"\s*(?:以来|来|[上下]半年|前|[一二三四第1-4]季度|\d{1,2}月|[一二三四五六七八九十]{1,2}月|初|底|末)")


def named_year_account(chunk, a: int) -> bool:
    """Does the sentence at `a` of `chunk` stand in an account its article dates by a named whole year (2023年，全县…;
    the chunk's year in force with no year in its title to count a relative one from)? Its 截至目前 is then the
    writer's now within that year's account, not the asker's 今年: the named year says whose figure it is."""
    before = chunk.text[:a]
    found = [m for m in quantities.YEAR_CONTEXT_RE.finditer(before)  # not 比2022年, 2022年同期: a basis (year_in_force)
             if not (m.group(1) and (quantities.BASIS_BEFORE_RE.search(before, 0, m.start()) or before.startswith(("同期", "相比"), m.end())))]
    if found:
        last = found[-1]
        return bool(last.group(1)) and not YEAR_PART_AFTER.match(before, last.end())
    return bool(chunk.year) and not years.title_year(chunk.title)


# 新建甲馆3个、乙站5处: an enumeration of items, each a noun and its figure, joined by 、
ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _item_head(text: str) -> str:
    """The noun right before a figure (甲乙收集箱 -> 收集箱): what the figure counts; '' for none."""
    tagged = words.tagged(text)
    return tagged[-1][0] if tagged and tagged[-1][1] == "n" and len(tagged[-1][0]) >= 2 else ""


def item_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """In an enumeration 增设甲类乙桶6750个、丙类丁箱260个 each figure belongs to the noun right before it: a
    figure whose noun the question does not write, when another item's noun it does, counts that other item."""
    if q.english:
        return ""
    found = quantities.find_quantities(text)
    at = next((i for i, g in enumerate(found) if g.start == f.start), None)
    if at is None:
        return ""
    run = [at]  # the items joined to this one by 、 on either side
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(found):
            a, b = (found[i + step], found[i]) if step < 0 else (found[i], found[i + step])
            if not (text.startswith("、", a.end) and ITEM_RE.fullmatch(text, a.end + 1, b.start)):
                break
            i += step
            run.append(i)
    if len(run) < 2:
        return ""
    heads = {}
    for i in run:
        g = found[i]
        start = found[i - 1].end + 1 if i - 1 in run else clause_at(split_clauses(text), g.start, len(text))[0]
        heads[i] = _item_head(text[start : g.start])
    own = heads[at]
    others = [h for i, h in heads.items() if i != at and h and h != own]
    if own and own not in q.text and any(h in q.text for h in others):
        return f"it counts {own}, not {next(h for h in others if h in q.text)}"
    return ""


# A value before a change and the value after it in one sentence (每月为399新台币，此前为269新台币;
# 原价2999元，现价2499元): the earlier one is marked (此前, 原价), the other is the current one
CHANGES = r"(?:涨价|降价|提价|调价|调整|上调|下调|改革|变动|升级)"
EARLIER_ASKED_RE = re.compile(CHANGES + r"(?:之|以)?前|此前|之前|以前|原来|原先|原本|原价")
LATER_ASKED_RE = re.compile(CHANGES + r"(?:之|以)?后|现在|目前|最新|如今|现价")
EARLIER_MARK_RE = re.compile(r"此前|之前|以前|原来|原先|原本|原价|原为|" + CHANGES + r"(?:之|以)?前")


def before_after_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The value after a change for a question asking the one before it (涨价前每月多少), or the
    earlier value for one asking the current: only when the sentence marks one of two figures of
    the same unit as the earlier."""
    earlier, later = EARLIER_ASKED_RE.search(q.text), LATER_ASKED_RE.search(q.text)
    if bool(earlier) == bool(later) or not f.unit:
        return ""
    marked = {g.start: EARLIER_MARK_RE.search(_lead(text, g)) is not None
              for g in quantities.find_quantities(text) if g.unit == f.unit}
    if len(set(marked.values())) < 2:
        return ""
    if earlier and not marked[f.start]:
        return "it is the value after the change, not before"
    if later and marked[f.start]:
        return "it is the value before the change"
    return ""


# A state the question states as a clause (放倒后排座椅后, 满载时, 低温环境下): a sentence writing that
# clause gives that state's figure after it; a figure in a clause before it is another state's
# (后备厢常规状态下容积为448升，放倒后排座椅后，容积可扩展到1422升)
STATE_CLAUSE_RE = re.compile(r"[^，。；：,;:]{4,16}(?:后|时|下)(?=[，,])")


def state_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure written in a clause before the clause stating the question's state, when a
    figure follows that clause (the state's own)."""
    for m in STATE_CLAUSE_RE.finditer(text):
        state = next((m.group(0)[i:] for i in range(len(m.group(0)) - 4) if m.group(0)[i:] in q.text), "")
        if not state or m.start() < f.end:
            continue
        if any(g.start > m.end() and g.unit and g.unit == f.unit for g in quantities.find_quantities(text)):
            return f"it is before {state}: another state's"
    return ""


def _lead(text: str, f: quantities.Quantity) -> str:
    """The words of the figure's clause before it: where its own condition and period are written."""
    a, _ = clause_at(split_clauses(text), f.start, len(text))
    return text[a : f.start]


# A figure the question sets as a condition of what it asks (10亿元以上项目, 90%以上的学校)
CONDITIONS = ("以上", "以下", "以内")
LEADING_NUMBER_RE = re.compile(r"^(?:[0-9.,]+|[零〇一二两三四五六七八九十百千]+)")


def condition_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure whose clause writes the question's condition with another value or none counts
    another set of things: 力争新签约亿元以上项目不低于50个 for 10亿元以上项目 (its clause says
    亿元以上), 5亿元以上项目8个 for the same; 10亿元以上项目不低于10个 states it."""
    lead = _lead(text, f)
    for g in quantities.find_quantities(q.text):
        # a condition qualifies what follows it (项目, 的学校); 第 makes an ordinal
        if g.qualifier not in CONDITIONS or q.text[g.start - 1 : g.start] == "第" \
                or not re.match(r"[\u4e00-\u9fff]", q.text[g.end : g.end + 1]) or f.agrees(g):
            continue
        found = quantities.find_quantities(lead)
        if any(h.agrees(g) for h in found):
            continue
        tail = LEADING_NUMBER_RE.sub("", g.text)  # 亿元以上
        other = next((h.text for h in found if h.unit == g.unit and h.qualifier == g.qualifier), "")
        if other or (len(tail) > len(g.qualifier) and tail in lead):
            return f"it is of {other or tail}, not {g.text}"
    return ""


THRESHOLD_ASKED = re.compile(r"(?:多少|几)[^，,。？?]{0,4}(?:以上|以下|以内)")


def threshold_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """500万元以上重点项目86个: a figure with 以上 right before a noun names a class of things by a
    threshold; it measures nothing, and answers only a question asking the threshold (多少万元以上).
    A noun the question asks of is what the figure measures (达到6.5米以上路基宽度, 路基宽度 asked); so is
    水平, a level the figure is kept at (产量稳定在3亿斤以上水平)."""
    after = words.tagged(text[f.end : f.end + 4])[:1]
    if f.qualifier not in CONDITIONS or THRESHOLD_ASKED.search(q.text) or not any(n.startswith("n") for _, n in after):
        return ""
    if after[0][0][:2] in q.text or after[0][0] == "水平":
        return ""
    return f"{f.text} is a threshold of what follows it"


# the words that make a period named before a figure its baseline (比3月, 从3月): still that
# figure's own period (从3月的1.2万辆提升到7月的2万辆: 1.2万辆 is March's)
BASELINE_WORDS_RE = re.compile(r"相较于|相比于?|环比|同比|比|较|自|从")


def own_period_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A month, quarter or half year written in the figure's clause between the figure before
    it and the figure is the figure's own: another than asked (3月的1.2万辆 for 第一季度, 7月的2万辆
    for 6月) is another period's figure, whatever the sentence's other clauses speak of."""
    period, lead = period_text(q.text), _lead(text, f)  # an English question's too (in Q1 -> 第一季度)
    asked, wanted, own_quarter = periods.spans(period), periods.relative_quarter(period), periods.relative_quarter(lead)
    if wanted and own_quarter and own_quarter != wanted:  # 本季度的2.28% for 上季度的故障率, and the other way round
        return f"it is the figure of {own_quarter} quarter, not the {wanted} one"
    if not asked:
        return ""
    before = [g.end for g in quantities.find_quantities(lead)]
    own = BASELINE_WORDS_RE.sub(" ", lead[max(before, default=0) :])
    if before:  # 1.2万辆提升到7月的2万辆: past a figure, 到 ends no range of months
        own = re.sub(r"[至到]", " ", own)
    own = periods.spans(own)
    if own and not own & asked:
        said = "/".join(f"{x}-{y}月" if x != y else f"{x}月" for x, y in sorted(own))
        return f"it is the figure of {said}"
    return ""


# A year, or a run of years (2021-2025年), written between the figure before and this one is this
# one's (到2024年，…达到1000亿美元，2025年将达到1350亿美元: 1000亿美元 is 2024's); a year a figure is
# compared with or counted from (比2022年, 2022年同期, 自2015年以来) or the date of an event (2023年8月18日)
# is none, and a relative year after it (今年) leaves the year unknown
YEAR_MENTION_RE = re.compile(r"(?<!\d)(?:((?:1[89]|20)\d\d)\s*年?\s*(?:-|－|—|–|~|～|至|到)\s*)?((?:1[89]|20)\d\d)\s*年"
                             r"|今年|明年|去年|上年|本年")
YEAR_REFERENCE_BEFORE_RE = re.compile(r"(?:比|较|相较于|相比于?|同比|环比|自|从|与|和)$")
YEAR_REFERENCE_AFTER_RE = re.compile(r"同期|以来|之前|以前|起|开始|至今|相比|相较|水平|底以来|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日")


def own_year_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """The year written last between the figure before and this one, another than the year(s)
    the question asks: that year's figure, not the asked year's."""
    if not q.years or q.english:
        return ""
    mentions = list(YEAR_MENTION_RE.finditer(text, 0, f.start))
    taken = [(m.start(), m.end()) for m in mentions]
    previous = quantities.previous_end(text, f.start, taken)  # 2021 of 2021-2025年 is no figure
    last = next((m for m in reversed(mentions) if m.start() >= previous), None)
    if not last or not last.group(2) or YEAR_REFERENCE_BEFORE_RE.search(text[: last.start()]) \
            or YEAR_REFERENCE_AFTER_RE.match(text, last.end()):
        return ""
    first, end = int(last.group(1) or last.group(2)), int(last.group(2))
    if any(first <= int(y) <= end for y in q.years):
        return ""
    return f"it is the figure of {last.group(0)}"


# The level of what is counted (国家级, 省级以上, 市级, 4A级): one slot with several values
LEVEL_RE = re.compile(r"(?:国家|省|市|县|区|乡|镇|村|[0-9A-Z]{1,5}|[一二三四五])级(?:以上|以下)?")


def level_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure whose clause names another level of what the question counts at one level:
    新认定省市级“专精特新”中小企业10户以上 for 国家级专精特新企业, 省级20户 for 国家级."""
    asked = {m.group(0) for m in LEVEL_RE.finditer(q.text)}
    own = {m.group(0) for m in LEVEL_RE.finditer(_lead(text, f))}
    if asked and own and not asked & own:
        return f"it is of {'/'.join(sorted(own))}, not {'/'.join(sorted(asked))}"
    return ""


# A name written in Latin letters (Model 3, Mate 60 Pro) and the variant its clause writes right
# after it (Model 3性能版, Model Y长续航版): the variant's figure, not the model's. Letters glued
# to a number are its unit (64GB翻新版, 1.5L): a size, which the code checks read (rival_words)
LATIN_NAME_RE = re.compile(r"(?<![0-9.A-Za-z])[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z0-9\-]+)*")
VARIANT_AFTER_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,5}?[版款])")


def variant_disagreement(q: Question, text: str, f: quantities.Quantity) -> str:
    """A figure whose clause names a variant of the model asked that the question does not
    (Model 3性能版降幅高达14% for how much Model 3's price fell)."""
    lead = _lead(text, f)
    for name in LATIN_NAME_RE.findall(q.text):
        for m in re.finditer(re.escape(name) + r"(?![A-Za-z0-9])", lead, re.IGNORECASE):
            variant = VARIANT_AFTER_RE.match(lead, m.end())
            # 翻新版 is named by a question writing 翻新 (the word without 版/款)
            if variant and variant.group(1) not in q.text and not (len(variant.group(1)) > 2 and variant.group(1)[:-1] in q.text):
                return f"it is of {name}{variant.group(1)}"
    return ""
