"""Whether an English question's answer is of the kind asked: a who question answered by a
person, a figure question by a figure its words name. The English scorer (english_model.py)
ranks sentences by meaning, and a sentence close in meaning to "Which expert said house
prices would fall" may be a plan that names no one: refused rather than shown. A figure or date
both it and the rules cut is taken at their agreed support (`same_cut`).
"""

from __future__ import annotations

import re

from assistant.answer import credits, speakers
from assistant.answer.english import AGREED_SUPPORT, agreed_support, figure_stands, names_asked_word, pinned_groups
from assistant.answer.english_dimensions import sole_measure
from assistant.answer.roles import asks_speaker
from assistant.query.question import Question


def draft_standing(q: Question, made, order=()):
    """Whether the English scorer's draft `made` (cut from its candidates `order`, best
    first) answers what was asked: True; None for a figure every check vetoed (support 0:
    an ordinal, another kind) or one the question's words do not name (`figure_stands`),
    where the rules' own draft is taken instead. A who question's draft naming no one (a
    sentence of what was done is no person, whichever scorer liked it) is refused: `made` at
    support 0. A who-said question's draft naming no one who said it (`speakers.speaks`:
    the role cut may take a person the words speak of, 贯彻习近平总书记…精神) is the
    scorer's best sentence when that names its speaker (人大代表X说，…), at its support."""
    first = made.parts[0]
    if q.kind == "quantity":
        clause = first.sentence.chunk.text[first.a : first.b]  # or the sentence's one figure in a unit the question names
        # the sole figure in the unit asked stands on the sentence's words, not the clause's: the sentence must still
        # write one of the question's own words (not only the unit)
        stands = figure_stands(q, clause) or (pinned_groups(q) >= 2 and sole_measure(q, first.sentence.text, clause)
                                              and names_asked_word(q, first.sentence.text))
        return None if made.support <= 0 or not stands else True
    if q.kind != "person":
        return True
    if not all(credits.may_answer(q, p.sentence) for p in made.parts):  # another article's byline, a photo credit
        made.support = 0.0
        return made
    said = asks_speaker(q)
    if any((speakers.speaks if said else names_someone)(p.sentence.chunk.text[p.a : p.b]) for p in made.parts):
        return True
    if said and order and speakers.speaks(order[0].sentence.text):
        return _whole_answer(order)
    made.support = 0.0
    return made


def _whole_answer(order):
    """The scorer's best sentence whole, at the support `selector.english_draft` gives it."""
    from assistant.answer import english, english_model, extractive

    top = order[0]
    support = english_model.support(top.factors.get("probability", top.score))
    return extractive.Draft([extractive._whole(top)], english.led_support(support, top.sentence, order), kind="person")


def names_someone(text: str) -> bool:
    """Does `text` name a person: with a role beside the name, a speech verb in their clause,
    or a full name (`speakers.names_speaker`), or as a byline or photo credit does?"""
    return speakers.names_speaker(text) or bool(credits.credits_in(text))


def same_cut(q: Question, made, ruled, ranked=(), similarity=None):
    """The English scorer's draft `made`, at AGREED_SUPPORT when the rules' own draft `ruled` cuts
    the same figure or date clause at that support or more: two scorers reading different things
    (translated words and units; the encoder's meaning) chose one answer, which the rules' unit and
    kind checks passed. A sentence answer agreed on may still be of another kind than asked (a
    battery's capacity for "which company supplies"): on the open sets 3 right, 2 wrong; figures
    and dates 4 right, none wrong (docs/benchmarks.md, session 41 h4). A vetoed draft stays vetoed."""
    if not 0 < made.support < AGREED_SUPPORT or ruled is None or not ruled.parts:
        return made
    a, b = made.parts[0], ruled.parts[0]
    if (a.sentence.chunk.id, a.a, a.b) != (b.sentence.chunk.id, b.a, b.b):
        return made
    if q.kind == "person" and _same_credit(q, a):
        # who wrote: both chose one byline, which the rules support by its article's best sentence
        made.support = AGREED_SUPPORT if ruled.support >= AGREED_SUPPORT else made.support
        return made
    if q.kind not in ("quantity", "time"):
        return made
    # the rules' support under the cut: the figure is agreed on when the learned selector and the encoder also
    # put its sentence first (`english.agreed_support`, as for the rules' own draft)
    if ruled.support >= AGREED_SUPPORT or agreed_support(q, ruled.support, a.sentence, a.sentence.chunk.text[a.a : a.b],
                                                          ranked, similarity) >= AGREED_SUPPORT:
        made.support = AGREED_SUPPORT
    return made


def _same_credit(q: Question, part) -> bool:
    """Is `part` a byline answering a question asking who wrote or reported (credits.py)? A
    byline's own two words share nothing with the question, so the English scorer's probability
    of it is low even when it chose it; the rules weigh it by its article."""
    text = part.sentence.chunk.text[part.a : part.b]
    return credits.asks_credit(q) is False and any(not photo for _, photo in credits.credits_in(text))


# where does X rank, what place did it take: an ordinal (第三) answers, which no figure reader counts
RANK_ASKED_EN = re.compile(r"\b(?:rank(?:ed|s|ing)?|place[ds]?|position)\b", re.IGNORECASE)


def figureless(q: Question, texts: list[str]) -> bool:
    """Whether the answer `texts` to an English figure question hold no figure of their own: none at all
    (a sentence naming the project asked, shown in place of its cost), or only the digits of a designation the
    question writes (Route 18 -> 18号线) or a figure inside a name it asks (a firm called Nine Rivers -> 九河,
    read as nine rivers). Such an answer says what the figure is of, never the figure: refused."""
    from assistant.text import quantities

    if q.kind != "quantity" or RANK_ASKED_EN.search(q.text) or not texts:
        return False
    named = [c for _, forms in (*q.names, *((p, (p,)) for p in q.places)) for c in forms if c]
    for text in texts:
        for f in quantities.find_quantities(text):
            if f.kind == "bare" and f.text.strip() in q.text:
                continue  # the question's own digits: a road's number, a model's
            if any(f.text in c and c in text for c in named):
                continue  # inside a name the question asks
            return False
    return True


def credit_only(q: Question, texts: list[str]) -> bool:
    """Whether a who question asking no byline or photo credit (`credits.asks_credit` None: who organised, who won) is
    answered by `texts` naming someone only in a credit: a dateline's (记者 甲乙) reporter is not who organised the fair.
    Another person named beside the credit (摄影 甲乙 … 馆长丙丁表示) still answers."""
    if q.kind != "person" or not texts or credits.asks_credit(q) is not None:
        return False
    from assistant.answer.subject_names import DATELINE_RE

    for text in texts:
        text = DATELINE_RE.sub("，", text)  # 本报甲地7月18日电（乙丙、丁戊）: the reporters a dateline names, no one asked
        for person, _ in sorted(credits.credits_in(text), key=lambda c: -c[0].start):
            text = text[: person.start] + "，" + text[person.end :]
        if speakers.names_speaker(text):
            return False
    return True


# "who won the final": the first place, which a sentence giving only second or third places (银牌, 亚军) does not name
WON_EN = re.compile(r"\bwho won\b|\b(?:which|what) (?:[\w-]+ ){0,3}won\b|\bwon (?:the )?(?:gold|title|championship)\b",
                    re.IGNORECASE)
FIRST_ZH = re.compile(r"金牌|冠军|夺冠|夺金|折桂|桂冠|第一名|获胜|胜出|称雄")
RUNNER_UP_ZH = re.compile(r"银牌|铜牌|亚军|季军|第二名|第三名")
# a win written otherwise than as the first place: 战胜乙队, 摘得, 赢得 (a contest that opened or was held names no winner)
WIN_ZH = re.compile(r"获得|夺得|摘得|摘取|赢得|斩获|捧得|捧起|问鼎|登顶|战胜|击败|力克|胜|夺|获")


def runner_up(q: Question, sentences: list[str]) -> bool:
    """Whether a question asking who won is answered by `sentences` (the answer's whole sentences) giving only places
    below the first (the silver medallist named is not who won), or writing no win at all (the contest opened)."""
    if not WON_EN.search(q.text) or any(FIRST_ZH.search(s) for s in sentences):
        return False
    return any(RUNNER_UP_ZH.search(s) for s in sentences) or not any(WIN_ZH.search(s) for s in sentences)


# "what's the name of this ferry", "the boy's name": a name asked of a thing or a person the question
# describes, which the answer writes; its noun is the last word before a word that opens what describes it
NAME_ASKED_EN = re.compile(r"\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?\s+of\s+(?:the|a|an|this|that|its|their|his|her)\s+"
                           r"(?P<words>[\w\s-]+)", re.IGNORECASE)
DESCRIBING_EN = frozenset("that who which whose whom in at on of off from to for with by near after before during was is were "
                          "are did does had has found held known seen born taken made built caught lost left sent kept".split())


def _name_noun(q: Question) -> str:
    """The noun whose name `q` asks (`NAME_ASKED_EN`): 'diver' of "… name of this diver rescued off …"; '' for none."""
    m = NAME_ASKED_EN.search(q.text)
    noun = ""
    for word in (m.group("words").split() if m else [])[:4]:
        if word.lower() in DESCRIBING_EN or (noun and word.lower().endswith(("ed", "ing"))):
            break
        noun = word
    return noun


# a noun of a person (climber, owner, victim, woman): a person's name answers; a thing's (a ship, a fund) is quoted
PERSON_NOUN_EN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|men|women|person|boy|girl|child|children|victim|suspect|"
                            r"chief|head|mother|father|wife|husband|son|daughter|patient|hero|heroine|star)s?$", re.IGNORECASE)
# 据乙社报道: who reported it, no name of the thing asked
REPORTED_ZH = re.compile(r"据[^，。；]{1,12}?(?:报道|消息|介绍|披露|称)")


def nameless(q: Question, texts: list[str]) -> bool:
    """Whether an English question asking the name of a thing or person it describes (`NAME_ASKED_EN`) is answered by
    `texts` writing no name beyond the question's own: for a person, a personal name (jieba's nr) or a Latin one (a quoted
    word, 一个“奇迹”, names no one); for a thing, a quoted name or a Latin one, or a proper noun (nz, nt) outside a
    dateline and a 据…报道 source."""
    from assistant.answer.english_slot import QUOTED_RE
    from assistant.answer.subject_names import DATELINE_RE
    from assistant.text import words

    noun = _name_noun(q)
    if not noun or not texts:
        return False
    person = bool(PERSON_NOUN_EN.search(noun))
    own = {c for _, forms in q.names for c in forms} | set(q.places) | {t for t in q.terms if len(t) > 1}
    tags = ("nr",) if person else ("nz", "nt")
    for text in texts:
        text = REPORTED_ZH.sub("，", DATELINE_RE.sub("，", text))
        if not person and any(not any(t in quote.group(0) for t in own) for quote in QUOTED_RE.finditer(text)):
            return False
        if any(w not in q.text for w in re.findall(r"[A-Z][A-Za-z]+", text)):
            return False
        if any(len(w) > 1 and f.startswith(tags) and w not in own for w, f in words.tagged(text)):
            return False
    return True


def unanswered(q: Question, texts: list[str]) -> bool:
    """Whether `texts` hold none of what an English question asks of its kind: a figure (`figureless`), a person not in
    a credit (`credit_only`), a name (`nameless`)."""
    return figureless(q, texts) or credit_only(q, texts) or nameless(q, texts)
