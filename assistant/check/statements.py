"""Claims without a figure: events and actions, attributions, rankings, dates, negation.

A source sentence speaks of the same thing as a claim when every name and action of the
claim is in it (a place may also be its article's subject, 全县 in an article about 东丰县)
and most of the claim's other words are; an action may be worded with a near synonym
(举行 / 举办). The embedding model is no help here: it finds 东丰县取消了…大会 as close to
举办…大会 (cosine 0.916) as 召开了…大会 (0.928), so it only retrieves. Then the claim's slots are compared
(`slots.py`): all equal, supported; one different, refuted, with what the source says; a
slot the sentence does not state leaves it undecided and the next sentence is read. A
sentence saying it all of a sibling place of the claim's (check/other_place.py) refutes it
when no sentence of the claim's own place decides. No sentence decides: not_enough_info.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer import measure_nature, standing
from assistant.answer.evidence import Scored, Sentence, place_check, score_sentences, sentence_years
from assistant.answer.topic_coverage import coverage, term_weights
from assistant.check import members, other_place, parallel, plan_year, rankings, referent, series, slots, swapped
from assistant.check.action_words import SYNONYMS  # a claim's verb is found when the source has any of its group
from assistant.check.claimed import of_slot
from assistant.check.claim_words import written_out_verb
from assistant.check.in_force import article_of
from assistant.check.measures import abbreviated_span
from assistant.query.question import analyse
from assistant.text import places
from assistant.text import words

SUPPORTED, REFUTED, UNKNOWN = "supported", "refuted", "not_enough_info"
MIN_COVERAGE = 0.7  # share of the claim's (rarity-weighted) words a deciding sentence must hold
CANDIDATES = 12
# Verbs that carry no action of their own (copulas, modals, 进行/开展-type light verbs).
# Outcome verbs (完成, 实现, 建成) are kept: 完成高铁建设 is not 加快推动高铁.
LIGHT_VERBS = frozenset("是 有 为 在 将 要 会 能 可 使 让 把 被 作为 进行 开展 推动 推进 加快 实施 继续 持续 全力 "
                        "着力 努力 坚持 力争 确保 做好 抓好 加强 不断 计划 预计 准备 打算 争取".split())


@dataclass
class StatementVerdict:
    verdict: str
    scored: Scored | None = None
    sources_say: str = ""
    claimed: str = ""
    support: float = 0.0
    slot: str = ""  # what decided it: event, ranking, year, date, label, speaker, negation, place, member


def _slot_words(text: str) -> set[str]:
    out = set(slots.NEGATORS)
    out.update(w for m in slots.ORDINAL_RE.finditer(text) for w in (m.group(0), m.group("verb")) if w)  # 名列 is 位列: the ranking's
    out.update(m.group(0) for m in slots.STANDING_RE.finditer(text))
    return out


def required(text: str, place_names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(actions, names) of a claim: verbs with a meaning of their own, and proper names
    other than its places (which the place check compares, 全县 included)."""
    verbs, names = [], []
    skip = _slot_words(text)
    for word, flag in words.tagged(text):
        if word in skip or len(word) < 2:
            continue
        if flag == "v" and word not in LIGHT_VERBS and not slots.SPEECH_RE.fullmatch(word):
            verbs.append(word)
        elif word in words.STOPWORDS:
            continue
        elif flag in ("nr", "nt", "nz") or (flag == "ns" and not any(word in p or p in word for p in place_names)):
            if not places.level_of(word):
                names.append(word)
    return verbs, names


NOUN_FLAGS = ("n", "nr", "ns", "nt", "nz", "vn", "j", "l", "eng")
SHARE_RE = re.compile(r"^[一二两三四五六七八九十百千\d]+(?:分之|半|倍|成)|^一半")  # 三分之一, 两倍: an amount unsaid
WHEN_WORDS = frozenset("时间 日期 时候 时点".split())  # 时间是8月18日: the date slot's to compare, no thing to find


def missing_thing(body: str, q, text: str, context: str) -> bool:
    """Is something the claim names (a noun of 2+ characters, not a place: the place check read those; an amount
    the figure reader does not read) absent from the sentence and its heading? 生物柴油 for 生物乙醇 is another
    thing, not a paraphrase. A term the claim's cut does not hold is a thing unless a demonstrative or an act (_uncut_flag)."""
    flags = dict(words.tagged(body))
    for t in q.terms:
        if (len(t) < 2 or words.match(t, text) > 0 or t in context or t in q.places or slots.COUNT_RE.search(t)
                or (t in WHEN_WORDS and (slots.dates(body) or slots.whens(body)))
                or abbreviated_span(t, text) or other_place.counts_list(t, body, q.places, text)
                or _complement_cut(t, body, text)):
            continue  # 出席会议 in 出席…会议 matches in part; 两大 is the count slot's; 销量 is 销售量
        if (flags.get(t) or _uncut_flag(t)).startswith(NOUN_FLAGS) or SHARE_RE.match(t):
            return True  # (两市 of 两|市 counts a thing)
    return False


def _uncut_flag(term: str) -> str:
    """What a term the claim's cut splits is: a demonstrative (这一), an act when its last word is a verb
    (大涨 of 大|涨: the action check reads 涨), else a thing (两市)."""
    tagged = words.tagged(term)
    return "r" if tagged[0][1] == "r" else "v" if tagged[-1][1] == "v" else "n"


COMPLEMENTS = "成为至"  # 打造成文旅商 is cut 打造|成文|旅商; the source's 打造文旅商 says the same


def _complement_cut(term: str, body: str, text: str) -> bool:
    """Is the claim's term a result complement glued to the next word (成文 of 打造成文旅商), the
    verb before it and the words after it both written in the source (打造 and 文旅商)?"""
    i = body.find(term)
    return (i >= 2 and term[0] in COMPLEMENTS and body[i - 2 : i] in text and len(body) >= i + 4
            and body[i + 1 : i + 4] in text)


def _compare(body: str, speaker: str, s: Sentence, terms: tuple[str, ...], article: str = "") -> tuple[str, str, str]:
    """(verdict, slot, what the source says) for one aligned sentence; UNKNOWN when the
    sentence does not state one of the claim's slots."""
    text = series.this_session(s.text, article)  # 本届 of the article's 第四届
    ranked = rankings.compare(body, text, parallel.best_clause(text, terms))
    if ranked:
        return ranked
    claimed_years = slots.years(body)
    if claimed_years:
        stated = slots.years(text) - (slots.model_years(text) - claimed_years)
        if stated and not (claimed_years & stated):
            return REFUTED, "year", "、".join(sorted(stated))
        if not stated and not (claimed_years & sentence_years(s)):
            # 年内完成, the article planning for 2024 only later (2024年力争…): no later year (check/plan_year.py)
            later = "" if sentence_years(s) else plan_year.refuting(claimed_years, parallel.best_clause(text, terms), article)
            return (REFUTED, "year", later) if later else (UNKNOWN, "year", "")
    stated_counts = slots.counts(text)
    for key, values in slots.counts(body).items():
        if key in stated_counts and not (values & stated_counts[key]):
            m = next(m for m in slots.COUNT_RE.finditer(text) if text[m.end()] == key)
            return REFUTED, "count", text[m.start() : m.end() + 2]
        if key not in stated_counts:
            return UNKNOWN, "count", ""
    claimed_levels = slots.levels(body)
    if claimed_levels:
        stated_levels = slots.levels(text)
        if stated_levels and not (claimed_levels & stated_levels):
            return REFUTED, "level", "、".join(sorted(stated_levels))
        if not stated_levels:
            return UNKNOWN, "level", ""
    scope, stated_scope = slots.scope_slot(body, text)  # 入选全省…案例 is decided beside 案例, not by a 全省 elsewhere
    if scope:
        return (REFUTED, "scope", stated_scope) if stated_scope else (UNKNOWN, "scope", "")
    # the clause that names the claim's thing: in X将于9月停产，Y将于10月停产 its when is X's
    own = parallel.best_clause(text, tuple(t for t in terms if not slots.whens(t) and not slots.dates(t)))
    claimed_dates = slots.dates(body)
    if claimed_dates:
        stated_dates = slots.dates(own) or slots.dated_days(own, text) or slots.dates(text)
        if not stated_dates:
            return UNKNOWN, "date", ""
        if not (claimed_dates & stated_dates):
            m = slots.DATE_RE.search(own) or (slots.dated_days(own, text) and slots.DAY_RE.search(own)
                                              ) or slots.DATE_RE.search(text)
            return REFUTED, "date", m.group(0) if m else ""
    stated_whens = slots.whens(own) if not claimed_dates else {}
    for kind, claimed in slots.whens(body).items():
        if stated_whens.get(kind) and not (claimed & stated_whens[kind]):
            m = (slots.MONTH_RE if kind == "month" else slots.DAY_RE).search(own)
            return REFUTED, "date", m.group(0)
    for number, rest in slots.labels(body):
        if number + rest in text:
            continue
        same_kind = [f"“{n}{r}”" for n, r in slots.labels(text) if r == rest]
        return (REFUTED, "label", same_kind[0]) if same_kind else (UNKNOWN, "label", "")
    if speaker:
        said_by = slots.source_speaker(s.chunk.text, s.a, s.chunk.title)
        if not said_by:
            return UNKNOWN, "speaker", ""
        if said_by != speaker and said_by not in speaker and speaker not in said_by and not slots.speaks_for(
                speaker, said_by, text):  # 维珍银河表示 of 维珍银河首席执行官某某表示
            return REFUTED, "speaker", said_by
    clause = parallel.best_clause(text, terms)
    # the claim's clause that says what that clause says: negations are counted clause by clause
    # (并不打算竞争，并非代工 denies twice, and is no double negation)
    mine = parallel.best_clause(body, tuple(t for t in terms if t in clause))
    if slots.negated(mine) != slots.negated(clause):
        return REFUTED, "negation", clause.strip("，,；; ")
    if parallel.mixed(body, text, terms):
        return UNKNOWN, "event", ""
    return SUPPORTED, "speaker" if speaker else "event", ""


def _place_ok(q, s: Sentence) -> tuple[bool, dict]:
    """Does the sentence speak of the claim's places? As the answerer decides; failing
    that, when each place is named in the sentence or is its article's subject, and the
    sentence names no other place of that level (a level word such as 全省首批 is what
    both compare against; 长春、绍兴 named beside 辽源 are partners, not other subjects)."""
    factor, verdicts = place_check(q, s)
    if factor >= 1:
        return True, verdicts
    for p in q.places:
        key, level = places.stem(p), places.level_of(p)
        if key in s.text:
            continue
        if key not in s.chunk.subject and key not in s.chunk.title:
            return False, verdicts
        if level and any(places.level_of(n) == level and places.stem(n) != key for n in places.places(s.text)):
            return False, verdicts
    return True, {p: True for p in q.places}


def has_action(verb: str, text: str) -> bool:
    return (verb in text or any(verb in group and any(other in text for other in group) for group in SYNONYMS)
            or written_out_verb(verb, text))  # 开售 written out 开始销售


def check_statement(claim: str, sentences: list[Sentence], idf, fills: bool = True, quoted: bool = False
                    ) -> StatementVerdict:
    """Decide a claim without a figure against the retrieved sentences (`fills`: read a slot of a clause
    filled otherwise as a swap; not when checking the claim a swap put the source's term in; `quoted`:
    the claim says what the document says, other_place.listed)."""
    speaker, said = slots.split_speaker(claim)
    body = said if speaker else claim
    _, listed = members.members(body)  # 产业园区中包括A和B: each member must be in the sentence's list
    q = analyse(members.plain(body))
    q.kind, q.years, q.figures, q.parts, q.unit = "generic", frozenset(), (), [], ""
    skip = _slot_words(body) | {speaker} | (set(members.INCLUDES) if listed else set())
    labelled = "|".join(n + r for n, r in slots.labels(body))  # a label is its slot's to compare, no word to cover
    q.terms = tuple(t for t in q.terms if t not in skip and not slots.ORDINAL_RE.fullmatch(t)
                    and not re.fullmatch(r"(?:19|20)\d\d\S*", t) and not (labelled and t in labelled)
                    and not referent.REFERS_BACK_RE.fullmatch(t))  # 此次: it points at what it names, no word to find
    if not q.terms:
        return StatementVerdict(UNKNOWN)
    verbs, names = required(body, q.places)
    weights = term_weights(q, idf)
    best, elsewhere, swap, rescoped = 0.0, None, None, None
    for sc in score_sentences(q, sentences, idf)[:CANDIDATES]:
        s = sc.sentence
        opposite = _swap_refutes(claim, sc, idf, fills)
        if opposite:  # it writes the claim with one term swapped: no support, and a refutation
            swap = swap or opposite  # when no other sentence decides (the claim may be written whole elsewhere)
            continue
        ok, verdicts = _place_ok(q, s)
        mine, theirs = ("", "") if ok else other_place.swapped(body, verdicts, s)
        if not ok and not theirs:  # 长春、绍兴 for the claim's 长春、温州
            mine, theirs = other_place.listed(body, verdicts, s, quoted)
        if (not ok and not theirs) or measure_nature.standing_disagreement(q, s.text, standing.of_sentence(s)):
            continue  # another place, or a plan's sentence for what was done last year (answer/standing.py)
        if theirs:  # read as if the sentence named the claim's place: all else must be said
            verdicts = {**verdicts, mine: True}
        text, context = s.text, f"{s.context} {members.paragraph_lead(s)}"  # its heading, its paragraph's aim
        before = referent.before(s, sentences, q.terms, context)
        named = f"{context} {before}"  # and what 参与其中 points back to: names and things, not who did what
        if any(n not in text and n not in named for n in names) or (before and not referent.acts_with_subject(
                body, verbs, text, has_action)):
            continue
        own = coverage(weights, text, named, verdicts, q.specificity)
        best = max(best, own)
        # 位列全省第十名 for the claim's 位列全国第十名 (its 全国 is no word of the sentence): read with the
        # claim's scope in, all else must be said, and it decides only as a ranking in another scope
        as_rescoped = own < MIN_COVERAGE or missing_thing(body, q, text, named)
        ranked = rankings.rescope(body, text) if as_rescoped else ""
        if as_rescoped and (not ranked or coverage(weights, ranked, named, verdicts, q.specificity) < MIN_COVERAGE
                            or missing_thing(body, q, ranked, named)):
            continue
        if not all(has_action(v, text) or has_action(v, context) or (v in members.INCLUDES and members.listed_in(listed, text))
                   for v in verbs):
            # a member named with another place (东丰…园 for the claim's 东辽…园) refutes it
            member, listed_as = members.place_swapped(listed, text) if ok else ("", "")
            if listed_as and not other_action_unsaid(verbs, text, context):
                return StatementVerdict(REFUTED, sc, listed_as, member, round(own, 4), "member")
            continue
        verdict, slot, says = _compare(body, speaker, s, q.terms, article_of(s, [x.chunk for x in sentences]))
        if theirs:
            if verdict == SUPPORTED and elsewhere is None:  # only when no sentence of its place decides
                elsewhere = StatementVerdict(REFUTED, sc, theirs, mine, round(own, 4), "place")
            continue
        if slot == rankings.RESCOPED:  # the refutation waits for a sentence deciding otherwise
            rescoped = rescoped or StatementVerdict(REFUTED, sc, says, of_slot(body, "ranking"), round(own, 4), "ranking")
        if slot == rankings.RESCOPED or as_rescoped:
            continue
        if verdict != UNKNOWN:
            claimed = speaker if slot == "speaker" else of_slot(body, slot)
            return StatementVerdict(verdict, sc, says, claimed, round(own, 4), slot)
    return elsewhere or rescoped or swap or StatementVerdict(UNKNOWN, support=round(best, 4))


def _swap_refutes(claim: str, sc: Scored, idf, fills: bool) -> StatementVerdict | None:
    """A refutation when the sentence writes the claim with one term swapped for another of the
    same kind (盘前 for its 盘后, a quoted name, a name in the same slot: swapped.py) and supports the
    claim with its own term put in; None otherwise. Decided by 'name' for a name, else 'swap'."""
    for mine, theirs, theirs_claim in swapped.swaps(claim, sc.sentence.text, fills):
        # the source's filler put in, the clause holding it is the source's: a fill of it from a parallel
        # clause (以新业态引领生态环境转型 beside 以新业态引领传统工业转型) would swap back and forth
        found = check_statement(theirs_claim, [sc.sentence], idf, fills=False)
        if found.verdict == SUPPORTED:
            named = any(m == mine for m, _, _ in swapped.named_swaps(claim, sc.sentence.text))
            return StatementVerdict(REFUTED, sc, theirs, mine, found.support, "name" if named else "swap")
    return None


def other_action_unsaid(verbs: list[str], text: str, context: str) -> bool:
    """Is an action of the claim other than its 包括 unsaid by the sentence and its context?"""
    return any(not (has_action(v, text) or has_action(v, context)) for v in verbs if v not in members.INCLUDES)
