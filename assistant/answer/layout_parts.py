"""Questions about a document's own layout: the heading of its n-th numbered part (第六项, 报告第三部分,
排第二的那项任务) and the headline of the piece a reporter's byline names (记者甲写的那篇消息).

No sentence of the text states either: a report's sections are numbered by their headings
(二、工作安排 · (六)做好社会保障), kept as the titles of the store's articles in the document's order,
and a byline (本报讯(记者 甲 乙)) stands under the headline it belongs to. The sentence scorers
answer with the sentence that counts the parts (重点抓好八项工作) or with the byline itself.

A part is read only when the document's numbering is clear: one level of markers running 一, 二, 三 …
in order, as many as the question counts (八项重点任务) and reaching the n-th. When the document is
numbered but not clearly (levels mixed, a count that differs, too few parts) the answer is refused;
when it carries no numbered headings the other steps answer. A headline asked by a name is answered
only when exactly one retrieved piece's byline carries that name.
"""

from __future__ import annotations

import re

from assistant.answer import article_store
from assistant.answer.evidence import Sentence, matching
from assistant.answer.extractive import Draft, make_part
from assistant.answer.headings import article_asked, heading_line
from assistant.query.framing import item_reference
from assistant.query.question import Question
from assistant.records import Hit
from assistant.text.numerals import to_number

_NUM = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_PART = r"项|部分|个?方面|条|点|章|节|板块"
# 第六项, 第三部分, 排第六的那一项, 排在第二位的任务
_ORDINAL = re.compile(rf"第({_NUM})(?:{_PART})|排(?:在)?第({_NUM})")
# the part's heading asked: 标题怎么写, 叫什么; or the part itself, right after it (第二项重点任务是什么,
# 第三部分讲的是什么), not a thing within it (第二项工作围绕扩内需，要培育的是什么: the other steps)
_ASKS_HEADING = re.compile(r"标题|题目|怎么写|叫什么")
_ASKS_PART = re.compile(r"^[^，,。？?；;]{0,10}?(?:是什么|讲的是什么|讲了什么|说的是什么|是哪一?项)")
# the count the question gives the parts: 八项重点任务, 五个方面, 三部分
_COUNT = re.compile(rf"(?<!第)({_NUM})(?:项|个方面|大方面|部分|条|点|大)")
_TOP = "部分"  # 报告第三部分: the document's first level (一、二、), not its subheadings
# the marker opening a numbered heading: (九) （九） 九、 9. 第九
_MARKER = re.compile(rf"^\s*(?:[(（]({_NUM})[)）]|({_NUM})[、.．]|第({_NUM})(?:部分|章|节|项)[、，,：:\s]?)")

# a headline asked by its byline: 记者甲写的那篇消息叫什么
# the headline itself (标题是什么, 主标题怎么写, 叫什么), not a word within it (标题说要推动什么)
_ASKS_HEADLINE = re.compile(r"(?:标题|题目)(?:是|为)?(?:什么|怎么写|怎样写|如何写)|叫什么")
_BY = re.compile(r"记者|采写|撰写|写的|撰稿|署名|报道的")
# the byline ends with its line: a place opening the next line is no name
_BYLINE = re.compile(r"(?:本报|新华社|特约)?记者(?:[^\S\n]|[:：])*((?:[\u4e00-\u9fff]{2,4}(?:[^\S\n]|[、，,和])*){1,6})")
_BYLINE_AFTER = re.compile(r"[(（]((?:[\u4e00-\u9fff]{2,4}[\s、，,]*){1,6})(?:采写|报道|撰稿)[)）]")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
HEAD = 200  # characters: a byline stands under the headline, before the text

SUPPORT = 1.0  # the line asked is the document's own: nothing to weigh it against


def _number(raw: str | None) -> int | None:
    value = to_number(raw) if raw else None
    return int(value) if value else None


def asked_ordinal(question: str) -> tuple[int, int | None] | None:
    """(n, the count of parts the question gives or None) of a question asking its n-th part."""
    m = _ORDINAL.search(question)
    if not m or not (_ASKS_HEADING.search(question) or _ASKS_PART.search(question[m.end():])):
        return None
    n = _number(m.group(1) or m.group(2))
    if not n:
        return None
    count = _COUNT.search(question)
    return n, _number(count.group(1)) if count else None


def marker(heading: str) -> int | None:
    """The number a heading's marker gives it: (九)… → 9, 二、… → 2; None when it has no marker."""
    m = _MARKER.match(heading)
    return _number(next(g for g in m.groups() if g)) if m else None


def _pieces(title: str) -> list[str]:
    return [p.strip() for p in title.split(" · ") if p.strip()]


def levels(titles: list[str], top: str) -> tuple[list[str], list[str]]:
    """(the numbered first-level headings of the run of sections around `top`, the numbered
    subheadings under `top`), each in the document's order, once each."""
    firsts, subs = [], []
    for title in titles:
        pieces = _pieces(title)
        if not pieces:
            continue
        if marker(pieces[0]) and pieces[0] not in firsts:
            firsts.append(pieces[0])
        if pieces[0] == top and len(pieces) > 1 and marker(pieces[-1]) and pieces[-1] not in subs:
            subs.append(pieces[-1])
    if top not in firsts:
        firsts = []  # the asked part's document is not itself one of numbered parts
    return firsts, subs


def _in_order(headings: list[str]) -> bool:
    return [marker(h) for h in headings] == list(range(1, len(headings) + 1))


def part_heading(question: str, titles: list[str], top: str) -> str | None:
    """The heading of the part asked, '' when the numbering is unclear (refuse), None when the
    document has no numbered parts (the other steps answer)."""
    asked = asked_ordinal(question)
    if asked is None:
        return None
    n, count = asked
    firsts, subs = levels(titles, top)
    candidates = [lv for lv in (firsts, subs) if lv]
    if not candidates:
        return None
    if count is not None:
        candidates = [lv for lv in candidates if len(lv) == count]
    if len(candidates) == 2:  # 第三部分 asks the first level; 第三项, 第三个方面 the items under a part
        candidates = [firsts] if _TOP in question else [subs]
    if len(candidates) != 1 or not _in_order(candidates[0]) or n > len(candidates[0]):
        return ""
    return candidates[0][n - 1]


def _refused() -> Draft:
    return Draft([], 0.0, kind="layout", joiner="")


def _cut(line: str, chunks, kind: str) -> Draft | None:
    """The line where a chunk writes it, after its numbering marker."""
    for rank, chunk in chunks:
        at = chunk.text.find(line)
        if at < 0:
            continue
        m = _MARKER.match(line)
        a = at + (m.end() if m else 0)
        sentence = Sentence(rank, chunk, a, at + len(line))
        return Draft([make_part(sentence, sentence.a, sentence.b, SUPPORT)], SUPPORT, kind=kind, joiner="")
    return None


def _ranked(hits: list[Hit]):
    return [(rank, matching(hit.chunk)) for rank, hit in enumerate(hits)]


def part_draft(q: Question, hits: list[Hit]) -> Draft | None:
    if q.english or not hits or asked_ordinal(q.text) is None:
        return None
    named = article_asked(q, hits)
    if named is None:
        return None
    # the document named, or else the first-ranked one that is numbered: 报告第二项工作 may name the
    # report by words a news piece about it writes too
    line, top, titles = None, named, []
    for chunk in [named] + [matching(h.chunk) for h in hits]:
        if not (pieces := _pieces(chunk.title)):
            continue
        titles = article_store.titles_of(chunk.source)
        line = part_heading(q.text, [t for _, t in titles], pieces[0])
        if line is not None:
            top = chunk
            break
    if line is None:
        return None
    if not line:
        return _refused()
    articles = [a for a, t in titles if _pieces(t) and line in (_pieces(t)[0], _pieces(t)[-1])]
    chunks = [(len(hits), c) for a in articles[:1] for c in article_store.article_chunks(top.source, a)]
    return _cut(line, _ranked(hits) + chunks, "layout") or _refused()


def byline_names(text: str) -> set[str]:
    """The names a piece's opening byline carries: 本报讯(记者 甲 乙), 本报记者 甲, (甲 乙 采写)."""
    head = text[:HEAD]
    names: set[str] = set()
    for m in list(_BYLINE.finditer(head)) + list(_BYLINE_AFTER.finditer(head)):
        names.update(n for n in _NAME.findall(m.group(1)) if n not in ("本报", "记者", "通讯员"))
    return names


def byline_draft(q: Question, hits: list[Hit]) -> Draft | None:
    """The headline of the one retrieved piece whose byline holds the name the question gives;
    refused when two pieces carry it, None when none does or no headline is asked of a byline."""
    if q.english or not hits or not (_ASKS_HEADLINE.search(q.text) and _BY.search(q.text)):
        return None
    found: dict[tuple[str, int], object] = {}
    for hit in hits:
        chunk = matching(hit.chunk)
        key = (chunk.source, chunk.article)
        if key in found:
            continue
        opening = (article_store.article_chunks(*key) or [chunk])[0]
        if opening.start > chunk.start:
            opening = chunk
        if any(name in q.text for name in byline_names(opening.text)):
            found[key] = opening
    if not found:
        return None
    if len(found) > 1:
        return _refused()
    opening = next(iter(found.values()))
    line = heading_line(opening.title, "标题")
    if not line:
        return None
    chunks = _ranked(hits) + [(len(hits), opening)]
    return _cut(line, [(r, c) for r, c in chunks if (c.source, c.article) == (opening.source, opening.article)], "layout")


def draft(q: Question, hits: list[Hit]) -> Draft | None:
    return part_draft(q, hits) or byline_draft(q, hits)


def numbered_part(titles: list[str], top: str, n: int, first_level: bool) -> str | None:
    """The heading of the n-th part of the document whose section `top` is: one level of its numbered headings,
    in order and reaching n (the first level when the question says 部分 and both qualify); None when unclear."""
    firsts, subs = levels(titles, top)
    candidates = [lv for lv in (firsts, subs) if lv and _in_order(lv) and n <= len(lv)]
    if len(candidates) == 2:
        candidates = [firsts] if first_level else [subs]
    return candidates[0][n - 1] if len(candidates) == 1 else None


def part_passages(q: Question, hits: list[Hit]) -> list[Hit]:
    """`hits` and, after them, the passages of the part the question names by its place (第三项工作里, 第二部分提到的,
    头一项) in the first-ranked document numbered clearly: a long report's passage about one matter seldom
    writes the words of the part's heading or its number, so it may not be retrieved though the part is."""
    item = None if q.english or not hits else item_reference(q.text)
    if item is None or not (n := _number(item[0])):
        return hits
    for hit in hits:
        chunk = matching(hit.chunk)
        if not (pieces := _pieces(chunk.title)):
            continue
        titles = article_store.titles_of(chunk.source)
        line = numbered_part([t for _, t in titles], pieces[0], n, _TOP in q.text[item[1][0]: item[1][1]])
        if line is None:
            continue
        seen = {h.chunk.id for h in hits}
        articles = [a for a, t in titles if _pieces(t) and _pieces(t)[-1] == line]
        more = [Hit(c, 0.0) for a in articles[:1] for c in article_store.article_chunks(chunk.source, a) if c.id not in seen]
        return hits + more
    return hits
