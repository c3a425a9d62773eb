"""除了甲和乙，…还…谁/什么: the question sets items aside and asks the other one of the same list.

A sentence that writes each item set aside in a clause of its own (依法接受人大监督, 自觉接受政协民主监督) and one
more clause in parallel, holding the asked clause's words and a name the question does not write (主动接受社会
各界监督), answers it with that clause. The rules and the selector score such a sentence low (its words are the
question's, spread over three clauses; 谁 asks a person and 社会各界 names none), so the answer was refused.
"""

from __future__ import annotations

import re

from assistant.text import words

# 除了人大监督和政协民主监督，报告说市政府还会主动接受谁的监督
# 除了甲类车位，乙类车位要建多少个: the asked clause names the other item itself, no 还 needed, and asks its figure
EXCEPT_RE = re.compile(r"除了?([^，,。；;？?]{2,30}?)(?:以外|之外|外)?[，,]([^，,。；;]*?(?:谁|什么|哪|多少|几))")
EXCEPT_OPENS_RE = re.compile(r"\s*除")
ITEM_SPLIT_RE = re.compile(r"以及|和|、|及|与|或")
CLAUSE_RE = re.compile(r"[^，,；;。！!？?、]+")  # 、 too: 中央政策带来的激励效应、社会预期带来的磁吸效应 are two items
ASKED_NOUN_RE = re.compile(r"(?:谁的|什么|哪一?[种类个项支家位]?)([\u4e00-\u9fff]{2,4})")
ASKING = re.compile(r"还|另外|也|又|谁|什么|哪|会|要|将|能|多少|几")
HOW_MANY_RE = re.compile(r"(?:多少|几)([个项家所座条名人位元次批辆台户吨亩]?)")
NUMERAL = r"[\d.一二两三四五六七八九十百千万亿]+"
SUPPORT = 0.5  # the support of such a clause: every item set aside is written beside it, so the list is the one asked
MIN_SHARED = 2  # the asked clause's words the other clause must hold (主动, 接受, 监督)


def _content(text: str) -> list[str]:
    return [w for w, _ in words.tagged(text) if len(w) >= 2 and not ASKING.search(w)]


def set_aside(q) -> tuple[list[str], list[str]]:
    """(the items the question sets aside, the words of its asking clause), or ([], []) when it sets none aside."""
    m = EXCEPT_RE.search(q.text) if not q.english else None
    if m is None:
        return [], []
    items = [i.strip() for i in ITEM_SPLIT_RE.split(m.group(1)) if len(i.strip()) >= 2]
    return items, _content(m.group(2))


def asked_noun(q) -> str:
    """The noun right after the asking word (谁的监督, 哪种效应 -> 监督, 效应): the other item is one of that kind too."""
    m = ASKED_NOUN_RE.search(q.text)
    tagged = words.tagged(m.group(1)) if m else ()
    return tagged[0][0] if tagged and len(tagged[0][0]) >= 2 and tagged[0][1][:1] in ("n", "v") else ""


def _covers(item: str, clause: str) -> bool:
    parts = _content(item) or [item]
    return all(p in clause for p in parts)


def other_clause(q, text: str) -> tuple[int, int] | None:
    """The span in `text` of the clause listing the item besides those the question sets aside, or None when
    `text` does not write each of them in a clause and one more clause in parallel."""
    items, asked = set_aside(q)
    if not items or not asked:
        return None
    clauses = [(m.start(), m.end(), m.group()) for m in CLAUSE_RE.finditer(text)]
    covering = {i for i, (_, _, c) in enumerate(clauses) if any(_covers(item, c) for item in items)}
    if any(EXCEPT_OPENS_RE.match(clauses[i][2]) for i in covering):
        return None  # the sentence's own 除了 frame, the question's (除了…，一些人已…): its other clause is no item of a list
    if not all(any(_covers(item, clauses[i][2]) for i in covering) for item in items):
        return None
    best, held, noun = None, MIN_SHARED - 1, asked_noun(q)
    counting = HOW_MANY_RE.search(q.text)  # 多少项: the other clause answers with a figure of that measure, not a new name
    held = 0 if counting else held  # ... which is evidence enough beside one word of the asked clause (充电桩)
    for i, (a, b, c) in enumerate(clauses):
        if i in covering or noun not in c:
            continue
        shared = sum(1 for w in set(asked) if w in c)
        rest = c
        for w in asked:
            rest = rest.replace(w, "")
        new = re.search(NUMERAL + counting.group(1), rest) if counting else len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2
        if shared > held and new:
            best, held = (a, b), shared
    return best


def answered(q, draft, ranked: list):
    """`draft` cut to the other item's clause of its own first sentence or of one of the best candidates, its
    support at least SUPPORT; `draft` itself when no such sentence is there."""
    from assistant.answer import extractive as ex

    if draft is None or not draft.parts or not set_aside(q)[0]:
        return draft
    for s in [draft.parts[0].sentence] + [sc.sentence for sc in ranked[:3]]:
        if (span := other_clause(q, s.text)) is not None:
            part = ex.make_part(s, s.a + span[0], s.a + span[1], max(draft.support, SUPPORT))
            return ex.Draft([part], max(draft.support, SUPPORT), kind=draft.kind)
    return draft
