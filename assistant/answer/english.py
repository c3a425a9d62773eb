"""English questions over Chinese passages: what the question's words reach in the passages
themselves rather than in the index's vocabulary.

A proper name written in pinyin (Gongjia village) is matched at query time against the
index's words (`query.crosslingual.Bridge`); jieba often cuts a small place or a person's
name into pieces no word of the index holds (宫|家村), so the name reaches nothing and the
subject check refuses every passage. Here the name is looked for in the candidate
passages' text: a run of Chinese characters whose toneless pinyin is the name, letter for
letter, one English word to one run (joining two English words into one name turned a
refusal into a wrong answer in session 22). A name the text transliterates (Gutierrez ->
古铁雷斯, Citroen -> 雪铁龙) is found by its sound: the consonants of the Latin spelling
against those of the pinyin of name-like spans (`sounding_runs`). The match stays a hard
requirement: the answer's passage, or a passage of its article among those retrieved, must
contain the name (`asked_names.name_disagreement`).

The e5 encoder was tried for this (the name as a query against the passages' words or name-like
spans): it found the dictionary's names and few others, ranked a header word (正文) or a related
place (夏威夷 for Maui) first for most transliterations, and took 0.3-1.1 s a name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.answer import asked_names
from assistant.answer.english_brands import model_brands
from assistant.answer.english_dimensions import with_unit_head
from assistant.answer.evidence import DENSE_CONFIRMS, DENSE_TOP, Scored, Sentence
from assistant.query import name_pairs
from assistant.query.question import Question, topic_groups
from assistant.records import Hit

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
LONGEST = 4  # characters: a Chinese name of a person, village or company is 2-4 characters
SHORTEST_NAME = 4  # letters: shorter pinyin (Li, Wu) matches too many characters by chance


@lru_cache(maxsize=4096)
def _syllables(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    out = lazy_pinyin(run)
    # lazy_pinyin gives one syllable per Han character; anything else is no name
    return tuple(s.lower() for s in out) if len(out) == len(run) else ()


def pinyin_runs(name: str, texts: list[str]) -> tuple[str, ...]:
    """The runs of 2-4 Chinese characters in `texts` whose toneless pinyin spells `name`
    (case and spaces aside): Gongjia -> 宫家 in 宫家村村民委员会."""
    key = name.lower().replace(" ", "")  # a person's name is written apart in English: Cui Xiaofei -> 崔晓飞
    if len(key) < SHORTEST_NAME or not key.isalpha():
        return ()
    found: dict[str, None] = {}
    for text in texts:
        for run in HAN_RUN.findall(text):
            syllables = _syllables(run)
            for i in range(len(syllables)):
                spelled = ""
                for j in range(i, min(i + LONGEST, len(syllables))):
                    spelled += syllables[j]
                    if not key.startswith(spelled):
                        break
                    if spelled == key and j > i:
                        found[run[i : j + 1]] = None
    return tuple(found)


# Sound classes of consonants as Chinese transliteration hears them: voiced and voiceless
# alike (d/t), l for r, one class for the sibilants pinyin writes j q x z c s zh ch sh.
# Vowels, h, w and y are left out: a transliteration adds or drops them freely.
LATIN_SOUNDS = (("sch", "S"), ("tch", "S"), ("ch", "S"), ("sh", "S"), ("ph", "F"), ("th", "T"), ("ck", "K"),
                ("gh", ""), ("ts", "S"), ("tz", "S"), ("x", "KS"), ("ce", "Se"), ("ci", "Si"), ("cy", "Sy"))
CONSONANTS = {**dict.fromkeys("bp", "P"), **dict.fromkeys("dt", "T"), **dict.fromkeys("gkcq", "K"),
              **dict.fromkeys("lr", "L"), **dict.fromkeys("jzs", "S"), **dict.fromkeys("fv", "F"), "m": "M", "n": "N"}
PINYIN_INITIAL = re.compile(r"zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?")
INITIAL_SOUNDS = {**dict.fromkeys(("b", "p"), "P"), **dict.fromkeys(("d", "t"), "T"), **dict.fromkeys(("g", "k"), "K"),
                  **dict.fromkeys(("l", "r"), "L"), "m": "M", "n": "N", "f": "F",
                  **dict.fromkeys(("j", "q", "x", "zh", "ch", "sh", "z", "c", "s"), "S")}
# jieba's tags of names: persons (nr, nrt, nrfg), places (ns), organisations (nt), other proper
# nouns (nz), abbreviations (j)
NAME_TAGS = ("nr", "ns", "nt", "nz", "j")
SOUNDS_LIKE = 0.85  # difflib ratio of two sound keys for a transliteration
LONGEST_SPAN = 6  # characters of a transliterated name (伦德马克, 克里斯托夫)


def _collapsed(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def latin_key(name: str) -> str:
    """The consonant classes of a Latin name: Gutierrez -> KTLS, Citroen -> STLN."""
    from assistant.query.cedict import fold

    text = fold(name).lower()
    for spelled, sound in LATIN_SOUNDS:
        text = text.replace(spelled, sound.lower() if len(sound) > 1 else sound)
    return _collapsed("".join(CONSONANTS.get(c, c if c.isupper() else "") for c in text))


@lru_cache(maxsize=8192)
def han_key(span: str) -> str:
    """The consonant classes of a Chinese span read in pinyin, a final n or ng counted:
    古铁雷斯 -> KTLS, 雪铁龙 -> STLN."""
    out = []
    for syllable in _syllables(span):
        initial = PINYIN_INITIAL.match(syllable).group()
        out.append(INITIAL_SOUNDS.get(initial, "") + ("N" if syllable.endswith(("n", "ng")) and syllable != "n" else ""))
    return _collapsed("".join(out))


def _name_spans(texts: list[str]) -> set[str]:
    """Runs of 2-6 characters made of whole jieba words at least half of whose characters
    jieba tags as names: where a transliterated name can be."""
    from assistant.text import words

    spans = set()
    for text in texts:
        for run in HAN_RUN.findall(text):
            pieces = words.tagged(run)
            for i in range(len(pieces)):
                span, named = "", 0
                for word, flag in pieces[i:]:
                    span += word
                    named += len(word) if flag.startswith(NAME_TAGS) else 0
                    if len(span) > LONGEST_SPAN:
                        break
                    if len(span) >= 2 and 2 * named >= len(span):
                        spans.add(span)
    return spans


def sounding_runs(name: str, texts: list[str]) -> tuple[str, ...]:
    """Name-like spans of `texts` that sound like `name` (consonant classes, `latin_key` /
    `han_key`, a difflib ratio of at least SOUNDS_LIKE; a two-consonant name only exactly):
    Gutierrez -> 古铁雷斯, Citroen -> 雪铁龙. The best-sounding spans, at most two of them:
    more is a name too plain to tell."""
    from difflib import SequenceMatcher

    key = latin_key(name)
    # k or g before i is heard as pinyin's j as often as its k or g (Kirillov -> 基里洛夫, Kiev -> 基辅)
    keys = dict.fromkeys((key, latin_key(re.sub(r"[kg](?=i)", "j", name, flags=re.IGNORECASE))))
    # an acronym (MIIT, CATL) is read letter by letter, never transliterated by sound:
    # MIIT's consonants M-T are 毛伊岛's
    if len(key) < 2 or not name.isalpha() or name.isupper():
        return ()
    scored = {}
    for span in _name_spans(texts):
        other = han_key(span)
        ratio = max(SequenceMatcher(None, k, other).ratio() for k in keys)
        if ratio >= SOUNDS_LIKE and (len(key) > 2 or other in keys) and other[:1] in {k[:1] for k in keys}:  # its first consonant kept
            scored[span] = ratio
    best = max(scored.values(), default=0.0)
    found = [s for s, r in scored.items() if r == best]
    # the shortest of nested spans: 古铁雷斯 rather than 主席古铁雷斯 when both sound alike
    found = [s for s in found if not any(o != s and o in s for o in found)]
    return tuple(sorted(found)) if 0 < len(found) <= 2 else ()


def names_in_passages(q: Question, hits: list[Hit]) -> Question:
    """`q` with each proper name the index's words did not reach matched in the passages'
    text by its pinyin (`pinyin_runs`) or its sound (`sounding_runs`), the run counted as a
    topic word; and with the articles whose passages name each name (`name_articles`): an
    article names its company in its first passage and says 该公司 or 新车 in the later
    ones, which answer for it as well. `q` itself when there is nothing to add.
    First an English figure question's head takes the noun and units of the dimension it asks
    (`english_dimensions.with_unit_head`): read here, the one step every English answer and the
    English scorer's training pass through with the passages."""
    q = with_unit_head(q)  # area: 面积, or a figure in 平方公里
    if not q.english or not q.names:
        return q
    texts = list(dict.fromkeys(f"{h.chunk.title} {h.chunk.subject} {h.chunk.text}" for h in hits))
    names, groups = [], list(q.groups)
    # a passage that writes the pair (零跑汽车（Leapmotor）) gives the Han form the others write
    written = {latin.lower(): (han,) for t in texts for latin, han in name_pairs.pairs_in(t)}
    for name, chinese in q.names:
        chinese = tuple(dict.fromkeys(chinese + name_pairs.han_forms(name, q.text, written)))
        in_text = [c for c in chinese if any(c in t for t in texts)]
        if not in_text and not any(name.lower() in t.lower() for t in texts):
            # or by the model written with it (Zeekr 001 -> 极氪 of 极氪001: english_brands)
            runs = pinyin_runs(name, texts) or sounding_runs(name, texts) or model_brands(name, q.text, texts)
            if runs:
                chinese = tuple(dict.fromkeys(chinese + runs))
                groups.append(runs)
        names.append((name, chinese))
    articles = asked_names.vouched_articles(q, names, hits)
    if names == list(q.names) and articles == q.name_articles:
        return q
    specificity = {**q.specificity, **{c: 1.0 for g in groups[len(q.groups):] for c in g}}
    return replace(q, names=tuple(names), groups=tuple(groups), specificity=specificity, name_articles=articles,
                   terms=tuple(dict.fromkeys(q.terms + tuple(c for g in groups[len(q.groups):] for c in g))))


# An English figure question's support comes from dictionary translations and understates a
# sentence that says what was asked in other words (上季度的销售额…达到 for "sell last quarter").
# When three scorers that look at different things pick the same sentence (the rules on
# translated words and units, the learned selector on its features, the e5 encoder on
# meaning across languages), the answer is taken at this support, on the rules' scale.
AGREED_SUPPORT = 0.5
SELECTOR_AGREES = 0.02  # the selector's probability for an English figure answer it agrees with


def agreed_support(q: Question, support: float, sentence, figure_text: str, ranked, similarity) -> float:
    """The support of the rules' answer to an English figure question: `support` itself,
    or AGREED_SUPPORT when its `sentence` is also the learned selector's first choice
    (`ranked`: its subject-agreeing candidates, best first, probability as score) with at
    least SELECTOR_AGREES, and the encoder's closest in meaning (`similarity`: texts ->
    cosines). The figure the rules cut (`figure_text`) must carry the unit asked for: the
    rules' unit check stays a veto."""
    # a support of 0 is a figure the checks vetoed (figures.pick_figures), not a weak one
    if support >= AGREED_SUPPORT or support <= 0 or q.kind != "quantity" or not ranked or similarity is None:
        return support
    top = ranked[0]
    if top.sentence.text != sentence.text or top.score < SELECTOR_AGREES:
        return support
    if not carries_asked_unit(q, figure_text):
        return support

    cos = similarity([s.sentence.text for s in ranked[:DENSE_TOP]])
    if max(cos) - cos[0] > DENSE_CONFIRMS:
        return support
    return AGREED_SUPPORT


# The rules' first sentence leads their second by this much (score ratio). When the learned
# scorer puts the same sentence first, its probability understates it: of the English items
# of the spent sets and session 25's develop half (docs/benchmarks.md, session 29), 10 refused
# answers had both agreeing at a lead of 1.4 or more, all 10 with the answer in that sentence;
# below 1.4, 6 of 13 such refusals held it.
CLEAR_LEAD = 1.4


def clear_lead(ranked) -> bool:
    """Whether the learned scorer's first sentence (`ranked`: its subject-agreeing candidates,
    best first, each with the rules' score in factors['rules']) is also the rules' first, at
    least CLEAR_LEAD times the score of their second: two scorers that read different things
    agree, and the rules do not hesitate. A lone candidate leads nothing."""
    if len(ranked) < 2:
        return False
    by_rules = sorted(ranked, key=lambda s: -s.factors.get("rules", 0.0))
    first, second = (s.factors.get("rules", 0.0) for s in by_rules[:2])
    return by_rules[0].sentence is ranked[0].sentence and first >= CLEAR_LEAD * second


def led_support(support: float, sentence, ranked) -> float:
    """The support of the learned scorer's answer cut from `sentence`: AGREED_SUPPORT when
    that is more and `sentence` is the scorer's first and the rules' clear first (`clear_lead`)."""
    if support >= AGREED_SUPPORT or not ranked or ranked[0].sentence is not sentence or not clear_lead(ranked):
        return support
    return AGREED_SUPPORT


def carries_asked_unit(q: Question, text: str) -> bool:
    """Whether `text` (the cut answer) holds a figure, in the unit asked when the question
    asks one: the rules' unit check, kept as a veto over what a scorer prefers."""
    from assistant.text import quantities

    found = quantities.find_quantities(text)
    return bool(found) and (not q.unit or any(quantities.same_unit(f.unit, q.unit) for f in found))


def figure_stands(q: Question, clause: str) -> bool:
    """Whether a figure a scorer chose for an English question may stand on its own: the cut `clause` carries the
    unit asked (`carries_asked_unit`) and names a translated word of the question besides its place and unit, and at
    least two of the question's words reached Chinese ones (`pinned_groups`). Otherwise the figure is one of several
    in a sentence about the topic (梅花鹿1万头 for beef cattle, 固定泊位2000个 for toilets): on the develop half the
    scorer's figure answers whose clause named no question word were 2 right, 2 wrong."""
    return carries_asked_unit(q, clause) and pinned_groups(q) >= 2 and names_asked_word(q, clause)


def names_asked_word(q: Question, text: str) -> bool:
    """Whether `text` writes a translated word of the question besides its place and its unit (公里 is written by
    every length, a pipe network's 52公里 for a railway's too)."""
    from assistant.answer.topic_coverage import is_unit_word

    return any(len(t) > 1 and t in text and not is_unit_word(t) for g in topic_groups(q) for t in g
               if not any(t in p or p in t for p in q.places))


DENSE_CONFIRMED = 1.4  # support gained by an English answer the encoder also ranks closest
UNPINNED = 0.3  # support kept by a figure chosen on fewer than two translated words


def english_factor(q: Question, sentence: Sentence, scored: list[Scored]) -> float:
    """How much of its support an English question's answer keeps. Its words reach the
    Chinese text through a dictionary, so its support understates a sentence that says
    what was asked in other words: when the encoder also ranks the answer's sentence among
    the closest in meaning, the answer gains support. A figure chosen on fewer than two
    translated words besides the place ("How many beef cattle does X aim to add" with only
    X and 'add' translated) is a guess unless the encoder confirms it."""
    gap = next((sc.factors.get("dense_gap") for sc in scored if sc.sentence is sentence), None)
    if gap is not None and gap <= DENSE_CONFIRMS:
        return DENSE_CONFIRMED
    return 1.0 if pinned_groups(q) >= 2 else UNPINNED


def pinned_groups(q: Question) -> int:
    """How many of an English question's words reached Chinese words of the corpus, its place aside."""
    return sum(1 for g in topic_groups(q) if not any(t in p or p in t for t in g for p in q.places))
