"""A question asking the members of a group the document names only as a whole: a quoted slogan or a numbered
collective (“三最”具体是哪些问题, “双千”的两个“千”分别指什么, 四大基地里另外两个叫什么, “…五县”具体是哪五个县).
A sentence that only names the group (着力解决“三最”等问题, 抓好四大基地建设) does not answer it, however
many of the question's words it shares: the members must be written next to the group's name, before it
(甲、乙、丙等四大基地, 甲、乙、丙五县) or after it (“三最”即最…、最…; 四大基地（甲、乙…）; 四大基地：甲、乙…).
For 另外两个 the members named must be two beyond those the question already names. Refuse-only: a draft judged
here loses its support; nothing is picked."""

from __future__ import annotations

import re

from assistant.text import words
from assistant.text.numerals import to_number

NUM = "一二三四五六七八九十两双百"
# 具体是哪些/哪几个/哪六个, 具体指什么, 分别指什么/分别是什么, 指的是哪, 另外…叫什么/是什么/是哪
ASKS_RE = re.compile(r"具体(?:是|指)(?:哪|什么|啥)|分别(?:指|是)(?:什么|哪|啥)|指的是哪|是哪[几" + NUM + r"\d]+[个项座家条类种]"
                     r"|另外[^，。？?]{0,12}(?:叫什么|是什么|是哪|有哪|叫啥|是啥)")
QUOTED_RE = re.compile(r"[“「\"]([^”」\"]{1,16})[”」\"]")
# 四大基地, 三大攻坚战: a numbered collective named without quotes
COLLECTIVE_RE = re.compile(r"[" + NUM + r"]大[\u4e00-\u9fff]{2,4}?(?=里|中|的|之|分别|具体|指|是|包括|，|,|？|\?|$)")
OTHERS_RE = re.compile(r"另外([" + NUM + r"\d]+)[个项座家条类种]")
BESIDES_RE = re.compile(r"之外|以外|除了|另外")  # the question names some members itself
SEPARATORS_RE = re.compile(r"、|和|及|与|，|”“|」「")
ENUMERATES_RE = re.compile(r"、|和|及|与|”“|」「")
# what may stand between a group's name and the members written after it
AFTER_RE = re.compile(r"^[”」\"]?(?:[，,]?(?:即|也就是|就是|分别是|分别为|包括|包含|涵盖|是指|指)|[（(：:])")


def _count(text: str) -> int:
    return int(to_number(text) or 0)


def asked_group(question: str) -> tuple[list[str], int]:
    """(the group names, how many members the answer must name beyond the question's own) of a question asking
    what a named group consists of; ([], 0) for any other question."""
    if not ASKS_RE.search(question):
        return [], 0
    names = [m.group(1) for m in QUOTED_RE.finditer(question)]
    names += [m.group(0) for m in COLLECTIVE_RE.finditer(question) if not any(m.group(0) in n for n in names)]
    if not names:
        return [], 0
    others = OTHERS_RE.search(question)
    return names, max(2, _count(others.group(1)) if others else 2)


def _items(text: str) -> list[str]:
    return [t.strip("“”「」\"等") for t in SEPARATORS_RE.split(text) if t.strip("“”「」\"等")]


def _new(items: list[str], question: str, name: str) -> int:
    """How many of the items are not the group's name and not already named by the question (甲 in 甲、乙之外…)."""
    items = [i for i in items if len(i) >= 2 and i not in name]
    if not items or not BESIDES_RE.search(question):
        return len(items)
    common = set.intersection(*(words.char_pairs(i) for i in items))  # 产业 of 甲产业、乙产业 names none of them
    asked = words.char_pairs(question)
    return sum(1 for i in items if not ((words.char_pairs(i) - common) & asked))


def _members_next_to(text: str, name: str, question: str) -> int:
    """The most members written right before or right after one mention of `name` in `text`."""
    best = 0
    for m in re.finditer(re.escape(name), text):
        before = re.split(r"[，。；;,：:（(]", text[: m.start()].rstrip("“「\"等"))[-1]
        if "、" in before or "”“" in before:  # 甲、乙、丙等四大基地, “甲”“乙”四大产业: an enumeration ending at the name
            best = max(best, _new(_items(before), question, name))
        rest = text[m.end():]
        if after := AFTER_RE.match(rest):
            clause = re.split(r"[。；;）)]", rest[after.end():])[0]
            best = max(best, _new(_items(clause), question, name))
    return best


def unnamed(question: str, texts: list[str]) -> bool:
    """Does an answer to a question asking a group's members quote the group's name without its members? Only an
    answer that names the group is judged (one that lists members without the group's name is left to the rest)."""
    names, needed = asked_group(question)
    if not names:
        return False
    naming = [t for t in texts if any(n in t for n in names)]
    if not naming:
        return False
    if any(ENUMERATES_RE.search(t) for t in texts if t not in naming):
        return False  # another sentence enumerates (甲和乙分别…): it may be the members, written apart from the name
    return all(_members_next_to(t, n, question) < needed for t in naming for n in names if n in t)
