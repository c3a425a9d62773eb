"""A claim wrapped in a frame, and a claim joining two facts.

A writer often opens with where the fact stands before giving it: a topic or section (在教育方面，
民生部分，), or a purpose (为了改善交通，). Neither is a fact to verify: a source's sentence states the
fact without them (the report's sentence under its 教育 heading says 新建学校5所, not 在教育方面), so
their words, required of the deciding sentence, leave a claim open that the same claim without them
decides. A topic still narrows where the fact may stand: the passage deciding it must be about the
topic (its heading or text writing the topic's words). A frame naming a place, person, organisation
or year says whose fact it is: kept.

A writer also joins two facts in one claim (甲县新建学校5所，并将新修道路30公里): each stands in its
own sentence of the source, so neither sentence holds the whole claim. Each fact is checked on its
own, the words before the first one's act (甲县, 今年, 报告提出) carried to the next, and the claim
holds when each does (claims.overall).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.measure_nature import FORWARD
from assistant.check import slots
from assistant.check.document_lead import DOCUMENT_LEAD_RE, DOCUMENTS
from assistant.check.statements import SUPPORTED, UNKNOWN
from assistant.text import places, words

# 在教育方面，/ 文化体育部分，/ 就业问题上，/ 关于住房，/ 谈到交通时，: where in the subject matter the fact stands
TOPIC_RE = re.compile(r"^(?:在|从|就)?(?P<what>[^，,。；;：:“”]{2,14}?)(?:方面|领域|部分|板块|章节|问题上|工作中)[，,：:]"
                      r"|^(?:关于|至于|围绕|聚焦)(?P<about>[^，,。；;：:“”]{2,14})[，,：:]"
                      r"|^(?:谈到|说到|讲到|谈及|提到)(?P<on>[^，,。；;：:“”]{2,14}?)(?:时|的时候)[，,：:]")
# 为了改善交通，/ 为推动转型，: why, not what was done
PURPOSE_RE = re.compile(r"^为了?(?P<why>[^，,。；;：:]{2,16})[，,]")
NAME_FLAGS = ("nr", "ns", "nt")


def _names_someone(text: str) -> bool:
    """Does a frame say whose fact it is: a place, person, organisation, level or year?"""
    return (bool(places.places(text)) or bool(places.LEVEL_RE.search(text)) or bool(slots.years(text))
            or bool(slots.dates(text)) or any(flag in NAME_FLAGS for _, flag in words.tagged(text)))


def unframed(claim: str) -> str:
    """The claim without its opening topic or purpose frame, or '' when it has none (or one that
    names whose fact it is, or nothing checkable after it)."""
    for pattern in (TOPIC_RE, PURPOSE_RE):
        m = pattern.match(claim)
        if not m:
            continue
        frame, rest = claim[: m.end()], claim[m.end() :].strip()
        if _names_someone(frame) or len(rest) < 6:
            return ""
        return rest
    return ""


def topic(claim: str) -> str:
    """What the claim's topic frame names (教育 of 在教育方面，), or ''."""
    m = TOPIC_RE.match(claim)
    named = next((g for g in m.groups() if g), "") if m else ""
    return re.sub(rf"^{DOCUMENTS}的?", "", named)  # 在报告的教育部分: the document's, no word of its passage


def in_topic(words_of: str, where: str) -> bool:
    """Is the passage (its headings and text) about the topic: each word the topic names (its things and
    acts, 生态 and 保护 of 生态保护) written there? A topic narrows where the fact may stand: the same
    figure under another heading (住房 for the claim's 教育) is another fact."""
    named = [w for w, flag in words.tagged(re.sub(r"^的|的$", "", words_of))
             if len(w) >= 2 and flag.startswith(("n", "v")) and w not in words.STOPWORDS]
    return all(words.match(w, where) > 0 for w in named)


# ，并将… / ，同时… / ，并且… / ，此外… / ；…: where a second fact begins
JOIN_RE = re.compile(r"[，,](?:并且|同时还?|此外还?|另外还?|而且|并(?![非不没未无列存])|还(?![是有]))|[；;]"  # not 并非, 还是
                     r"|[，,](?=力争|争取|确保)")  # …，力争新增…: a second aim of the same subject
# 今年, 去年, 年内, 2024年上半年: when, as a fact opens with it
WHEN_RE = re.compile(r"(?:(?:19|20)\d\d年度?|[今去明本上]年度?|年内|全年)(?:[上下]半年|第?[一二三四1-4]季度)?")
LEVEL_RE = re.compile(r"[全本我该][县区市省]")  # 全县, 本市: the subject as its level


# 报告提出, 文件要求: what a document proposes or requires is its plan, each fact it joins a target
PROPOSES_RE = re.compile(r"提出|要求|部署|安排")


def _lead(text: str) -> tuple[str, str]:
    """(the document lead, the opening names and times) of a fact (报告提出, 甲县今年): what the fact
    after a join leaves unsaid."""
    m = DOCUMENT_LEAD_RE.match(text)
    cited, text = (text[: m.end()], text[m.end() :]) if m else ("", text)
    pos = 0
    for name in places.places(text):  # 甲县今年: the place first, with its level (places.places gives 甲)
        if text.startswith(name, pos):
            pos += len(name)
            pos += bool(re.match(r"[省市县区镇乡]", text[pos:pos + 1]))
            break
    for pattern in (LEVEL_RE, WHEN_RE):
        m = pattern.match(text, pos)
        pos = m.end() if m else pos
    out = text[:pos]
    return cited, out


# 甲县今年要新建…，并…: the aim the first fact opens with, the facts joined to it share
AIM_RE = re.compile(r"^(?:还要|要|将|力争|计划|确保|争取|拟)")


def _rest(cited: str, lead: str, piece: str) -> str:
    rest = piece[len(cited):] if piece.startswith(cited) else piece
    return rest[len(lead):] if rest.startswith(lead) else rest


def _fact(cited: str, lead: str, aim: str, piece: str) -> str:
    """One joined fact, with the lead and aim it leaves unsaid; a plan's when the document proposes
    it and the fact says no aim of its own (报告提出…，同时完成某项改造: a target, not a result)."""
    rest = _rest(cited, lead, piece)
    if FORWARD.search(rest):
        aim = ""
    elif not aim and PROPOSES_RE.search(cited):
        aim = "要"
    return f"{cited}{lead}{aim}{rest}。"


def joined(claim: str) -> list[str]:
    """The facts a claim joins (two or more, each to be checked on its own), or [] for one fact."""
    body = claim.rstrip("。.！!")
    cuts = [m for m in JOIN_RE.finditer(body)]
    if not cuts:
        return []
    pieces, start = [], 0
    for m in cuts:
        pieces.append(body[start : m.start()])
        start = m.end()
    pieces.append(body[start:])
    pieces = [p.strip("，,；; ") for p in pieces]
    if any(len(p) < 4 for p in pieces):
        return []
    cited, lead = _lead(pieces[0])
    aim = AIM_RE.match(_rest(cited, lead, pieces[0]))
    return [_fact(cited, lead, aim.group(0) if aim else "", p) for p in pieces]


def reframed(claim: str, again, overall):
    """The verdict on the claim read without its frame, or fact by fact; None when that decides nothing.
    `again(text)`: the claim checker's verdict on a text; `overall(verdicts)`: the claim's of its parts'.
    A topic frame narrows where the fact may stand: each deciding passage must be about it."""
    rest, about = unframed(claim), topic(claim)
    on_topic = lambda v: all(in_topic(about, f"{c.title} {c.passage}") for c in v.citations)  # noqa: E731
    if rest:
        found = again(rest)
        if found.verdict != UNKNOWN and on_topic(found):
            return replace(found, claim=claim)
    facts = joined(rest or claim)
    if not facts:
        return None
    found = [again(f) for f in facts]
    final = overall([v.verdict for v in found])
    if final == UNKNOWN or not all(on_topic(v) for v in found if v.verdict != UNKNOWN):
        return None
    if final != SUPPORTED:
        return replace(next(v for v in found if v.verdict == final), claim=claim)
    return _all_supported(claim, found)


def _all_supported(claim: str, found: list):
    """One verdict of a claim whose facts are each supported, each sentence numbered once across them."""
    numbers: dict[tuple, int] = {}
    cites, quotes = [], []
    for v in found:
        renumbered = {}
        for c in v.citations:
            key = (c.source, c.start, c.end)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                cites.append(replace(c, n=numbers[key]))
            renumbered[str(c.n)] = str(numbers[key])
        quoted = re.sub(r" \[(\d+)\]", lambda m: f" [{renumbered.get(m.group(1), m.group(1))}]",
                        v.text.split("：", 1)[1])
        quotes.extend(q for q in quoted.split("；") if q not in quotes)
    return replace(found[0], claim=claim, text=f"成立 supported：{'；'.join(quotes)}", citations=tuple(cites),
                   claimed=tuple(c for v in found for c in v.claimed), sources_say=(),
                   support=min(v.support for v in found))
