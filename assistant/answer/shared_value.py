"""哪些/哪几 questions stating a value or condition their items share: 预期增长6%左右的是哪两项指标, 哪几项任务的量都是
800户, 哪几项指标的增幅超过了25%, 要求做到“应收尽收”的有哪些. A report says the value of each item in its own clause,
often sections apart (…社会消费品零售总额增长6%左右… in its targets, …规上工业增加值增长6%左右 in its section on industry), so the
list readers, which read one enumeration, give its first item only. Here every clause of the document that holds the
value (or meets the condition) is gathered, and the thing it says it of (the indicator or task named before the
figure, else the counted thing after it, else the opening of the clause before: 工业投资完成12.4亿元，增长33%) is
one item. A count the question states (哪两项) must be met, and every item must be readable, else no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.article_store import article_chunks
from assistant.text import quantities, words

SUPPORT = 0.9  # every item is a clause writing the value asked: nothing left to weigh
MAX_ITEMS = 8  # a value shared by more clauses than this is no list a question asks for
MAX_SECTIONS = 40  # sections of one document read on either side of the one the value is found in
# the figure is the value asked when it closes the question or its clause (量都是800户？, 增长6%左右的是哪两项):
# one followed by a noun (52公里管网管线, 10个民生项目) names the group, not what each item holds
VALUE_END_RE = re.compile(r"\s*(?:的|[？?，,。！!]|$)")
GREATER_RE = re.compile(r"(?:超过|高于|大于|多于|逾|突破|超)了?$")
LESS_RE = re.compile(r"(?:低于|少于|不到|不足|不超过|不高于|未超过)了?$")
RISE_RE = re.compile(r"增长|增幅|增速|增加|提高|提升|上涨|涨幅")
FALL_RE = re.compile(r"下降|降幅|减少|降低|回落|下跌|减幅")
HEDGES = ("", "左右", "约", "上下", "近")  # a qualifier that leaves the value as written
# a quoted phrase is the condition when the things asked are said to be it: 要求做到“应收尽收”的有哪些, 哪些企业被评为“小巨人”
PHRASE_RE = re.compile(r"[“\"]([^”\"]{2,12})[”\"](?:的(?:都|还)?(?:是|有|包括)?哪|[？?]?$)")
STATUS_BEFORE_RE = re.compile(r"(?:做到|实现|达到|保持|列为|评为|认定为|纳入|获评|入选|命名为)$")
CALENDAR_RE = re.compile(r"\d{3,4}\s?年|.*[月日号]")  # 1299年, 8月: when, not a value an item holds
CLAUSE_RE = re.compile(r"[，,；;：:]")
QUOTES = "“”\"‘’「」"
# words between a thing and its value (工业投资 | 完成, 增长, 控制在 | 12.4亿元): not part of the thing
PREDICATE_WORDS = frozenset("增长 下降 增幅 增速 增加 减少 提高 提升 降低 上涨 完成 实现 达到 达 为 是 控制 保持 做到 确保 力争 "
                            "同比 比 较 上年 去年 预期 预计 目标 均 都 各 分别 约 超过 突破 累计 共 新增 在 了 的 和".split())
FUNCTION_TAGS = ("p", "u", "d", "c", "t", "m", "q", "r", "x", "w")


@dataclass(frozen=True)
class Condition:
    figure: quantities.Quantity | None  # the value stated, or None when a phrase is
    compare: str  # "=", ">", ">=", "<", "<="
    change: str  # "up" or "down" when the value asked is a rise or a fall (增幅超过25%), else ""
    phrase: str = ""
    measured: str = ""  # what a bound is set on when no rise or fall is: 售价 of 售价低于10万元的车型


def stated(question: str) -> Condition | None:
    """The value or condition a 哪些 question states its items share; None when it states none or several."""
    found = []
    for f in quantities.find_quantities(question):
        before = question[: f.start]
        if not f.unit or CALENDAR_RE.fullmatch(f.text) or before.endswith(("哪", "第")):
            continue
        if not VALUE_END_RE.match(question, f.end):
            continue
        compare = ">" if GREATER_RE.search(before) else "<" if LESS_RE.search(before) else "="
        compare = {"以上": ">=", "以下": "<=", "超过": ">", "不超过": "<=", "不低于": ">=", "不少于": ">="}.get(f.qualifier, compare)
        near = before[-8:]
        change = "up" if RISE_RE.search(near) else "down" if FALL_RE.search(near) else ""
        measured = "" if compare == "=" or change else _measured(before)
        if compare == "=" or change or measured:
            found.append(Condition(quantities.in_common_unit(f), compare, change, measured=measured))
    for m in PHRASE_RE.finditer(question):
        if not m.group(0).endswith("哪") and not STATUS_BEFORE_RE.search(question[: m.start()]):
            continue  # a phrase closing the question is the condition only after a verb of status (not 谈到了“暖心实事”)
        found.append(Condition(None, "=", "", m.group(1)))
    return found[0] if len(found) == 1 else None


def _measured(before: str) -> str:
    """The noun a bound is set on, the last before it in its clause (售价 of 售价低于; 市值 of 哪两家公司的市值突破了): any
    figure of the unit under a bound is no answer, only that measure's."""
    clause = LESS_RE.sub("", GREATER_RE.sub("", CLAUSE_RE.split(before)[-1].rstrip("在都均")))
    nouns = [w for w, flag in words.tagged(clause) if len(w) >= 2 and flag.startswith(("n", "vn")) and "哪" not in w]
    return nouns[-1] if nouns else ""


def _meets(cond: Condition, f: quantities.Quantity, before: str) -> bool:
    """Does figure `f` of a clause (`before`: the clause's text before it) hold the value asked?"""
    f = quantities.in_common_unit(f)
    asked = cond.figure
    if not quantities.same_unit(f.unit, asked.unit) or f.upper is not None:
        return False
    near = before[-8:]
    if cond.change == "up" and (not RISE_RE.search(near) or FALL_RE.search(near)):
        return False
    if cond.change == "down" and not FALL_RE.search(near):
        return False
    if cond.measured and cond.measured not in before:
        return False
    if cond.compare == "=":
        hedged = f.qualifier in HEDGES and asked.qualifier in HEDGES
        return (hedged or f.qualifier == asked.qualifier) and quantities.values_agree(f.value, None, asked.value, asked.upper)
    if f.qualifier not in HEDGES:  # 增长7%以上 holds 增长7%以上, and no other bound
        return f.qualifier == asked.qualifier and quantities.values_agree(f.value, None, asked.value, None)
    return {">": f.value > asked.value, ">=": f.value >= asked.value,
            "<": f.value < asked.value, "<=": f.value <= asked.value}[cond.compare]


def _spots(cond: Condition, clause: str) -> list[tuple[int, int]]:
    """The spans of a clause where the value asked is written (quotes around a phrase included)."""
    if cond.figure is None:
        out = []
        for m in re.finditer(re.escape(cond.phrase), clause):
            a, b = m.start(), m.end()
            if a and clause[a - 1] in QUOTES and b < len(clause) and clause[b] in QUOTES:
                a, b = a - 1, b + 1
            out.append((a, b))
        return out
    return [(f.start, f.end) for f in quantities.find_quantities(clause) if _meets(cond, f, clause[: f.start])]


def _name(text: str) -> str:
    """The thing a stretch of a clause names, without the words tying it to its value (固定资产投资完成 -> 固定资产投资)."""
    tokens = [(w, flag) for w, flag in words.tagged(text.strip(QUOTES + " ")) if w.strip(QUOTES + " ")]
    while tokens and (tokens[-1][0] in PREDICATE_WORDS or tokens[-1][1].startswith(FUNCTION_TAGS)):
        tokens.pop()
    while tokens and (tokens[0][0] in PREDICATE_WORDS or tokens[0][1].startswith(("p", "u", "c", "r", "x", "w", "d"))):
        tokens.pop(0)
    name = "".join(w for w, _ in tokens).strip(QUOTES + " ")
    return name if len(name) >= 2 else ""


def _opening(clause: str) -> str:
    """What a clause opens with before its first figure: its subject (工业投资 of 工业投资完成12.4亿元)."""
    figures = quantities.find_quantities(clause)
    return _name(clause[: figures[0].start] if figures else "")


def items_of(cond: Condition, text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, thing) in a sentence for each clause holding the value asked: the span shown and what it
    is said of; None when a clause holds it but what it names cannot be read."""
    out = []
    bounds = [0] + [m.end() for m in CLAUSE_RE.finditer(text)] + [len(text) + 1]
    for n in range(len(bounds) - 1):
        lo, hi = bounds[n], bounds[n + 1] - 1
        clause = text[lo:hi]
        for a, b in _spots(cond, clause):
            start = clause.rfind("、", 0, a) + 1  # 完成800户甲、800户乙: each piece says its own
            end = clause.find("、", b)
            end = len(clause) if end < 0 else end
            if name := _name(clause[start:a]):  # shown from where it is named (确保 | 欠薪企业保持应收尽收)
                at = clause.find(name, start, a)
                at = start if at < 0 else at - (at > start and clause[at - 1] in QUOTES)
                out.append((lo + at, lo + b, name))
            elif name := _name(clause[b:end]):  # 完成800户老旧小区屋面改造: the counted thing after its count
                out.append((lo + start, lo + end, name))
            elif n and not start and (name := _opening(text[bounds[n - 1] : lo - 1])):  # 甲完成12.4亿元，增长33%
                out.append((bounds[n - 1], lo + b, name))
            else:
                return None
    return out


def _head(chunk) -> str:
    """The document a section's passage belongs to, by its header line (a long report's sections share its title)."""
    return chunk.title.split(" · ")[0].strip()


def document_sentences(anchor, sentences: list) -> list:
    """The sentences of the document the `anchor` sentence stands in: its article and the sections of one long
    document on either side that share its title (read from the store when one is open), else the passages'."""
    from assistant.answer.article_openings import sentences as article_sentences

    chunk = anchor.chunk
    head = _head(chunk)
    found = article_sentences(chunk.source, chunk.article)
    if found and head:
        for step in (-1, 1):
            for n in range(1, MAX_SECTIONS + 1):
                at = chunk.article + step * n
                near = article_chunks(chunk.source, at) if at >= 0 else []
                if not near or _head(near[0]) != head:
                    break
                found += article_sentences(chunk.source, at)
    if not found:
        found = [s for s in sentences if s.chunk.source == chunk.source
                 and (s.chunk.article == chunk.article or (head and _head(s.chunk) == head))]
    seen, out = set(), []
    for s in sorted(found, key=lambda s: (s.chunk.article, s.chunk.start + s.a)):
        if s.text.strip() not in seen:  # overlapping passages hold a sentence twice
            seen.add(s.text.strip())
            out.append(s)
    return out


def draft(q, hits: list, idf):
    """The gathered list as a draft (every clause holding the value asked, in document order, one item each), a
    draft of no support when the question's count is not met or an item cannot be read, None when the question
    states no shared value or its document holds it in fewer than two clauses and no count was asked."""
    from assistant.answer import subject
    from assistant.answer.evidence import score_sentences, sentences_of
    from assistant.answer.extractive import Draft, make_part

    if q.kind != "list" or q.english or q.parts or (cond := stated(q.text)) is None:
        return None
    sentences = sentences_of(hits)
    if cond.figure is not None and cond.compare != "=":  # 超过了25%: no sentence writes the figure compared with
        from assistant.query.question import analyse
        q = analyse(q.text[: cond.figure.start] + q.text[cond.figure.end :])
    ranked = subject.agreeing(q, score_sentences(q, sentences, idf)) if sentences else []
    anchor = next((sc.sentence for sc in ranked if items_of(cond, sc.sentence.text) != []), None)
    if anchor is None:
        return None
    parts, things, readable = [], [], True
    for s in document_sentences(anchor, sentences):
        found = items_of(cond, s.text)
        if found is None:
            readable = False
            continue
        for a, b, name in found:
            if not any(name in t or t in name for t in things):  # 某商城 and 电商平台某商城: one item said twice
                things.append(name)
                parts.append(make_part(s, s.a + a, s.a + b, SUPPORT))
    if not q.count and (len(things) < 2 or len(things) > MAX_ITEMS):
        return None
    support = SUPPORT if readable and (not q.count or q.count == len(things)) else 0.0
    return Draft(parts or [make_part(anchor, anchor.a, anchor.b, 0.0)], support, kind="list")
