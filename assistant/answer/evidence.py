"""How well a sentence of a retrieved passage answers a question. Pure functions.

A sentence's support is the share of the question's topic words it contains (weighted by
rarity), times factors for the expected answer (a figure with the right unit, a person),
for its places (东丰县 is not 高新区; 全县 in an article about 东丰县 is 东丰县) and years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.text import asked_numbers, quantities
from assistant.text import adcodes, places
from assistant.text import words
from assistant.text.periods import TIME_MARK_RE
from assistant.text.furniture import furniture
from assistant.text.script import to_simplified
from assistant.text.sentences import split_sentences
from assistant.text.years import sentence_years as years_of_span
from assistant.answer import author_notes, closing_part, dimensions, measure_glosses, named_source, named_things, names_only, people, said, slot, unit_nouns
from assistant.answer.subject import COUNTED_PLACES_RE, about_place, with_articles
from assistant.answer.subject_names import in_force
from assistant.answer.stated_whole import whole_read
from assistant.answer.subject_years import restates_premise
from assistant.answer.thing_asked import asked_thing, kind_named
from assistant.answer.topic_coverage import coverage, term_weights
from assistant.query import framing
from assistant.query.sections import part_words
from assistant.ingest.sections import lead_in_force
from assistant.query.question import Question
from assistant.records import Chunk, Hit


@dataclass
class Sentence:
    hit_rank: int
    chunk: Chunk
    a: int  # span in chunk.text
    b: int
    whole: tuple[int, int] | None = None  # the full sentence, when this unit is one clause of it

    @property
    def quote_span(self) -> tuple[int, int]:
        return self.whole or (self.a, self.b)

    @property
    def text(self) -> str:
        return self.chunk.text[self.a : self.b]

    @property
    def context(self) -> str:
        return f"{self.chunk.title} {self.chunk.subject}"


@dataclass
class Scored:
    sentence: Sentence
    score: float
    coverage: float
    factors: dict = field(default_factory=dict)


def matching(chunk: Chunk) -> Chunk:
    """The chunk as it is matched: text, title and subject in simplified characters, at the
    same offsets (text/script.py), so a traditional-Chinese passage answers a simplified
    question, and the other way round. `raw` stays the original: quotes are cut from it."""
    text, title, subject = (to_simplified(t) for t in (chunk.text, chunk.title, chunk.subject))
    if (text, title, subject) == (chunk.text, chunk.title, chunk.subject):
        return chunk
    return replace(chunk, text=text, title=title, subject=subject)


def sentences_of(hits: list[Hit]) -> list[Sentence]:
    out, seen = [], set()
    for rank, hit in enumerate(hits):
        chunk = matching(hit.chunk)
        for a, b in split_sentences(chunk.text):
            key = (chunk.source, chunk.to_original(a), chunk.to_original(b - 1))
            if key in seen:
                continue
            seen.add(key)
            out.append(Sentence(rank, chunk, a, b))
    return out


COUNTY_LEVELS = ("县", "区", "旗")


def ranked_in(question: str, text: str, level: str) -> bool:
    """Does `text` rank its article's place within the `level` (位列全省第十, 全市第一) a rank
    question asks about? The province or city such a sentence writes as 全省 is the asked one."""
    return asked_numbers.RANK_WORDS.search(question) is not None and any(
        level in m.group() for m in places.COMPARISON_RE.finditer(text))


def place_check(q: Question, sentence: Sentence) -> tuple[float, dict[str, bool]]:
    """(factor, per-place verdict): does the sentence speak of the question's places?"""
    if not q.places:
        return 1.0, {}
    text = sentence.text
    named = places.places(text)
    levels = places.levels_mentioned(text)
    subject = sentence.chunk.subject
    verdicts, factor = {}, 1.0
    for p in q.places:
        key, level = places.stem(p), places.level_of(p) or "市"
        # 东丰 asked of 东丰县's article: a bare name is its county's (a county's article writes 全县, not its name);
        # only below a city: a bare province's or city's name read at its article's level lets another list in
        if not places.level_of(p) and subject and places.stem(subject) == key and places.level_of(subject) in COUNTY_LEVELS:
            level = places.level_of(subject)
        if key in text:
            verdicts[p] = True
            continue
        # Only names with a level suffix count as another place: bare names are too often ordinary words (jieba's places)
        # (a city of the province asked, 广东's 肇庆市, is in it: the gazetteer says so)
        others = [n for n in named if places.level_of(n) == level and places.stem(n) != key and not adcodes.within(n, p)
                  and key not in n and places.stem(n) not in key and not COUNTED_PLACES_RE.search(n)]
        if others:
            verdicts[p], factor = False, factor * 0.35
            continue
        # 龙山区召开会议。(全区)今年新增就业3000人: the place the paragraph's earlier sentence
        # named is the one a sentence naming none speaks of
        if key in in_force(sentence.chunk, sentence.a, places.places):
            verdicts[p] = True
            continue
        # a bare province asked (四川, as the gazetteer knows it) is read at a city's level, as before (北京's 全市), or
        # at its own: its article's 全省 speaks of it
        read_at = {level} | ({"省"} if not places.level_of(p) and places.known_level(p) == "省" else set())
        wrong_level, penalty = bool(levels) and not (levels & read_at), 0.5
        if subject and (key in subject or places.stem(subject) in key):
            ok = not wrong_level and ((places.level_of(subject) or "市") in read_at or bool(levels & read_at))
        elif key in sentence.chunk.title:
            ok = not wrong_level
        elif subject and adcodes.within(subject, p) and ranked_in(q.text, text, level):
            ok = True  # 位列全省第十 in a county's article, asked its rank in its province: the field ranked in
        else:  # the article is about another place: its figures are not this place's; unless the subject check reads it
            # as this one's (山西's article whose passage writes 晋中 and no sibling; 中巴 in 巴西's; subject.about_place)
            ok, penalty = about_place(q, p, sentence.chunk, *sentence.quote_span), 0.25 if subject else 0.5
        verdicts[p] = ok
        if not ok:
            factor *= 0.3 if wrong_level else penalty
    return factor, verdicts


def sentence_years(s: Sentence) -> set[str]:
    """Years a sentence speaks of: its own, else the one in force before it in its article."""
    return years_of_span(s.chunk, s.a, s.b)


def year_factor(q: Question, s: Sentence) -> float:
    if not q.years:
        return 1.0
    found = sentence_years(s)
    if found and not (found & q.years):
        return 0.4
    if not found and restates_premise(q, s.text):  # 去年第十，那2022年呢 answered with a yearless 位列第十
        return 0.4
    return 1.0


def type_factor(q: Question, text: str) -> float:
    if named_things.names_none(q, text):  # the name of the fund: a sentence naming none in quotes
        return 0.15
    if q.kind == "quantity":
        figures = [f for f in asked_numbers.figures(q.text, text) if f.unit or unit_nouns.amount_of_head(q, text, f)]  # 六方面, 上亿的成本
        if not figures:
            return 0.05
        if q.unit and not any(unit_nouns.unit_agrees(q, text, f) for f in figures):  # 14项政策 for 多少条政策
            return 0.3
        return 1.0
    if q.kind == "person":
        return 1.0 if people.wanted_persons(q, text) or named_things.quoted_name(q, text) else 0.15
    if q.kind == "time":
        return 1.0 if quantities.years(text) or TIME_MARK_RE.search(text) else 0.15
    if q.kind == "list":
        if furniture(text):  # 来源：…, 【编辑:…】, (完), 原标题：…: no list's items
            return FURNITURE_FACTOR
        return 1.0 if LIST_MARKS.search(text) else COUNTED_ALONE if q.count > 1 and not ITEM_MARKS.search(text) else 0.7
    return 1.0


FURNITURE_FACTOR = 0.15
# 哪两家机构: a sentence neither enumerating, announcing the items (实现三个跃升) nor opening one (一是…) names one at most
COUNTED_ALONE, ITEM_MARKS = 0.35, re.compile(r"[一二三四五六七八九十]是|其[一二三四五]|首先|其次|第[一二三四五六七八九十]|[两二三四五六七八九十\d][个项条类种家大点]")
# what enumerates items: 、和及与, quoted names side by side, and two shapes DRCD writes in 5 of its
# 21k sentences: 有的地区风光秀美,有的地区文化富集 (有的…有的) and 平台+工厂+基建 (not 5+2)
LIST_MARKS = re.compile(r"[、和及与]|”“|[^\d\s+]\+[^\d\s+]|有的.{1,30}有的")


PASSAGE_SHARE = 0.25  # how much the rest of the passage speaks for a sentence
SLOT_KINDS = ("generic",)  # the other kinds' own checks (a figure, a person, a date) say what fills them; a list
# question is not lifted: a sentence filling one slot word (竞争力 for 和哪些车型竞争) holds no enumeration


def score_sentences(q: Question, sentences: list[Sentence], idf) -> list[Scored]:
    """Support of each sentence. The words of its passage count a little too: an answer
    sentence often leaves its subject to the sentence before or to the title."""
    weights = term_weights(q, idf)
    terms = sorted({t for g in weights for t in g}, key=len, reverse=True)
    whole = framing.in_passage(weights)  # the passage writing the item's marker makes no sentence of it the item
    out = []
    passage_cov: dict[str, float] = {}
    framed = said.framing(q)  # 仇景锐介绍的…: his words hold 仇景锐 and 介绍
    framers = named_source.speakers(named_source.Source(speaker=framed[0]), sentences) if framed else set()  # 邢县长: 邢树纲
    sourced = named_source.factors(q, sentences)  # 据崔晓飞介绍, 报告中: a sentence said elsewhere is cut
    sourced |= closing_part.factors(q, sentences)  # 报告结尾: a sentence early in its article is not its end
    asked_of, kind = names_only.predicate(q, weights), "" if q.english else asked_thing(q)[0]
    named_part = () if q.english else part_words(q.text, q.terms)  # the words naming the part asked
    q_read = with_articles(q, sentences)  # where each article names a place asked, as the subject check reads it
    notes = author_notes.held_by_notes(q, sentences)  # an author's note holds the words asking his post
    for s in sentences:
        text, held = s.text, ""
        pf, verdicts = place_check(q_read, s)  # given: the speaker's words (framed), the kind asked named (惯性约束法: 方法)
        given = (framed[1] if framed and said.speaker_of(s) in framers else "") + kind_named(kind, q.text, text)
        given += whole_read(q, text, s.chunk.text[max(0, s.a - 120) : s.a])  # 34个重点项目当中…占几个: 其中，亿元以上项目26个
        given += notes.get(id(s), "")  # a post asked: the note (作者系…) holds the asking words
        if named_part and (lead := lead_in_force(s.chunk.text, s.a)):  # 城市管理方面，…: under 完善城市管理。
            given += "，" + "，".join(t for t in named_part if t in lead)
        if q.kind == "quantity" and not q.english:  # 将投资10亿元 for 要投入多少钱: the measure asked, in other words
            figures = asked_numbers.figures(q.text, text)
            given += "，".join(measure_glosses.written_as(q.text, terms, text, figures))
            held = dimensions.left_to_unit(q.head, figures, text)  # 治理20平方公里 for 面积有多大: its unit says so
        own = coverage(weights, text, s.context, verdicts, q.specificity, given)
        if held and own >= dimensions.COMPLETES:
            own = coverage(weights, text, s.context, verdicts, q.specificity, f"{given}，{held}")
        if s.chunk.id not in passage_cov:
            passage_cov[s.chunk.id] = coverage(whole, s.chunk.text, s.context, verdicts, q.specificity)
        cov = (1 - PASSAGE_SHARE) * own + PASSAGE_SHARE * max(own, passage_cov[s.chunk.id])
        if q.kind in SLOT_KINDS and slot.fills(q.text, text):  # the answer where the asking phrase stands: the
            cov = max(own, passage_cov[s.chunk.id])  # passage's setting (its heading, the sentence before) is its own
        tf = type_factor(q, text)
        yf = year_factor(q, s)
        rank_bonus = 0.08 / (1 + s.hit_rank)
        sf = sourced.get(id(s), 1.0)
        score = cov * tf * pf * yf * sf * names_only.factor(asked_of, text) + rank_bonus
        out.append(Scored(s, score, cov, {"type": tf, "place": pf, "year": yf} | ({"source": sf} if sf < 1 else {})))
    out.sort(key=lambda x: -x.score)
    return out


RERANK_TOP = 6
RERANK_WHEN_WITHIN = 0.7  # rerank when the runner-up has at least this share of the leader's support
DENSE_WEIGHT, BIGRAM_WEIGHT = 2.0, 0.3


def rerank(q: Question, scored: list[Scored], embed_passages, query_vector) -> list[Scored]:
    """Order close candidates by meaning as well as words: question-sentence similarity
    from the embedding model and shared character pairs. Only the order changes; each
    sentence keeps its support (what abstention is decided on). Skipped when the lexical
    leader is clear, since embedding sentences is the costly part; never for an English
    question, whose candidates all carry how far each is in meaning from the closest
    (`dense_gap`, read by `english_factor`)."""
    if len(scored) < 2 or query_vector is None:
        return scored
    if q.english:
        scored = _dense_gaps(scored, embed_passages, query_vector)
    if scored[1].score < RERANK_WHEN_WITHIN * scored[0].score:
        return scored
    import numpy as np

    head = scored[:RERANK_TOP]
    vectors = np.asarray(embed_passages([s.sentence.text for s in head]))
    sims = vectors @ np.asarray(query_vector)
    asked = words.bigrams(q.text)
    combined = []
    for s, sim in zip(head, sims):
        shared = len(asked & words.bigrams(s.sentence.text)) / max(len(asked), 1)
        combined.append(s.score + DENSE_WEIGHT * float(sim) + BIGRAM_WEIGHT * shared)
    order = sorted(range(len(head)), key=lambda i: -combined[i])
    return [head[i] for i in order] + scored[RERANK_TOP:]


DENSE_TOP = 10  # candidates of an English question compared by meaning
# e5's cosines of one question with the sentences of its passages lie close together (about
# 0.75-0.83): a sentence within this of the closest is among the closest in meaning
DENSE_CONFIRMS = 0.01


def _dense_gaps(scored: list[Scored], embed_passages, query_vector) -> list[Scored]:
    from assistant.answer.similarity import cosines

    head = scored[:DENSE_TOP]
    sims = cosines(embed_passages, query_vector)([s.sentence.text for s in head])
    best = max(sims)
    return [replace(s, factors={**s.factors, "dense_gap": best - sim}) for s, sim in zip(head, sims)] \
        + scored[DENSE_TOP:]
