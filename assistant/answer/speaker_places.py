"""Which county or district said or plans something (“蓄能活县”是哪个县提出来的, 培育…，这是哪个区的打算) is the
place its speaker heads: an interview's sentences name no place (要坚持蓄能活县), the heading names the
interviewee with his post (——访市人大代表、东辽县县长 王飞), and so does the attribution (龙山区区长崔晓飞…表示).

A 哪个县 question's sentence must name a county (asked_kind.kind_disagreement); a sentence in a speaker's
words, when the question asks what was proposed or planned, names it by its speaker's post. The answer then
cites the line writing that post beside his name (answer/speaker_lines.py), so that it shows the place.

The organisation a named person works for (甲在哪家企业任职) is read the same way: in his post beside his name, not
in what he said (`post_scope`, read by asked_kind.kind_disagreement).
"""

from __future__ import annotations

import re

from assistant.answer import roles
from assistant.answer.people import persons
from assistant.answer.said import INTERVIEW_RE, SPEAKER_REACH, attributed, interviewee
from assistant.text import places

# 哪个县, 哪一个区, 什么街道: the level asked (DISTRICT_ASKED_RE's, read for the ending a post's place has)
LEVEL_ASKED_RE = re.compile(r"(?:哪|什么)(?:一|个|一个)?(区县|县区|区(?![域别间分块])|县(?![城级])|街道|乡镇|镇(?![压])|乡(?![村下]))")
ENDINGS = {"区县": ("区", "县"), "县区": ("区", "县"), "乡镇": ("乡", "镇")}
# what the question asks the place of: a proposal, a plan, words said (提出, 打算, 要坚持, 表示)
PLANNED_RE = re.compile(r"提出|提到|讲到|谈到|打算|计划|规划|部署|设想|思路|目标|举措|要|将|坚持|说|表示|强调")


def level_asked(q) -> tuple[str, ...]:
    """The endings of the place a Chinese question asks as a proposer's (县 for 哪个县提出…); () when it asks none so."""
    if q.english or q.kind != "place":
        return ()
    m = LEVEL_ASKED_RE.search(q.text)
    if m is None or not PLANNED_RE.search(q.text[: m.start()] + q.text[m.end() :]):
        return ()
    return ENDINGS.get(m.group(1), (m.group(1),))


# the place a post is of, written before it: 东辽县|县长, 龙山区|区长, 南湖县|委书记, 某镇|人民政府 (the gazetteer and jieba
# may not know the place's name: 南湖|县县长)
POST_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:区县|县区|街道|[县区镇乡])(?=[县区镇乡]长|党?工?委|人民政府|政府|办事处)")


def _role_places(name: str, texts: list[str], endings: tuple[str, ...], question: str) -> list[str]:
    """The places of the asked level in the posts `texts` give `name` (东辽县 of 东辽县县长 王飞)."""
    found = [m.group() for t in texts for p in persons(t) if p.name == name and p.role
             for m in POST_PLACE_RE.finditer(p.role) if m.group().endswith(endings) and m.group() not in question]
    return list(dict.fromkeys(found))


def _speaker_texts(chunk, b: int) -> list[str]:
    """Where a sentence's speaker is named with his post: the interview heading of the title, the passage up to it."""
    heading = INTERVIEW_RE.search(chunk.title or "")
    return ([heading.group(1)] if heading else []) + [chunk.text[:b]]


def speaker_place(q, chunk, a: int, b: int) -> tuple[str, str]:
    """(the place of the level asked its speaker heads, the speaker) for the sentence chunk.text[a:b] of a
    question asking which county or district proposed it; ('', '') when none or more than one."""
    endings = level_asked(q)
    if not endings:
        return "", ""
    said = attributed(chunk.text[max(0, a - SPEAKER_REACH) : b])  # said.speaker_of, for a span of a chunk
    name = said.name if said is not None else interviewee(chunk.title)
    found = _role_places(name, _speaker_texts(chunk, b), endings, q.text) if len(name) >= 2 else []
    return (found[0], name) if len(found) == 1 else ("", "")


# 甲在哪家企业任职, 乙是哪个单位的, 丙供职于哪个部门: the organisation of a person the question names, which a
# sentence writes with his name: in his post (某集团总经理甲), a bracket after it (甲（某局）), a clause placing him
# (来自某公司的甲, 甲就职于某厂). A sentence giving his words (甲说，企业发展…某活动…) names what he spoke of, not
# where he works: read whole, any proper name in it would pass for the organisation asked.
AFFILIATION_ASKED_RE = re.compile(r"任职|供职|就职|效力|来自|所在|隶属|(?:是|属于?)哪[^，。？?]{0,6}的[？?]?$")
CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?]")
PRONOUN_RE = re.compile(r"[他她我]")
BRACKET_AFTER_RE = re.compile(r"\s*[（(][^）)]{1,30}[）)]")
PLACED_AFTER_RE = re.compile(r"[^，,。；;：:]{0,4}?(?:任职|供职|就职|工作|效力|所在|隶属|来自)[^，,。；;：:]{0,30}")


def post_scope(q, text: str) -> str | None:
    """What `text` writes with the name of the person a Chinese question asks the organisation of: his post before
    the name (its role words taken out: 人大代表 names no firm), a bracket or a clause placing him after it; where
    `text` does not write his name, its clauses placing someone (他在某公司工作); None when the question asks no
    named person's organisation."""
    if q.english or not AFFILIATION_ASKED_RE.search(q.text):
        return None
    names = [p.name for p in (*persons(q.text), *persons(text)) if len(p.name) >= 2 and p.name in q.text]
    if not names:
        return None
    at = next((text.find(n) for n in names if n in text), -1)
    if at < 0:  # his words go on (我将…为某地发展作贡献): only a clause placing him (他在某公司工作) may say where he works
        return "".join(c for c in CLAUSE_END_RE.split(text) if PRONOUN_RE.search(c) and PLACED_AFTER_RE.search(c))
    name = next(n for n in names if n in text)
    start = max((m.end() for m in CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    end = at + len(name)
    after = BRACKET_AFTER_RE.match(text, end) or PLACED_AFTER_RE.match(text, end)
    scope = text[start:at] + (after.group() if after else "")
    return "".join(w for w, f in roles.role_words(scope) if not (f[:1] == "n" and roles.ROLE_TAIL.search(w)))
