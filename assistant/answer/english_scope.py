"""What an English figure question's cut clause is of, read against the question's measure and against the
other clauses of its sentence: an economy's growth is not a retail sum's, and a sum a clause gives one industry
is not another clause's industry's. Refusing is the remedy (english_clauses.disagreement applies these)."""

from __future__ import annotations

import re

from assistant.answer import measure_words
from assistant.answer.english_dimensions import PLAIN_UNITS
from assistant.query.english_phrases import BODY_NOUNS_EN, COUNTED_EN_RE, ECONOMY_EN, PLAIN_MODIFIERS_EN
from assistant.query.question import Question
from assistant.text import places, quantities, words
from assistant.text.indicators import CLASSIFIERS

CLAUSE_RE = re.compile(r"[^，,；;。！!？?：:]+")
# the end of a figure's name: the verb or adverb before the figure (达到, 完成, 约)
NAME_END_ZH = re.compile(r"(?:达到|达|为|是|完成|实现|累计|共计|共有|共|有|约|超过|超|近|突破)$")
NAME_RE = re.compile(r"[\u4e00-\u9fff]+$")


# a report writes an economy's output 地区生产总值 or 经济增长/经济总量 (text/paraphrases.OUTPUT)
ECONOMY_ZH = re.compile(r"生产总值|GDP|经济")


def other_measure(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a question asking an economy's growth or size (`ECONOMY_EN`) is answered by a figure whose name (the
    run before it in its clause) ends on another measure (零售额, 增加值) and writes no word of the economy's output."""
    if not ECONOMY_EN.search(q.text):
        return ""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    m = NAME_RE.search(cut[: found[0].start]) if found else None
    name = NAME_END_ZH.sub("", m.group()) if m else ""
    named = measure_words.measure(name) if name else ""
    if named and not ECONOMY_ZH.search(name):
        return f"{named} is not the economy's output"
    return ""


# "the fund for the sika deer industry": a figure belongs to the thing its own clause names. 拨付资金2亿元扶持甲产业,
# 设立乙产业基金 gives 甲产业's sum, not 乙产业's: another clause writes the question's own word right before a word
# the figure's clause also writes (乙|产业 there, 甲|产业 here), and the figure's clause does not write it
def sibling_clause(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause names a sibling of the thing asked, which another clause of its sentence names."""
    cut = sentence[a:b]
    shared = {t for g in q.groups for t in g if len(t) > 1 and t in cut}
    for g in q.groups:
        own = [t for t in g if len(t) > 1]
        if not own or any(t in cut for t in own) or any(t in shared for t in own) or set(g) & set(q.places):
            continue
        for start, end in (m.span() for m in CLAUSE_RE.finditer(sentence)):
            other = sentence[start:end]
            if end > a and start < b:
                continue
            for t, w in ((t, w) for t in own for w in shared if t + w in other and w not in t):
                # 乙产业 there; 甲产业 here, 甲 being no word of the question
                for m in re.finditer(r"([\u4e00-\u9fff]{2})" + re.escape(w), cut):
                    if not any(m.group(1) in x or x in m.group(1) for x in q.terms if len(x) > 1) \
                            and not _no_sibling(cut, m.start(), m.group(1)):
                        return f"the figure is of {m.group()}, not {t}{w}"
    return ""


# words before a shared noun that name no sibling of the thing asked: the whole of it (整个展区), or every one
DETERMINERS_ZH = re.compile(r"整个|所有|全部|各个|每个|这些|那些|其中|该项|本次")
# a comparison after the figure (增长8%，高于全省平均水平): what follows names the figure it is compared with
COMPARED_ZH = re.compile(r"高于|低于|超过|快于|慢于|相比|比|较")


def _no_sibling(cut: str, at: int, run: str) -> bool:
    """Whether the two characters `run` at `at` of `cut`, before a noun the question shares, name no sibling thing:
    the end of a figure (5万名工人: 万名), a determiner (整个园区), or the reference of a comparison written after
    the clause's first figure (增长8%，高于全省投资: 全省's figure is the one compared with, not the one given)."""
    found = quantities.find_quantities(cut)
    if any(f.start <= at < f.end or f.end == at + len(run) for f in found) or re.match(r"[\d一二三四五六七八九十百千万亿两]", run[-1:]) \
            or re.match(r"[\d一二三四五六七八九十百千万亿两]", cut[at - 1 : at] if at else ""):
        return True
    if DETERMINERS_ZH.fullmatch(run):
        return True
    return bool(found) and found[0].end <= at and bool(COMPARED_ZH.search(cut[found[0].end : at]))


# an item of a clause or list (甲市（5%）、乙市（3%）: two items)
ITEM_RE = re.compile(r"[^，,；;。！!？?：:、]+")


def other_place(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause names another place than the one asked and not that one, while another item of its
    sentence gives a figure beside the place asked: 甲市（5%）、乙市（3%） answers 乙's figure with 3%, never 5%."""
    asked = [places.stem(p) for p in q.places]  # a sentence may leave the level off (运城 for 运城市)
    cut = sentence[a:b]
    if not asked or any(p in cut for p in asked):
        return ""
    others = [w for w, flag in words.tagged(cut) if flag == "ns" and len(w) > 1 and not any(p in w or w in p for p in asked)]
    if not others:
        return ""
    for m in ITEM_RE.finditer(sentence):
        if (m.end() <= a or m.start() >= b) and any(p in m.group() for p in asked) and quantities.find_quantities(m.group()):
            return f"the figure is {others[0]}'s, not {asked[0]}'s"
    return ""


def noun_before(cut: str, f: quantities.Quantity) -> str:
    """What a count ending its clause counts when a noun writes it just before (新建学校4所): the run of Chinese
    before the figure, when it ends on a noun; '' when on a verb (销售超过35万辆: the thing sold was named earlier)."""
    run = NAME_RE.search(cut[: f.start])
    tagged = words.tagged(run.group(0)) if run else []
    return run.group(0) if tagged and tagged[-1][1][:1] == "n" else ""


# characters that carry no sense of their own inside a word (绿色的, 科学性, 一流): never a modifier's trace
EMPTY_CHARS = frozenset("的之地得一不无有是了子儿性者化们个以其所为而及与和")


def _counted_written(group: tuple[str, ...], text: str) -> bool:
    """Whether `text` writes a counted word of `group`: whole, or by the last character of a longer one, the head of a
    Chinese compound (农厕 for 公厕, 新车 for 汽车)."""
    return any(t in text or (len(t) > 1 and t[-1] not in EMPTY_CHARS and t[-1] in text) for t in group)


def counted_unnamed(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether a how-many question's count is named by another noun: its sentence up to the cut's end writes none of
    the counted words, and the run right before the figure ends on a noun the question does not write (发生|故障3起
    for "how many trains were late"). A count after a verb (已售出超过3万辆) counts the thing named earlier: not read."""
    if not q.counted or q.unit or not COUNTED_EN_RE.search(q.text) or any(_counted_written(g, sentence[:b]) for g in q.counted):
        return ""
    cut = sentence[a:b]
    found = quantities.find_quantities(cut)
    run = NAME_RE.search(cut[: found[0].start]) if found else None
    tagged = words.tagged(run.group()) if run else []
    if not tagged or not tagged[-1][1].startswith("n") or len(tagged[-1][0]) < 2:
        return ""
    noun = tagged[-1][0]
    return "" if any(noun in t or t in noun for g in q.groups for t in g if len(t) > 1) else f"the figure counts {noun}"


# a figure asked of one country or region (sales in Italy) is not the world's (全球销量): unless the question asks the
# world's, a figure whose sentence up to it writes 全球 is the whole, not the place's part
IN_PLACE_EN = re.compile(r"\b(?:in|across|within) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December|Q\d|H\d)\b)[A-Z][a-z]")
WORLD_EN = re.compile(r"\b(?:world\w*|global\w*|international\w*|overseas|abroad|total)\b", re.IGNORECASE)
WORLD_ZH = re.compile(r"全球|全世界|世界范围")


def world_for_place(q: Question, sentence: str, b: int) -> str:
    """Whether a figure asked in a place (`IN_PLACE_EN`) is given for the world (`WORLD_ZH` up to the cut's end)."""
    if not IN_PLACE_EN.search(q.text) or WORLD_EN.search(q.text) or not WORLD_ZH.search(sentence[:b]):
        return ""
    return "a figure of the world for one place"


# The measure a figure states, against the one an English question asks, both sides read through CC-CEDICT: a clause
# whose figure is named by a word the dictionary glosses as something the question never writes (矿难遇难人数 for "how
# many miners were injured": perish), while the question's own measure word (injured) has no translation in it, states
# another measure. A contradiction, not an absence: a paraphrase the dictionary misses on one side (游客 for visitors)
# is caught on the other (接待 for receive), so both must fail before the figure is refused.
GENERIC_ZH = frozenset("人数 数量 总数 人次 数 量 总量 规模 金额 总额 数额 次数 件数 户数".split())
# words that name no measure of their own: the question's auxiliaries and its counted people
# (and the verbs of saying a figure: how much does Gartner forecast spending will reach asks the reaching)
PLAIN_EN = frozenset("""people persons person be been being get got become became forecast forecasts expect expects estimate
    estimates predict predicts project projects say says said""".split())
# a phrasal verb (let go, set up) means what its particle makes of it: no verb read
PARTICLE_EN = r"(?!\s+(?:go|up|down|off|out|back|away|over|on)\b)"
# (how many teams is Shanxi sending: the verb in lower case, after the subject a progressive puts between)
VERB_AFTER_EN = re.compile(r"\b(?i:how many)\b[^?]*?\b(?i:were|was|are|is|been|be|got|get)\s+(?:(?:the|an?)\s+[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+){0,3}|(?:[A-Z][\w'’-]*\s+){0,4})"
                           r"([a-z]{3,})\b"
                           + PARTICLE_EN)
VERB_OF_SUBJECT_EN = re.compile(r"\b(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}"
                                r"(?:" + BODY_NOUNS_EN + r"\s+(?=[a-z])){0,2}(?:(?:have|has|had|be|been)\s+)?(?!" + BODY_NOUNS_EN
                                + r"\b)([a-z]{3,})\b" + PARTICLE_EN)
# did Beijing's cyberspace affairs office test: a possessive's noun runs on in lowercase up to the verb, the word
# before a preposition, an article or the question's end
VERB_OF_OWNED_EN = re.compile(r"\b(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*['’]s\s+"
                              r"(?:[a-z-]+\s+){1,4}?([a-z]{3,})(?=\s+(?:in|on|at|for|to|from|with|by|during|over|after|before|"
                              r"since|about|last|this|its|their|the|an?)\b|\s*[?,.]|$)")

# "how much is a ticket": the thing priced, which the head reader leaves behind the article
PRICE_OF_EN = re.compile(r"\bhow much (?:is|are|was|were) (?:an? |the )?([a-z]{3,})\b", re.IGNORECASE)


def question_verbs(text: str) -> list[str]:
    """The verb an English figure question asks its figure of: after the passive's auxiliary (how many people were
    trapped), after its subject (how much did the Made-up Club raise), or ending the counted phrase (how many sheep drowned)."""
    from assistant.query.english_phrases import IRREGULAR_PAST_EN, counted

    found = [m.group(1) for m in (VERB_AFTER_EN.search(text), VERB_OF_OWNED_EN.search(text) or VERB_OF_SUBJECT_EN.search(text)) if m]
    phrase = counted(text).split()
    if len(phrase) > 1 and (phrase[-1].endswith("ed") or phrase[-1] in IRREGULAR_PAST_EN):
        found.append(phrase[-1])
    return [w.lower() for w in dict.fromkeys(found) if w.lower() not in PLAIN_EN]


def _written_en(head: str, tokens: list[str]) -> bool:
    """Whether the question writes an English head of a Chinese word (by its first five letters: deliver, delivery)."""
    stem = head[:5]
    return len(head) >= 3 and any(t.startswith(stem) or head.startswith(t[:5]) and len(t) >= 4 for t in tokens)


def _translated(word: str, cut: str, written: str) -> bool:
    """Whether any Chinese headword CC-CEDICT glosses English `word` by (its plural, past or -ing dropped) is in `cut`,
    or ends as the clause's measure word `written` does: a Chinese compound's head is its last character, and the
    dictionary glosses few of a kind's words by one English word (受伤 for hurt, whose 重伤 and 灼伤 it does give)."""
    from assistant.query.cedict import english_index
    from assistant.query.crosslingual import variants

    index = english_index()
    return any(zh in cut or (len(zh) > 1 and zh[-1] == written[-1] and zh[-1] not in EMPTY_CHARS)
               for v in variants(word) for zh, _ in index.get(v, ()))


def _tagged_run(run: str, figure: str) -> list[tuple[str, str]]:
    """The words of `run` tagged as written before `figure` (新家80只: 新家, which alone is cut 新|家)."""
    out, at = [], 0
    for w, t in words.tagged(run + figure):
        if at + len(w) > len(run):
            break
        at += len(w)
        if w.strip():
            out.append((w, t))
    return out


def _figure_measures(cut: str, f) -> list[tuple[str, str]]:
    """The words naming what figure `f` measures, each with its role ('noun', 'verb', or 'modifier' of the noun):
    the last noun of the Chinese run before it (货车30辆, its generic 人数 passed to 遇难 of 遇难人数; a verb when
    the run has no noun), or, when a measure word and a noun follow the figure, that noun and the verb after it
    (3名工人烧伤)."""
    out = []
    after = [(w, t) for w, t in words.tagged(cut[f.end :]) if w.strip()]
    if f.unit in CLASSIFIERS and after and after[0][1][:1] == "n" and len(after[0][0]) > 1:
        # the verb right after the noun counted, past its adverbs (工人轻微烧伤), says what befell it
        rest = [(w, t) for w, t in after[1:]]
        while rest and rest[0][1][:1] in "da":
            rest.pop(0)
        verb = rest[0][0] if rest and rest[0][1][:1] == "v" else ""
        return [(after[0][0], "noun")] + ([(verb, "verb")] if verb else [])  # the noun after it is what is counted
    run = NAME_RE.search(cut[: f.start])  # the figure's name: the run of Chinese right before it
    tagged = _tagged_run(run.group(), f.text) if run else []
    # past the verbs and adverbs saying how the figure moved (人数又增至) to the noun naming it, when the run has one
    kept = "n" if any(t[:1] == "n" for _, t in tagged) else "nv"
    while tagged and tagged[-1][1][:1] in "vdpcu" and (tagged[-1][1][:1] not in kept or NAME_END_ZH.fullmatch(tagged[-1][0])):
        tagged.pop()
    if tagged and tagged[-1][1][:1] not in "nv":
        return []
    if tagged and tagged[-1][0] in GENERIC_ZH:
        tagged.pop()
    if tagged and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", tagged[-1][0]):
        out.append((tagged[-1][0], "verb" if tagged[-1][1][:1] == "v" else "noun"))
        # the noun's own modifier (利息收入): read against the question's modifier when the noun itself is asked
        if len(tagged) > 1 and tagged[-2][1][:1] == "n" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", tagged[-2][0]):
            out.append((tagged[-2][0], "modifier"))
    return out


def other_measure_word(q: Question, sentence: str, a: int, b: int) -> str:
    """Whether the cut clause's figure is named by a word whose every dictionary head the English question leaves
    unwritten, while the question's measure word of the same role (its verb for a verb; its head noun, else its verb,
    for a noun) has no translation in the clause."""
    from assistant.query.cedict import ENGLISH_STOPWORDS
    from assistant.query.english_question import english_head

    cut = sentence[a:b]
    # a unit the question names itself (how many times: 次) is the unit checks' to read; people and money pin no measure
    if q.unit and q.unit not in PLAIN_UNITS:
        return ""
    # a count or a sum only: a share (占比 for "what share") and a dimension (mAh) are the unit checks' to read too;
    # a bare number (of a clock time, 11时51分) is read as no figure beside them
    every = [f for f in quantities.find_quantities(cut) if f.kind != "bare"]
    found = [f for f in every if f.unit in CLASSIFIERS or f.unit == "人" or f.kind == "money"]
    if not found or len(found) < len(every):
        return ""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", q.text)]
    verbs = question_verbs(q.text)
    noun = english_head(q.text).lower()
    if noun in ENGLISH_STOPWORDS and (m := PRICE_OF_EN.search(q.text)):  # how much is a ticket: the ticket
        noun = m.group(1).lower()
    nouns = [noun] if noun and noun not in PLAIN_EN | ENGLISH_STOPWORDS else verbs
    m = re.search(r"\b([a-z]{3,})\s+" + re.escape(noun) + r"\b", q.text) if noun else None
    modifiers = [m.group(1)] if m and m.group(1) not in PLAIN_EN | ENGLISH_STOPWORDS | PLAIN_MODIFIERS_EN else []
    why = [_contradicted(f, cut, tokens, {"verb": verbs, "noun": nouns, "modifier": modifiers}) for f in found]
    return why[0] if all(why) else ""


def _contradicted(f, cut: str, tokens: list[str], asked_by_role: dict[str, list[str]]) -> str:
    """`other_measure_word` for one figure `f` of the clause."""
    from assistant.answer.measure_glosses import UNNAMING, heads

    written = set()
    for word, role in _figure_measures(cut, f):
        glossed = heads(word) - UNNAMING
        if not glossed or any(_written_en(h, tokens) for h in glossed):
            written.add(role)
            continue
        if role == "modifier" and "noun" not in written:
            continue
        asked = asked_by_role[role]
        if asked and not any(_translated(w, cut, word) for w in asked):
            return f"{word} is another measure than {' '.join(asked)}"
    return ""
