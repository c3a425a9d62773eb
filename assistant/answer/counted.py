"""Counted things. Lists a counted name announces: …深入实施“六县建设”… then, paragraphs later, 要坚持产业
强县。…坚持农业强县。…, one heading sentence per item, each followed by its own details. The
announcing sentence holds no item, so the list is read from the headings that follow it.
Pure functions on sentence texts, like answer/lists.py. And questions that ask two counts
at once (有多少家零售中心、覆盖多少个城市), answered with both figures or not at all.
"""

from __future__ import annotations

import re

from assistant.answer.said import speaker_line
from assistant.answer.list_asked import SLOT_LIFT, named_count, number, slot_factor
from assistant.answer.lists import CONTINUES_RE, DIGITS, introduces, items, numbered
from assistant.answer.parallel_runs import answers_count, run_items
from assistant.text import quantities, words
from assistant.text.furniture import furniture
from assistant.text.sentences import clause_start

HEAD_SPAN = 32  # sentences after a counted name searched for its items (each with its paragraph)
HEAD_LEN = (4, 16)  # characters of an item's heading clause (坚持产业强县, 聚力服务业提质增效实现新突破)
HEAD_LEAD_RE = re.compile(r"^\s*(?:要|还要|并|同时|此外|另外)[，,]?")


CLAUSE_END_RE = re.compile(r"[，,；;：:。！!]")


def head_end(text: str) -> int:
    """Where a sentence's opening clause ends (要坚持蓄能活县|，着力扩大有效投资…): an item's
    heading, without the details that follow it."""
    m = CLAUSE_END_RE.search(text.strip())
    return len(text) - len(text.lstrip()) + m.start() if m else len(text)


def _heading(text: str) -> str:
    clause = HEAD_LEAD_RE.sub("", text[: head_end(text)]).strip()
    return clause if HEAD_LEN[0] <= len(clause) <= HEAD_LEN[1] else ""


def parallel_heads(texts: list[str], at: int, count: int, name: str = "") -> list[int]:
    """Positions of the `count` sentences after `at` whose opening clauses are short and
    open or end alike (要坚持产业强县。… 坚持农业强县。, 聚力产业发展实现新突破。…
    聚力项目建设实现新突破。) and share a character with the `name` that counts them (县,
    新突破): the items of a counted name, each heading a paragraph of its own; [] unless
    exactly `count` different headings share one opening or one ending."""
    groups: dict[str, list[int]] = {}
    seen = set()
    for j in range(at + 1, min(len(texts), at + 1 + HEAD_SPAN)):
        if furniture(texts[j]):
            break
        head = _heading(texts[j])
        if head and head not in seen and (not name or set(head) & set(name)):
            seen.add(head)
            groups.setdefault("^" + head[:2], []).append(j)
            groups.setdefault("$" + head[-2:], []).append(j)
    found = [js for js in groups.values() if len(js) == count]
    return found[0] if len(found) == 1 or (found and all(f == found[0] for f in found)) else []


def enumerated(texts: list[str]) -> int:
    """How many items some sentences give: the pieces they enumerate, a numbered sentence
    or a sentence enumerating nothing counting as one."""
    return sum(len(items(t)) or 1 for t in texts if not introduces(t))


# …推出五大关怀服务。 a sentence ending in a count of things it announces (its items follow)
ANNOUNCED_COUNT_RE = re.compile(rf"(?<![{DIGITS}\d])([两{DIGITS}])[大个项类种条][\u4e00-\u9fff]{{1,8}}[。：:]?\s*$")


def announced_count(text: str) -> int:
    """How many items a sentence announces at its end (推出五大关怀服务。 -> 5), or 0."""
    m = ANNOUNCED_COUNT_RE.search(text)
    return int(quantities.chinese_to_number(m.group(1)) or 0) if m else 0


def continued_items(texts: list[str], marked: list[int], count: int) -> list[int]:
    """The items of a numbered list whose writer numbers some and joins others with 此外/
    同时 (首先…。其次…。此外…。同时…。最后…): the marked positions and the sentences
    between the first and last that open with a continuation, when together they make
    exactly the `count` announced; else the marked positions unchanged."""
    if not count or len(marked) < 2 or len(marked) >= count:
        return marked
    joined = [j for j in range(marked[0] + 1, marked[-1]) if j not in marked and CONTINUES_RE.match(texts[j])]
    return sorted(marked + joined) if len(marked) + len(joined) == count else marked


def marked_items(texts: list[str], lo: int, hi: int, count: int = 0) -> list[int]:
    """Positions of the items of the list `texts[lo:hi]` (its introduction at `lo`): the
    sentences opening with an item marker, and those joined by 此外/同时 when the question
    (`count`) or the introduction (推出五大关怀服务。) counts them."""
    marked = [lo + i for i in numbered(texts[lo:hi])]
    return continued_items(texts, marked, count or announced_count(texts[lo]))


# 在哪四个方面持续发力 asked, 在四个方面持续发力 announced: a count the question asks of a noun
# (not a unit) that the sentence states, unquoted
ASKED_COUNT_RE = re.compile(rf"哪([两{DIGITS}])([个项大类条])?([\u4e00-\u9fff]{{2,4}})")


def unmet_count(count: int, texts: list[str]) -> bool:
    """Is a list the question counts (哪五个方面, 指哪两个) read from an attribution (主任甲在接受采访时说。) or an
    interview's heading (——访区长乙) and sentences none of which enumerates that many items? Those are the speaker's
    words around it (his praise of a report, 甲、乙、丙) or his titles, not the items asked: better refused than given."""
    if count < 2:
        return False
    said = [t for t in texts if not speaker_line(t)]
    if len(said) == len(texts):
        return False
    # one naming the count (在四个方面持续发力) announces the items that follow it, one a sentence; a run of
    # parallel clauses (在甲上…，在乙上…) gives them as an enumeration does
    return not any(count in (len(items(t)), len(run_items(t))) or count in states_counts(t) for t in said)


# a count of things (四个, 2大, 两项), not the end of a longer figure: its number and the kind after it read apart
COUNT = rf"(?<![{DIGITS}\d])([两{DIGITS}]|\d{{1,2}})[个大项类种条]"
STATED_COUNT_RE = re.compile(COUNT)


def states_counts(text: str) -> set[int]:
    """The counts of things a sentence names (在四个方面发力, 打造2大产业 -> {4, 2})."""
    return {number(m.group(1)) for m in STATED_COUNT_RE.finditer(text)}


def unmet_list(q, draft) -> bool:
    """`unmet_count` of a list question's draft, whichever step cut it."""
    return q.kind == "list" and unmet_count(q.count, [p.sentence.text for p in draft.parts])


def stated_count(question: str, text: str) -> tuple[int, str]:
    """(count, words) of a count the question asks (哪四个方面) that `text` states as it
    is asked (在四个方面持续发力), with the question's other words the text writes (持续,
    发力): items of an unquoted announcement repeat those, not the counted noun. (0, '')
    when the text states no such count."""
    m = ASKED_COUNT_RE.search(question)
    if not m:
        return 0, ""
    noun = words.tagged(m.group(3))[0][0]
    count = int(quantities.chinese_to_number(m.group(1)) or 0)
    if count < 2 or len(noun) < 2 or not re.search(rf"(?<![{DIGITS}]){m.group(1)}{m.group(2) or ''}{noun}", text):
        return 0, ""
    shared = [w for w, _ in words.tagged(question[: m.start()] + "，" + question[m.start(3) + len(noun) :])
              if len(w) >= 2 and w in text and w not in words.STOPWORDS]
    return (count, "".join(shared)) if shared else (0, "")


# 四项重点工作分别是什么, 三大任务包括哪些: a count the question states of the things it asks for
# (no 哪), answered by the sentences after one announcing that count at its end (要抓好四项重点工作。)
STATED_ASKED_RE = re.compile(rf"(?<![{DIGITS}\d])([两{DIGITS}])([个项大类条])([\u4e00-\u9fff]{{2,4}}?)"
                             r"(?:分别|具体|都|各)?(?:是|有|包括|包含|指)(?:什么|哪些|哪几|啥)")


def counted_asked(question: str, text: str) -> int:
    """The count a question states of what it asks (四项重点工作分别是什么 -> 4) when `text`
    announces that many of them at its end (今年要抓好四项重点工作。), else 0."""
    m = STATED_ASKED_RE.search(question)
    if not m:
        return 0
    count = int(quantities.chinese_to_number(m.group(1)) or 0)
    noun = words.tagged(m.group(3))[0][0]
    said = re.search(rf"(?<![{DIGITS}]){m.group(1)}{m.group(2)}{re.escape(noun)}", text)
    return count if count >= 2 and len(noun) >= 2 and said and announced_count(text) == count else 0


ANNOUNCED_WITHIN = 2  # sentences after the best one the announcement may be (记者采访了县长王飞。王飞说，…“六县建设”…)


def missing_heads(q, texts: list[str], at: int, shown: list[str]) -> list[tuple[int, int]]:
    """(position, end) of the sentences that give a counted list whole: those from `at` to
    the one announcing it, whole, then each item's heading; the announcement holds a counted
    name the question names (“六县建设”, its count asked or not: 哪六县), or states the count
    the question asks unquoted (在四个方面持续发力, asked 哪四个方面: `stated_count`). [] when
    the sentences `shown` give as many items, or no such list is there. A count asked alone
    (哪两路) is not enough: headings that open alike (正德四年…, 正德五年…) are no list unless
    a name or a stated count announces them."""
    for k in range(at, min(len(texts), at + 1 + ANNOUNCED_WITHIN)):
        count, name = named_count(q.text, texts[k])
        if count:
            break
        count, name = stated_count(q.text, texts[k])
        if not count:  # 四项重点工作分别是什么: the headings need not repeat the question's words
            count, name = counted_asked(q.text, texts[k]), ""
        if count:  # what the list reader gathered after an unquoted announcement is no count of its items
            shown = texts[k : k + 1]
            break
    if not count or q.count not in (0, count) or enumerated(shown) >= count:
        return []
    heads = parallel_heads(texts, k, count, name)
    return [(i, len(texts[i])) for i in range(at, k + 1)] + [(j, head_end(texts[j])) for j in heads] if heads else []


# 有多少家零售中心、覆盖多少个城市, 能领几张、合计多少元: two asked counts joined in one clause
# (a comma-joined one, 实施多少个项目，总投资多少, is split into two questions by query/question.py)
TWO_ASKED_RE = re.compile(r"(?:多少|几)[^，,。；;？?]{0,14}?(?:、|和|以及|及|并)[^，,。；;？?多几]{0,10}?(?:多少|几)")
ASKED_UNIT_RE = re.compile(r"(?:多少|几)[万亿千百]*")
NUMERAL = r"[\d.零〇一二两三四五六七八九十百千万亿]+(?:多|余)?"


def asked_units(question: str) -> list[str]:
    """The unit of each count a question asks at once ([家, 个] for 多少家…、多少个…; '' for
    a bare 多少), or [] when it asks one."""
    m = TWO_ASKED_RE.search(question)
    if not m:
        return []
    clause = re.split(r"[，,。；;？?]", question[m.start() :])[0]
    units = []
    for asked in ASKED_UNIT_RE.finditer(clause):
        after = clause[asked.end() :]
        units.append(next((u for u in quantities.UNITS if after.startswith(u)), ""))
    return units


def every_count(question: str, text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of `text` (a chunk) to show for a figure found at `span` in `sentence`: when
    the question asks two counts at once, widened to the clauses of the sentence giving a
    figure of each; None when the sentence does not give both (half an answer is no answer).
    The span unchanged for a question asking one count."""
    units = asked_units(question)
    if not units:
        return span
    lo, hi = span
    a, b = sentence
    for unit in units:
        if unit:
            found = [m.start() + a for m in re.finditer(NUMERAL + re.escape(unit), text[a:b])]
        else:
            found = [f.start + a for f in quantities.find_quantities(text[a:b]) if f.unit]
        if not found:
            return None
        if any(lo <= at < hi for at in found):
            continue
        at = found[0]
        lo = min(lo, a + max((m.end() for m in CLAUSE_END_RE.finditer(text, a, at)), default=a) - a)
        end = CLAUSE_END_RE.search(text, at, b)
        hi = max(hi, end.start() if end else b)
    return lo, hi


# 四个新兴产业都有啥, 哪四个新兴产业, 八大产业园区，…哪几个: a count and the kind a list question counts
COUNTED_KIND_RE = re.compile(COUNT + r"([\u4e00-\u9fff]{2,6})")


def states_asked_kind(question: str, text: str) -> bool:
    """Does `text` close an enumeration with the count and the kind the question counts (突出抓好甲、乙、丙、丁四个
    新兴产业 for 四个新兴产业都有啥; 谋划了“甲园”“乙园”等八大产业园区 for 八大产业园区…哪几个)? Its items are the ones
    asked: as many as counted, or fewer closed by 等. The kind is the longest start (two characters at least) of the
    question's words after its count that the text writes after the same count (四个新兴产业 for 四个新兴产业都有)."""
    for m in COUNTED_KIND_RE.finditer(question):
        count, run = number(m.group(1)), m.group(2)
        kind = next((run[:n] for n in range(len(run), 1, -1)
                     if re.search(rf"[{DIGITS}\d][个大项类种条]?{re.escape(run[:n])}", text)), "")
        if count < 2 or not kind:
            continue
        for t in re.finditer(rf"(等)?(?<![{DIGITS}\d])([两{DIGITS}]|\d{{1,2}})[个大项类种条]?{re.escape(kind)}", text):
            found = len(items(text[clause_start(text, t.start()) : t.start()]))
            if number(t.group(2)) == count and (found == count or (t.group(1) and 2 <= found < count)):
                return True
    return False


def list_factor(question: str, text: str) -> float:
    """The lift of a list whose sentence says it is what was asked: its items are said to be the question's word
    (list_asked.slot_factor), or closed by the count and kind the question counts (`states_asked_kind`), or given as
    a run of as many parallel clauses as it counts (`parallel_runs.answers_count`)."""
    lifted = states_asked_kind(question, text) or answers_count(question, text)  # 在甲上…，在乙上… for 哪两个方面
    return SLOT_LIFT if lifted else slot_factor(question, text)
