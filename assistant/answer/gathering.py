"""Which sentences carry a 哪些 question's list on beyond the sentence it is read from (answer/listing.py) and
the marked run the list reader follows (answer/lists.py): items said in parallel sentences, the items a sentence
points back at, one sentence per role the question lists, the sentences continuing it with 以及, 此外 or 也.
Moved out of listing.py, which was at 300 lines.
"""

from __future__ import annotations

import re

from assistant.answer.listing import kind_head, predicate_words, topic_words
from assistant.answer.lists import _marker, items
from assistant.text import quantities, words
from assistant.text.furniture import furniture

# Items said in parallel sentences (A向…捐赠3000万元。…B也宣布捐赠3000万元): each sentence
# repeats what the question asks of its items and opens with another name. The list
# reader (lists.extent) follows numbered items, introductions and 此外; these carry no
# marker, only the repeated predicate, often with 也/亦/同样 after the new subject.
GATHER_SPAN = 3  # sentences searched on either side of the list read so far
PREDICATE_SHARE = 0.5  # share of the predicate words (of the question, in the list's sentence) a parallel one repeats
NAME_TAGS = ("nr", "ns", "nt", "nz", "eng")  # jieba's tags of proper names: an item of the kind a 哪些 question asks
ALSO_RE = re.compile(r"^[^。；;]{1,24}?(?:也|亦|同样)")
# A sentence opening with a conjunction continues the enumeration before it (以及 cannot open
# a sentence of its own); 此外/另外/还有 may open another topic, so they continue a list only
# with items of its kind.
JOINED_RE = re.compile(r"^\s*(?:以及|及其|及|并及)")
FURTHER_RE = re.compile(r"^\s*(?:此外|另外|还有|另有|再者)")
OPENING_CHARS = 24  # where a sentence's subject (its item) is sought


def _opening_names(text: str, stop_words) -> list[str]:
    """The proper names in a sentence's opening, before its first predicate word (its subject)."""
    end = min([OPENING_CHARS] + [i for w in stop_words if (i := text.find(w)) >= 0])
    return [w for w, flag in words.tagged(text[:end]) if flag.startswith(NAME_TAGS) and len(w) >= 2]


def _parallel(question: str, terms, texts: list[str], kept: list[int], at: int) -> list[int]:
    """Positions of sentences near the list read so far (`kept`, positions in `texts`, one
    article's consecutive sentences; `at` the one it was read from) that name one more item
    of it in parallel: each repeats the question's figures and at least half its predicate
    words that sentence holds, and opens with a proper name neither the question nor the
    list holds; without 也/亦/同样 after its subject (or, before the list's sentence, in that
    sentence) it repeats every one of them. [] when the list's sentence repeats fewer than
    two of the question's words about its items."""
    first = texts[at]
    predicate = [w for w in predicate_words(question, terms) if w in first]
    figures = [f.text for f in quantities.find_quantities(question) if f.text in first]
    if len(predicate) < 2:  # one shared word (the subject's name) says the same thing is talked of, not done
        return []
    seen = "".join(texts[i] for i in kept) + question
    out: list[int] = []

    def parallel_item(j: int) -> bool:
        text = texts[j]
        if furniture(text) or not all(f in text for f in figures):
            return False
        share = sum(w in text for w in predicate) / len(predicate)
        also = ALSO_RE.match(text if j > at else first)  # B也…: said of B after A was said of first
        if share < PREDICATE_SHARE or (share < 1 and not also):
            return False
        return any(name not in seen for name in _opening_names(text, predicate))

    for step, edge in ((1, max(kept)), (-1, min(kept))):
        j, last = edge + step, edge
        while 0 <= j < len(texts) and abs(j - last) <= GATHER_SPAN and not furniture(texts[j]):
            if j not in kept and parallel_item(j):
                out.append(j)
                seen += texts[j]
                last = j
            j += step
    return sorted(out)


def _head(item: str) -> str:
    """An item's kind (listing.kind_head) without a note in brackets (齐志(女) -> 齐志)."""
    return kind_head(re.sub(r"[(（][^()（）]*[)）]", "", item).strip())


def _continued(question: str, terms, texts: list[str], kept: list[int]) -> list[int]:
    """Positions of the sentences right after a list that gives items (two or more, or a
    numbered item) which carry it on: one opening with 以及; one opening with 此外/另外/还有
    that gives two items written with the list's heads (…实验室、…实验室。还有…活动室 does
    not; the question's words alone are no sign, an article repeats them in every sentence);
    one saying 也/亦 of the question's words (…鳍状肢狭窄、尾鳍大。浮龙的眼睛也相当大。)."""
    if not any(len(items(texts[i])) >= 2 or _marker(texts[i]) for i in kept):
        return []
    words_asked = topic_words(question, terms)
    heads = {_head(item) for i in kept for item in items(texts[i])}
    out: list[int] = []
    j = max(kept) + 1
    while j < len(texts) and len(out) < GATHER_SPAN and not furniture(texts[j]):
        text = texts[j]
        own = any(w in text for w in words_asked)
        # 此外还有丙公园、丁公园 after 甲公园、乙公园; two alike, as a last item may hold the verb (…当选副主席)
        alike = sum(_head(item) in heads for item in items(text)) >= 2
        if not (JOINED_RE.match(text) or (FURTHER_RE.match(text) and alike)
                or (ALSO_RE.match(text) and own)):
            break
        out.append(j)
        j += 1
    return out


def gathered(question: str, terms, texts: list[str], kept: list[int], at: int) -> list[int]:
    """Positions of the sentences of one article (`texts`, consecutive) that carry on the list
    read so far (`kept`; `at`: the sentence it was read from) without a marker the list
    reader (lists.extent) follows: items said in parallel sentences, the items a sentence
    points back at (这些领土), one sentence per role the question lists (分别以…为A、B和C), and
    the sentences that continue it with 以及, 此外 or 也."""
    more = set(_parallel(question, terms, texts, kept, at)) | set(_pointed_back(texts, kept, at)) | set(_respective(question, texts, at))
    more |= set(_continued(question, terms, texts, sorted(set(kept) | more)))
    return sorted(more - set(kept))


BACK_RE = re.compile(r"(?:这些|上述|前述)[\u4e00-\u9fff]")
ROLE_SPAN = 6  # sentences from one role's item to the next (its elaboration between)


def _respective(question: str, texts: list[str], at: int) -> list[int]:
    """分别以哪几类教育为途径、平台和抓手: each item has its own role the question lists, said in a sentence of its own
    (以体育教育为途径，…。…以艺术教育为平台，…): the sentences near the list's that open as it does and name, in
    their first clause, another role. [] when the question lists no roles after 分别 or the list's names none."""
    m = re.search(r"分别.*?哪", question)
    roles = [r for r in (re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", r) for r in items(question[m.end():])) if r] if m else []
    first, out, seen = re.split(r"[，,；;。]", texts[at])[0], [], set()
    mine = next((r for r in roles if r in first), "")
    if len(roles) < 2 or not mine:
        return []
    frame = (first[0], first[: first.index(mine)][-1:])  # 以…为途径 and 以…为平台: the opening and the word before the role
    seen.add(mine)
    for step in (1, -1):
        j, last = at + step, at
        while 0 <= j < len(texts) and abs(j - last) <= ROLE_SPAN and not furniture(texts[j]):
            clause = re.split(r"[，,；;。]", texts[j])[0]
            role = next((r for r in roles if r in clause and r not in seen), None)
            if role and (clause[0], clause[: clause.index(role)][-1:]) == frame:
                out.append(j)
                seen.add(role)
                last = j
            j += step
    return sorted(out)


def _pointed_back(texts: list[str], kept: list[int], at: int) -> list[int]:
    """The sentence before one that gives no items but points back at them (…失去了甲、乙、丙。
    …割让出这些领土): [its position], else []."""
    before, text = at - 1, texts[at]
    back = BACK_RE.search(text)
    if before < 0 or before in kept or back is None or len(items(text)) >= 2:
        return []
    if text.find(text[back.end() - 1 : back.end() + 1], 0, back.start()) >= 0:
        return []  # …想出一些奇怪的问题，…解释这些问题: what it points at is in the sentence itself
    return [before] if len(items(texts[before])) >= 2 and not furniture(texts[before]) else []


def with_gathered(q, parts: list, run: list, at: int, part_of) -> list:
    """`parts` (an answer's, each with its .sentence) with the sentences of `run` (one article's
    consecutive sentences, the list's at `at`) that carry their list on (`gathered`), made by
    `part_of`, all in the document's order (a list's support is its best sentence's, whatever
    comes first)."""
    position = {o.text: i for i, o in enumerate(run)}
    kept = sorted({position[p.sentence.text] for p in parts if p.sentence.text in position})
    more = gathered(q.text, q.terms, [o.text for o in run], kept, at) if kept else []
    if not more:
        return parts
    return sorted(parts + [part_of(run[i]) for i in more], key=lambda p: position.get(p.sentence.text, len(run)))
