"""Items written as a run of parallel clauses, not joined by 、: 在产业转型上取得更大突破，在扩大内需上增强更大动力，
在开放创新上展现更大作为 (each item framed 在…上), or 抓好项目建设，抓好招商引资，抓好民生保障 (each opened by one verb).
A question counting its items (在哪三个方面, 哪几项工作) is answered by such a run as well as by an enumeration;
`lists.items` reads only the latter. Pure functions on sentence texts.
"""

from __future__ import annotations

import re

from assistant.answer.list_asked import number
from assistant.text import words

CLAUSE_RE = re.compile(r"[，,；;。！!？?]")
# 在产业转型上, 在民生改善方面: an item framed by 在 and a postposition; the item is what stands between
FRAMED_RE = re.compile(r"在([\u4e00-\u9fff“”]{2,12}?)(上|方面|领域)")
# what may stand before a later clause's frame: 要, 更要, 还要, 并, 同时 (the first clause may open with its subject)
LEAD_RE = re.compile(r"^(?:同时|并且?|还要?|更要?|也要?|要|将)?")
VERB_LEN = 2  # 抓好, 推进, 坚持: the verb a run of clauses opens with, read as its first two characters
ITEM_LEN = (2, 12)  # characters of an item after a repeated verb (项目建设, 优化营商环境)


def _framed(clause: str, first: bool) -> str:
    """The item a clause frames (在X上…), '' if none; a later clause must open with its frame."""
    m = FRAMED_RE.search(clause)
    if not m or not (first or m.start() == LEAD_RE.match(clause).end()):
        return ""
    return m.group(1)


def _framed_run(clauses: list[str]) -> list[str]:
    """The longest run of consecutive clauses each framing an item in one way (在…上 or 在…方面)."""
    best: list[str] = []
    for start in range(len(clauses)):
        run = []
        ending = ""
        for j in range(start, len(clauses)):
            item = _framed(clauses[j], j == start)
            end = FRAMED_RE.search(clauses[j]).group(2) if item else ""
            if not item or (ending and end != ending):
                break
            ending = end
            run.append(item)
        if len(run) > len(best):
            best = run
    return best


def _verb_run(clauses: list[str]) -> list[str]:
    """The longest run of consecutive clauses opening with one verb (抓好甲，抓好乙，抓好丙), each item short
    (the words after the verb up to the clause's end); the first clause may have a lead before the verb (全力抓好甲)."""
    best: list[str] = []
    for start in range(1, len(clauses)):
        verb = LEAD_RE.sub("", clauses[start], count=1)[:VERB_LEN]
        if len(verb) < VERB_LEN or not re.fullmatch(r"[\u4e00-\u9fff]+", verb):
            continue
        at = clauses[start - 1].rfind(verb)
        run = [clauses[start - 1][at + VERB_LEN:]] if at >= 0 else []
        for j in range(start, len(clauses)):
            body = LEAD_RE.sub("", clauses[j], count=1)
            if not body.startswith(verb):
                break
            run.append(body[VERB_LEN:])
        if run and all(ITEM_LEN[0] <= len(i) <= ITEM_LEN[1] for i in run) and len(set(run)) == len(run) \
                and len(run) > len(best):
            best = run
    return best


def run_items(text: str) -> list[str]:
    """The items of the longest parallel run of clauses in `text` (two at least), [] when there is none."""
    clauses = [c.strip() for c in CLAUSE_RE.split(text) if c.strip()]
    found = max((_framed_run(clauses), _verb_run(clauses)), key=len)
    return found if len(found) >= 2 else []


RUN_SHARE = 0.55  # a run giving the count asked is read instead of a best sentence this much better supported
RUN_SEARCH = 8  # candidates (the best included) searched for it
COUNT_WRITTEN = "零一二两三四五六七八九十"


def _gives(text: str, count: int) -> bool:
    """Does a sentence give, or announce, `count` items: an enumeration or run of that many, or the count written
    (在四个方面持续发力：, its items following)?"""
    from assistant.answer.lists import introduces, items

    written = COUNT_WRITTEN[count] if count < len(COUNT_WRITTEN) else str(count)
    return count in (len(items(text)), len(run_items(text))) or introduces(text) \
        or re.search(rf"(?:{written}|{count})[个大项类种条方]", text) is not None


def counted_run(question: str, scored: list, support):
    """The candidate whose run of parallel clauses gives exactly the items the question counts, writing what is asked
    of them (`answers_count`: 在甲上…，在乙上…，在丙上…，在丁上… for 在哪四个方面取得更大突破): the best (`scored[0]`)
    when it is one, else one nearly as well supported (`support` of a candidate) when the best gives no such number
    of items (an interview's heading, 市人大代表、区长甲, or the speaker's other words); else None."""
    if not scored:
        return None
    if answers_count(question, scored[0].sentence.text):
        return scored[0]
    m = ASKED_COUNT_RE.search(question)
    if not m or _gives(scored[0].sentence.text, number(m.group(1))):
        return None
    top = support(scored[0])
    return next((sc for sc in scored[1:RUN_SEARCH]
                 if support(sc) >= RUN_SHARE * top and answers_count(question, sc.sentence.text)), None)


ASKED_COUNT_RE = re.compile(r"哪([两二三四五六七八九十]|\d{1,2})[个项大类条种]?([\u4e00-\u9fff]{2})?")


def answers_count(question: str, text: str) -> bool:
    """Does `text` give, as a run of parallel clauses, exactly the number of items the question counts (哪四个方面),
    writing a word of what the question asks of them (取得更大突破)? It says it is the list asked as surely as an
    enumeration closed by the count and kind asked (`counted.states_asked_kind`)."""
    m = ASKED_COUNT_RE.search(question)
    if not m or number(m.group(1)) < 2 or len(run_items(text)) != number(m.group(1)):
        return False
    asked = [w for w, _ in words.tagged(question[m.end():]) if len(w) >= 2 and w not in words.STOPWORDS]
    return any(w in text for w in asked)
