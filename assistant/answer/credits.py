"""Bylines and photo credits, for 谁 and 哪些记者 questions about who wrote or photographed.

A byline ((记者 陈地、王春燕), 本报记者 于蕊) names who wrote the whole article, a photo credit
(新华社记者 江宏景 摄, 许永强 摄) who took the picture its caption describes. Their own few
words share nothing with a question about the article (邢树纲接受了哪位记者的采访？), so a
credit is supported by what it speaks for: a byline by the best-supported sentence of its
article, a photo credit by its caption (its own sentence or the one before). Of the 1,930
articles of news_part_a.txt, 135 carry a byline (记者 X) in brackets, 11 a 本报记者 X line,
69 a photo credit X 摄 (24 of them 记者 X 摄).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer import people
from assistant.answer.article_names import PIECE, naming_groups
from assistant.answer.evidence import Scored, Sentence
from assistant.answer.roles import asked_roles
from assistant.text.sentences import split_sentences

CREDIT_ROLES = ("记者", "通讯员", "摄影记者", "摄影师", "摄影", "撰稿", "作者")
# 摄 closing a credit (刘鹰 魏利军 摄), not 摄像, 摄制 or 摄影 (a role word of its own)
PHOTO_RE = re.compile(r"^[\s、，,和及]*(?:[\u4e00-\u9fff]{2,4}[\s、，,和及]+){0,3}?摄(?![像制影])")
ASKS_PHOTO = re.compile(r"拍摄|摄影|照片|图片|拍的|摄")
ASKS_PHOTO_EN = re.compile(r"\b(?:photo|picture|image|shot|photograph)(?:s|ed|er|ers)?\b|\btook\b.*\b(?:pictures?|photos?)\b", re.IGNORECASE)
# a question naming no role asks for a credit when 谁 is who acted: 照片是谁拍摄的, 由谁采写
# (谁接受了记者的采访 asks for who was interviewed)
ACTED_RE = re.compile(r"谁(?:来|所)?(?:拍摄|拍|摄|采写|撰写|写|撰稿|报道)")
# 哪些记者, 哪两位记者: a list question asking for credited people
CREDIT_LIST_RE = re.compile(r"哪(?:些|几|[两二三四五六七八九十])[位名个]?(?:摄影)?(?:记者|通讯员|摄影师)")
RANK_BONUS = 0.08  # as in evidence.score_sentences
# a question pointing at the article whose byline it asks, by what the article is about:
# 写X那篇报道的记者, 关于X的文章, 《X》一文, 采访X的记者 (the piece words of article_names)
PIECE_RE = re.compile(rf"{PIECE}|一文")
# the same in English: the commentary on X, the article about X (the naming words are the translations)
PIECE_EN_RE = re.compile(r"\b(?:article|report|story|commentary|editorial|column|feature|piece|interview)s?\b", re.IGNORECASE)
TITLED = 0.5  # share of the naming words an article's own title writes when it is the one asked
BYLINE_WORDS = ("署名", "落款")  # the byline asked, which names no piece


@dataclass(frozen=True)
class Credit:
    scored: object  # the evidence.Scored sentence holding the credit
    photo: bool
    support: float


def asks_credit(q) -> bool | None:
    """True when a question asks who took a picture, False who wrote or reported, None
    when it asks neither (the roles asked, or the verbs: 拍摄, 采写, 采访)."""
    if q.kind == "list":
        asked = CREDIT_LIST_RE.search(q.text) is not None
    else:
        roles = asked_roles(q)
        asked = any(r.endswith(c) for r in roles for c in CREDIT_ROLES) if roles else ACTED_RE.search(q.text) is not None
    return ((ASKS_PHOTO_EN if q.english else ASKS_PHOTO).search(q.text) is not None) if asked else None


def credits_in(text: str) -> list[tuple[people.Person, bool]]:
    """The people a sentence credits: (person, a photo credit?)."""
    out = []
    for p in people.persons(text, CREDIT_ROLES):
        if p.role == people.PHOTO_ROLE or PHOTO_RE.match(text[p.end :]):
            out.append((p, True))
            continue
        if people.byline(text, p):
            out.append((p, False))
    return out


def _credited(text: str) -> bool:
    """Does a sentence name someone with a credit role, as a credit or not (a credits block
    glued into one line, 监制：甲 乙记者：丙, reads 乙记者 as a reporter): either is what a
    who-wrote question would be answered with, so either must come from the article asked."""
    return bool(credits_in(text)) or any(p.role.strip().endswith(CREDIT_ROLES) for p in people.persons(text, CREDIT_ROLES))


def _photo_only(text: str) -> bool:
    """Does a sentence credit photographs and no writing (新华社记者 陈斌 摄)? Its 记者 took
    the picture; who wrote the article is not said there."""
    found = credits_in(text)
    return bool(found) and all(photo for _, photo in found)


def unsupported(sc) -> float:
    """What a sentence's support would be if it named the person asked: its support
    without the answer-type factor."""
    bonus = RANK_BONUS / (1 + sc.sentence.hit_rank)  # evidence.score_sentences' own, not scaled
    return (sc.score - bonus) / max(sc.factors.get("type", 1.0), 1e-6) + bonus


def _article(sentence) -> tuple:
    return sentence.chunk.source, sentence.chunk.article


def _credit_lines(scored: list, look: int) -> list:
    """Every sentence with a credit in it: among the candidates, and in the passages of the
    best `look` of them (a byline opens the passage its article's best sentence is in, and
    the candidates a selector keeps may leave it out)."""
    out, seen = [], set()
    for sc in scored:
        if credits_in(sc.sentence.text):
            out.append(sc)
            seen.add((sc.sentence.chunk.id, sc.sentence.a))
    for sc in scored[:look]:
        chunk = sc.sentence.chunk
        for a, b in split_sentences(chunk.text):
            if (chunk.id, a) not in seen and credits_in(chunk.text[a:b]):
                seen.add((chunk.id, a))
                out.append(Scored(Sentence(sc.sentence.hit_rank, chunk, a, b), 0.0, 0.0, {}))
    return out


def titled(q, title: str) -> bool:
    """Whether an article's title is that of the article a byline question points at: a question
    naming an article by its subject (写X那篇报道的记者) asks the byline of the article whose
    headline writes that subject, and another article's byline (an interview mentioning X) is
    not its answer though its sentences speak of X. A question naming no article, or an article
    without a title, is not judged so."""
    return _writes(_naming(q), title)


def _naming(q) -> list | None:
    """The word groups naming the article a byline question points at; None when it names none.
    They depend on the question only: read once per question, not per candidate's title."""
    if not (PIECE_EN_RE if q.english else PIECE_RE).search(q.text):
        return None
    # 王飞那篇访谈: the person a piece is about names it, as its headline does, however jieba cuts the rest (县长王|飞)
    about = [(p.name,) for p in people.persons(q.text) if not p.role.strip().endswith(CREDIT_ROLES)]
    if about and not q.english:
        return about
    groups = [g for g in naming_groups(q) if not any(t.endswith(CREDIT_ROLES) or t in BYLINE_WORDS for t in g)]
    if q.english and groups:
        # each English word comes as several translations, many of them of words no headline
        # renders so (opening up, new phase): the title must write one of them, not half the words
        return [tuple(t for g in groups for t in g)]
    return groups or None


def _writes(groups: list | None, title: str) -> bool:
    """Whether `title` writes enough of the naming `groups` (`titled`, with the groups read)."""
    if not groups or not title:
        return True
    written = sum(any(len(t) > 1 and t in title for t in g) for g in groups)
    return written >= TITLED * len(groups)


def _span(s) -> tuple[str, int, int]:
    """Where a sentence is in its document (overlapping passages hold it twice)."""
    return s.chunk.source, s.chunk.to_original(s.a), s.chunk.to_original(s.b - 1) + 1


def _caption(s, scored) -> float:
    """A photo credit's caption: the sentence holding the credit or the one right before it."""
    source, a, _ = _span(s)
    near = [o for o in scored if _span(o.sentence)[0] == source
            and (_span(o.sentence)[1] == a or 0 <= a - _span(o.sentence)[2] <= CAPTION_GAP)]
    return max((unsupported(o) for o in near), default=0.0)


CAPTION_GAP = 3  # characters between a caption and its credit (a line break, spaces)
LOOK = 5  # candidates whose passages are searched for a credit


def best(q, scored: list) -> Credit | None:
    """The credit that answers a question asking who wrote or photographed, with the support
    of what it speaks for; None when the question asks no such thing or no credit fits."""
    photo_asked = asks_credit(q)
    if photo_asked is None or not scored:
        return None
    found, naming = [], _naming(q)
    for sc in _credit_lines(scored, LOOK):
        s = sc.sentence
        for person, photo in credits_in(s.text):
            if photo != photo_asked or person.name in q.text:
                continue
            if not photo and not _writes(naming, s.chunk.title):
                continue  # the byline of an article other than the one asked
            if photo:
                support = _caption(s, scored)
            else:
                support = max((unsupported(o) for o in scored if _article(o.sentence) == _article(s)), default=0.0)
            found.append(Credit(sc, photo, support))
    return max(found, key=lambda c: c.support, default=None)


def answering(q, scored: list) -> list:
    """`scored` without the credit lines that cannot answer a question asking who wrote: the
    byline of an article other than the one asked is not a writer named with his role, nor
    is a photo credit's 记者 (whatever article it is in)."""
    if asks_credit(q) is not False:
        return scored
    naming = _naming(q)
    return [sc for sc in scored if _may_answer(naming, sc.sentence)]


def may_answer(q, sentence) -> bool:
    """Whether one sentence may answer a question asking who wrote (`answering`)."""
    return asks_credit(q) is not False or _may_answer(_naming(q), sentence)


def _may_answer(naming, sentence) -> bool:
    return not _credited(sentence.text) or (_writes(naming, sentence.chunk.title) and not _photo_only(sentence.text))


def first(q, scored: list) -> list:
    """`scored` with the best credit first, at its credited support: a question asking who
    wrote or photographed is answered by a credit or not at all (a list question about who
    reported reads the credit as its list)."""
    credit = best(q, scored)
    if credit is None:
        return answering(q, scored)
    moved = replace(credit.scored, score=credit.support, factors={**credit.scored.factors, "type": 1.0})
    return [moved] + [sc for sc in scored if sc is not credit.scored]
