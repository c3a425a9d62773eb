"""Where a question says its fact was said, and which retrieved sentences were said there.

A reader names the source of what he asks: a speaker (邢树纲提到…, 据崔晓飞介绍…, 仇景锐那篇采访里…),
a speaker by his post (据高新区管委会主任介绍…), or a written document (政府工作报告里…, 报告中…).
The sentence that answers seldom writes the name: an interview writes its interviewee in its
heading (——访…主任 仇景锐) and a news story writes its speaker once (崔晓飞说，…), so the source is
held by the sentence's article or by the attribution its words run under (answer/said.py).

A sentence said elsewhere does not answer: another interviewee's target (力争…不低于5个) is not
the report's (…不低于50个) however alike the words. So such a sentence's support is cut
(`factors`, read by evidence.score_sentences): a wrong source's figure is refused rather than
given, also when none of the passages is the source's.

- A speaker (named, or by a post that a heading or attribution gives someone: `post_holders`; a
  post no passage gives anyone, or a kind of post, 负责人, scopes nothing): the sentence is his when his article's heading names him (an interview of him) or
  its words run under an attribution to him (said.words_of); an interview of another, or words
  attributed to another, are not his. Words attributed to no one the reader finds (汪文斌：…) are
  his when his article names him; an article that never names him is not his.
- A written document (报告, 公报): an interview is someone's spoken words about it, not the
  document; a sentence of an interview, or one run under a speaker's attribution in its
  paragraph, is out, unless it writes the document's name itself (《政府工作报告》提出…). A news
  story (answer/article_kind.py) is not the document either, unless its article writes the
  document's name: a story about a report quotes it, one that never names it is about something else.

The kind of piece a question names (`piece_asked`: a report, the work report, an interview; English
questions too) vetoes an answer citing a piece of another kind (`off_piece`, read by steps.run).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import addressed, article_kind, said
from assistant.answer.people import persons
from assistant.answer.roles import INTRODUCING_ROLE, ROLE_KINDS, SPEECH_VERBS, holds, role_head
from assistant.query import framing
from assistant.text import places

OUT_OF_SOURCE = 0.2  # the support kept by a sentence said elsewhere than the source the question names

# 报告中, 政府工作报告里, 那份公报: a written document named as where the fact stands (not 什么报告, asked)
# (not 作报告, 报告期, nor the verb: 共报告了, 向美国报告的, 团队报告LK-99)
DOCUMENT_RE = re.compile(r"(?<![哪什么么])(?<!(?<!工)作)(报告|公报|白皮书)(?=[\u4e00-\u9fff，,：:])(?!会|厅|期|了|过)")
VERB_BEFORE_RE = re.compile(r"(?:向|给)[^，,。；;？?]{1,8}$"
                            # 审议政府工作报告的那篇报道: the report is what the piece is about, not the piece
                            r"|(?:审议|讨论|听取|学习|解读|评价|点评|热议)了?《?[\u4e00-\u9fff]{0,8}$")
# …的那篇报道里: the piece named is a news story, which names no source to keep to
STORY_AFTER_RE = re.compile(r"^[^，,。；;？?]{0,8}?的(?:那|这)?[篇份则条]?(?:报道|文章|稿子?|新闻|消息|通讯)")
# 据高新区管委会主任介绍, 县长在采访中提到: a post, not a name, framing the ask
ROLE_FRAMED_RE = re.compile(r"(?:^|[，,。；;])(?:据|按照?|根据|在)?([\u4e00-\u9fff]{2,16}?)(?:在[^，,？?。]{1,8}?)?(?:"
                            + SPEECH_VERBS + r"|(?:的|那|这)?[篇次份]?(?:采访|专访|访谈|讲话|发言)(?:里|中)"
                            r"|的?(?:说法|看来|口中))")
ASKING_RE = re.compile(r"哪|什么|谁|多少|几")
# the work report; the report (not a news report, not Backblaze's report: a named one is a story's topic)
WORK_REPORT_EN_RE = re.compile(r"\bwork\s+report\b", re.IGNORECASE)
REPORT_EN_RE = re.compile(r"\b(?:the|this|that)\s+report\b(?!s|ed|er)(?!\s+(?:on|about)\b(?!\s+the\s+(?:work|implementation|execution)\b))", re.IGNORECASE)
INTERVIEW_EN_RE = re.compile(r"\binterview(?:s|ed)?\b", re.IGNORECASE)
# what an article about "the report" writes: a report, a news report, a results report
REPORT_WORDS_EN = ("报告", "报道", "报导", "财报", "研报", "公报", "通报")
WORK_REPORT = "工作报告"


@dataclass(frozen=True)
class Source:
    speaker: str = ""  # a name (邢树纲)
    post: str = ""  # a post naming the speaker (高新区管委会主任), when no name does
    document: str = ""  # the document's kind word (报告)


def asked(q) -> Source | None:
    """The source a Chinese question names (see the module's doc), or None."""
    if q.english or framing.disputed(q.text):  # 报告和邢树纲的采访给出的…分别是多少: two sources, each asked
        return None
    framed = said.framing(q)
    if framed:
        return Source(speaker=framed[0])
    if post := framing_post(q.text):
        return Source(post=post)
    d = DOCUMENT_RE.search(q.text)
    if d and not re.search(r"(?:哪|什么)[^，,；;？?\s]{0,4}$", q.text[: d.start()]) \
            and not VERB_BEFORE_RE.search(q.text[: d.start()]) and not STORY_AFTER_RE.search(q.text[d.end():]):
        return Source(document=d.group(1))
    return None


def framing_post(text: str) -> str:
    """The post (not a name) a text frames its words with (据高新区管委会主任介绍 -> 高新区管委会主任), or ''."""
    m = ROLE_FRAMED_RE.search(text)
    # a kind of post (有关负责人, 工作人员) names no one: an unnamed official's words may be any office's
    # (那组人大代表专访里: a group of pieces, no one's post)
    if m and not ASKING_RE.search(m.group(1)) and INTRODUCING_ROLE.search(m.group(1)) and m.group(1)[0] not in "那这各几" \
            and not m.group(1).endswith((*ROLE_KINDS, "人员", "人士")) \
            and not any(len(p.name) >= 2 for p in persons(m.group(1))):
        return m.group(1)
    return ""


def post_holders(post: str, sentences: list) -> set[str]:
    """The people whose post, as their interview heading or an attribution gives it, is `post`."""
    role = role_head(post)
    if len(role) > 2 and role_head(role[-2:]):  # 东丰县长 is one word: the post is its 县长
        role = role[-2:]
    if not role:
        return set()
    texts = {s.chunk.title for s in sentences} | {s.text for s in sentences if said.attributed(s.text + "，")}
    place = post[: post.find(role)] if role in post else ""
    return {p.name for t in texts for p in persons(t)
            if len(p.name) >= 2 and p.role and holds(p.role, (role,)) and _same_place(place, p.role, t)}


def _same_place(place: str, role: str, text: str) -> bool:
    """Does the post's place (高新区 of 高新区管委会主任) stand in the role or the text naming him? '' holds."""
    head = places.stem(re.sub(r"(?:管委会|党工委|委员会|政府)$", "", place))  # 西安区 in 西安安区区长
    return not head or head in role or head in text


def speakers(src: Source, sentences: list) -> set[str]:
    """Whose words the source is: its speaker, or the people `sentences` give its post. A speaker
    addressed by surname and post (邢县长) is whoever they give that post with that surname
    (addressed.py); none so named, the address as written (no sentence is his)."""
    if not src.speaker:
        return post_holders(src.post, sentences)
    if found := addressed.address(src.speaker):
        surname, post = found
        held = {n for n in post_holders(post, sentences) if addressed.answers_to(n, surname)}
        return held or {src.speaker}
    return {src.speaker}


def in_source(src: Source, s, sentences: list, names: set[str] | None = None) -> bool:
    """Was `s` said in the source named (see the module's doc)? `names`: `speakers(src, sentences)`,
    when the caller has it (it reads every sentence: once per question, not per sentence)."""
    if src.document:
        if src.document in s.text:
            return True
        paragraph = s.chunk.text.rfind("\n", 0, s.a) + 1
        return not said.interviewee(s.chunk.title) and said.attributed(s.chunk.text[paragraph : s.b]) is None \
            and not _off_piece("document", (src.document,), s)
    names = speakers(src, sentences) if names is None else names
    if who := said.speaker_of(s):
        return who in names
    # words the reader cannot attribute (汪文斌：…, 他透露…): his when his article names him
    article = [s.chunk.title] + [o.text for o in sentences if (o.chunk.source, o.chunk.article) == (s.chunk.source, s.chunk.article)]
    return any(n in t for n in names for t in article)


def factors(q, sentences: list) -> dict:
    """{id(sentence): the factor of its support} for the sentences said elsewhere than the
    source `q` names; {} when it names none, or a post none of `sentences` gives anyone. None
    of them said where it names: all are cut, the source is not among them."""
    src = asked(q)
    if src is None:
        return {}
    names = set() if src.document else speakers(src, sentences)
    if src.post and not names:
        return {}  # a post no passage gives anyone (工作人员介绍) scopes nothing: it may be unwritten
    return {id(s): OUT_OF_SOURCE for s in sentences if not in_source(src, s, sentences, names)}


def cut_support(draft, ranked: list) -> float | None:
    """The rules' own support of a draft's first sentence when they cut it as said elsewhere than the source
    asked (`factors`), else None. The selector does not read the source: its draft from another interviewee's
    words (邢树纲说，要抓好四项重点工作 for 报告要加快实施哪几个项目) must not stand on the support of the rules'
    sentence, which is the source's."""
    first = draft.parts[0].sentence if draft is not None and draft.parts else None
    for sc in ranked if first is not None else ():
        same = sc.sentence is first or (sc.sentence.chunk.id == first.chunk.id and sc.sentence.a == first.a)
        if same and sc.factors.get("source", 1.0) < 1.0:
            return sc.factors.get("rules", sc.score)
    return None


def piece_asked(q) -> tuple[str, tuple[str, ...]] | None:
    """The kind of piece a question names its fact in: ("document", the words an article about it
    writes) for 报告中… / the (work) report says…, ("interview", ()) for an English question's
    interview; None when it names none (see `asked` for what a Chinese question names)."""
    if q.english:
        if WORK_REPORT_EN_RE.search(q.text):
            return "document", (WORK_REPORT,)
        if REPORT_EN_RE.search(q.text):
            return "document", REPORT_WORDS_EN
        return ("interview", ()) if INTERVIEW_EN_RE.search(q.text) else None
    src = asked(q)
    if src is None or not src.document:
        return None
    return "document", (WORK_REPORT if WORK_REPORT in q.text else src.document,)


def _off_piece(kind: str, words: tuple[str, ...], s) -> bool:
    """Is `s` in a piece of another kind than asked? A news story is no document unless its article
    writes the document's words; an interview is an article whose heading or text says so."""
    if kind == "interview":
        return not article_kind.interview(s)
    return article_kind.news(s) and not article_kind.writes(s, words)


def off_piece(q, drafts, hits=()) -> bool:
    """Does a draft cite a sentence of another kind of piece than the question names (`piece_asked`)?
    (甲工作室的发展方向, a games story's, for 报告明确…要坚持什么方向.) An English question's "the report"
    may be a news report: it names a document only when a passage retrieved is of one that is no story."""
    asked_piece = piece_asked(q)
    if asked_piece is None or (asked_piece[1] == REPORT_WORDS_EN and all(article_kind.news_article(h.chunk) for h in hits)):
        return False
    return any(_off_piece(*asked_piece, p.sentence) for d in drafts if d for p in d.parts)
