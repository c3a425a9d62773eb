"""Who an interview is with (接受采访的负责人是哪位, 受访的区长是谁, 那篇专访采访的是谁) is answered by
the line of the interview's heading that names him (——访市人大代表、青河县县长 李明): an interview
writes its interviewee there, and its sentences after that say 他 or name him without the words
the question uses (受访, 专访), so the sentence scorers find his name weakly or not at all.

Only a question asking who was interviewed is read so (受访, 接受…采访, 专访…的是 beside 谁 or
哪位); who interviewed (哪位记者采访了…) is a byline's (answer/credits.py). The interview is the
article whose title and passages write most of the question's naming words (headings.article_asked),
and a role the question asks (负责人, 县长) must be one the heading gives the interviewee.
"""

from __future__ import annotations

import re

from assistant.answer import article_openings
from assistant.answer.evidence import Sentence, matching
from assistant.answer.extractive import Draft, make_part
from assistant.answer.headings import article_asked, article_chunks
from assistant.answer.people import persons
from assistant.answer.roles import asked_roles, holds
from assistant.answer.said import INTERVIEW_RE, interviewee
from assistant.query.question import Question
from assistant.records import Hit

# 接受采访的负责人是哪位, 受访的区长是谁, 哪位负责人接受了专访, 专访的是谁
_WHO = r"(?:是)?(?:哪[位名]|谁)"
_INTERVIEWED = r"(?:受访|接受[^，,？?。]{0,4}?[专采]访|被[专采]访)"
ASKED_RE = re.compile(rf"{_INTERVIEWED}的?[\u4e00-\u9fff]{{0,6}}?{_WHO}|哪[位名][\u4e00-\u9fff]{{0,6}}?{_INTERVIEWED}"
                      rf"|[专采]访的(?:对象)?{_WHO}")
# 哪位记者采访了…, 记者是谁: who interviewed, a byline's question (answer/credits.py), not this one
REPORTER_ASKED_RE = re.compile(r"哪[位名]?记者|记者是")
SUPPORT = 1.0  # the interview's own heading names him: nothing to weigh it against


def asks_interviewee(question: str) -> bool:
    return bool(ASKED_RE.search(question)) and not REPORTER_ASKED_RE.search(question)


def _heading_line(hits: list[Hit], source: str, article: int, name: str) -> Sentence | None:
    """The heading's ——访… line naming `name`, where a passage of the article among the hits writes it."""
    for rank, chunk in article_chunks(hits, source, article):
        for line in re.finditer(r"[^\n]+", chunk.text):
            m = INTERVIEW_RE.search(line.group().rstrip())
            if m and name in m.group(1):
                return Sentence(rank, chunk, line.start() + m.start(), line.start() + len(line.group().rstrip()))
    return None


# 甲接受专访时署的完整职务是什么, 受访时的身份: the posts his interview's heading gives him, all of them (the
# attribution in the text, 高新区党工委书记仇景锐在接受记者采访时说, shortens them; its quotation gives none)
TITLE_ASKED_RE = re.compile(r"职务|职位|头衔|身份|官职|职衔")
INTERVIEW_ASKED_RE = re.compile(r"[专采]访|访谈|受访")


def title_draft(q: Question, hits: list[Hit]) -> Draft | None:
    """The ——访… line of the interview of the person a question names, from his posts on, when the
    question asks his posts in that interview; None when it asks no such thing or no interview among
    the hits' articles is his (the other steps answer)."""
    if q.english or not hits or not (TITLE_ASKED_RE.search(q.text) and INTERVIEW_ASKED_RE.search(q.text)) \
            or "记者" in q.text:  # 采访甲的记者是什么身份: the reporter's, not the heading's
        return None
    articles = dict.fromkeys((c.source, c.article, c.title) for c in (matching(h.chunk) for h in hits))
    for source, article, title in articles:
        name = interviewee(title)
        if len(name) < 2 or name not in q.text:
            continue
        line = _heading_line(hits, source, article, name) or _opening_line(source, article, name)
        if line is None:
            return None
        m = INTERVIEW_RE.search(line.text.strip())
        at = line.a + line.text.find(m.group(1)) if m else line.a  # the posts and name after ——访
        part = make_part(line, at, line.b, SUPPORT)
        return Draft([part], SUPPORT, kind="interviewee", joiner="")
    return None


def _opening_line(source: str, article: int, name: str) -> Sentence | None:
    """The ——访… line naming `name` in the whole article (its opening passage may not be retrieved)."""
    return next((s for s in article_openings.sentences(source, article)
                 if INTERVIEW_RE.search(s.text.strip()) and name in s.text), None)


def draft(q: Question, hits: list[Hit]) -> Draft | None:
    """The heading line naming the interviewee of the interview asked; None when the question asks
    no interviewee, the article is no interview, its heading gives him no role asked, or no passage
    among the hits writes the line (the other steps answer)."""
    if titled := title_draft(q, hits):
        return titled
    if q.english or not hits or not asks_interviewee(q.text):
        return None
    top = article_asked(q, hits)
    name = interviewee(top.title) if top is not None else ""
    if not name:
        return None
    asked = asked_roles(q)
    m = INTERVIEW_RE.search(top.title)
    if asked and not any(p.name == name and holds(p.role, asked) for p in persons(m.group(1).strip())):
        return None
    sentence = _heading_line(hits, top.source, top.article, name)
    if sentence is None:
        return None
    part = make_part(sentence, sentence.a, sentence.b, SUPPORT)
    return Draft([part], SUPPORT, kind="interviewee", joiner="")
