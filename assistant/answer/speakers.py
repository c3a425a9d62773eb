"""Who said a sentence that names nobody, for 谁说要… and 是谁提出… questions.

News writes a speaker once (崔晓飞说，要聚焦…。) and the sentences after it are the speaker's
until another speaks; an interview names its speaker in its heading (——访市人大代表、西安安区
区长 孙琥峰), and a sentence of it that names nobody is the interviewee's.
"""

from __future__ import annotations

import re

from assistant.answer import article_openings
from assistant.answer.credits import unsupported
from assistant.answer.evidence import Sentence
from assistant.answer.people import COMPOUND_SURNAMES, persons
from assistant.answer.roles import SPEECH_VERBS, asked_roles, asks_speaker, holds
from assistant.answer.said import SPEAKER_REACH, attributed, interviewee
from assistant.text import words
from assistant.text.sentences import split_sentences

SPEECH_RE = re.compile(SPEECH_VERBS)
CLAUSE_STOP_RE = re.compile(r"[，,。；;！？!?：:]")


def names_speaker(text: str) -> bool:
    """Does `text` name someone who could have said it: a person with a role beside the
    name, one whose clause has a speech verb (孙琥峰说, 崔晓飞在接受采访时表示), or a full
    name? A bare 'name' jieba guesses (康养, 大良湾) is none."""
    return bool(named_people(text))


def named_people(text: str, besides: str = "", asked: tuple[str, ...] = ()) -> list[str]:
    """The names `names_speaker` reads in `text`, in order, those written in `besides` (the
    question's own people) aside; `asked`: the question's roles, which may introduce a name."""
    found = [p.name for p in persons(text, asked) if len(p.name) >= 2 and p.name not in besides
             and not spoken_of(p, besides, asked) and (p.role.strip() or _says(text, p) or _full_name(p.name))]
    return list(dict.fromkeys(found))


def spoken_of(p, besides: str, asked: tuple[str, ...]) -> bool:
    """Is `p` one the question's own words speak of by role (谁说要落实省长调研时的讲话: 省长 is in what was
    said, so 王某省长 in the answer is no speaker), the role not being the one asked (哪位区长说…)?"""
    role, verb = p.role.strip(), SPEECH_RE.search(besides)
    return bool(role and verb) and role in besides[verb.end() :] and role not in besides[: verb.start()] \
        and role not in asked


def speaks(text: str) -> bool:
    """Does `text` name who said something: a person with a speech verb in their clause
    (人大代表X说, X在接受采访时表示) or an interview's heading (——访…区长 X)? A person
    the words speak of (贯彻习近平总书记…精神) said nothing here."""
    return any(len(p.name) >= 2 and _says(text, p) for p in persons(text)) or bool(interviewee(text))


def _says(text: str, p) -> bool:
    """Is there a speech verb in person `p`'s clause of `text` (孙琥峰说, X在接受采访时表示)?"""
    stop = CLAUSE_STOP_RE.search(text, p.end)
    return SPEECH_RE.search(text, p.end, stop.start() if stop else len(text)) is not None


def _full_name(name: str) -> bool:
    """A name that reads as a person's whatever stands beside it: a transliteration whose
    parts · joins (詹姆斯·赫顿), or three or four characters opening with a family name
    (崔晓飞; not 康养 or 大良湾, which jieba guesses as names)."""
    return "·" in name or (len(name) >= 3 and (name[0] in words.SURNAMES or name[:2] in COMPOUND_SURNAMES))


CLAUSE_END_RE = re.compile(r"[，,。；;！？!?]")


def spans(s: Sentence, sentences: list[Sentence]) -> tuple[Sentence, int, int, str] | None:
    """Where the speaker of `s` (a sentence naming nobody) is written, as (sentence, a, b) of
    its chunk, and the speaker's name: the attribution that opens its speaker's words before
    it in its passage (崔晓飞说，要聚焦…。…全力激活…), with the words it opens; else, in an
    interview, the first sentence among `sentences` of its article naming the interviewee
    (one that attributes words first); None when neither is there."""
    chunk = s.chunk
    for where, hi in [(chunk, s.a)] + _earlier(s, sentences):
        lo = max(0, hi - SPEAKER_REACH)
        said = attributed(where.text[lo:hi])
        if said is not None:
            a, b = lo + said.at, lo + said.end
            stop = CLAUSE_END_RE.search(where.text, b + 1)
            b = stop.start() if stop and stop.start() <= hi else b
            within = next(((x, y) for x, y in split_sentences(where.text) if x <= a < y), (a, b))
            return Sentence(s.hit_rank, where, *within), a, b, said.name
    name = interviewee(chunk.title)
    article = (chunk.source, chunk.article)
    naming = [o for o in sentences if name and (o.chunk.source, o.chunk.article) == article and name in o.text]
    naming = naming or article_openings.naming(*article, name)  # only later passages retrieved: the heading's
    if not naming:
        return None
    first = min(naming, key=lambda o: (attributed(o.text + "，") is None, o.chunk.start + o.a))
    return first, first.a, first.b, name


def _holds_asked(q, name: str, s: Sentence, sentences: list[Sentence]) -> bool:
    """哪位县长提出…: does the speaker hold the role asked, where his article names him with a
    role (the interview heading ——访…县长 邢树纲, the attribution 区长崔晓飞在接受采访时说)?
    A question asking no role asks nothing to hold; nor does an English one, whose role word
    comes through a loose dictionary (deputy: 代表, 副, 书记)."""
    asked = () if q.english else asked_roles(q)
    if not asked:
        return True
    article = (s.chunk.source, s.chunk.article)
    texts = [s.chunk.title] + [o.text for o in sentences if (o.chunk.source, o.chunk.article) == article and name in o.text]
    return any(p.name == name and holds(p.role, asked) for t in texts for p in persons(t))


def _earlier(s: Sentence, sentences: list[Sentence]) -> list:
    """The retrieved passage of `s`'s article that runs up to (or over) the start of `s`'s own,
    with where `s` begins in it, when `s` opens its passage: passages are cut by length, so
    the attribution (人大代表X说，…) may stand in the one before. [] when none was retrieved."""
    chunk = s.chunk
    if s.a >= SPEAKER_REACH or not s.text:
        return []
    for o in sentences:
        c = o.chunk
        if (c.source, c.article) == (chunk.source, chunk.article) and c.start < chunk.start <= c.end + 2:
            at = c.text.find(s.text[:12])
            return [(c, at if at >= 0 else len(c.text))]
    return []


def found(q, scored: list, sentences: list[Sentence]) -> tuple[Sentence, int, int, float] | None:
    """Where the speaker of the sentence `chosen` answers with is written, and the support; None as there."""
    picked = chosen(q, scored, sentences)
    return picked[1] if picked is not None else None


SHARE = 0.6  # a later candidate is read for its speaker when it has this share of the best's support
LOOK = 5  # candidates read so


def chosen(q, scored: list, sentences: list[Sentence]) -> tuple[object, tuple[Sentence, int, int, float]] | None:
    """谁说要…: the best of the first candidates (`scored`) naming nobody whose speaker is found (`spans`)
    and holds the role asked (哪位县长提出…), with where the speaker is written and the support of the
    answer, the sentence's as if it named the person (its type factor lifted). A candidate whose speaker
    cannot be found (a plan's sentence, no one's words) cannot say who said it, so the next one nearly
    as well supported is read. None when the question asks no speaker, a candidate read names one
    (the rules' name reading answers), or none has a speaker holding the role asked."""
    # an English question's sentence is read more strictly: a person its words speak of
    # (贯彻习近平总书记…精神) is no speaker, and the attribution before it is looked for
    named = speaks if q.english else names_speaker
    if not asks_speaker(q) or not scored:
        return None
    # read as if each named the person: the words said decide, not whether a sentence names someone (人大代表甲说，
    # 报告…指引 names a speaker and says other words than the quotation asked, which the next sentence writes)
    # among all the candidates, not the first by score: that score lowers a sentence naming nobody, which
    # is what a speaker's words mostly are (张华说，…。…加快产业园建设进度…)
    look = sorted(scored, key=lambda sc: -unsupported(sc))[:LOOK]
    for sc in look:
        if unsupported(sc) < SHARE * unsupported(look[0]) or named(sc.sentence.text):
            return None
        where = spans(sc.sentence, sentences)
        if where is not None and _holds_asked(q, where[3], sc.sentence, sentences):
            return sc, (*where[:3], unsupported(sc))
    return None
