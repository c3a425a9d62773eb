"""Whether the clause cut for an English figure question holds the figure asked, read against
the question's own frame words and against the other figure clauses of its sentence.

An English question reaches the Chinese text through dictionary translations, and its scorers
(the rules on translated words, the learned scorer, the encoder) weigh a sentence as a whole: a
sentence that holds the figure asked among others gave the figure of the wrong clause. The
frames an English question sets and the Chinese clause must keep:

- a current level (current, now, existing, so far) is no plan: 将达成300万辆 is the future one;
- a single item's figure (a single, the highest, each) is no total: 成交总额 sums them;
- a part of a group (how many of the apps examined) is not the number examined (对70个…的研究);
- a difference (how much longer than its predecessor) is stated after its comparison (相比前代…,
  其中长度97毫米), never by a level that comes before any (长宽高分别为…);
- a part of a whole (a company's consumer products business) is named by its sentence: the
  company's total revenue is not the part's;
- what is counted: the noun after a count's measure word (两种动力选择 for "how many versions")
  is what it counts; another figure clause of the same sentence naming more of the things a
  how-many question counts (远程病理诊断2183例 for "remote pathology diagnoses", against
  会诊323人次) holds the figure asked, not the cut one.

A name asked (a speech's title, a principle, an operating model) is quoted by the text.
Refusing is the remedy: a wrong answer is worse than none. No document's words.
"""

from __future__ import annotations

import re

from assistant.answer.english_counts import (counts_modifier, designation_for_count, holding_for_act, major_count, ordinal_for_count,
                                             rate_for_count, stock_for_flow, sum_for_count, through_listed_modifier, ORDINAL_EN)
from assistant.answer import english_acts
from assistant.answer.english_answers import runner_up, unanswered
from assistant.answer.english_dimensions import unit_missing
from assistant.answer.english_frames import unframed
from assistant.answer.english_parts import PART_OF_EN, disagreement as part_disagreement
from assistant.answer.english_scope import (CLAUSE_RE, EMPTY_CHARS, ITEM_RE, NAME_END_ZH, NAME_RE, counted_unnamed, noun_before,
                                           other_measure, other_measure_word, other_place, sibling_clause, world_for_place)
from assistant.answer.english_slot import unfilled
from assistant.query.english_phrases import COUNTED_EN_RE, PART_EN_RE
from assistant.query.question import Question
from assistant.text import directions, quantities
from assistant.text.indicators import CLASSIFIERS


# "current", "existing", "so far", "now": the level reached, not a plan's
CURRENT_EN = re.compile(r"\b(?:current(?:ly)?|existing|at present|presently|so far|to date|now)\b", re.IGNORECASE)
# a question that asks a plan itself reads the plan's words as what it asks
FUTURE_EN = re.compile(r"\b(?:will|plans?|planned|expects?|expected|aims?|target(?:s|ed)?|forecasts?|projected|by 20\d\d)\b",
                       re.IGNORECASE)
# words of a plan or forecast before the figure in its clause (将达成, 预计, 力争, 有望)
FUTURE_ZH = re.compile(r"将|预计|预期|计划|有望|力争|目标|拟|规划|争取")

# one item's figure: a single one, the highest, each one's
SINGLE_EN = re.compile(r"\b(?:single|individual|each|per|highest|maximum|max|largest|biggest)\b", re.IGNORECASE)
TOTAL_EN = re.compile(r"\b(?:total|combined|altogether|overall|cumulative(?:ly)?|in all|sum)\b", re.IGNORECASE)
TOTAL_ZH = re.compile(r"总额|总计|累计|合计|总共|共计|总价|总量|总成交|总和|共(?=[向对为给从])")  # 共向463户收取: from all of them

# a part of a group (english_parts.PART_OF_EN) is not the number examined (对70个…的研究)
EXAMINED_ZH = re.compile(r"对[^，,。；;]{0,6}\d[^，,。；;]*?(?:研究|调查|检测|抽检|抽查|检查|测试|分析|评估|审查)")

# how much longer / more / higher than (or compared with) another: a difference
DIFFERENCE_EN = re.compile(
    r"\bhow (?:much|many)\s+(?:[a-z]+er|more|less|fewer)\b(?=.*\b(?:than|compared|predecessor|previous|last|before|earlier)\b)"
    r"|\b(?:compared (?:with|to)|than (?:its|the|their) (?:predecessor|previous))\b.*\bhow (?:much|many)\s+(?:[a-z]+er|more|less|fewer)\b",
    re.IGNORECASE)
COMPARISON_ZH = re.compile(r"相比|相较|较(?!为|好|大|多|少|高|低|强|弱)|比(?!例|重|率|赛|较|如)|同比|环比|增加|增长|提升|提高|加长|多出|超出|"
                           r"减少|缩短|降低|下降|高出|低出|上涨|下跌|多了|长了|少了")


def clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of a sentence, cut at its punctuation."""
    return [m.span() for m in CLAUSE_RE.finditer(text)]


def items(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of a sentence and of the items an enumeration lists in one (新增2个…中心、3处…食堂)."""
    return [m.span() for m in ITEM_RE.finditer(text)]


def _held(groups, text: str) -> int:
    """How many of `groups` (an English question's counted words, translated) `text` holds a
    word of two or more characters from: a single character (车 for machine) is held by chance."""
    return sum(1 for g in groups if any(len(t) > 1 and t in text for t in g))


HAN_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _counts_another(q: Question, cut: str) -> str:
    """Whether every figure of the clause counts a thing other than the one a how-many question
    counts: the noun after its measure word (两种动力选择, 5个科技成果), or before a count that ends its clause
    (学校4所), holds no word, of any length, of the counted ones, nor does the figure's own unit (24小时 for "how
    many hours"). A unit the
    question names (how many people: 人) is the units check's. A part of a whole asked (its sock and textile sector,
    `english_phrases.PART_EN_RE`) is no count: what follows a figure of it (300亿级目标) is not what it counts."""
    if not q.counted or q.unit or not COUNTED_EN_RE.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    # a clause holding several counts (甲县300名选手参加第五届…) holds the one asked when any of them counts it
    why = [_count_of_another(q, cut, f) for f in found]
    return why[-1] if why and all(why) else ""


def _count_of_another(q: Question, cut: str, f) -> str:
    """`_counts_another` for one figure `f` of the clause `cut`."""
    after = cut[f.end :].lstrip("的“‘\"《「")  # 9个“一次办好”专窗: a quoted name opens the noun counted
    before = not HAN_RE.search(after) and f.unit in CLASSIFIERS  # 学校4所 ends its clause: the noun before is counted
    after = noun_before(cut, f) if before else after
    words = [t for g in q.counted for t in g]
    if not f.unit and (why := major_count(q, after, f.text, words)) is not None:
        return why
    # a figure whose measure word the reader does not know (860例, 277基) is followed by that word; a noun before
    # it is the one asked when its head is (标牌 for 路牌: signs)
    if not f.unit or not HAN_RE.match(after[:2]) or any(t in after or t in f.text or before and t[-1] == after[-1] for t in words):
        return f"{f.text} counts {after}" if f.unit and before and HAN_RE.match(after[:2]) and counts_modifier(q.counted, after) else ""
    return f"{f.text} counts {after}"


# a count of listed things: the general measure words (项, 个, 件, 条, 种, 类, 方面) count tasks, measures, aspects
LISTED_UNITS = frozenset("项个件条种类")
NUMBER_ASKED_EN = re.compile(r"\bhow many\b|\bnumber of\b|\bcount of\b", re.IGNORECASE)


def _listed_for_amount(q: Question, cut: str) -> str:
    """Whether a question asking a measure's amount or target, no count and no unit (what job creation target, how much
    revenue), is answered by a count of listed things (抓好四项重点工作, 从三个方面发力): such a count says how many
    tasks or aspects a plan names, never the measure's amount; unless the noun it counts is one of the question's
    words (创造5000个就业岗位 counts the jobs asked). The Chinese pick reads so by its head check (figures.pick_figures)."""
    if q.unit or NUMBER_ASKED_EN.search(q.text):
        return ""
    found = quantities.find_quantities(cut)
    if not found or found[-1].unit not in LISTED_UNITS:
        return ""
    f = found[-1]
    after = cut[f.end :].lstrip("的")
    # the word right after the measure word names what is counted (四项重点工作: 重点, a kind of task; 个方面): a
    # word of the question there (5000个就业岗位 for jobs) counts the thing asked; a later one (工作 for job) does not
    if not HAN_RE.match(after[:2]) or any(len(t) > 1 and after.startswith(t) for g in q.groups for t in g):
        return ""
    return f"{f.text}{after} counts listed things, not an amount"


# "how long in total", "how many … altogether": the sum of several, written 总/共/累计/合计/全长 where a text gives it
ADVERB_TOTAL_EN = re.compile(r"\b(?:in total|altogether|combined|in all)\b", re.IGNORECASE)
TOTAL_WRITTEN_ZH = re.compile(r"总|共|累计|合计|全长|全程|全线|全部|一共|加起来|两者|二者|合并")
# "which typhoon of the year, by number": an ordinal (第6号), not another number the thing bears (编号2306)
ORDINAL_ZH = re.compile(r"第\s*[\d一二三四五六七八九十百零〇两]+")


def _writes(senses: tuple[str, ...], before: str, cut: str) -> bool:
    """Whether a modifier, given by its `senses` (its English word first), is written: one of them whole in its
    sentence up to the figure (`before`), or a character of a short one (three characters at most) in the clause
    `cut` (城镇 for urban, whose senses are 城市 and 市区; 肉牛 for beef, 牛肉; 整车 for complete, 完整), or the
    English word in Latin letters (BMW)."""
    if any(t in before for t in senses[1:]) or senses[0].lower() in before.lower():
        return True
    return any(c in cut for t in senses[1:] if len(t) <= 3 for c in t if c not in EMPTY_CHARS)


def _other_kind(q: Question, before: str, cut: str) -> str:
    """Whether the figure's clause `cut` (its sentence up to the figure: `before`) fails to write a modifier of
    the thing the figure is asked of (`Question.modifiers`: pure, electric of "pure electric cars"; smart, sock
    of "smart sock machines"): 混动汽车的税率 is another kind's rate, 出租车274辆 another thing's count."""
    missing = [g[0] for g in q.modifiers if not _writes(g, before, cut)]
    return f"the figure's thing is not {' '.join(missing)}" if missing else ""


# "How much investment has the park received": 合同投资额85亿元 names the investment asked and a word the question
# does not write (合同), beside 实际投资到位额23亿元, another figure of the same investment named otherwise; the
# question's words cannot tell the two apart, and the one whose name ends on the head (投资额) only looked closer
MEASURE_CHARS = "额量数值总"


def _unasked_name(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut figure's name (the Chinese run before it in its clause) writes the question's head and a
    word of two characters or more the question's words do not reach, while another figure clause of the
    sentence writes the same head without that word."""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    m = NAME_RE.search(cut[: found[0].start]) if found else None
    name = NAME_END_ZH.sub("", m.group()) if m else ""
    head = next((t for t in sorted(q.head_group, key=len, reverse=True) if len(t) > 1 and t in name), "")
    # a name holding another word of the question (地方级财政收入增长 for "growth in local-level fiscal revenue")
    # is told apart by it, whatever else it writes
    if not head or any(len(t) > 1 and t in name for g in q.groups if g != q.head_group for t in g):
        return ""
    # the longest run of the name no word of the question covers (起售价格: 售价 and 价格 cover all but 起)
    covered = [False] * len(name)
    for term in (t for t in q.terms if len(t) > 1):
        for m in re.finditer(re.escape(term), name):
            covered[m.start() : m.end()] = [True] * len(term)
    runs = "".join(c if not done else " " for c, done in zip(name, covered)).split()
    extra = max((r.strip(MEASURE_CHARS) for r in runs), key=len, default="")
    if len(extra) < 2:
        return ""
    for start, end in clauses(sentence):
        other = sentence[start:end]
        if (end <= a or start >= b) and head in other and extra not in other and quantities.find_quantities(other):
            return f"{name} and {other}: the question's words name neither ({extra} is not asked)"
    return ""


# the way a change asked goes: a clause writing only a fall (下跌18%) does not give the rise asked (text/directions)
RISE_EN = re.compile(r"\b(?:rise|rose|risen|rising|increased?|grow|grew|grown|growth|gain(?:ed)?|climb(?:ed)?|went up)\b", re.I)
FALL_EN = re.compile(r"\b(?:fall|fell|fallen|falling|drop(?:ped)?|declined?|decreased?|shrink|shrank|went down)\b", re.I)


def _other_way(q: Question, cut: str) -> bool:
    way = (1 if RISE_EN.search(q.text) else 0) - (1 if FALL_EN.search(q.text) else 0)
    return bool(way) and directions.written(cut, -way) and not directions.written(cut, way)


def disagreement(q: Question, sentence: str, a: int, b: int) -> str:
    """Why the clause `sentence[a:b]` (the cut answer, positions within its sentence) does not
    hold the figure English question `q` asks; '' when nothing says so."""
    if not q.english or q.kind != "quantity":
        return ""
    cut = sentence[a:b]
    if CURRENT_EN.search(q.text) and not FUTURE_EN.search(q.text) and _before_figure(FUTURE_ZH, cut):
        return "a plan's figure for a current level"
    if SINGLE_EN.search(q.text) and not TOTAL_EN.search(q.text) and TOTAL_ZH.search(cut):
        return "a total for one item's figure"
    if PART_OF_EN.search(q.text) and EXAMINED_ZH.search(cut):
        return "the number examined for a part of them"
    if DIFFERENCE_EN.search(q.text) and not COMPARISON_ZH.search(sentence[:b]):
        return "a level for a difference"
    # a part of a whole (a company's consumer products business): its sentence names the part (or writes it: Reality Labs部门)
    if q.counted and not COUNTED_EN_RE.search(q.text) and (part := PART_EN_RE.search(q.text)) and not _held(q.counted, sentence) \
            and part.group(1).lower() not in sentence.lower():
        return "the sentence does not name the part asked"
    counted = through_listed_modifier(sentence, a, b)  # the cut, read on to the noun it counts
    if (why := _counts_another(q, counted) or ordinal_for_count(q, cut) or sum_for_count(q, cut) or _listed_for_amount(q, cut)
            or holding_for_act(q, cut) or designation_for_count(q, cut) or stock_for_flow(q, cut) or rate_for_count(q, cut)):
        return why
    if (why := _other_kind(q, sentence[:a] + counted, counted) or _unasked_name(q, sentence, a, b) or other_measure(q, sentence, a, b)
            or sibling_clause(q, sentence, a, b) or other_place(q, sentence, a, b) or counted_unnamed(q, sentence, a, b)
            or part_disagreement(q, sentence, a, b) or world_for_place(q, sentence, b) or unit_missing(q, cut)
            or other_measure_word(q, sentence, a, b)):
        return why
    if ADVERB_TOTAL_EN.search(q.text) and not TOTAL_WRITTEN_ZH.search(sentence[:b]):
        return "a part's figure for a total"
    if _other_way(q, cut):
        return "a change the other way than the one asked"
    if ORDINAL_EN.search(q.text) and not ORDINAL_ZH.search(cut):
        return "no ordinal for a question asking one by number"
    own = _held(q.counted, cut)
    if own == len(q.counted):
        return ""
    for start, end in items(sentence):  # an item of the same enumeration counts a sibling thing
        other = sentence[start:end]
        if (end <= a or start >= b) and quantities.find_quantities(other) and _held(q.counted, other) > own:
            return f"another clause names more of what is counted: {other}"
    return ""


def _before_figure(pattern: re.Pattern, text: str) -> bool:
    """Whether `pattern` occurs in `text` before its first figure."""
    found = quantities.find_quantities(text)
    head = text[: found[0].start] if found else text
    return bool(pattern.search(head))


def draft_disagreement(q: Question, draft) -> str:
    """`disagreement` for the first part of an extractive draft (its clause, within its sentence)."""
    if draft is None or not draft.parts:
        return ""
    part = draft.parts[0]
    lo, hi = part.sentence.quote_span  # the whole sentence when the unit scored is one clause of it
    lo, hi = min(lo, part.a), max(hi, part.b)
    return disagreement(q, part.sentence.chunk.text[lo:hi], part.a - lo, part.b - lo)


# "What is the title of the speech", "what principle will the district uphold", "under what
# operating model": a name the text writes in quotation marks (以“…”为题, 坚持“…”理念, 以“…”模式)
NAMED_EN = re.compile(r"\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:[a-z-]+\s+)?(?:title|slogan|motto|theme|principle|philosophy)\b"
                      r"|\b(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?(?:operating|business|development|growth|cooperation|management"
                      r"|governance|service)\s+(?:model|mode)\b", re.IGNORECASE)
QUOTED_RE = re.compile(r"“[^”]{4,}”|《[^》]{2,}》|\"[^\"]{4,}\"|「[^」]{4,}」")


def unquoted(q: Question, texts: list[str]) -> bool:
    """Whether an English question asks a name the text quotes (`NAMED_EN`) and none of the
    answer's `texts` quotes one: a dateline or a photo caption near the words asked is no title
    (“中央社”, three characters, is an agency's name, not a title)."""
    return bool(NAMED_EN.search(q.text)) and not any(QUOTED_RE.search(t) for t in texts)


def checked(q: Question, draft):
    """`draft`, at support 0 when its clause does not hold the figure asked (`draft_disagreement`),
    it quotes no name a question asks (`unquoted`), writes no thing of the kind asked (`english_slot.unfilled`) or
    does not say what the subject of a modal question must do (`english_frames.unframed`), holds no figure a
    figure question asks, names no one but a credit, or no name asked (`english_answers.unanswered`), or
    gives only a runner-up for who won (`english_answers.runner_up`), or no end for when a thing ends (`english_acts.unended`)."""
    texts = [p.sentence.chunk.text[p.a : p.b] for p in draft.parts] if draft is not None else []
    if draft is not None and draft.parts and (draft_disagreement(q, draft) or unquoted(q, texts) or unfilled(q, texts)
                                            or unframed(q, texts) or unanswered(q, texts) or english_acts.unended(q, texts)
                                            or runner_up(q, [p.sentence.text for p in draft.parts])):
        draft.support = 0.0
    return draft
